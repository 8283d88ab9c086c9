"""The safe loader: positions survive every encoding, hostile files become located findings, fast."""

from __future__ import annotations

import json
import math
import re
import os
import subprocess
import sys
import time
from itertools import chain
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORE_RULES, JOURNEY_PL, PERSONA_PL, position_of
from cxkit.model.validate import validate
from cxkit.yamlio import MAX_DEPTH, load_bytes, load_text
from hostile import inputs

PLAIN_TYPES = (dict, list, str, int, float, bool, type(None))


def assert_plain(value):
    """Only plain data may come out of the loader: no constructed objects, ever."""
    assert isinstance(value, PLAIN_TYPES), type(value)
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, (str, int, float, bool, type(None)))
            assert_plain(v)
    elif isinstance(value, list):
        for item in value:
            assert_plain(item)


def timed(func, *args):
    start = time.process_time()
    result = func(*args)
    return result, time.process_time() - start


def lint_file(path: Path, *extra: str):
    """`cxkit lint --format json` on one explicitly named file, all rules on."""
    from conftest import run_cli

    result = run_cli("lint", "--format", "json", *extra, str(path))
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result


def syntax_findings(result) -> list[dict]:
    return [f for f in result.findings if f["rule"] == "yaml-syntax"]


# --- positions --------------------------------------------------------------------------------


def test_locate_points_at_keys_and_values():
    loaded = load_text(JOURNEY_PL)
    assert loaded.locate(("persona",)) == position_of(JOURNEY_PL, "persona:")
    assert loaded.locate(("persona",), key=False) == position_of(JOURNEY_PL, "tomek-audiofil")
    assert loaded.locate(("stages", 1, "emotion"), key=False) == position_of(JOURNEY_PL, "-1\n")
    assert loaded.locate(("stages", 0, "touchpoints", 1)) == position_of(JOURNEY_PL, "Wątek na forum")


def test_locate_falls_back_to_the_deepest_existing_ancestor():
    loaded = load_text(JOURNEY_PL)
    line, col = position_of(JOURNEY_PL, "id: decyzja")
    assert loaded.locate(("stages", 2, "opportunities")) == (line, col)
    assert loaded.locate(("stages", 99)) == position_of(JOURNEY_PL, "stages:")
    assert loaded.locate(()) == (1, 1)


def test_plain_scalars_resolve_like_yaml_1_2_and_dates_stay_text():
    loaded = load_text(
        "kind: persona\nn: 9\nr: -1.5\nt: true\nf: False\nz: ~\ne:\ns: '9'\nd: 2026-09-14\nw: yes\nh: 0x1F\n"
    )
    assert loaded.problems == []
    assert loaded.data == {
        "kind": "persona", "n": 9, "r": -1.5, "t": True, "f": False, "z": None, "e": None, "s": "9",
        "d": "2026-09-14", "w": "yes", "h": 31,
    }


def test_merge_keys_fill_in_without_overriding():
    loaded = load_text("x-base: &base {owner: zespół, status: idea}\nopportunity:\n  <<: *base\n  status: planned\n")
    assert loaded.data["opportunity"] == {"owner": "zespół", "status": "planned"}


def test_utf8_bom_loads_and_keeps_first_line_columns():
    raw = inputs.utf8_bom("kind: persona\nid: Tomek\nname: Tomek\n")
    loaded = load_bytes(raw)
    assert loaded.problems == []
    _, issues = validate(loaded.data)
    assert [loaded.locate(i.path, key=i.at_key) for i in issues] == [(2, 5)]
    assert load_bytes(inputs.utf8_bom("kind: 7\n")).locate(("kind",), key=False) == (1, 7)


@pytest.mark.parametrize("big_endian", [False, True])
def test_utf16_with_bom_loads(big_endian):
    loaded = load_bytes(inputs.utf16(bom=True, big_endian=big_endian))
    assert loaded.problems == []
    assert loaded.data["name"] == "Tomek Wiśniewski"
    assert loaded.locate(("summary",), key=False) == (4, 10)


