"""yaml-syntax: a key or a `- ` item a space or two off the keys (dashes) above it, after a nested
list or mapping, names the key to align with and its column (tester4 F3); and the alignment advice
for a key read as more of the value above is given at the key, not at its colon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

CLAIM_HEAD = """\
kind: journey
id: priya-escape-of-water
name: Priya's escape-of-water claim
lang: en
persona: priya-shah
stages:
  - id: first-call
    name: First notice of loss
    touchpoints:
      - channel: phone
        description: Reports the burst pipe to the 24h claims line
"""

ZALANIE_HEAD = """\
kind: journey
id: olena-zglasza-zalanie
name: Olena zgłasza zalanie mieszkania
lang: pl
persona: olena-kovalenko
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints:
      - channel: infolinia
        description: Czeka 40 minut na konsultanta
"""


@pytest.mark.parametrize(("text", "position", "message"), [
    # One space too deep after the touchpoints list (ind2 of the report).
    (CLAIM_HEAD + "     emotion: -1\n", (12, 6),
     "invalid YAML: `emotion:` is indented one space more than `touchpoints:` above it (line 9), so it cannot "
     "start a key of that mapping; align `emotion:` with `touchpoints:` (column 5)"),
    # One space too shallow (ind3), in Polish, with a blank line and a comment between.
    (ZALANIE_HEAD + "\n    # po rozmowie\n   emotion: -2\n", (14, 4),
     "invalid YAML: `emotion:` is indented one space less than `touchpoints:` above it (line 9), so it cannot "
     "start a key of that mapping; align `emotion:` with `touchpoints:` (column 5)"),
    # After a `|` block whose text holds a ': ' of its own.
    (ZALANIE_HEAD.replace("    touchpoints:\n      - channel: infolinia\n        description: Czeka 40 minut na konsultanta\n",
                          "    notes: |\n      Konsultant powiedział: proszę czekać\n      na rzeczoznawcę\n")
     + "     emotion: -2\n", (12, 6),
     "invalid YAML: `emotion:` is indented one space more than `notes:` above it (line 9), so it cannot "
     "start a key of that mapping; align `emotion:` with `notes:` (column 5)"),
    # Between two levels equally near: the inner one first, the outer one named too.
    ("kind: persona\nid: olena-kovalenko\nname: Olena Kovalenko\ndemographics:\n  age: 34\n location: Lublin\n", (6, 2),
     "invalid YAML: `location:` is indented one space less than `age:` above it (line 5), so it cannot start a key "
     "of that mapping; align `location:` with `age:` (column 3), or with `demographics:` (line 4, column 1) "
     "if it belongs there"),
    # A `- ` item a space off the item above, either way.
    (CLAIM_HEAD + "     - channel: email\n", (12, 6),
     "invalid YAML: this `- ` item is indented one space less than the item above it (line 10), so it belongs "
     "to no list; align its dash with that item's (column 7)"),
    (ZALANIE_HEAD.replace("        description: Czeka 40 minut na konsultanta\n", "") + "       - channel: aplikacja\n",
     (11, 8),
     "invalid YAML: this `- ` item is indented one space more than the item above it (line 10), so it belongs "
     "to no list; align its dash with that item's (column 7)"),
])
def test_a_key_between_two_levels_names_the_key_to_align_with(text: str, position: tuple[int, int], message: str) -> None:
    [problem] = load_text(text).problems
    assert ((problem.line, problem.column), problem.message) == (position, message)


def test_the_same_with_crlf_and_a_comment_indented_with_a_tab() -> None:
    text = CLAIM_HEAD.replace("    touchpoints:\n", "    touchpoints:\n\t# from the call log\n") + "     emotion: -1\n"
    [problem] = load_text(text.replace("\n", "\r\n")).problems
    assert (problem.line, problem.column) == (13, 6)
    assert problem.message.endswith("align `emotion:` with `touchpoints:` (column 5)")


def test_lint_reports_it_at_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys/priya.yaml").write_text(CLAIM_HEAD + "   emotion: -1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "journeys/priya.yaml"])
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)
    assert (finding["rule"], finding["line"], finding["column"]) == ("yaml-syntax", 12, 4)
    assert "align `emotion:` with `touchpoints:` (column 5)" in finding["message"]
    assert "it started on line" not in finding["message"]


@pytest.mark.parametrize(("text", "position", "words"), [
    # A key directly under a sibling's value (ind1): now at the key, as the advice above is.
    ("kind: journey\nid: x\nname: Szkoda\npersona: p\nstages:\n  - id: a\n    name: A\n     emotion: -1\n", (8, 6),
     "align `emotion:` with `name:` (column 5)"),
])
def test_a_key_read_as_more_of_the_value_above_is_reported_at_the_key(text: str, position: tuple[int, int],
                                                                      words: str) -> None:
    [problem] = load_text(text).problems
    assert (problem.line, problem.column) == position and problem.message.endswith(words)


@pytest.mark.parametrize(("text", "words"), [
    # Guards: other causes keep the parser's words.
    (CLAIM_HEAD + '     "emotion": -1\n', "did not find expected key"),  # a quoted key
    ("kind: persona\nid: ola\nname: Ola\ngoals:\n  - Kupuje: leki\n    - inne\n", "did not find expected key"),
])
def test_other_shapes_keep_the_parsers_words(text: str, words: str) -> None:
    [problem] = load_text(text).problems
    assert problem.message.startswith(f"invalid YAML: {words}")
