"""Property-based and hostile-input hardening of `cxkit fmt`, `render`, `diff` and `new`.

The lint path has its own fuzzing (test_fuzz.py, test_hostile_workspace.py); these tests give
the other commands the same treatment.  Every run is in-process (typer's CliRunner) and must
end with exit 0, 1 or 2 and no traceback; `fmt` must never write a file it refuses, must keep
what the file means (`cxkit diff` of the file before and after finds nothing, every export
renders the same) and must write a file that `fmt --check` accepts.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import CliResult, run_cli
from hostile import inputs as hostile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import load_text

EXAMPLES = {p.relative_to(Path(__file__).parents[1] / "examples").as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((Path(__file__).parents[1] / "examples").rglob("*.yaml"))}
JOURNEYS = sorted(rel for rel, text in EXAMPLES.items() if "\nkind: journey\n" in text)
PERSONAS = sorted(rel for rel in EXAMPLES if rel not in JOURNEYS)

# Few examples each (every example runs a dozen commands); CXKIT_FUZZ_SCALE=20 searches longer by hand.
SCALE = max(1, int(os.environ.get("CXKIT_FUZZ_SCALE", "1")))
FUZZ = settings(
    max_examples=12 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
)
RENDER_FORMATS = ("terminal", "html", "md", "json", "mermaid")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def cx(*args: str) -> CliResult:
    """One `cxkit` run that ended as a command should: no traceback, a documented exit code."""
    result = run_cli(*args)
    assert result.exception is None, f"cxkit {' '.join(args)}: traceback: {result.exception!r}"
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr[-500:])
    assert "Traceback" not in result.stderr, result.stderr
    return result


def renders(path: Path) -> dict[str, tuple[int, str]]:
    return {fmt: (r.exit_code, r.stdout) for fmt in RENDER_FORMATS
            for r in [cx("render", "--width", "100", "-f", fmt, str(path))]}


def fmt_keeps_meaning(path: Path) -> None:
    """`cxkit fmt` on ``path``: written only when it succeeds, and then with the same meaning.  A file
    indented with tabs alone, which YAML cannot read, fmt lays out with two spaces a tab: its meaning is
    that of the same file indented so."""
    before = path.read_bytes()
    if re.search(rb"(?m)^\t", before):
        result = cx("fmt", str(path))
        after = path.read_bytes()
        if result.exit_code != 0:  # tabs beside spaces: refused, located, the file left as it was
            assert after == before, "fmt changed a file it refused"
            assert re.search(r":\d+:\d+: ", result.stdout + result.stderr), result
            return
        spaced = re.sub(rb"(?m)^\t+", lambda tabs: b"  " * len(tabs.group()), before)
        path.write_bytes(spaced)
        shown = renders(path)  # under the same name: renders show it
        path.with_name("before-" + path.name).write_bytes(spaced)
        path.write_bytes(after)
        same = cx("diff", str(path.with_name("before-" + path.name)), str(path))
        assert same.exit_code == 0, same.stdout + same.stderr
        assert cx("fmt", "--check", str(path)).exit_code == 0
        assert renders(path) == shown
        return
    shown = renders(path)
    result = cx("fmt", str(path))
    after = path.read_bytes()
    if result.exit_code != 0:
        assert after == before, "fmt changed a file it refused"
        assert re.search(r":\d+:\d+: ", result.stdout + result.stderr), result  # located: path:line:col
        return
    if after == before:
        return
    original = path.with_name("before-" + path.name)
    original.write_bytes(before)
    same = cx("diff", str(original), str(path))
    assert same.exit_code == 0, same.stdout + same.stderr
    assert cx("fmt", "--check", str(path)).exit_code == 0
    assert renders(path) == shown


# --- mutated examples ---------------------------------------------------------------------------

NASTY = [
    ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!!binary ", "!own ", "\t", "'", '"', " # uwaga", "|", ">", "? ",
    "\x00", "\u202e", "\u200f", "e\u0301", "👩\u200d👩\u200d👧", "\ufeff", "\u2028", "\x85", "~", "0x1F", "1e400", "9" * 400,
    "---\n", "...\n", "%YAML 1.2\n", "<<: *a\n",
]
VALUES = [
    "", "~", "[]", "{}", "7", "-3", "true", "2026-13-45", "2026-02-30", "0000-01-01", "[a, b]", "{text: x}", "'7'", "ąę",
    "|\n  blok", ">-\n  zwinięty", "!!binary aGVq", "&x [1, 2]", "*x", "[[[[[[[[x]]]]]]]]", "1e999", ".nan", "-.inf",
    "2026-01-01T10:00:00Z", "0o17", "12:30:45", '"\\x00"', '"\\u202e"', "{1: a, 2: b}", "!!timestamp 2026-01-01",
    "!!float 1", "Łódź 🎧 \u202eodwrócone\u202c",
]


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """The document as people break it: lines lost, doubled (a duplicate key), shifted, edited."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        op = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "insert", "value", "value"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, line)
        elif op == "indent":
            lines[i] = draw(st.sampled_from([" ", "  ", "\t"])) + line
        elif op == "dedent":
            lines[i] = line[draw(st.integers(1, 4)):]
        elif op == "insert":
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.sampled_from(NASTY)) + line[at:]
        elif ":" in line and not line.lstrip().startswith("#"):
            key = line.partition(":")[0]
            lines[i] = f"{key}: {draw(st.sampled_from(VALUES))}"
        if not lines:
            lines = [""]
    out = "\n".join(lines)
    return draw(st.sampled_from([out, out, out.replace("\n", "\r\n"), "\ufeff" + out]))