def test_crlf_line_endings_keep_positions():
    text = JOURNEY_PL.replace("emotion: 2\n  - id: doswiadczenie", "emotion: 7\n  - id: doswiadczenie")
    lf = load_text(text)
    crlf = load_bytes(inputs.crlf(text))
    assert crlf.problems == []
    assert crlf.data == lf.data
    _, issues = validate(crlf.data)
    [issue] = issues
    assert crlf.locate(issue.path, key=issue.at_key) == lf.locate(issue.path, key=issue.at_key)
    assert crlf.locate(issue.path, key=issue.at_key) == position_of(text, "7\n")


def test_crlf_duplicate_key_position():
    loaded = load_bytes(inputs.crlf("kind: persona\nid: tomek\nname: Tomek\nid: tomek-2\n"))
    assert [(p.line, p.column) for p in loaded.problems] == [(4, 1)]


# --- hostile inputs, loader level --------------------------------------------------------------


def test_billion_laughs_is_stopped_fast():
    raw = inputs.billion_laughs()
    loaded, seconds = timed(load_bytes, raw)
    assert seconds < 2
    assert loaded.data is None
    [problem] = loaded.problems
    assert "billion laughs" in problem.message
    line = raw.decode().splitlines()[problem.line - 1]
    assert "*l" in line[problem.column - 1:]


def test_shared_aliases_within_budget_still_load():
    loaded = load_text("x-sources: &s [wywiady]\ngoals:\n  - text: Cisza\n    sources: *s\n  - text: Jazz\n    sources: *s\n")
    assert loaded.problems == []
    assert loaded.data["goals"][1]["sources"] == ["wywiady"]


@pytest.mark.parametrize(
    ("make", "depth", "line"),
    [
        (inputs.deep_flow, 10_000, 5),
        (inputs.deep_dashes, 10_000, 6),
        (inputs.deep_mappings, 10_000, 5),
        (inputs.deep_flow, MAX_DEPTH + 1, 5),
    ],
)
def test_deep_nesting_is_a_located_problem(make, depth, line):
    loaded, seconds = timed(load_bytes, make(depth))
    assert seconds < 2
    assert loaded.data is None
    [problem] = loaded.problems
    assert problem.message == f"the YAML is nested more than {MAX_DEPTH} levels deep"
    assert problem.line == line  # the line that nests, after the persona's own lines


def test_nesting_at_the_cap_is_fine():
    loaded = load_bytes(inputs.deep_flow(MAX_DEPTH - 2))
    assert loaded.problems == []


def test_deep_indentation_nesting_is_capped_too():
    text = "kind: persona\n" + "".join(" " * i + "x-a:\n" for i in range(400)) + " " * 400 + "x\n"
    loaded, seconds = timed(load_text, text)
    assert seconds < 2
    assert [p.message for p in loaded.problems] == [f"the YAML is nested more than {MAX_DEPTH} levels deep"]


def test_file_over_four_mib_is_refused_without_parsing():
    raw = inputs.oversized(20)
    assert len(raw) > 20 * 1024 * 1024
    loaded, seconds = timed(load_bytes, raw)
    assert seconds < 0.5
    [problem] = loaded.problems
    assert (problem.line, problem.column) == (1, 1)
    assert "MiB, over cxkit's 4 MiB limit" in problem.message


def test_python_tags_construct_and_execute_nothing(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append(a))
    marker = tmp_path / "pwned"
    text = (
        "kind: persona\n"
        "id: !!python/object/apply:os.system [\"touch " + str(marker) + "\"]\n"
        "name: !!python/object:os.system {}\n"
        "summary: !!python/name:os.system\n"
        "quote: !!python/object/new:subprocess.Popen [[touch, " + str(marker) + "]]\n"
        "goals: !ruby/object:Gem::Installer [a]\n"
    )
    loaded = load_text(text)
    assert calls == []
    assert not marker.exists()
    assert_plain(loaded.data)
    assert [(p.line, p.column) for p in loaded.problems] == [(2, 5), (3, 7), (4, 10), (5, 8), (6, 8)]
    assert all("is not allowed; cxkit never constructs tagged objects" in p.message for p in loaded.problems)
    assert "!!python/object/apply:os.system" in loaded.problems[0].message


def test_tags_on_mapping_keys_are_reported_too():
    loaded = load_text("kind: persona\n!!python/name:os.system id: tomek\nname: Tomek\n")
    assert [(p.line, p.column) for p in loaded.problems] == [(2, 1)]
    assert "!!python/name:os.system is not allowed" in loaded.problems[0].message
    assert loaded.data["id"] == "tomek"


