"""Session 21: tester5 F2 and F7.

F2: indentation made of no-break spaces (U+00A0, as Word and Teams paste a copied block) or other
look-alike spaces is reported at the first of them, named, with the fix (ordinary spaces); before,
the parser's complaint a line later was explained as a key indented too deep, quoting the no-break
spaces as if they were spaces and advising column 1.

F7: a `# cxkit: disable=RULE` comment on a finding that `per-file-ignores` skips for its file is
not "suppresses nothing; remove it" (it silences that finding the day the pattern is narrowed),
as a comment naming a rule `ignore`/`--ignore` turns off is not; a comment of such a rule that has
no finding to silence is still told so.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from cxkit.yamlio import load_text


def _lint(tmp_path, monkeypatch, files: dict[str, str], *args: str) -> tuple[int, list[dict]]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / ".cache"))
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    result = run_cli("lint", "-f", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


# --- F2 -------------------------------------------------------------------------------------------

ANNA = (
    "kind: persona\nid: anna\nname: Anna Kowalczyk\ndemographics:\n{indent}age: 34\n"
    "  location: Białystok, Bojary\ngoals:\n  - Założyć konto w 15 minut w przerwie na dyżurze\n"
)


def test_tester_repro_no_break_spaces_indenting_a_key_are_named_where_they_are(tmp_path, monkeypatch):
    code, found = _lint(tmp_path, monkeypatch, {"cxkit.toml": "", "personas/anna.yaml": ANNA.format(indent="\xa0\xa0")},
                        "personas/anna.yaml")
    assert code == 1
    assert [(f["line"], f["column"], f["code"], f["message"]) for f in found] == [(5, 1, "CX001", (
        "invalid YAML: this line starts with 2 no-break spaces (U+00A0) (pasted from a word processor?), which "
        "YAML does not read as indentation; replace them with ordinary spaces"))]


def test_text_output_names_the_line_and_column_of_the_first_no_break_space(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / ".cache"))
    (tmp_path / "cxkit.toml").write_text("")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/anna.yaml").write_bytes(ANNA.format(indent="\xa0\xa0").encode("utf-8"))
    result = run_cli("lint", "personas/anna.yaml")
    assert result.exception is None and result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("personas/anna.yaml:5:1: error CX001 invalid YAML: this line starts with 2 no-break spaces")
    assert "column 1" not in result.stdout and "align" not in result.stdout


@pytest.mark.parametrize(("indent", "named"), [
    ("\u202f\u202f", "2 narrow no-break spaces (U+202F)"),  # French/Polish number typesetting
    ("\u2007\u2007", "2 figure spaces (U+2007)"),
    ("\u2003\u2003", "2 em spaces (U+2003)"),
    ("\xa0\u202f", "2 look-alike spaces (U+00A0, U+202F)"),
    ("\u3000\u3000", "2 ideographic spaces (U+3000)"),
])
def test_other_look_alike_spaces_in_the_indentation_are_named_too(indent, named):
    problems = load_text(ANNA.format(indent=indent)).problems
    assert [(p.line, p.column) for p in problems] == [(5, 1)]
    assert problems[0].message == (f"invalid YAML: this line starts with {named} (pasted from a word processor?), "
                                   "which YAML does not read as indentation; replace them with ordinary spaces")


def test_one_ideographic_space_is_as_wide_as_two_spaces():
    problems = load_text(ANNA.format(indent="\u3000")).problems
    assert [(p.line, p.column, p.message) for p in problems] == [(5, 1, (
        "invalid YAML: an ideographic space (U+3000) in the indentation (pasted from a word processor?); YAML "
        "indents with ordinary spaces: replace it with two spaces"))]


def test_an_ideographic_space_after_a_key_is_named_like_a_no_break_space():
    problems = load_text("kind: persona\r\nid: anna\r\nname:\u3000Anna\r\ngoals:\r\n  - Założyć konto\r\n").problems
    assert [(p.line, p.column, p.message) for p in problems] == [(3, 6, (
        "invalid YAML: an ideographic space (U+3000) after `name:` (pasted from a word processor?); YAML needs an "
        "ordinary space after a key's colon: replace it with a space"))]


def test_a_pasted_list_indented_with_no_break_spaces_is_named_as_one_block():
    text = ("kind: persona\nid: anna\nname: Anna\ngoals:\n  - Zablokować kartę w 30 sekund\n"
            "\xa0\xa0- Zapłacić BLIKIEM w Żabce\n\xa0\xa0- Sprawdzić saldo przed wypłatą\n")
    problems = load_text(text).problems
    assert [(p.line, p.column, p.message) for p in problems] == [(6, 1, (
        "invalid YAML: lines 6 and 7 are indented with no-break spaces (U+00A0) (pasted from a word processor?), "
        "which YAML does not read as indentation; replace them with ordinary spaces"))]
    many = "kind: persona\nid: anna\nname: Anna\ngoals:\n" + "".join(f"\xa0\xa0- Cel {i}\n" for i in range(8))
    assert [(p.line, p.column, p.message.split(" are indented")[0]) for p in load_text(many).problems] == [
        (5, 1, "invalid YAML: lines 5, 6, 7, 8, 9 and 3 more")]


def test_one_no_break_space_among_spaces_keeps_its_message():
    problems = load_text(ANNA.format(indent=" \xa0")).problems
    assert [(p.line, p.column, p.message) for p in problems] == [(5, 2, (
        "invalid YAML: a no-break space (U+00A0) in the indentation (pasted from a word processor?); YAML indents "
        "with ordinary spaces: replace it with a space"))]


def test_look_alike_spaces_in_values_of_a_valid_file_are_text(tmp_path, monkeypatch):
    text = ("kind: persona\nid: anna\nname: Anna\xa0Kowalczyk\ngoals:\n  - Uwaga:\xa0założyć konto\u3000w 15 min\n"
            "  - Wypłacić 1\u202f200\xa0zł\nx-notes: |\n  Cytat z wywiadu:\n  \xa0\xa0„Nie mam czasu”\n")
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["x-notes"] == "Cytat z wywiadu:\n\xa0\xa0„Nie mam czasu”\n"
    code, found = _lint(tmp_path, monkeypatch, {"cxkit.toml": "", "personas/anna.yaml": text},
                        "--select", "yaml-syntax", "personas/anna.yaml")
    assert (code, found) == (0, [])


def test_an_error_elsewhere_is_not_blamed_on_no_break_spaces_in_text():
    text = ("kind: persona\nid: anna\nnotes: |\n  Cytat:\n  \xa0\xa0„Nie mam czasu”\n  \xa0\xa0„Ani cierpliwości”\n"
            "goals: [Założyć konto\n")
    problems = load_text(text).problems
    assert len(problems) == 1 and "space" not in problems[0].message and problems[0].line > 6


# --- F7 -------------------------------------------------------------------------------------------

PERSONA = "kind: persona\nid: anna\nname: Anna\ngoals:\n  - Zablokować kartę w 30 sekund\n"
BLIK = """\
kind: journey
id: blik-reklamacja
name: Reklamacja nieudanej płatności BLIK
persona: anna
stages:
  - id: complaint  # cxkit: disable=CX404
    name: Zgłoszenie reklamacji
    touchpoints:
      - channel: app
        description: Formularz reklamacji w aplikacji
    emotion: -1
