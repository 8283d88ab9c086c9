"""yaml-syntax (CX001): `emotion: - 1`, a space between the minus and the digit (session 37).

Hand-written journey maps score a dip as `emotion: - 1` as often as `emotion: -1`; YAML reads the first
as a list item after a key on its own line and stops with "block sequence entries are not allowed in this
context", which names neither the space nor the fix.  The finding now stands at the dash and says to write
`-1`, in English and, in a `lang = "pl"` workspace, in Polish; a dash before anything but a number keeps
the parser's own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

JOURNEY = """kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
lang: pl
owner: Zespół CX
persona: ola-biegaczka
stages:
  - id: awareness
    name: Świadomość
    doing: Ogląda filmy na YouTube o butach z płytką karbonową
    emotion: 1
  - id: purchase
    name: Zakup
    doing: Płaci BLIKIEM w sklepie internetowym
    emotion: {emotion}
"""
JOURNEY_EN = """kind: journey
id: dan-switches
name: Dan moves his invoicing to Billrun
lang: en
persona: dan
stages:
  - id: import
    name: Importing customers
    emotion: {emotion}
    doing: Imports 340 customers from a spreadsheet
"""


def _syntax(tmp_path: Path, text: str, lang: str) -> list[tuple[int, int, str, str]]:
    (tmp_path / "journeys").mkdir(exist_ok=True)
    (tmp_path / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    found = lint(["."], Config(root=tmp_path, lang=lang), Selection(select=("CX001",))).findings
    return [(f.line, f.column, f.message, f.english[0] if f.english else f.message) for f in found]


def _at_dash(text: str) -> tuple[int, int]:
    lines = text.splitlines()
    row = next(i for i, line in enumerate(lines) if "emotion: -" in line)
    return row + 1, lines[row].index("-") + 1


@pytest.mark.parametrize(("written", "number"), [("- 1", "1"), ("- 2", "2"), ("-  2   # the dip", "2"), ("- 1.5", "1.5")])
def test_a_space_after_the_minus_is_told_at_the_dash_with_the_fix(tmp_path, monkeypatch, written, number):
    monkeypatch.chdir(tmp_path)
    text = JOURNEY_EN.format(emotion=written)
    english = (f"invalid YAML: the space after the minus makes `- {number}` a list item, which cannot stand here; "
               f"for a negative number write `-{number}`")
    assert _syntax(tmp_path, text, "en") == [(*_at_dash(text), english, english)]


def test_a_polish_workspace_says_napisz_minus_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = JOURNEY.format(emotion="- 1")
    english = ("invalid YAML: the space after the minus makes `- 1` a list item, which cannot stand here; for a "
               "negative number write `-1`")
    polish = ("nieprawidłowy YAML: spacja po minusie sprawia, że `- 1` to element listy, który nie może tu stać; "
              "jeśli to liczba ujemna, napisz `-1`")
    assert _syntax(tmp_path, text, "pl") == [(*_at_dash(text), polish, english)]


@pytest.mark.parametrize("written", ["- bardzo źle", "- -1", "- 1 2"])
def test_a_dash_before_anything_but_one_number_keeps_the_parsers_words(tmp_path, monkeypatch, written):
    monkeypatch.chdir(tmp_path)
    text = JOURNEY.format(emotion=written)
    english = "invalid YAML: block sequence entries are not allowed in this context"
    assert _syntax(tmp_path, text, "en") == [(*_at_dash(text), english, english)]
    # in Polish the parser's words are translated too, not quoted in English
    [(_, _, polish, _)] = _syntax(tmp_path, text, "pl")
    assert polish == "nieprawidłowy YAML: parser nie dopuszcza w tym miejscu elementów listy"


@pytest.mark.parametrize("written", ["-1", "-2", "1", "0"])
def test_a_number_written_together_is_no_syntax_error(tmp_path, monkeypatch, written):
    monkeypatch.chdir(tmp_path)
    assert _syntax(tmp_path, JOURNEY.format(emotion=written), "pl") == []