def test_huge_keys_tags_and_values_do_not_flood_messages():
    big = "ż" * 50_000
    text = f"kind: persona\nid: !{'x' * 50_000} a\nname: A\n? {big}\n: 1\n? {big}\n: 2\nreviewed: {big}\nsources:\n  - id: a\n    type: {big}\n"
    loaded = load_text(text)
    _, issues = validate(loaded.data)
    messages = [p.message for p in loaded.problems] + [i.message for i in issues]
    assert len(messages) == 5, messages
    assert all(len(m) < 300 for m in messages), [len(m) for m in messages]


def test_standard_tags_are_allowed():
    loaded = load_text("kind: !!str persona\nid: !!str tomek\nname: ! Tomek\ngoals: !!seq [a]\n")
    assert loaded.problems == []
    assert loaded.data == {"kind": "persona", "id": "tomek", "name": "Tomek", "goals": ["a"]}


def test_nul_byte_is_located():
    loaded = load_text("kind: persona\nname: Tomek\x00Wiśniewski\n")
    assert loaded.data is None
    assert [(p.line, p.column) for p in loaded.problems] == [(2, 12)]
    assert "NUL byte" in loaded.problems[0].message


def test_iso_8859_2_polish_text_is_located_and_named():
    loaded = load_bytes(inputs.latin2())
    assert loaded.data is None
    [problem] = loaded.problems
    assert (problem.line, problem.column) == (3, 15)  # the "ś" of Wiśniewski
    assert "not valid UTF-8" in problem.message and "ISO-8859-2" in problem.message


def test_utf16_without_bom_is_named():
    loaded = load_bytes(inputs.utf16(bom=False))
    assert loaded.data is None
    [problem] = loaded.problems
    assert "UTF-16 without a byte-order mark" in problem.message


def test_broken_utf16_after_a_bom_is_a_problem_not_a_crash():
    loaded = load_bytes(b"\xff\xfe" + "kind".encode("utf-16-le") + b"\x00\xd8")
    assert loaded.data is None and "UTF-16" in loaded.problems[0].message


def test_duplicate_key_is_reported_at_the_second_key():
    text = "kind: persona\nid: tomek-audiofil\nname: Tomek\ndemographics:\n  age: 34\n  age: 43\n"
    loaded = load_text(text)
    [problem] = loaded.problems
    assert (problem.line, problem.column) == (6, 3)
    assert "duplicate key 'age' (first defined on line 5)" in problem.message
    assert loaded.data["demographics"] == {"age": 34}
    # cxkit keeps the first value, most YAML tools the last: the message must not claim either.
    assert "later value would" not in problem.message and "keep one" in problem.message


@pytest.mark.parametrize(
    ("text", "where", "fragment"),
    [
        ("", (1, 1), "the file is empty"),
        ("# Persona do uzupełnienia\n# (szkic)\n", (1, 1), "the file holds only comments and no document"),
        ("  \n\n", (1, 1), "the file is empty"),
        ("---\n", (1, 1), "the document is empty"),
        ("~\n", (1, 1), "the document is empty"),
        ("kind: persona\nid: a\n---\nkind: persona\nid: b\n", (3, 1), "more than one YAML document"),
        # A `---` followed by nothing is an empty last document, read as none since s38 (tester41 L10):
        # a second document right after the first is still one too many.
        ("kind: persona\n---\nid: b\n", (2, 1), "more than one YAML document"),
        ("kind: persona\n---\n# koniec\n---\n...\nname: x\n", (2, 1), "more than one YAML document"),
        ("x-a: &a [*a]\n", (1, 6), "recursive alias"),
        ("x-a: &a {b: *a}\n", (1, 6), "recursive alias"),
        ("kind: persona\nid: tomek\n  name: Tomek\n", (3, 3), "align `name:` with `id:` (column 1)"),
        ('kind: persona\nname: "Tomek\nid: tomek\n', (2, 7), 'opens a quote (") that is never closed'),
        ("kind: persona\nname: 'Tomek\n", (2, 7), "quoted value is never closed"),
        ("kind: persona\ngoals:\n\t- Cisza\n", (3, 1), "tab character"),
        ("kind: persona\ngoals: [Cisza, Jazz\nid: x\n", (3, 3), "it started on line 2, column 8"),
        ("kind: persona\nname: *nieznany\n", (2, 7), "the alias *nieznany names no anchor"),
        ("kind: persona\n? [a, b]\n: c\n", (2, 3), "a mapping key must be a plain value"),
        ("kind: persona\n# notatka\x0c ze strony 2\nname: Tomek\n", (2, 10), "control character U+000C is not allowed"),
        ("kind: persona\nname: Tomek Wiśniewski\x1b[0m\n", (2, 23), "control character U+001B is not allowed"),
    ],
)
def test_broken_yaml_is_a_located_problem(text, where, fragment):
    loaded = load_text(text)
    assert loaded.problems, text
    problem = loaded.problems[0]
    assert (problem.line, problem.column) == where
    assert fragment in problem.message