"""
SKIPS = '[per-file-ignores]\n"journeys/*" = ["CX404"]\n'


def test_tester_repro_a_comment_on_a_finding_per_file_ignores_skips_is_not_unused(tmp_path, monkeypatch):
    files = {"cxkit.toml": SKIPS, "personas/anna.yaml": PERSONA, "journeys/blik.yaml": BLIK}
    assert _lint(tmp_path, monkeypatch, files, "--select", "CX404,CX005", "journeys/blik.yaml") == (0, [])
    # As with the rule turned off by --ignore:
    assert _lint(tmp_path, monkeypatch, files, "--select", "CX404,CX005", "--ignore", "CX404",
                 "journeys/blik.yaml") == (0, [])
    # With the pattern narrowed, the comment is what silences the finding.
    (tmp_path / "cxkit.toml").write_text('[per-file-ignores]\n"journeys/legacy/*" = ["CX404"]\n')
    assert _lint(tmp_path, monkeypatch, files, "--select", "CX404,CX005", "journeys/blik.yaml") == (0, [])


def test_a_disable_file_comment_on_findings_per_file_ignores_skips_is_not_unused(tmp_path, monkeypatch):
    text = "# cxkit: disable-file=unaddressed-pain\n" + BLIK.replace("  # cxkit: disable=CX404", "")
    files = {"cxkit.toml": SKIPS, "personas/anna.yaml": PERSONA, "journeys/blik.yaml": text}
    assert _lint(tmp_path, monkeypatch, files, "--select", "CX404,CX005", "journeys/blik.yaml") == (0, [])


def test_a_comment_with_no_finding_of_a_skipped_rule_is_still_stale(tmp_path, monkeypatch):
    text = BLIK.replace("  # cxkit: disable=CX404", "").replace(
        "name: Reklamacja nieudanej płatności BLIK", "name: Reklamacja nieudanej płatności BLIK  # cxkit: disable=CX404")
    text += "  - id: done\n    name: Zwrot środków  # cxkit: disable=CX404\n    touchpoints: [SMS]\n    emotion: 1\n"
    files = {"cxkit.toml": SKIPS, "personas/anna.yaml": PERSONA, "journeys/blik.yaml": text}
    _code, found = _lint(tmp_path, monkeypatch, files, "--select", "CX404,CX005", "journeys/blik.yaml")
    assert [(f["line"], f["code"], f["message"]) for f in found] == [
        # Quoted as the comment spells the rule (review16 G-L2).
        (3, "CX005", "'disable=CX404' suppresses nothing on this line; remove it"),
        (13, "CX005", "'disable=CX404' suppresses nothing on this line; remove it"),
    ]


def test_a_comment_a_line_off_a_skipped_finding_is_told_where_it_is(tmp_path, monkeypatch):
    text = BLIK.replace("  # cxkit: disable=CX404", "").replace(
        "    name: Zgłoszenie reklamacji", "    name: Zgłoszenie reklamacji  # cxkit: disable=CX404")
    files = {"cxkit.toml": SKIPS, "personas/anna.yaml": PERSONA, "journeys/blik.yaml": text}
    _code, found = _lint(tmp_path, monkeypatch, files, "--select", "CX404,CX005", "journeys/blik.yaml")
    assert [(f["line"], f["message"]) for f in found] == [(7, (
        "'disable=CX404' suppresses nothing on this line; the unaddressed-pain finding (which "
        "per-file-ignores skips in this file) is on line 6: put the comment at the end of that line, or on its "
        "own line just above it"))]


def test_a_comment_on_a_workspace_finding_per_file_ignores_sends_elsewhere_is_not_unused(tmp_path, monkeypatch):
    files = {
        "cxkit.toml": '[per-file-ignores]\n"personas/anna.yaml" = ["missing-negative-persona"]\n',
        "personas/anna.yaml": PERSONA.replace("id: anna\n", "id: anna  # cxkit: disable=missing-negative-persona\n"),
        "personas/ola.yaml": PERSONA.replace("anna", "ola").replace("Anna", "Ola"),
    }
    _code, found = _lint(tmp_path, monkeypatch, files, "--select", "CX201,CX005")
    assert [(f["path"], f["code"]) for f in found] == [("personas/ola.yaml", "CX201")]
