"""Polish amounts written with a space between groups of thousands ("18 400 zł", "1 250 000 zł") are
never broken between their groups, nor before their currency, in the terminal view; the text keeps
the author's spaces (no no-break space is printed, and no export changes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxkit.render.terminal import break_token
from snapshot_helpers import render_cli

CLAIM = """\
kind: journey
id: zalanie-mieszkania
name: Zgłoszenie szkody po zalaniu mieszkania
persona: halina-wlascicielka-mieszkania
lang: pl
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -2
    thinking: Czy ubezpieczyciel pokryje całą szkodę (18 400 zł) po zalaniu mieszkania przez sąsiada z góry?
  - id: ogledziny
    name: Oględziny rzeczoznawcy
    emotion: -1
    pain_points:
      - Rzeczoznawca wycenił szkodę na 12 300 zł, a kosztorys wykonawcy mówił o 1 250 000 zł łącznie
  - id: wyplata
    name: Wypłata odszkodowania
    emotion: 1
    doing: Sprawdza, czy na koncie jest 9 870 PLN, i dzwoni na infolinię
"""

AMOUNTS = ["(18 400 zł)", "12 300 zł,", "1 250 000 zł", "9 870 PLN,"]


@pytest.fixture()
def claim(tmp_path: Path) -> Path:
    (tmp_path / "zalanie.yaml").write_text(CLAIM, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("columns", range(40, 162, 2))
def test_an_amount_stays_on_one_line(claim: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    code, out, err = render_cli(claim, monkeypatch, "zalanie.yaml", columns=columns)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    for amount in AMOUNTS:
        assert any(amount in line for line in lines), (amount, columns)
    assert "\u00a0" not in out  # the author's spaces, as written


def test_break_token_holds_groups_and_currency() -> None:
    assert break_token("szkodę (18 400 zł) po", 12) == ["szkodę", "(18 400 zł)", "po"]
    assert break_token("kosztorys 1 250 000 zł łącznie", 14) == ["kosztorys", "1 250 000 zł", "łącznie"]
    # Years and counts side by side are no amount: "w 2024 r." breaks as ever; so do "3 osoby".
    assert break_token("w 2024 r. przyszły 3 osoby", 8) == ["w 2024", "r.", "przyszły", "3 osoby"]


def test_exports_keep_the_text_as_written(claim: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(claim, monkeypatch, "zalanie.yaml", "-f", "json")
    assert code == 0
    stages = json.loads(out)["stages"]
    assert stages[0]["thinking"] == "Czy ubezpieczyciel pokryje całą szkodę (18 400 zł) po zalaniu mieszkania przez sąsiada z góry?"
    code, out, _err = render_cli(claim, monkeypatch, "zalanie.yaml", "-f", "md")
    assert code == 0 and "(18 400 zł)" in out and "\u00a0" not in out