def test_top_level_list_and_scalar_load_but_fail_validation():
    for text, fragment in (("- kind: persona\n  id: tomek\n", "holds a list"), ("Tomek Wiśniewski\n", "single value")):
        loaded = load_text(text)
        assert loaded.problems == []
        model, issues = validate(loaded.data)
        assert model is None and fragment in issues[0].message


def test_one_document_with_markers_is_fine():
    loaded = load_text("%YAML 1.2\n---\nkind: persona\nid: tomek\nname: Tomek\n...\n")
    assert loaded.problems == []
    assert loaded.data["id"] == "tomek"


@pytest.mark.parametrize(
    ("text", "where", "value", "quoted"),
    [
        ("sources: [https://ankieta.pl/wyniki, wywiady]\n", (1, 11), "https://ankieta.pl/wyniki", '"https://ankieta.pl/wyniki"'),
        ("kanały:\n  - [ \"sklep\", http://x.pl/a ]\n", (2, 16), "http://x.pl/a", '"http://x.pl/a"'),
        ("godziny: {otwarcie: 9:30}\n", (1, 21), "9:30", '"9:30"'),
        ("links: {https://example.com: main site}\n", (1, 9), "https://example.com", '"https://example.com"'),
        ('quotes: [she said "hi":there]\n', (1, 10), 'she said "hi":there', "'she said \"hi\":there'"),
        # Backslashes are escapes in double quotes: a Windows path would gain a tab and a line break.
        ("pliki: [C:\\temp\\new, raport]\n", (1, 9), "C:\\temp\\new", "'C:\\temp\\new'"),
        ("pliki: [it's:C:\\x]\n", (1, 9), "it's:C:\\x", "'it''s:C:\\x'"),
        # A comment after the value is no part of it.
        ("linki: [\n  https://ankieta.pl/wyniki  # ankieta z marca\n]\n", (2, 3), "https://ankieta.pl/wyniki",
         '"https://ankieta.pl/wyniki"'),
        # A no-break space is part of a value, not a separator: the whole value is quoted.
        ("p: [ x:\u00a0y ]\n", (1, 6), "x:\u00a0y", '"x:\u00a0y"'),
        ("goals: [godziny 9:30\u00a0, sobota]\n", (1, 9), "godziny 9:30\u00a0", '"godziny 9:30\u00a0"'),
    ],
)
def test_a_colon_in_an_unquoted_flow_value_says_to_quote_it(text, where, value, quoted):
    # YAML 1.2 allows `[https://a.pl/x]`; the C reader cxkit uses does not. The author needs the fix.
    [problem] = load_text(text).problems
    assert (problem.line, problem.column) == where
    assert problem.message == (
        f"invalid YAML: the unquoted value {value} holds a ':' inside [ ] or {{ }}, where cxkit's "
        f"YAML reader takes it for a key; put it in quotes: {quoted}"
    )
    fixed = text.replace(value, quoted, 1)
    loaded = load_text(fixed)
    assert loaded.problems == []
    # The fix keeps the value as it was written: no escape read into it, no comment pulled in.
    def scalars(node):
        if isinstance(node, dict):
            return [x for k, v in node.items() for x in (k, *scalars(v))]
        return [x for item in node for x in scalars(item)] if isinstance(node, list) else [node]

    assert value in scalars(loaded.data)


def test_a_colon_in_a_flow_value_that_started_a_line_earlier_keeps_the_readers_words():
    [problem] = load_text("a: [zakupy\n  online:24h]\n").problems
    assert (problem.line, problem.column) == (2, 9)
    assert problem.message.startswith("invalid YAML: found unexpected ':'")


