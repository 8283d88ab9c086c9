"""YAML mistakes a researcher makes, told at the line to mend, in words about quotes, colons and dashes
rather than the parser's (session 29).

- A quote left open at the end of a one-line value: the parser read on into the lines below and stopped
  lines later ("did not find expected key … it started on line 3").  Told at the quote, with the line
  closed.  A quoted value written over several lines is legal and is not taken for it.
- A key without its colon before a quoted value (`owner "Zespół UX"`), a colon without its space
  (`owner:"Zespół UX"`), a bare `goals`: told at the key, not on the next line.
- Bullets pasted from Word or Docs (`•`, `–`, `·`) and `-text:` without a space: told that they are no
  list marker, not "align `sources:` with `• text:`" (which led to a second error).
- `sources: wywiady, ankieta` is offered the bracket form the templates use; a value quoted in a message
  is cut inside its quotes; a rewritten value to copy is never cut.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

PERSONA = """\
# Persona z badania "Zakup mebli tapicerowanych online", listopad 2026.
kind: persona
id: kasia-urzadza-mieszkanie
name: "Kasia Wrona"
lang: pl
owner: "Zespół UX Research (Agnieszka Kowalczyk)"
demographics:
  age: 32
  location: "Kraków, Ruczaj (blok z 2023 r., 4. piętro bez windy)"
  occupation: "Analityczka w centrum usług wspólnych (SSC), praca hybrydowa 3 dni w biurze"
  household: "Z partnerem i kotem"
goals:
  - text: "Mieć skończony salon przed świętami"
    sources: [wywiady]
needs:
  - text: "Wymiary po rozłożeniu i szerokość drzwi/klatki, podane przy produkcie"
    sources: [wywiady, zgloszenia]
motivations:
  - text: "Odbiór mieszkania od dewelopera 15.10.2026 - do tej pory siedzi na materacu i krzesłach z Ikei"
    sources: [wywiady]
quote: "Na zdjęciu była szara, a przyszła taka... mysia. Nie wiem, czy to ja źle patrzę, czy monitor."
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    n: 14
    note: "14 wywiadów pogłębionych (IDI), 60 min, online i w salonie na Zakopiance"
  - id: zgloszenia
    type: support
    note: "Zendesk, tag 'nie-wchodzi', 2026-Q3 (87 zgłoszeń)"
