"""language-mismatch (CX601): a journey stage written in another language than the journey (tester8 L5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.cli import app
from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from typer.testing import CliRunner

EN_HEAD = """\
kind: journey
id: fibre-installation
name: Fibre installation
lang: en
persona: dan
stages:
  - id: awareness
    name: Awareness
    doing: Sees a fibre ad at the bus stop and checks the prices in the app before he calls
    touchpoints:
      - channel: outdoor
        description: Poster at the stop by the Żabka on Piotrkowska in Łódź
    emotion: 0
"""

PL_STAGE = """\
  - id: swiadomosc
    name: Świadomość
    doing: Widzi reklamę światłowodu na przystanku i sprawdza ceny w aplikacji
    touchpoints:
      - channel: sklep
        description: Salon w Radomiu, długa kolejka przy kasie
    emotion: 0
    barriers:
      - Długi formularz, który trzeba wypełnić na miejscu
"""

EN_STAGE_NAMES = """\
  - id: purchase
    name: Purchase
    doing: Orders the router on Allegro and pays with BLIK after comparing it with the one from Żabka
    thinking: "Is it worth the extra 20 zł a month for the faster plan?"
    touchpoints:
      - channel: web
        description: Allegro listing of the router, delivered to a Żabka in Łódź
    emotion: 1
"""

PL_HEAD = """\
kind: journey
id: przeniesienie-numeru
name: Przeniesienie numeru
lang: pl
persona: zbigniew
stages:
  - id: swiadomosc
    name: Świadomość
    doing: Słyszy od wnuczki, że w innej sieci abonament jest tańszy o 18 zł
    touchpoints:
      - channel: telefon
        description: Rozmowa z wnuczką przy niedzielnym obiedzie
    emotion: 0
"""

EN_STAGE = """\
  - id: awareness
    name: Awareness
    doing: Sees an ad for the fibre plan on Facebook and checks the price with his daughter
    touchpoints:
      - channel: web
        description: The landing page of the fibre offer
    emotion: 0
"""

PL_STAGE_BRANDS = """\
  - id: zakup
    name: Zakup
    doing: Kupuje słuchawki w The North Face Store? Nie, w Media Expert, przez "Click and Collect"
    touchpoints:
      - channel: sklep
        description: Odbiór w salonie przy Galerii Mokotów
    emotion: 1
"""


def findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, int, str]]:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("language-mismatch",))).findings
    return [(f.line, f.column, f.message) for f in found]


def test_polish_stage_in_an_english_journey(tmp_path, monkeypatch):
    text = EN_HEAD + PL_STAGE
    assert findings(tmp_path, monkeypatch, text) == [(
        text.splitlines().index("  - id: swiadomosc") + 1, 9,
        "stage 'swiadomosc' is written in Polish ('Świadomość', 'reklamę', 'światłowodu', …) while the journey is in "
        "English (`lang: en`); translate it, or move it to a journey in that language",
    )]


def test_polish_names_and_brands_in_an_english_stage_are_no_polish_text(tmp_path, monkeypatch):
    assert findings(tmp_path, monkeypatch, EN_HEAD + EN_STAGE_NAMES) == []


def test_english_stage_in_a_polish_journey(tmp_path, monkeypatch):
    text = PL_HEAD + EN_STAGE
    found = findings(tmp_path, monkeypatch, text)
    assert found == [(
        text.splitlines().index("  - id: awareness") + 1, 9,
        "stage 'awareness' is written in English ('an', 'for', 'the', …) while the journey is in Polish (`lang: pl`); "
        "translate it, or move it to a journey in that language",
    )]


def test_english_brands_and_phrases_in_a_polish_stage_are_no_english_text(tmp_path, monkeypatch):
    assert findings(tmp_path, monkeypatch, PL_HEAD + PL_STAGE_BRANDS) == []


def test_a_journey_that_states_no_lang_is_not_checked(tmp_path, monkeypatch):
    # its language would be guessed from its words, the pasted ones among them
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert findings(tmp_path, monkeypatch, (EN_HEAD + PL_STAGE).replace("lang: en\n", "")) == []


def test_examples_have_no_such_stage(monkeypatch):
    root = Path(__file__).resolve().parents[1] / "examples"
    monkeypatch.chdir(root)
    assert lint(["."], Config(root=root), Selection(select=("language-mismatch",))).findings == []


def test_the_rule_is_explained():
    result = CliRunner().invoke(app, ["rule", "CX601"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert result.stdout.startswith("language-mismatch (CX601), default severity: warning\n")
    assert "Żabka" in result.stdout


def test_polish_place_names_in_a_short_english_stage_are_no_polish_text(tmp_path, monkeypatch):
    stage = """\
  - id: pickup
    name: Pickup
    touchpoints:
      - channel: locker
        description: Parcel lockers at Żabka in Łódź Bałuty, Łódź Widzew, Gdańsk Wrzeszcz, Poznań Łazarz and Wrocław Śródmieście
    emotion: 1
"""
    assert findings(tmp_path, monkeypatch, EN_HEAD + stage) == []