@pytest.mark.parametrize("written", [".inf", ".Inf", "-.INF", "+.inf", ".nan", ".NaN"])
def test_a_number_without_digits_reads_as_written_where_text_is_meant(written):
    # `name: .Inf` is a float to YAML; shown as text it is what the author typed, not Python's "inf".
    loaded = load_text(f"kind: persona\nid: ala\nname: {written}\ngoals: [{written}]\n")
    name = loaded.data["name"]
    assert isinstance(name, float) and not math.isfinite(name)
    assert str(name) == written and f"{name}" == written
    model, issues = validate(loaded.data)
    assert issues == [] and model.name == written and model.goals[0].text == written


def test_tab_after_a_colon_is_plain_whitespace():
    assert load_text("kind: persona\nname:\tTomek\n").data["name"] == "Tomek"


# --- the 100,000-level file: the C composer would crash, so it runs in a child process ------------


@pytest.mark.parametrize("make", [inputs.deep_flow, inputs.deep_dashes, inputs.deep_mappings])
def test_100k_deep_nesting_exits_normally_in_a_real_process(tmp_path, make):
    path = tmp_path / "gleboko.yaml"
    path.write_bytes(make(100_000))
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--format", "json", "--select", CORE_RULES, str(path)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert time.perf_counter() - start < 10
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
    [finding] = json.loads(proc.stdout)
    assert finding["rule"] == "yaml-syntax"
    assert finding["line"] == (6 if make is inputs.deep_dashes else 5)
    assert "nested more than" in finding["message"]


# --- the same inputs through `cxkit lint`: a finding, never a traceback ------------------------------

HOSTILE_FILES = {
    "billion-laughs": (inputs.billion_laughs, "billion laughs"),
    "deep-flow-10k": (lambda: inputs.deep_flow(10_000), "nested more than"),
    "deep-dashes-10k": (lambda: inputs.deep_dashes(10_000), "nested more than"),
    "oversized": (lambda: inputs.oversized(20), "4 MiB limit"),
    "latin2": (inputs.latin2, "ISO-8859-2"),
    "utf16-no-bom": (lambda: inputs.utf16(bom=False), "UTF-16 without a byte-order mark"),
    "nul": (lambda: b"kind: persona\nid: tomek\x00\n", "NUL byte"),
    "python-tag": (lambda: b"kind: persona\nid: tomek\nname: !!python/object:os.system Tomek\n", "is not allowed"),
    "empty": (lambda: b"", "the file is empty"),
    "comment-only": (lambda: "# do zrobienia: persona Tomka\n".encode(), "the file holds only comments and no document"),
    "two-documents": (lambda: b"kind: persona\nid: a\nname: A\n---\nkind: persona\nid: b\nname: B\n", "more than one"),
    "recursive-alias": (lambda: b"kind: persona\nid: a\nname: A\nx-a: &a [*a]\n", "recursive alias"),
    "bad-indent": (lambda: "kind: persona\nid: tomek\n  name: Tomek\n".encode(), "indented more than `id:`"),
    "unclosed-quote": (lambda: 'kind: persona\nid: tomek\nname: "Tomek\n'.encode(), "never closed"),
    "tabs": (lambda: b"kind: persona\nid: tomek\ngoals:\n\t- Cisza\n", "tab character"),
    "terminal-escape": (lambda: "kind: persona\nid: tomek\nname: \x1b[1mTomek\x1b[0m\n".encode(), "U+001B"),
    "duplicate-key": (lambda: b"kind: persona\nid: tomek\nname: A\nname: B\n", "duplicate key 'name'"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_file_gives_a_located_finding_through_the_cli(tmp_path, name):
    make, fragment = HOSTILE_FILES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(make())
    start = time.process_time()
    result = lint_file(path)
    assert time.process_time() - start < 2
    assert result.exit_code == 1
    findings = syntax_findings(result)
    assert findings, result.findings
    assert fragment in findings[0]["message"]
    assert findings[0]["path"] == str(path).replace(os.sep, "/")
    assert findings[0]["line"] >= 1 and findings[0]["column"] >= 1


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("- kind: persona\n  id: tomek\n", "holds a list"),
        ("Tomek Wiśniewski\n", "holds a single value"),
    ],
)
def test_top_level_list_or_scalar_named_explicitly_is_a_schema_finding(tmp_path, content, fragment):
    path = tmp_path / "nie-mapa.yaml"
    path.write_text(content, encoding="utf-8")
    result = lint_file(path, "--select", CORE_RULES)
    assert result.exit_code == 1
    [finding] = result.findings
    assert (finding["rule"], finding["line"], finding["column"]) == ("schema", 1, 1)
    assert fragment in finding["message"]