@FUZZ
@given(st.sampled_from(sorted(EXAMPLES)), st.data())
def test_fmt_render_and_diff_of_a_broken_example_never_crash_and_fmt_keeps_its_meaning(
        ws: Path, rel: str, data: st.DataObject) -> None:
    text = data.draw(mutated(EXAMPLES[rel]))
    path = ws / Path(rel).name
    path.write_bytes(text.encode("utf-8"))
    pristine = ws / ("pristine-" + Path(rel).name)
    pristine.write_text(EXAMPLES[rel], encoding="utf-8")
    for how in ("text", "json", "markdown"):
        cx("diff", "-f", how, str(pristine), str(path))
        cx("diff", "-f", how, str(path), str(pristine))
    fmt_keeps_meaning(path)


# --- valid documents with odd text ------------------------------------------------------------------

ODD_TEXT = st.one_of(
    st.sampled_from([
        "Zażółć gęślą jaźń", "Paweł z Gdańska", "\u202eodwrócone\u202c", "\u200fשלום", "e\u0301\u0301\u0301 ka\u0308se",
        "👩\u200d👩\u200d👧 rodzina 🎧", "🏳\ufe0f\u200d🌈", "日本語のテキスト", "x" * 300, "linia\ndruga\nteksty", "<script>alert(1)</script>",
        "]]> --> %%{init: {}}%%", "A-->B; click A call x()", "`kod` **gruby** [link](javascript:x)", "| pipe \\ slash",
        "\u00adcichy\u200b", "ﷺ", "\U0001F9D1\U0001F3FD\u200d\U0001F4BB", "Ω" * 60, "\u0e01\u0e34\u0e4a" * 10, "tab\tw środku",
    ]),
    st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=12),
).filter(lambda s: s.strip() != "")
SLUGS = st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
TRAITS = st.lists(st.one_of(ODD_TEXT, st.fixed_dictionaries({"text": ODD_TEXT}, optional={"sources": st.lists(SLUGS, max_size=2)})),
                  min_size=1, max_size=3)
