"""language-mismatch (CX601): Polish typed without its letters in an English journey is Polish too.

"Swiadomosc", "Rozwazanie" and "Klient dzwoni na infolinie i czeka na konsultanta" pasted into a
`lang: en` journey were passed over: the rule counted only words with a Polish letter, and a file
without two of them was not read at all. English text naming Polish places, people and brands
spelt without their letters ("lives in Gdansk", "Szczecin", "Grzegorz", "przelewy24") is no
Polish text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

EN_HEAD = """\
kind: journey
id: car-claim
name: Car damage claim
lang: en
persona: dan
stages:
  - id: awareness
    name: Awareness
    doing: Notices the dent in the car park and looks up what his policy covers in the app
    touchpoints:
      - channel: app
        description: The policy page, with the claims number at the bottom
    emotion: -1
"""

FOLDED_STAGES = """\
  - id: swiadomosc
    name: Swiadomosc
    doing: Klient dzwoni na infolinie i czeka na konsultanta
    emotion: -1
  - id: rozwazanie
    name: Rozwazanie
    doing: Porownuje oferty warsztatow w internecie, bo nie wie, ktora jest tansza
    thinking: Czy ubezpieczyciel zaplaci za naprawe w serwisie?
    emotion: 0
"""


def findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, int, str]]:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("language-mismatch",))).findings
    return [(f.line, f.column, f.message) for f in found]


def line_of(text: str, line: str) -> int:
    return text.splitlines().index(line) + 1


def test_polish_without_polish_letters_in_an_english_journey(tmp_path, monkeypatch):
    text = EN_HEAD + FOLDED_STAGES
    assert findings(tmp_path, monkeypatch, text) == [
        (line_of(text, "  - id: swiadomosc"), 9,
         "stage 'swiadomosc' is written in Polish ('Swiadomosc', 'dzwoni', 'czeka', …) while the journey is in "
         "English (`lang: en`); translate it, or move it to a journey in that language"),
        (line_of(text, "  - id: rozwazanie"), 9,
         "stage 'rozwazanie' is written in Polish ('Rozwazanie', 'Porownuje', 'warsztatow', …) while the journey is in "
         "English (`lang: en`); translate it, or move it to a journey in that language"),
    ]


def test_one_polish_letter_and_the_rest_typed_without_them(tmp_path, monkeypatch):
    stage = """\
  - id: zgloszenie
    name: Zgłoszenie
    doing: Wypelnia formularz w aplikacji i dolacza zdjecia uszkodzen samochodu
    emotion: -1
"""
    text = EN_HEAD + stage
    found = findings(tmp_path, monkeypatch, text)
    assert [(line, col) for line, col, _ in found] == [(line_of(text, "  - id: zgloszenie"), 9)]
    assert "('Zgłoszenie', 'w', 'formularz', …)" in found[0][2]  # the lettered word, then the function words, as before


@pytest.mark.parametrize("stage", [
    # Polish places, people and brands, typed without their letters, in English text
    """\
  - id: repair
    name: Repair
    doing: Calls Orange and Play to compare, lives in Gdansk Wrzeszcz and uses Allegro to buy the parts
    thinking: Grzegorz from the Szczecin workshop said the repair in Bydgoszcz would be cheaper
    touchpoints:
      - channel: web
        description: Pays with przelewy24 at https://allegro.pl/oferta/szybka-dostawa-czesci and gets mail from kontakt@warsztat-rzeszow.pl
    emotion: 0
""",
    # a short Polish quote among the stage's English text
    """\
  - id: call
    name: Call
    doing: Calls the hotline and waits for an agent; the recording says "prosze czekac, wszyscy konsultanci sa zajeci"
    thinking: Why does the hotline not tell me how long the wait is, when there is no one to take the call?
    emotion: -2
""",
    # English words that happen to be spelt like Polish ones
    """\
  - id: waiting
    name: Waiting
    doing: Eats marzipan from the czar-themed Christmas market while the overzealous adjuster asks about his eczema
    emotion: 0
""",
])
def test_english_text_with_polish_names_is_no_polish_text(tmp_path, monkeypatch, stage):
    assert findings(tmp_path, monkeypatch, EN_HEAD + stage) == []


def test_a_polish_journey_typed_without_polish_letters_is_not_reported(tmp_path, monkeypatch):
    text = EN_HEAD.replace("lang: en", "lang: pl").replace(
        "    doing: Notices the dent in the car park and looks up what his policy covers in the app\n",
        "    doing: Zauwaza wgniecenie na parkingu i sprawdza w aplikacji, co obejmuje polisa\n",
    ).replace("    name: Awareness\n", "    name: Swiadomosc\n").replace(
        "        description: The policy page, with the claims number at the bottom\n",
        "        description: Strona polisy z numerem infolinii na dole\n",
    ) + FOLDED_STAGES
    assert findings(tmp_path, monkeypatch, text) == []
