"""language-mismatch (CX601): Polish typed without its letters, read more closely.

- A whole Polish stage typed without its letters and without "rz", "sz", "cz" or "dz" was never read
  for its folded words ("Klient loguje sie do aplikacji i ustawia kod PIN oraz odcisk palca"): it
  is now, when the stage has three Polish function words (review15 F9).
- A stage with four countable Polish words ("Sprawdza wydatki kierowców i eksportuje je do Xero
  pierwszego dnia miesiaca") passed: "dz" anywhere is Polish spelling, as "dzi" and "dzw" were
  ("Sprawdza", "przychodza") (tester13, left from M8).
- A terse English stage naming Polish dishes ("barszcz, pierogi ruskie, kaszanka and szarlotka",
  "barszcz w/ uszka") was "written in Polish": "w/" is English shorthand for "with", and folded
  nouns with no Polish word beside them are names (review15 F10).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

HEAD = """\
kind: journey
id: fibre-install
name: Fibre installation
lang: en
persona: kasia
stages:
  - id: awareness
    name: Awareness
    doing: Sees a fibre ad at the bus stop and checks the prices in the app
    feeling: Curious
    emotion: 0
"""


def findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, str]]:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("language-mismatch",))).findings
    return [(f.line, f.message) for f in found]


def line_of(text: str, line: str) -> int:
    return text.splitlines().index(line) + 1


LOGIN = """\
  - id: onboarding
    name: Logowanie
    doing: Klient loguje sie do aplikacji mobilnej i ustawia kod PIN oraz odcisk palca
    thinking: Oby to bylo proste, nie mam na to teraz glowy
    feeling: Niepewnosc
    emotion: 0
"""


def test_a_folded_polish_stage_without_digraphs_is_polish(tmp_path, monkeypatch):
    text = HEAD + LOGIN
    got = findings(tmp_path, monkeypatch, text)
    assert got == [(line_of(text, "  - id: onboarding"),
                    "stage 'onboarding' is written in Polish ('Logowanie', 'loguje', 'sie', …) while the journey is "
                    "in English (`lang: en`); translate it, or move it to a journey in that language")]


def test_month_end_stage_with_one_polish_letter_and_dz(tmp_path, monkeypatch):
    text = HEAD + """\
  - id: month-end
    name: Month end
    touchpoints: [app]
    doing: Sprawdza wydatki kierowców i eksportuje je do Xero pierwszego dnia miesiaca
    feeling: Spokoj
    emotion: 1
"""
    got = findings(tmp_path, monkeypatch, text)
    assert [line for line, _ in got] == [line_of(text, "  - id: month-end")]
    assert "('kierowców', 'Sprawdza', 'eksportuje', …)" in got[0][1]


DISHES = """\
  - id: order
    name: Order
    touchpoints:
      - channel: app
        description: Pyszne.pl menu of a milk bar
    doing: Orders barszcz, pierogi ruskie, kaszanka and szarlotka for six people
    thinking: Paczki for dessert too?
    feeling: Hungry
    emotion: 0
    love_points:
      - Menu shows barszcz w/ uszka, placki ziemniaczane w/ sour cream
"""


def test_an_english_stage_naming_polish_dishes_is_english(tmp_path, monkeypatch):
    assert findings(tmp_path, monkeypatch, HEAD + DISHES) == []


def test_dish_names_alone_are_names_even_with_more_of_them(tmp_path, monkeypatch):
    text = HEAD + """\
  - id: lunch
    name: Lunch
    doing: Orders barszcz, kaszanka, szarlotka, paczki, kotlet schabowy and placki ziemniaczane
    feeling: Hungry
    emotion: 1
"""
    assert findings(tmp_path, monkeypatch, text) == []


def test_the_same_dishes_in_a_polish_sentence_are_polish(tmp_path, monkeypatch):
    text = HEAD + """\
  - id: lunch
    name: Lunch
    doing: Zamawia barszcz z uszkami i szarlotke dla calego zespolu, potem czeka na kuriera
    feeling: Glodna
    emotion: 1
"""
    got = findings(tmp_path, monkeypatch, text)
    assert [line for line, _ in got] == [line_of(text, "  - id: lunch")]


def test_a_polish_quote_with_nie_in_an_english_stage_is_english(tmp_path, monkeypatch):
    text = HEAD + """\
  - id: support
    name: Support
    doing: Reads the driver's note "nie dziala" and calls him before the claim is approved
    feeling: Calm
    emotion: 0
"""
    assert findings(tmp_path, monkeypatch, text) == []


def test_w_slash_does_not_count_as_polish_w_in_a_polish_journey_either(tmp_path, monkeypatch):
    # "w/" is no Polish word: the English stage of a Polish journey is still English
    text = """\
kind: journey
id: obiad
name: Zamówienie obiadu
lang: pl
persona: kasia
stages:
  - id: zamowienie
    name: Zamówienie
    doing: Zamawia obiad dla zespołu w aplikacji
    emotion: 0
  - id: menu
    name: Menu
    doing: The menu lists the soup of the day with bread and the dessert w/ cream
    emotion: 0
"""
    got = findings(tmp_path, monkeypatch, text)
    assert [line for line, _ in got] == [line_of(text, "  - id: menu")]
