"""Property-based hardening: random YAML, random bytes and mutated documents never crash cxkit.

The loader and validator get arbitrary YAML text (anchors, aliases, hostile
tags, odd keys, Polish and English text, several layouts) and arbitrary bytes;
`cxkit lint` gets realistic documents broken in the ways people break them
(a deleted or doubled line, a stray character, a renamed key, a wrong type).
Every result is either clean or a finding located inside the file.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import JOURNEY_EN, JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL
from cxkit.model import KINDS as CXKIT_KINDS
from cxkit.model.validate import near_miss_kind, validate
from cxkit.yamlio import load_bytes, load_text

# CXKIT_FUZZ_SCALE=20 searches twenty times longer (by hand, not in CI).
SCALE = max(1, int(os.environ.get("CXKIT_FUZZ_SCALE", "1")))
FUZZ = settings(
    max_examples=200 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
# The CLI tests reuse one workspace folder across examples on purpose: each example rewrites it.
FUZZ_CLI = settings(
    max_examples=150 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

# YAML breaks lines on these (the C parser counts each as a new line), so bounds are checked by them too.
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")  # lines as editors count them (YAML 1.2): not at U+2028


def lines_of(text: str) -> list[str]:
    return _LINE_BREAK.split(text)


def assert_inside(text: str, line: int, column: int, what: Any) -> None:
    """A 1-based position that an editor can jump to: an existing line, at most one past its end."""
    rows = lines_of(text)
    assert 1 <= line <= len(rows), (line, column, len(rows), what)
    assert 1 <= column <= len(rows[line - 1]) + 1, (line, column, rows[line - 1][:80], what)


# --- random YAML text ------------------------------------------------------------------------------

POLISH = [
    "Zażółć gęślą jaźń", "Kraków", "słuchawki za 1500 zł", "Łódź, Żoliborz", "ąęśćźżółń", "Wiśniewski",
    "„cytat” – myślnik", "Nie ufa opiniom: bez pomiarów", "#hashtag", "- nie lista", "50% rabatu",
]
ENGLISH = [
    "Maya Patel", "runs 30 km a week", "£68,000", "yes", "no", "on", "off", "~", "null", "true", "1e3",
    "0x1F", "0o17", ".inf", "-.nan", "2026-09-14", "07:15", "12:30:45", "key: value", "a #b", "@mention",
    "`tick`", "%percent", "? question", "| pipe", "> fold", "'single'", '"double"', "back\\slash",
    "tab\there", "line\nbreak", "", " ", "-", ":", "*star", "&amp", "!bang", "[bracket", "{brace", ",",
]
ODD_KEYS = [
    "kind", "id", "name", "lang", "summary", "goals", "stages", "persona", "sources", "emotion",
    "demographics", "psychographics", "touchpoints", "x-own", "x-", "<<", "", " ", "-", "?", ":", "a: b",
    "#", "ą", "Żółw", "1", "true", "null", "~", "k" * 70, "key\twith tab", "!tag", "&a", "*a", "[a]",
]
TAGS = [
    "!!python/object:os.system", "!!python/object/apply:os.system", "!!python/name:os.system",
    "!!python/object/new:subprocess.Popen", "!!binary", "!custom", "!!str", "!!int", "!!float", "!!bool",
    "!!null", "!!map", "!!seq", "!!set", "!!omap", "!!timestamp", "!", "!<tag:example.com,2026:persona>",
    "!ruby/object:Gem::Installer", "!!merge",
]
KINDS = ["persona", "negative-persona", "journey", "persna", "journy", "other"]

scalars = st.one_of(
    st.sampled_from(POLISH + ENGLISH),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
keys = st.one_of(st.sampled_from(ODD_KEYS), st.text(max_size=8))


def documents_data() -> st.SearchStrategy[Any]:
    tree = st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(keys, children, max_size=4),
        ),
        max_leaves=25,
    )
    top = st.builds(lambda kind, rest: {"kind": kind, **rest}, st.sampled_from(KINDS), st.dictionaries(keys, tree, max_size=6))
    return st.one_of(top, tree)


def _ruamel_dump(data: Any, style: str) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = style != "ascii"
    if style == "flow":
        yaml.default_flow_style = True
    elif style == "canonical":
        yaml.canonical = True
    else:
        yaml.default_flow_style = False
    if style == "double":
        yaml.default_style = '"'
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


@st.composite
def hand_written(draw: st.DrawFn, data: Any) -> str:
    """Block YAML as a person might type it, with anchors, aliases, tags and unquoted oddities."""
    anchors: list[str] = []
    step = draw(st.sampled_from([1, 2, 4]))

    def decorate() -> str:
        parts = []
        if draw(st.integers(0, 7)) == 0:
            parts.append(draw(st.sampled_from(TAGS)))
        if draw(st.integers(0, 5)) == 0:
            name = f"a{len(anchors)}"
            anchors.append(name)
            parts.append("&" + name)
        return " ".join(parts)

    def alias() -> str | None:
        if draw(st.integers(0, 6)) == 0:
            return "*" + (draw(st.sampled_from(anchors)) if anchors and draw(st.booleans()) else "nieznany")
        return None

    def scalar(value: Any) -> str:
        if draw(st.booleans()):
            return json.dumps(value, ensure_ascii=False) if not isinstance(value, float) or value == value else ".nan"
        return str(value) if value is not None else draw(st.sampled_from(["", "~", "null"]))

    def emit(value: Any, indent: int, out: list[str], lead: str) -> None:
        pad = " " * indent
        if isinstance(value, dict) and value:
            first = True
            for k, v in value.items():
                prefix = lead if first else pad
                first = False
                key = scalar(k)
                ref = alias()
                deco = decorate()
                if ref is not None:
                    out.append(f"{prefix}{key}: {ref}")
                elif isinstance(v, (dict, list)) and v:
                    out.append(f"{prefix}{key}:{' ' + deco if deco else ''}")
                    emit(v, indent + step, out, " " * (indent + step))
                else:
                    out.append(f"{prefix}{key}: {deco + ' ' if deco else ''}{scalar(v) if not isinstance(v, (dict, list)) else json.dumps(v)}")
        elif isinstance(value, list) and value:
            for i, item in enumerate(value):
                prefix = lead if i == 0 else pad
                ref = alias()
                if ref is not None:
                    out.append(f"{prefix}- {ref}")
                elif isinstance(item, (dict, list)) and item:
                    deco = decorate()
                    if deco:
                        out.append(f"{prefix}- {deco}")
                        emit(item, indent + 2, out, " " * (indent + 2))
                    else:
                        emit(item, indent + 2, out, prefix + "- ")
                else:
                    deco = decorate()
                    out.append(f"{prefix}- {deco + ' ' if deco else ''}{scalar(item) if not isinstance(item, (dict, list)) else json.dumps(item)}")
        else:
            out.append(lead + (scalar(value) if not isinstance(value, (dict, list)) else json.dumps(value)))

    out: list[str] = []
    emit(data, 0, out, "")
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return ending.join(out) + draw(st.sampled_from([ending, "", ending + "...\n", ending + "---\n"]))


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    data = draw(documents_data())
    style = draw(st.sampled_from(["hand", "hand", "block", "flow", "canonical", "double", "ascii", "json"]))
    if style == "hand":
        return draw(hand_written(data))
    if style == "json":
        return json.dumps(data, ensure_ascii=False, indent=draw(st.sampled_from([None, 2])))
    return _ruamel_dump(data, style)


def check_loaded(text: str) -> None:
    loaded = load_text(text)
    for problem in loaded.problems:
        assert problem.message
        assert_inside(text, problem.line, problem.column, problem)
    if loaded.data is None:
        return
    _model, issues = validate(loaded.data)
    for issue in issues:
        assert issue.message
        line, column = loaded.locate(issue.path, key=issue.at_key)
        assert_inside(text, line, column, issue)


@FUZZ
@given(yaml_texts())
# Found by this test: old Mac line ends (CR only) and the end of a file without a final line break.
@example("kind: *nieznany\rid: *nieznany\rname: Tomek\r\x1f: *nieznany\r")
@example("kind: persona\rid: tomek\x00\r")
@example('[{"kind": "persona"}')
@example("kind: persona\ngoals: [Cisza, {text: Jazz")
@example("kind: persona\u2028name: 'Tomek")
def test_random_yaml_loads_and_validates_with_located_problems(text: str) -> None:
    check_loaded(text)


@FUZZ
@given(yaml_texts(), st.data())
def test_random_yaml_with_a_stray_character_still_gives_located_problems(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    char = data.draw(st.sampled_from([":", "-", "[", "{", "&", "*", "!", "\t", "'", '"', "|", ">", "%", "@", "\x0c", "\u2028", "\ufeff"]))
    check_loaded(text[:at] + char + text[at:])


# --- random bytes --------------------------------------------------------------------------------

REAL = [PERSONA_PL, JOURNEY_PL, NEGATIVE_PL, PERSONA_EN]
BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]


@st.composite
def raw_files(draw: st.DrawFn) -> bytes:
    how = draw(st.sampled_from(["binary", "text", "text", "mixed"]))
    if how == "binary":
        body = draw(st.binary(max_size=300))
    else:
        text = draw(st.one_of(yaml_texts(), st.integers(0, len(REAL) - 1).map(REAL.__getitem__)))
        codec = draw(st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "iso-8859-2", "cp1250"]))
        body = text.encode(codec, errors="replace")
        if how == "mixed" and body:
            cut = draw(st.integers(0, len(body)))
            body = body[:cut] + draw(st.binary(min_size=1, max_size=8)) + body[cut:]
    return draw(st.sampled_from(BOMS)) + body


@FUZZ
@given(raw_files())
def test_random_bytes_never_raise(raw: bytes) -> None:
    loaded = load_bytes(raw)
    assert loaded.data is not None or loaded.problems or loaded.text.strip() == ""
    for problem in loaded.problems:
        assert problem.line >= 1 and problem.column >= 1
        if loaded.text:
            assert_inside(loaded.text, problem.line, problem.column, problem)
        else:
            # Undecodable: the position is counted in characters of what does decode.
            assert_inside(raw.decode("utf-8", errors="replace"), problem.line, problem.column, problem)


# --- mutated real documents through `cxkit lint` ----------------------------------------------------

SAMPLES = {
    "personas/tomek.yaml": PERSONA_PL,
    "personas/janusz.yaml": NEGATIVE_PL,
    "journeys/tomek-kupuje.yaml": JOURNEY_PL,
    "personas/maya.yaml": PERSONA_EN,
    "journeys/maya-buty.yaml": JOURNEY_EN,
}
INSERTS = [":", "-", "[", "]", "{", "&", "*", "!", "\t", "'", '"', "#", "|", ">", "? ", "- ", ": ", "&a ", "*a", "!!python/object:os.system "]
RENAMES = {
    "goals": "gaols", "behaviours": "behaviors", "pain_points": "pain-points", "stages": "stage", "kind": "Kind",
    "id": "ID", "emotion": "emotions", "sources": "source", "persona": "personas", "name": "nazwa",
    "touchpoints": "touchpoint", "demographics": "demografia", "reviewed": "reviewed_at",
}
TYPE_SWAPS = ["", "~", "[]", "{}", "7", "-3", "true", "2026-13-45", "[a, b]", "{text: x}", "'7'", "ąę", "|\n  blok"]


@st.composite
def mutations(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "insert", "rename", "swap", "swap"]))
        line = lines[i]
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, line)
        elif op == "indent":
            lines[i] = draw(st.sampled_from([" ", "  ", "    ", "\t"])) + line
        elif op == "dedent":
            lines[i] = line[draw(st.integers(1, 4)):]
        elif op == "insert":
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.sampled_from(INSERTS)) + line[at:]
        elif op == "rename":
            for old, new in RENAMES.items():
                if re.match(rf"\s*(- )?{old}:", line):
                    lines[i] = line.replace(old + ":", new + ":", 1)
                    break
        elif op == "swap" and ":" in line:
            key, _sep, _value = line.partition(":")
            lines[i] = f"{key}: {draw(st.sampled_from(TYPE_SWAPS))}"
    return "\n".join(lines)


# How a scan recognises a cxkit document: by its `kind` value, or, when the YAML does not load at
# all, by a `kind:` line at the start of a line (see workspace.load_document).
CXKIT_KIND_LINE = re.compile(r"^kind:[ \t]*['\"]?(persona|negative-persona|journey)\b", re.MULTILINE)


def scanned_as_cxkit(loaded: Any) -> bool:
    if loaded.data is None:
        return CXKIT_KIND_LINE.search(loaded.text) is not None
    kind = loaded.data.get("kind") if isinstance(loaded.data, dict) else None
    return isinstance(kind, str) and (kind in CXKIT_KINDS or near_miss_kind(kind) is not None)


@pytest.fixture
def lint_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for rel, text in SAMPLES.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def run_lint_json(*paths: str) -> tuple[int, list[dict[str, Any]]]:
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["lint", "--format", "json", "--no-cache", "--jobs", "1", *paths])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return result.exit_code, json.loads(result.stdout)


def test_the_unmutated_workspace_is_linted_and_findings_are_inside_files(lint_workspace: Path) -> None:
    # The baseline the mutations start from: every sample is a cxkit document with no syntax or schema finding.
    _code, findings = run_lint_json(".")
    assert {f["rule"] for f in findings}.isdisjoint({"yaml-syntax", "schema", "read-error"}), findings
    for finding in findings:
        assert_inside(SAMPLES[finding["path"]], finding["line"], finding["column"], finding)


@FUZZ_CLI
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_mutated_documents_give_located_findings_never_a_traceback(lint_workspace: Path, rel: str, data: st.DataObject) -> None:
    for name, text in SAMPLES.items():
        (lint_workspace / name).write_text(text, encoding="utf-8")
    mutated = data.draw(mutations(SAMPLES[rel]))
    crlf = data.draw(st.booleans())
    (lint_workspace / rel).write_bytes((mutated.replace("\n", "\r\n") if crlf else mutated).encode("utf-8"))
    _code, findings = run_lint_json(".")
    texts = {**SAMPLES, rel: mutated}
    for finding in findings:
        assert finding["path"] in texts, finding
        assert finding["message"], finding
        assert_inside(texts[finding["path"]], finding["line"], finding["column"], finding)
    loaded = load_text(mutated)
    if loaded.problems and scanned_as_cxkit(loaded):
        # A scan skips other YAML, but a broken file it takes for a cxkit document is always reported.
        assert any(f["path"] == rel and f["rule"] == "yaml-syntax" for f in findings), findings


# --- fmt on mutated documents that still mean the same ------------------------------------------

@st.composite
def same_meaning(draw: st.DrawFn, text: str) -> str:
    """The document re-laid out: top-level keys shuffled, their blocks indented deeper, comments and blank lines added."""
    blocks: list[list[str]] = []
    for line in text.split("\n"):
        if line and not line[0].isspace() and not line.startswith("- "):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    blocks = draw(st.permutations(blocks))
    out: list[str] = []
    for block in blocks:
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(["# uwaga: sprawdzić w wywiadach", "# note: from support tickets", ""])))
        shift = " " * draw(st.sampled_from([0, 1, 2, 4]))  # moving a whole nested block keeps its meaning
        out.extend(line if not line or not line[0].isspace() else shift + line for line in block)
    return "\n".join(out).rstrip("\n") + "\n"


@settings(FUZZ_CLI, max_examples=80 * SCALE)
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_fmt_twice_changes_nothing_the_second_time_and_keeps_the_data(lint_workspace: Path, rel: str, data: st.DataObject) -> None:
    from typer.testing import CliRunner

    from cxkit.cli import app

    if "fmt" not in {c.name for c in app.registered_commands}:
        pytest.skip("cxkit fmt is not built yet")
    original = load_text(SAMPLES[rel]).data
    text = data.draw(same_meaning(SAMPLES[rel]))
    assert load_text(text).data == original
    path = lint_workspace / "fmt" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(app, ["fmt", str(path)])
    assert first.exception is None or isinstance(first.exception, SystemExit), repr(first.exception)
    assert first.exit_code == 0, (first.stdout, first.stderr)
    once = path.read_text(encoding="utf-8")
    second = runner.invoke(app, ["fmt", "--check", str(path)])
    assert second.exit_code == 0, (second.stdout, second.stderr, once)
    assert path.read_text(encoding="utf-8") == once
    assert load_text(once).data == original


# --- the other readers on the same mutated documents ------------------------------------------------

@settings(FUZZ_CLI, max_examples=80 * SCALE)
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_mutated_documents_never_crash_render_diff_or_fmt(lint_workspace: Path, rel: str, data: st.DataObject) -> None:
    from typer.testing import CliRunner

    from cxkit.cli import app

    mutated = data.draw(mutations(SAMPLES[rel]))
    path = lint_workspace / "zmienione" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(mutated, encoding="utf-8")
    runner = CliRunner()
    fmt = data.draw(st.sampled_from(["terminal", "markdown", "html", "json"] + (["mermaid"] if "journey" in rel else [])))
    for args in (
        ["render", str(path), "--format", fmt, "--width", "100"],
        ["diff", rel, str(path), "--format", data.draw(st.sampled_from(["text", "json", "markdown"]))],
        ["fmt", "--check", str(path)],
    ):
        result = runner.invoke(app, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
        assert result.exit_code in (0, 1, 2), (args, result.exit_code)
        assert "internal error" not in result.stderr, (args, result.stderr)
