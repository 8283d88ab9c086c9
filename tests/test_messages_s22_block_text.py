"""yaml-syntax: a line of a `|` or `>` text indented a space or two less than the text's other lines
(or the text's first line deeper than the rest) is told at the line to indent, with the spaces the
text keeps; before, libyaml's "did not find expected key" or "could not find expected ':'" came at
an odd place (session 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

MARTA = """\
kind: persona
id: marta-ksiegowa
name: Marta Kowalska
lang: pl
summary: |
  Księgowa w biurze rachunkowym w Poznaniu.
  Rozlicza kilkunastu klientów miesięcznie.
 Nie lubi dzwonić na infolinię: woli czat.
  Płaci kartą firmową.
goals:
  - Zamknąć miesiąc przed dziesiątym.
"""

ZAKUP = """\
kind: journey
id: zakup-roweru-cargo
name: Zakup elektrycznego roweru cargo
lang: pl
persona: joanna-rower-cargo
stages:
  - id: swiadomosc
    name: Świadomość
    feeling: {feeling}
    emotion: 1
"""

CLAIM = """\
kind: journey
id: priya-escape-of-water
name: Priya's escape-of-water claim
lang: en
persona: priya-shah
stages:
  - id: first-call
    name: First notice of loss
    thinking: >-
      Will they send someone today,
     or do I have to wait until Monday?
    emotion: -1
"""


@pytest.mark.parametrize(("text", "position", "message"), [
    # One line a space short in the middle of a persona's summary, with a ': ' of its own.
    (MARTA, (8, 2),
     "invalid YAML: this line is indented one space less than the other lines of the `summary: |` text (line 5), "
     "so YAML ends the text above it and cannot read it; indent it with 2 spaces, as every line of that text "
     "must be (its text in column 3)"),
    # The last line of a stage's text, a space short, then the stage's next key.
    (ZAKUP.format(feeling="|\n      Zaciekawiona, ale podejrzliwa wobec cen\n      powyżej 15 000 zł.\n"
                          "     Ufa sąsiadce bardziej niż reklamie."), (12, 6),
     "invalid YAML: this line is indented one space less than the other lines of the `feeling: |` text (line 9), "
     "so YAML ends the text above it and cannot read it; indent it with 6 spaces, as every line of that text "
     "must be (its text in column 7)"),
    # A folded `>-` text in English.
    (CLAIM, (11, 6),
     "invalid YAML: this line is indented one space less than the other lines of the `thinking: >-` text (line 9), "
     "so YAML ends the text above it and cannot read it; indent it with 6 spaces, as every line of that text "
     "must be (its text in column 7)"),
    # A paragraph pasted a space short, a blank line inside it: named together.
    ("kind: persona\nid: marta\nname: Marta\nsummary: |\n  Księgowa w Poznaniu.\n Rozlicza klientów.\n"
     " Płaci kartą.\n\n Woli czat.\n  Koniec.\nlang: pl\n", (6, 2),
     "invalid YAML: lines 6-9 are indented one space less than the other lines of the `summary: |` text (line 4), "
     "so YAML ends the text above them and cannot read them; indent them with 2 spaces, as every line of that "
     "text must be (their text in column 3)"),
    # A text indented three under its key, a line of it at the key's own column ("could not find expected ':'").
    ("kind: persona\nid: marta\nname: Marta\ndemographics:\n  bio: |\n   Mieszka w Poznaniu.\n  pracuje zdalnie.\n"
     "   Ma psa.\n  age: 34\n", (7, 3),
     "invalid YAML: this line is indented one space less than the other lines of the `bio: |` text (line 5), "
     "so YAML ends the text above it and cannot read it; indent it with 3 spaces, as every line of that text "
     "must be (its text in column 4)"),
    # A list item's text ("did not find expected '-' indicator"), two spaces short.
    ("kind: persona\nid: marta\nname: Marta\nbarriers:\n  - |\n    Nie wie o dopłacie\n  do 5000 zł z miasta.\n"
     "    Szuka w Google.\n  - Drugi\n", (7, 3),
     "invalid YAML: this line is indented 2 spaces less than the other lines of the `- |` text of the list item "
     "on line 5, so YAML ends the text above it and cannot read it; indent it with 4 spaces, as every line of "
     "that text must be (its text in column 5)"),
    # The text's first line deeper than the lines after it: that line is the one to indent.
    (ZAKUP.format(feeling=">\n       Zaciekawiona, ale podejrzliwa wobec cen\n      powyżej 15 000 zł.\n"
                          "      Ufa sąsiadce bardziej niż reklamie."), (10, 8),
     "invalid YAML: the first line of the `feeling: >` text (line 9) is indented one space more than lines 11-12 "
     "after it, and YAML takes the first line's indentation for the whole text, so the text ends at line 11; "
     "indent this line with 6 spaces, as the others are (its text in column 7)"),
])
def test_a_line_of_a_block_text_a_space_off_is_told_with_the_spaces_to_keep(text: str, position: tuple[int, int],
                                                                             message: str) -> None:
    [problem] = load_text(text).problems
    assert ((problem.line, problem.column), problem.message) == (position, message)
    # With CRLF line ends, the same.
    [problem] = load_text(text.replace("\n", "\r\n")).problems
    assert ((problem.line, problem.column), problem.message) == (position, message)


@pytest.mark.parametrize(("text", "words"), [
    # A key a space off the keys after a text, the text not going on: the key is to align, as before.
    ("kind: persona\nid: marta\nname: Marta\nsummary: |\n  Księgowa.\n lang: pl\n",
     "`lang:` is indented one space more than `summary:` above it (line 4)"),
    ("kind: persona\nid: marta\ngoals:\n  - |\n    Zamknąć miesiąc.\n   - Drugi cel\n",
     "this `- ` item is indented one space more than the item above it (line 4)"),
    # An explicit indentation (`|4`) says how deep the text is: the parser's words.
    ("kind: persona\nid: marta\nsummary: |4\n    Księgowa.\n   Rozlicza.\nname: Marta\n",
     "did not find expected key"),
])
def test_other_slips_near_a_block_text_keep_their_advice(text: str, words: str) -> None:
    [problem] = load_text(text).problems
    assert words in problem.message and "as every line of that text" not in problem.message


def test_a_block_text_a_space_deeper_in_its_middle_is_no_error() -> None:
    # A `|` text keeps the extra space; a `>` text keeps that line on its own: both are valid YAML.
    for style in ("|", ">"):
        loaded = load_text(f"kind: persona\nid: marta\nsummary: {style}\n  Księgowa.\n   Rozlicza.\n  Płaci.\n")
        assert loaded.problems == [] and loaded.data["summary"].startswith("Księgowa.")


def test_lint_reports_it_at_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "marta.yaml").write_text(MARTA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "marta.yaml"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == (
        "marta.yaml:8:2: error CX001 invalid YAML: this line is indented one space less than the other lines of the "
        "`summary: |` text (line 5), so YAML ends the text above it and cannot read it; indent it with 2 spaces, as "
        "every line of that text must be (its text in column 3) [yaml-syntax]"
    )
