"""A Polish percentage ("12 %", "0,5 ‰") and points ("3 pkt") stay with their number in the terminal
view, as amounts do (tests/test_render_amounts_s21.py); other currencies after a number too
("300 USD", "120 CHF"). The text keeps the author's spaces (review6 R6-8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxkit.render.terminal import break_token
from snapshot_helpers import render_cli

PERSONA = """\
kind: persona
id: marek
name: Marek Nowak
lang: pl
goals:
  - Nie dopłacać więcej niż 300 € za osuszanie i 12 % udziału własnego
  - Zniżka 15 % za bezszkodową jazdę i ocena infolinii 4 pkt na 5
pain_points:
  - Opłata 0,5 ‰ sumy ubezpieczenia i składka 120 CHF za ubezpieczenie podróżne
"""

HELD = ["300 €", "12 %", "15 %", "4 pkt", "0,5 ‰", "120 CHF"]


@pytest.fixture()
def persona(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "marek.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("columns", range(40, 82))
def test_a_percentage_stays_with_its_number(persona: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    code, out, err = render_cli(persona, monkeypatch, "marek.yaml", columns=columns)
    assert (code, err) == (0, "")
    flat = [line.strip("│ ") for line in out.splitlines()]
    for held in HELD:
        assert any(held in line for line in flat), (held, columns, out)
    assert "\u00a0" not in out


def test_break_token_holds_a_unit() -> None:
    assert break_token("i 12 % udziału", 7) == ["i 12 %", "udziału"]
    assert break_token("ocena 4 pkt na 5", 6) == ["ocena", "4 pkt", "na 5"]
    assert break_token("opłata 0,5 ‰ sumy", 6) == ["opłata", "0,5 ‰", "sumy"]
    assert break_token("składka 120 CHF", 8) == ["składka", "120 CHF"]
    # Guard: a word that only starts like a unit is no unit: "3 procent" breaks as any two words.
    assert break_token("3 procent", 7) == ["3", "procent"]


def test_exports_keep_the_text_as_written(persona: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(persona, monkeypatch, "marek.yaml", "-f", "json")
    assert code == 0
    assert json.loads(out)["goals"][0]["text"] == "Nie dopłacać więcej niż 300 € za osuszanie i 12 % udziału własnego"
