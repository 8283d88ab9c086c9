"""A touchpoint moved to another stage, on a Polish HTML diff page: its "before" cell names where it
was as text and Markdown do (*poprzednio 1. Świadomość › Punkty styku #2*), not "przeniesiono z
1. Świadomość", which puts a stage's name in the nominative after "z".  English reads as before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLD = """\
kind: journey
id: zakup-oc
name: Zakup OC
lang: {lang}
persona: ola
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: app
        description: Reklama w aplikacji
      - channel: infolinia
        description: Rozmowa z agentem o zniżce za bezszkodową jazdę
  - id: decision
    name: Decyzja
    touchpoints:
      - channel: web
        description: Kalkulator składki
"""
NEW = OLD.replace("""      - channel: infolinia
        description: Rozmowa z agentem o zniżce za bezszkodową jazdę
""", "").replace("""        description: Kalkulator składki
""", """        description: Kalkulator składki
      - channel: infolinia
        description: Rozmowa z agentem o zniżce za bezszkodową jazdę
""")


def _moved_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, fmt: str = "html") -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "old.yaml").write_text(OLD.format(lang=lang), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(NEW.format(lang=lang), encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "old.yaml", "new.yaml", "-f", fmt])
    assert result.exit_code == 1, result.output
    if fmt != "html":
        return result.stdout
    rows = [row for row in re.findall(r"<tr><th scope=\"row\">.*?</tr>", result.stdout, re.S) if "#2</code>" in row]
    assert len(rows) == 1, result.stdout
    return re.sub(r"<[^>]+>", "", rows[0].split("</th>")[1].split("</td>")[0])


def test_the_polish_page_says_where_a_moved_touchpoint_was_as_text_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _moved_row(tmp_path, monkeypatch, "pl") == "poprzednio 1. Świadomość (awareness) › Punkty styku #2"
    text = _moved_row(tmp_path, monkeypatch, "pl", "text")
    assert "Punkty styku #2: poprzednio 1. Świadomość (awareness) › Punkty styku #2:" in text


def test_the_english_page_keeps_moved_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _moved_row(tmp_path, monkeypatch, "en") == "moved from 1. Świadomość (awareness) › Touchpoints #2"