def test_utf16_with_bom_lints_clean_through_the_cli(tmp_path):
    path = tmp_path / "tomek.yaml"
    path.write_bytes(inputs.utf16(bom=True))
    result = lint_file(path, "--select", CORE_RULES)
    assert (result.exit_code, result.findings) == (0, [])


def test_crlf_file_findings_have_lf_positions(tmp_path):
    text = PERSONA_PL.replace("behaviours:", "behaviors:")
    path = tmp_path / "tomek.yaml"
    path.write_bytes(inputs.crlf(text))
    result = lint_file(path, "--select", CORE_RULES)
    [finding] = result.findings
    assert (finding["line"], finding["column"]) == position_of(text, "behaviors:")
    assert "did you mean 'behaviours'?" in finding["message"]


def test_tagged_value_is_reported_and_the_rest_still_validated(tmp_path):
    path = tmp_path / "tomek.yaml"
    path.write_text("kind: persona\nid: tomek\nname: !!python/object:os.system Tomek\nqoute: Cisza\n", encoding="utf-8")
    result = lint_file(path, "--select", CORE_RULES)
    assert [(f["rule"], f["line"], f["column"]) for f in result.findings] == [("yaml-syntax", 3, 7), ("schema", 4, 1)]


def test_huge_file_is_not_read_whole(tmp_path, monkeypatch):
    from cxkit import workspace

    path = tmp_path / "ogromny.yaml"
    path.write_bytes(inputs.oversized(20))
    sizes = []
    real = workspace.load_bytes

    def spy(raw, **kwargs):
        sizes.append(len(raw))
        return real(raw, **kwargs)

    monkeypatch.setattr(workspace, "load_bytes", spy)
    result = lint_file(path, "--select", CORE_RULES)
    assert sizes and max(sizes) <= 4 * 1024 * 1024 + 1
    assert "the file is 20." in result.findings[0]["message"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("-?[{ \t\na:") + ["- -", "-\t-", "? ", "- \t -"]), max_size=40).map("".join))
def test_nesting_hints_count_what_the_plain_regex_counts(text: str) -> None:
    # The fast count decides which files get the event-by-event depth check; it must not undercount.
    from cxkit.yamlio import _nesting_hints

    assert _nesting_hints(text) == len(re.findall(r"[\[{]|-[ \t]+-|\?[ \t]", text))


# U+2028, U+2029 and U+0085 end a line in YAML 1.1 (and in the C parser), but not in YAML 1.2
# or in any editor: a reported line must be the one the author sees.
LINE_SEPARATED = (
    "kind: persona\n"
    "id: ola\n"
    "name: Ola\n"
    "# notatka z wywiadu:\u2028wklejona z edytora\n"
    "goals:\n"
    "  - Biega\u2028rano\n"
    "  - \"Pływa\u2029w soboty\"\n"
    "  - Czyta\x85recenzje\n"
    "behaviours: [Dba o zdrowie]\n"
)


def test_line_and_paragraph_separators_are_characters_not_line_ends():
    loaded = load_text(LINE_SEPARATED)
    assert loaded.problems == []
    assert loaded.data["goals"] == ["Biega\u2028rano", "Pływa\u2029w soboty", "Czyta\x85recenzje"]
    assert loaded.locate(("behaviours", 0)) == (9, 14)  # line 9 in an editor, not 11
    assert loaded.locate(("goals", 2)) == (8, 5)


def test_a_separator_in_a_key_or_behind_an_alias_reads_back_too():
    loaded = load_text("kind: persona\nx-a\u2028b: &shared {note: \"raz\u2028dwa\"}\nx-c: [*shared, *shared]\nid: ola\n")
    assert loaded.problems == []
    assert loaded.data["x-a\u2028b"] == {"note": "raz\u2028dwa"}
    assert loaded.data["x-c"] == [{"note": "raz\u2028dwa"}] * 2
    assert loaded.locate(("id",)) == (4, 1)
    assert loaded.locate(("x-a\u2028b", "note")) == (2, 17)