PERSONA_FIELDS = {
    "optional": {"lang": st.sampled_from(["pl", "en"]), "owner": ODD_TEXT, "summary": ODD_TEXT, "quote": ODD_TEXT,
              "demographics": st.fixed_dictionaries({}, optional={"location": ODD_TEXT, "income": ODD_TEXT}),
              "goals": TRAITS, "pain_points": TRAITS,
              "sources": st.lists(st.fixed_dictionaries({"id": SLUGS, "type": st.sampled_from(["interview", "survey"])},
                                                        optional={"date": st.dates(dt.date(2000, 1, 1)), "note": ODD_TEXT}),
                                  max_size=2, unique_by=lambda s: s["id"]),
              "reviewed": st.dates(dt.date(2000, 1, 1))},
}
PERSONA = st.one_of(
    st.fixed_dictionaries({"kind": st.just("persona"), "id": SLUGS, "name": ODD_TEXT}, **PERSONA_FIELDS),
    st.builds(lambda doc, extra: {**doc, **extra},
              st.fixed_dictionaries({"kind": st.just("negative-persona"), "id": SLUGS, "name": ODD_TEXT}, **PERSONA_FIELDS),
              st.fixed_dictionaries({}, optional={"reasons": TRAITS, "substitutes": TRAITS})),
)
STAGE = st.fixed_dictionaries(
    {"id": SLUGS, "name": ODD_TEXT},
    optional={"goal": ODD_TEXT, "doing": ODD_TEXT, "thinking": ODD_TEXT, "feeling": ODD_TEXT, "emotion": st.integers(-2, 2),
              "touchpoints": st.lists(st.fixed_dictionaries({"channel": ODD_TEXT}, optional={"description": ODD_TEXT}), max_size=2),
              "barriers": TRAITS, "love_points": TRAITS, "metrics": st.lists(ODD_TEXT, max_size=2),
              "opportunities": st.lists(st.fixed_dictionaries({"action": ODD_TEXT}, optional={
                  "owner": ODD_TEXT, "due": st.dates(dt.date(2000, 1, 1)), "status": st.sampled_from(["idea", "planned", "done"])}),
                  max_size=2)},
)
JOURNEY = st.fixed_dictionaries(
    {"kind": st.just("journey"), "id": SLUGS, "name": ODD_TEXT, "persona": SLUGS,
     "stages": st.lists(STAGE, min_size=1, max_size=4, unique_by=lambda s: s["id"])},
    optional={"lang": st.sampled_from(["pl", "en"]), "owner": ODD_TEXT, "goal": ODD_TEXT, "summary": ODD_TEXT},
)


def dump(data: Any, crlf: bool) -> bytes:
    yaml = YAML(typ="rt")
    yaml.allow_unicode = True
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump(data, out)
    text = out.getvalue()
    return (text.replace("\n", "\r\n") if crlf else text).encode("utf-8")


@FUZZ
@given(st.one_of(PERSONA, JOURNEY), st.one_of(PERSONA, JOURNEY), st.sampled_from([40, 57, 1000]), st.booleans())
def test_valid_documents_with_odd_unicode_render_in_every_format_and_diff_cleanly(
        ws: Path, a: dict[str, Any], b: dict[str, Any], width: int, crlf: bool) -> None:
    pa, pb = ws / "a.yaml", ws / "b.yaml"
    pa.write_bytes(dump(a, crlf))
    pb.write_bytes(dump(b, False))
    for how in RENDER_FORMATS:
        result = cx("render", "--width", str(width), "-f", how, str(pa))
        # A valid document renders (mermaid draws journeys only, with an emotion on some stage, and says so).
        unscored = a["kind"] == "journey" and all(s.get("emotion") is None for s in a["stages"])
        assert result.exit_code == 0 or (how == "mermaid" and (a["kind"] != "journey" or unscored)
                                         and result.exit_code == 2 and "internal error" not in result.stderr), (how, result.stderr)
    if a["kind"] == "journey":
        for layout in ("table", "stacked", "panels"):
            assert cx("render", "--layout", layout, "--width", str(width), str(pa)).exit_code == 0
        assert cx("render", "--stage", a["stages"][-1]["id"], "--width", str(width), str(pa)).exit_code == 0
    for how in ("text", "json", "markdown"):
        assert cx("diff", "-f", how, str(pa), str(pa)).exit_code == 0
        assert cx("diff", "-f", how, str(pa), str(pb)).exit_code in (0, 1)
    fmt_keeps_meaning(pa)