reviewed: 2026-12-06
"""


def changed(old: str, new: str) -> str:
    assert PERSONA.count(old) == 1, old
    return PERSONA.replace(old, new)


def only_problem(text: str) -> tuple[int, int, str]:
    loaded = load_text(text)
    assert len(loaded.problems) == 1, loaded.problems
    found = loaded.problems[0]
    return found.line, found.column, found.message


def test_the_persona_reads():
    assert load_text(PERSONA).problems == []


@pytest.mark.parametrize(
    ("old", "new", "where", "closed"),
    [
        ('czy monitor."\n', "czy monitor.\n", (21, 8),
         'quote: "Na zdjęciu była szara, a przyszła taka... mysia. Nie wiem, czy to ja źle patrzę, czy monitor."'),
        ('3 dni w biurze"\n', "3 dni w biurze\n", (10, 15),
         'occupation: "Analityczka w centrum usług wspólnych (SSC), praca hybrydowa 3 dni w biurze"'),
        ('  - text: "Mieć skończony salon przed świętami"\n', '  - text: "Mieć skończony salon przed świętami\n', (13, 11),
         '- text: "Mieć skończony salon przed świętami"'),
        ("note: \"Zendesk, tag 'nie-wchodzi', 2026-Q3 (87 zgłoszeń)\"", "note: 'Zendesk, tag nie-wchodzi, 2026-Q3 (87 zgłoszeń)", (30, 11),
         "note: 'Zendesk, tag nie-wchodzi, 2026-Q3 (87 zgłoszeń)'"),
    ],
)
def test_an_unclosed_quote_is_told_at_its_line(old, new, where, closed):
    line, column, message = only_problem(changed(old, new))
    assert (line, column) == where
    quote = closed.split(": ", 1)[1][0]
    assert message == (
        f"invalid YAML: the value on line {where[0]} opens a quote ({quote}) that is never closed, so YAML reads the "
        f"lines below it as part of the value; close it at the end of the line: {closed}"
    )


def test_a_quoted_value_written_over_several_lines_is_not_taken_for_an_unclosed_one():
    # Legal YAML: its next line is text, indented; a problem further down keeps its own message.
    text = changed('quote: "Na zdjęciu była szara, a przyszła taka... mysia. Nie wiem, czy to ja źle patrzę, czy monitor."\n',
                   'quote: "Na zdjęciu była szara,\n  a przyszła taka... mysia."\n')
    assert load_text(text).problems == []
    line, _column, message = only_problem(text.replace("    n: 14\n", "    n: 14\n   note2: x\n"))
    assert "opens a quote" not in message
    assert line == 28


@pytest.mark.parametrize(
    ("old", "new", "where", "told"),
    [
        ('owner: "Zesp', 'owner "Zesp', (6, 6),
         '`owner` needs a colon and a space after it, so YAML cannot read it as a key; '
         'write `owner: "Zespół UX Research (Agnieszka Kowalczyk)"`'),
        ('owner: "Zesp', 'owner:"Zesp', (6, 6),
         '`owner` needs a colon and a space after it, so YAML cannot read it as a key; '
         'write `owner: "Zespół UX Research (Agnieszka Kowalczyk)"`'),
        ("goals:\n", "goals\n", (12, 6),
         "`goals` needs a colon after it, so YAML cannot read it as a key; write `goals:` "
         "(its items or fields go on the lines below it, indented)"),
        ("  age: 32\n", "  age:32\n", (8, 6),
         "`age` needs a colon and a space after it, so YAML cannot read it as a key; write `age: 32`"),
    ],
)
def test_a_key_without_its_colon_or_its_space_is_told_at_the_key(old, new, where, told):
    line, column, message = only_problem(changed(old, new))
    assert (line, column) == where
    assert message == f"invalid YAML: {told}"


@pytest.mark.parametrize("bullet", ["•", "–", "·"])
def test_a_pasted_bullet_is_no_list_marker(bullet):
    line, column, message = only_problem(changed('  - text: "Wymiary', f'  {bullet} text: "Wymiary'))
    assert (line, column) == (16, 3)
    assert message == (
        f"invalid YAML: `{bullet}` is not a list marker in YAML (pasted from a word processor?); start the item with "
        "`- ` (a hyphen and a space): - text: \"Wymiary po rozłożeniu i szerokość drzwi/klatki, podane przy produkcie\""
    )


def test_a_dash_without_its_space_before_a_key_is_told_so():
    line, column, message = only_problem(changed('  - text: "Wymiary', '  -text: "Wymiary'))
    assert (line, column) == (16, 3)
    assert message == (
        "invalid YAML: a list item needs a space after its dash: "
        "write `- text: \"Wymiary po rozłożeniu i szerokość drzwi/klatki, podane przy produkcie\"`"
    )
    assert "align" not in message


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict]:
    (tmp_path / "cxkit.toml").write_text("")
    (tmp_path / "kasia.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX001,CX002", "kasia.yaml"])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def test_lint_tells_the_unclosed_quote_at_its_line(tmp_path, monkeypatch):
    [found] = lint(tmp_path, monkeypatch, changed('czy monitor."\n', "czy monitor.\n"))
    assert (found["line"], found["column"], found["code"]) == (21, 8, "CX001")
    assert "it started on line" not in found["message"]


def test_sources_written_with_commas_are_offered_the_bracket_form(tmp_path, monkeypatch):
    [found] = lint(tmp_path, monkeypatch, changed("sources: [wywiady, zgloszenia]", "sources: wywiady, zgloszenia"))
    assert (found["line"], found["column"]) == (17, 14)
    assert found["message"] == (
        "'needs[1st].sources' must be a list, not the text 'wywiady, zgloszenia'; write it in brackets, "
        "`sources: [wywiady, zgloszenia]`, or each item on its own line starting with '- '"
    )


def test_bullets_under_a_key_are_no_list_and_the_value_is_cut_inside_its_quotes(tmp_path, monkeypatch):
    text = changed(
        '  - text: "Odbiór mieszkania od dewelopera 15.10.2026 - do tej pory siedzi na materacu i krzesłach z Ikei"\n'
        "    sources: [wywiady]\n",
        "  • Odbiór mieszkania od dewelopera 15.10.2026 - do tej pory siedzi na materacu\n"
        "  • Chce skończyć salon przed świętami\n",
    )
    [found] = lint(tmp_path, monkeypatch, text)
    assert (found["line"], found["column"]) == (19, 3)
    assert found["message"] == (
        "'motivations' must be a list, not the text '• Odbiór mieszkania od dewelopera 15.10.2026 - do tej por…'; "
        "`•` is not a list marker in YAML (pasted from a word processor?): start each item on its own line with "
        "`- ` (a hyphen and a space)"
    )


def test_a_long_rewritten_value_is_never_cut():
    owner = 'owner: "Zespół UX "Research" (Agnieszka Kowalczyk) i zespół Collects sp. z o.o. Polska, dział B2B"'
    line, column, message = only_problem(changed('owner: "Zespół UX Research (Agnieszka Kowalczyk)"', owner))
    assert (line, column) == (6, 8)
    assert message.endswith(
        "write the value as 'Zespół UX \"Research\" (Agnieszka Kowalczyk) i zespół Collects sp. z o.o. Polska, dział B2B'"
    )