def test_private_use_characters_already_in_the_text_are_left_alone():
    taken = "".join(chr(c) for c in range(0xE000, 0xE010))
    loaded = load_text(f"kind: persona\nid: ola\nx-note: {taken}\u2028{taken}\n")
    assert loaded.problems == []
    assert loaded.data["x-note"] == f"{taken}\u2028{taken}"


def test_a_syntax_error_after_a_separator_is_located_as_an_editor_counts():
    loaded = load_text("kind: persona\n# a\u2028b\nid: ola: x\n")
    [problem] = loaded.problems
    assert (problem.line, problem.column) == (3, 8)  # as without the separator


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\u2028", "\u2029", "\x85", "\ue000", "ą"]), max_size=12).map("".join))
def test_any_text_with_separators_comes_back_exactly(note: str):
    loaded = load_text("kind: persona\nid: ola\nx-note: " + json.dumps(note, ensure_ascii=False) + "\nname: Ola\n")
    assert loaded.problems == [] and loaded.data["x-note"] == note
    assert loaded.locate(("name",)) == (4, 1)


def test_an_escape_that_spells_a_private_use_character_is_never_taken_for_a_stand_in():
    text = 'kind: persona\nid: ola\nx-icons: "\\uE000 \\uE001 \\U0000E002 \\ue003"\n# wklejone:\u2028z edytora\nx-note: a\u2029b\n'
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["x-icons"] == "\ue000 \ue001 \ue002 \ue003"
    assert loaded.data["x-note"] == "a\u2029b"


def test_a_file_holding_every_private_use_character_and_a_separator_is_a_located_problem():
    every = "".join(map(chr, range(0xE000, 0xF900))) + "".join(map(chr, range(0xF0000, 0xFFFFE))) + "".join(
        map(chr, range(0x100000, 0x10FFFE)))
    loaded = load_text(f"kind: persona\nid: ola\n# a\u2028b\nx-all: \"{every}\"\n")
    [problem] = loaded.problems
    assert (problem.line, problem.column) == (3, 4) and "U+2028" in problem.message


def test_private_use_characters_after_megabytes_of_text_cost_one_pass_not_one_scan_each():
    # A hostile layout: every candidate stand-in is taken, each found only at the end of the text.
    taken = "".join(map(chr, chain(range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FF00))))
    text = f"kind: persona\nid: ola\n# a\u2028b\nx-pad: \"{'a' * 1_000_000}\"\nx-all: \"{taken}\"\n"
    started = time.process_time()
    loaded = load_text(text)
    assert time.process_time() - started < 2.0  # one scan per candidate took about 7 s here
    assert loaded.problems == [] and loaded.data["x-all"] == taken


def test_read_target_reads_the_whole_file_even_when_it_grew_after_the_stat(tmp_path, monkeypatch):
    import cxkit.discovery as discovery
    from cxkit.discovery import Target, read_target
    from cxkit.limits import MAX_FILE_BYTES

    path = tmp_path / "ola.yaml"
    text = "kind: persona\nid: ola\nname: Ola Nowak z Łodzi\n".encode()
    path.write_bytes(text)
    target = Target(path, "ola.yaml", True)
    assert read_target(target) == (text, len(text))
    real_stat = os.stat

    def stale_stat(p, *args, **kwargs):  # the size the file had a moment ago
        info = real_stat(p, *args, **kwargs)
        return os.stat_result((*info[:6], 10, *info[7:]))

    monkeypatch.setattr(discovery.os, "stat", stale_stat)
    assert read_target(target) == (text, len(text))
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 5))
    raw, size = read_target(Target(big, "big.yaml", True))
    assert len(raw) == MAX_FILE_BYTES + 1 and size == MAX_FILE_BYTES + 5
    monkeypatch.undo()
    exact = tmp_path / "exact.yaml"
    exact.write_bytes(b"#" * MAX_FILE_BYTES)
    assert read_target(Target(exact, "exact.yaml", True)) == (b"#" * MAX_FILE_BYTES, MAX_FILE_BYTES)
    raw, size = read_target(Target(big, "big.yaml", True))
    assert len(raw) == MAX_FILE_BYTES + 1 and size == MAX_FILE_BYTES + 5