# --- hostile files ------------------------------------------------------------------------------------

PERSONA_PL = "kind: persona\nid: tomek\nname: Tomek Wiśniewski\nsummary: Słucha jazzu na słuchawkach za 1500 zł\n"
JOURNEY_PL = ("kind: journey\nid: tomek-kupuje\nname: Tomek kupuje słuchawki\npersona: tomek\nstages:\n"
              "  - id: szukanie\n    name: Szukanie\n    emotion: 1\n  - id: zakup\n    name: Zakup\n    emotion: -1\n")

HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "only-a-comment": b"# tylko komentarz\n",
    "nul-byte": (PERSONA_PL + "quote: a\x00b\n").encode(),
    "utf8-bom": hostile.utf8_bom(PERSONA_PL),
    "utf16-bom": hostile.utf16(True),
    "utf16-be-bom": hostile.utf16(True, big_endian=True),
    "utf16-no-bom": hostile.utf16(False),
    "utf32-bom": codecs.BOM_UTF32_LE + JOURNEY_PL.encode("utf-32-le"),
    "latin2": hostile.latin2(),
    "crlf": hostile.crlf(JOURNEY_PL),
    "old-mac-cr": JOURNEY_PL.replace("\n", "\r").encode(),
    "deep-flow": hostile.deep_flow(3000),
    "deep-dashes": hostile.deep_dashes(300),
    "deep-mappings": hostile.deep_mappings(300),
    "billion-laughs": hostile.billion_laughs(),
    "oversized": hostile.oversized(5),
    "huge-int": (PERSONA_PL + "x-n: " + "9" * 5000 + "\n").encode(),
    "huge-float": (PERSONA_PL + "x-n: 1e999\n").encode(),
    "huge-name": PERSONA_PL.replace("Tomek Wiśniewski", "T" * 100_000).encode(),
    "python-tag": (PERSONA_PL + "x-cmd: !!python/object/apply:os.system [ls]\n").encode(),
    "binary-and-set": (PERSONA_PL + "x-b: !!binary aGVq\nx-s: !!set {a, b}\n").encode(),
    "anchors-and-aliases": (PERSONA_PL + "goals: &g\n  - Cisza w pracy\nneeds: *g\nx-q: &q Jazz\nquote: *q\n").encode(),
    "merge-key": (PERSONA_PL + "x-d: &d {location: Kraków}\ndemographics:\n  <<: *d\n  age: 34\n").encode(),
    "recursive-alias": (PERSONA_PL + "goals: &a\n  - *a\n").encode(),
    "duplicate-key": (PERSONA_PL + "name: Drugi Tomek\n").encode(),
    "duplicate-stage-key": (JOURNEY_PL + "    emotion: 2\n").encode(),
    "non-string-keys": (PERSONA_PL + "1: jeden\ntrue: prawda\n~: nic\n2026-01-01: data\n").encode(),
    "complex-keys": (PERSONA_PL + "? [a, b]\n: lista\n? {a: 1}\n: mapa\n").encode(),
    "two-documents": (PERSONA_PL + "---\n" + PERSONA_PL).encode(),
    "end-markers": (PERSONA_PL + "...\n# koniec\n...\n").encode(),
    "rtl-and-combining": ("kind: persona\nid: zofia\nname: \u202eZofia\u202c Z\u0307o\u0301\u0142\u0107\u200f\n"
                          "summary: \u05e9\u05dc\u05d5\u05dd i e\u0301\u0301\u0301\n").encode(),
    "emoji-everywhere": ("kind: journey\nid: 🎧-zakup\nname: 🎧 Zakup 👩\u200d👩\u200d👧\npersona: 🧑\u200d💻\nstages:\n"
                         "  - id: 🛒\n    name: 🛒 Koszyk\n    emotion: 2\n  - id: 🛒\n    name: 🛒\n").encode(),
    "emoji-keys": (PERSONA_PL + "x-🎧: tak\n🎧: nie\n").encode(),
    "line-separator": (PERSONA_PL.replace("jazzu", "jazzu\u2028i bluesa")).encode(),
    "impossible-dates": (PERSONA_PL + "reviewed: 2026-02-30\nsources:\n  - id: wywiady\n    type: interview\n"
                         "    date: 0000-01-01\n").encode(),
    "bad-emotions": JOURNEY_PL.replace("emotion: 1", "emotion: .nan").replace("emotion: -1", "emotion: 1e999").encode(),
    "stages-not-a-list": b"kind: journey\nid: j\nname: J\npersona: p\nstages: {a: 1}\n",
    "stage-items-odd": b"kind: journey\nid: j\nname: J\npersona: p\nstages: [a, 1, ~, [x], {}]\n",
    "kind-only": b"kind: journey\n",
    "top-level-list": b"- kind: persona\n",
    "flow-document": b"{kind: persona, id: ola, name: Ola, goals: [Cisza, {text: Jazz}]}\n",
    "yaml-1-1-directive": b"%YAML 1.1\n---\nkind: persona\nid: ola\nname: Ola\nx-tak: yes\n",
    "tab-indent": (PERSONA_PL + "demographics:\n\tage: 34\n").encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_never_crash_fmt_render_or_diff_and_fmt_keeps_their_meaning(ws: Path, name: str) -> None:
    raw = HOSTILE[name]
    path = ws / f"{name}.yaml"
    path.write_bytes(raw)
    other = ws / "other.yaml"
    other.write_text(JOURNEY_PL if b"journey" in raw[:200] else PERSONA_PL, encoding="utf-8")
    for how in ("text", "json", "markdown"):
        cx("diff", "-f", how, str(other), str(path))
        cx("diff", "-f", how, str(path), str(other))
    assert cx("diff", str(path), str(path)).exit_code in (0, 2)
    for option in ("--check", "--diff"):
        cx("fmt", option, str(path))
        assert path.read_bytes() == raw
    fmt_keeps_meaning(path)


# --- fmt: defects these tests found -------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01", "0000-01-01", "2026-01-32", "2026-01-01 25:00:00"])
def test_fmt_keeps_a_plain_date_that_is_no_real_date_for_lint_to_report(value: str) -> None:
    # fmt refused the whole file at 1:1 ("cannot format: day is out of range for month"); lint
    # reads the value as text and reports it where it is written, so fmt lays the file out around it.
    text = f"name: Ola Nowak\nkind: persona\nid: ola\nreviewed: {value}\nx-terminy:\n  {value.split()[0]}: wywiad\n"
    out = format_text(text)
    assert out == f"kind: persona\nid: ola\nname: Ola Nowak\nreviewed: {value}\nx-terminy:\n  {value.split()[0]}: wywiad\n"
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out


def test_fmt_of_a_file_with_an_impossible_date_writes_it_and_lint_still_reports_the_date(ws: Path) -> None:
    path = ws / "ola.yaml"
    path.write_text("name: Ola Nowak\nkind: persona\nid: ola\nreviewed: 2026-02-30\n", encoding="utf-8")
    assert cx("fmt", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == "kind: persona\nid: ola\nname: Ola Nowak\nreviewed: 2026-02-30\n"
    findings = cx("lint", "--format", "json", "--no-cache", str(path)).findings
    assert [(f["line"], f["column"]) for f in findings if f["rule"] == "schema"] == [(4, 11)], findings


@pytest.mark.parametrize("tail", ["...\n...\n", "...\n# koniec\n... # naprawdę\n\n...", "... # a\n...\n# b\n"])
def test_fmt_keeps_several_document_end_markers_as_lint_reads_them(tail: str) -> None:
    # YAML allows more than one `...` after a document; lint reads the file, and fmt called it
    # invalid YAML ("but found another document").
    text = "name: Ola Nowak\nkind: persona\nid: ola\n" + tail
    assert not load_text(text).problems
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola Nowak\n" + tail
    assert format_text(out) == out


def test_fmt_still_refuses_a_second_document_after_the_end_markers() -> None:
    with pytest.raises(FormatError) as err:
        format_text("kind: persona\nid: ola\nname: Ola\n...\n...\n---\nkind: persona\n")
    assert err.value.line == 6


# --- new -----------------------------------------------------------------------------------------------

NAMES = ["Żaneta Łęcka", "\u202eOdwrócona\u202c Nowak", "Zofia Z\u0307o\u0301\u0142\u0107", "👩\u200d👩\u200d👧 Rodzina", "🎧",
         "日本語", "x" * 300, "kind: persona", "#hash", "'quote", "../../etc/passwd", "a/b", "\t", "-", "a\x00b", "\x1b[31m"]


@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
@pytest.mark.parametrize("name", NAMES)
def test_new_with_odd_names_writes_a_document_fmt_and_render_accept_or_refuses_cleanly(ws: Path, kind: str, name: str) -> None:
    extra = ["--persona", "tomek"] if kind == "journey" else []
    result = cx("new", kind, name, "--no-input", "--dir", "out", *extra)
    written = sorted(p for p in (ws / "out").rglob("*") if p.is_file()) if (ws / "out").exists() else []
    if result.exit_code != 0:
        assert written == [], "new left a file behind when it refused"
        return
    assert len(written) == 1 and written[0].parent == ws / "out", written
    assert cx("fmt", "--check", str(written[0])).exit_code == 0
    findings = cx("lint", "--format", "json", "--no-cache", str(written[0])).findings
    assert not [f for f in findings if f["rule"] in ("yaml-syntax", "schema", "read-error")], findings
    for how in ("terminal", "md", "json"):
        assert cx("render", "-f", how, str(written[0])).exit_code == 0


# The slug was written unquoted: `id: null` / `id: true` are not text, so `cxkit new persona null
# --no-input` wrote a file lint rejects (CX002).
@pytest.mark.parametrize("name", ["null", "true", "False", "Null", "NULL", "2026"])
def test_new_with_a_name_whose_slug_reads_as_another_type_writes_a_valid_id(ws: Path, name: str) -> None:
    result = cx("new", "persona", name, "--no-input", "--dir", "out")
    assert result.exit_code == 0, result.stderr
    findings = cx("lint", "--format", "json", "--no-cache", f"out/{name.lower()}.yaml").findings
    assert not [f for f in findings if f["rule"] == "schema"], findings
    assert f'id: "{name.lower()}"\n' in (ws / f"out/{name.lower()}.yaml").read_text(encoding="utf-8") or name == "2026"


@pytest.mark.parametrize("head", ["# yaml-language-server: $schema=persona.json\n%YAML 1.2\n---\n", "%YAML 1.2\n--- # persona\n",
                                  "%YAML 1.2\n# uwaga\n---\n", "# a\n%YAML 1.1\n--- # b\n"])
def test_fmt_keeps_comments_around_a_yaml_directive(head: str) -> None:
    # A comment above `%YAML` or after its `---` made fmt refuse a valid file ("cannot lay it out
    # without losing this comment").
    text = head + "name: Ola Nowak\nkind: persona\nid: ola\n"
    out = format_text(text)
    assert out == head + "kind: persona\nid: ola\nname: Ola Nowak\n"
    assert format_text(out) == out


# fmt --diff wrote a UTF-16 file's change as UTF-8 text into the patch; git apply then refused the
# whole patch, the UTF-8 files' changes too. The UTF-16 file is left out of the patch, and said so.
def test_a_fmt_patch_of_a_workspace_holding_a_utf16_file_still_applies(ws: Path) -> None:
    import subprocess

    text = "name: Ola Nowak\nkind: persona\nid: ola-nowak\n"
    (ws / "persony").mkdir()
    (ws / "persony/ola.yaml").write_text(text, encoding="utf-8")
    (ws / "persony/tomek.yaml").write_bytes(codecs.BOM_UTF16_LE + text.replace("ola-nowak", "tomek").encode("utf-16-le"))
    subprocess.run(["git", "init", "-q"], cwd=ws, check=True)
    result = cx("fmt", "--diff", "persony")
    assert result.exit_code == 1
    (ws / "fmt.patch").write_bytes(result.stdout.encode("utf-8", "surrogateescape"))
    applied = subprocess.run(["git", "apply", "fmt.patch"], check=False, cwd=ws, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert (ws / "persony/ola.yaml").read_text(encoding="utf-8") == format_text(text)
    assert "persony/tomek.yaml: not in the patch: it is written in UTF-16-LE, which a text patch cannot carry" in result.stderr
    assert "would reformat persony/tomek.yaml" in result.stderr


@pytest.mark.parametrize(("text", "where"), [
    ("name: Ola\nkind: persona\nid: ola\n? summary\n# z wywiadu\n: Biega rano\n", (5, 1)),
    ("name: Ola\nkind: persona\nid: ola\n? summary  # z wywiadu\n: Biega rano\n", (4, 12)),
    ("# schemat\n---\nkind: persona\nid: ola\nname: Ola\nx-notatki:\n  ? kiedy\n    # z wywiadu\n  : rano\n", (8, 5)),
])
def test_fmt_refuses_a_comment_between_an_explicit_key_and_its_value_where_it_is(
        ws: Path, text: str, where: tuple[int, int]) -> None:
    # ruamel's writer dropped the `?` and wrote `summary\n# z wywiadu\n: Biega rano`: fmt refused
    # with "could not lay this file out without changing its data (please report it)" at 1:1.
    with pytest.raises(FormatError) as err:
        format_text(text)
    assert (err.value.line, err.value.column) == where
    assert "explicit key" in err.value.message
    path = ws / "ola.yaml"
    path.write_text(text, encoding="utf-8")
    result = cx("fmt", "ola.yaml")
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == text
    assert f"ola.yaml:{where[0]}:{where[1]}: " in result.stdout + result.stderr


def test_fmt_keeps_a_comment_after_a_key_it_writes_as_an_explicit_key_again() -> None:
    key = "x-" + "k" * 1100  # over the length ruamel writes as a plain `key:`
    text = f"kind: persona\nid: ola\nname: Ola\n? {key}\n# z wywiadu\n: rano\n"
    assert format_text(text) == text


@pytest.mark.parametrize("item", ["|\n    Cisza po 22:00\n", ">-\n    Cisza po 22:00\n", "|\n", "text: |\n      Cisza po 22:00\n"])
def test_a_note_above_a_moved_first_key_after_a_block_value_stays_a_note(item: str) -> None:
    # The note above `text:`, which moves to the top of its item, was written above the dash
    # indented like the item's keys: read as more text of the `|` value before it. fmt's check
    # refused the file ("without changing this value; please report it").
    text = ("kind: persona\nid: ola\nname: Ola\ngoals:\n  - " + item +
            "  - sources: [wywiady]\n    # z wywiadu w Krakowie\n    text: Słuchawki otwarte\n")
    out = format_text(text)
    assert load_text(out).data == load_text(text).data
    assert "\n  # z wywiadu w Krakowie\n  - text: Słuchawki otwarte\n    sources: [wywiady]\n" in out
    assert format_text(out) == out


@pytest.mark.parametrize(("text", "where"), [
    ("? # klucz bez nazwy\nkind: persona\nid: ola\nname: Ola\n", (1, 1)),
    ("kind: persona\nid: ola\nname: Ola\nx-notatki:\n  kiedy: rano\n  ?\n  : wieczorem\n", (6, 3)),
    ("kind: persona\nid: ola\nname: Ola\nx-notatki: {? : wieczorem}\n", (4, 13)),
])
def test_fmt_refuses_a_key_with_no_text_where_it_is(ws: Path, text: str, where: tuple[int, int]) -> None:
    # An empty explicit key (`?` alone), which lint reads as the key "", was written `null:`;
    # fmt's check refused the file at 1:1 ("without changing its data; please report it").
    with pytest.raises(FormatError) as err:
        format_text(text)
    assert (err.value.line, err.value.column) == where
    assert "key with no text" in err.value.message
    path = ws / "ola.yaml"
    path.write_text(text, encoding="utf-8")
    result = cx("fmt", "ola.yaml")
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == text