@pytest.mark.parametrize(("written", "number"), [
    ("007", 7), ("+5", 5), ("-0", 0), ("0x10", 16), ("0o17", 15), ("3.500", 3.5), ("1.10", 1.1), ("1e3", 1000.0), (".5", 0.5),
])
def test_a_number_keeps_the_way_it_was_written(written: str, number: float) -> None:
    # It is the number (emotion: +1 scores 1), yet where the format reads text (`id: 007`,
    # `income: 3.500` zł, a trait `1.10`) the text is what the author wrote, not Python's 7 or 3.5.
    import pickle

    value = load_text(f"x: {written}\n").data["x"]
    assert value == number and type(value) is not bool
    assert str(value) == f"{value}" == written
    assert json.dumps(value) == json.dumps(number)  # exports keep the number
    again = pickle.loads(pickle.dumps(value))  # as lint workers send results back
    assert again == number and str(again) == written


def test_numbers_written_as_python_prints_them_stay_plain() -> None:
    data = load_text("a: 2\nb: 2.5\nc: -1\n").data
    assert [type(v) for v in data.values()] == [int, float, int]


def test_number_like_text_keeps_its_spelling_in_the_model() -> None:
    doc = "kind: journey\nid: 007\nname: 1.0\npersona: 0x10\nstages:\n  - id: 01\n    name: A\n  - id: 1\n    name: B\n"
    model, issues = validate(load_text(doc).data)
    assert issues == []
    assert (model.id, model.name, model.persona, [s.id for s in model.stages]) == ("007", "1.0", "0x10", ["01", "1"])


def test_a_schema_message_quotes_a_number_as_it_was_written() -> None:
    doc = "kind: persona\nid: ola\nname: Ola\nsources:\n  - id: 2026.10\n    type: interview\n    date: 2026-10-01\n"
    _model, issues = validate(load_text(doc).data)
    assert [issue.message.rsplit(", not ", 1)[1] for issue in issues] == ["2026.10"]


def test_an_anchor_defined_twice_is_reported_where_it_is_reused_with_both_lines():
    text = (
        "kind: persona\nid: ola\nname: Ola\n"
        "x-miasto: &miejsce Kraków\nx-biuro: &miejsce Poznań\nx-dom: *miejsce\n"
    )
    loaded = load_text(text)
    assert loaded.data is None
    assert [(p.line, p.column, p.message) for p in loaded.problems] == [(
        5, 10,
        "the anchor &miejsce is defined a second time here (first on line 4); cxkit accepts each anchor name "
        "once: rename one of them (and the aliases that mean it)",
    )]


def test_an_anchor_defined_twice_after_a_tag_is_named_too():
    text = "kind: persona\nid: ola\nname: !!str &imie Ola\nsummary: !!str &imie Foo\n"
    [problem] = load_text(text).problems
    assert (problem.line, problem.column) == (4, 10)
    assert problem.message.startswith("the anchor &imie is defined a second time here (first on line 3);")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(("style", "word"), [("|", "TODO"), (">", "TODO"), ("|-", "BLIK"), (">+", "BLIK")])
def test_a_character_of_a_block_value_is_located_on_its_own_line(newline, style, word):
    from cxkit.yamlio import load_text

    lines = ["kind: journey", "stages:", "  - id: zakup", f"    doing: {style}", "      Dodaje słuchawki do koszyka,",
             "", "        wybiera BLIK", "      TODO: co dalej", "    emotion: -1", ""]
    text = newline.join(lines)
    loaded = load_text(text)
    value = loaded.data["stages"][0]["doing"]
    line, col = loaded.locate_in(("stages", 0, "doing"), value.index(word))
    assert lines[line - 1][col - 1:].startswith(word)


def test_a_quoted_or_plain_value_is_located_at_its_start():
    from cxkit.yamlio import load_text

    loaded = load_text('kind: persona\nsummary: "Biega\\nTODO"\nname: Ola TODO\n')
    assert loaded.locate_in(("summary",), 6) == (2, 10)
    assert loaded.locate_in(("name",), 4) == (3, 7)
