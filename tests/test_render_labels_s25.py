"""`cxkit render` labels name no sector (tester15 F7): a city hall's journey is no "ścieżka klienta",
its negative persona's reasons no "Dlaczego to nie klient", a register of requests no "obsługa
klienta"; and a folder overview shows each row's kind and "never reviewed" in the row's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.render.labels import _ALL

runner = CliRunner()

JOURNEY_PL = """\
kind: journey
id: wymiana-dowodu
name: Wymiana dowodu osobistego
lang: pl
persona: halina
stages:
  - id: wniosek
    name: Złożenie wniosku
    emotion: -1
    touchpoints: [Okienko w Wydziale Spraw Obywatelskich]
  - id: odbior
    name: Odbiór dowodu
    emotion: 1
    touchpoints: [SMS z mObywatela]
"""

NEGATIVE_PL = """\
kind: negative-persona
id: spoza-miasta
name: Mieszkaniec gminy ościennej
lang: pl
reasons:
  - text: Jest zameldowany w gminie Suchy Las, a dodatek przysługuje mieszkańcom Poznania
    sources: [ezd]
sources:
  - id: ezd
    type: support
    n: 212
    note: Analiza zgłoszeń w systemie EZD, wrzesień 2026
"""

NEGATIVE_EN = """\
kind: negative-persona
id: bulk-agent
name: Agent filing permits in bulk
lang: en
reasons:
  - Files 40 parking permit applications a week for a letting agency, none for himself
"""

JOURNEY_EN = """\
kind: journey
id: parking-permit
name: Applying for a parking permit
lang: en
persona: halina
stages:
  - id: apply
    name: Applies online
    emotion: -1
    touchpoints: [Council website]
"""

PERSONA_PL = """\
kind: persona
id: halina
name: Halina Wróbel
lang: pl
reviewed: 2026-10-01
goals:
  - Wymienić dowód osobisty przed upływem terminu ważności, bez dwóch wizyt w urzędzie
"""


def render(*args: str, columns: int = 100) -> str:
    result = runner.invoke(app, ["render", *args], env={"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture()
def city_hall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish workspace (config `lang = "pl"`) holding one English journey."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for name, text in (("personas/halina.yaml", PERSONA_PL), ("personas/spoza-miasta.yaml", NEGATIVE_PL),
                       ("journeys/wymiana-dowodu.yaml", JOURNEY_PL), ("journeys/parking-permit.yaml", JOURNEY_EN)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_polish_journey_is_a_sciezka_not_a_customer_journey(city_hall: Path) -> None:
    title = render("journeys/wymiana-dowodu.yaml", columns=80).splitlines()[0]
    assert title.startswith("╭─ Wymiana dowodu osobistego  ścieżka ─"), title
    markdown = render("journeys/wymiana-dowodu.yaml", "--format", "markdown")
    assert "_ścieżka_ · `wymiana-dowodu`" in markdown
    assert "klient" not in markdown


def test_negative_persona_reasons_and_a_support_source_name_no_customer(city_hall: Path) -> None:
    terminal = render("personas/spoza-miasta.yaml")
    assert "Dlaczego to nie nasz odbiorca" in terminal
    assert "ezd · zgłoszenia · n=212" in terminal
    assert "klient" not in terminal
    markdown = render("personas/spoza-miasta.yaml", "--format", "markdown")
    assert [line for line in markdown.splitlines() if line.startswith("## ")][0] == "## Dlaczego to nie nasz odbiorca"
    (city_hall / "bulk.yaml").write_text(NEGATIVE_EN, encoding="utf-8")
    english = render("bulk.yaml", "--format", "markdown")
    assert [line for line in english.splitlines() if line.startswith("## ")][0] == "## Why not our audience"


@pytest.mark.parametrize("lang", sorted(_ALL))
def test_no_heading_assumes_a_customer(lang: str) -> None:
    """Guard for every label: a council, a clinic and a shop all read them."""
    commerce = re.compile(r"klient|customer", re.IGNORECASE)
    assert [f"{k}: {v}" for k, v in _ALL[lang].items() if commerce.search(v)] == []


def test_overview_row_of_an_english_journey_reads_english_in_a_polish_workspace(city_hall: Path) -> None:
    out = render(".", columns=160)
    row = next(line for line in out.splitlines() if "Applying for a parking permit" in line)
    assert "│ journey " in row and "│ never reviewed " in row, row
    polish = next(line for line in out.splitlines() if "Wymiana dowodu osobistego" in line)
    assert "│ ścieżka " in polish and "│ bez przeglądu " in polish, polish
    # The table itself (headings, totals) is in the workspace's language.
    assert "│ Rodzaj " in out and out.rstrip().splitlines()[-1] == "persony: 1 · persony negatywne: 1 · ścieżki: 2"
    stacked = render(".", "--layout", "stacked", columns=100)
    assert "journey, parking-permit" in stacked and "Ostatni przegląd: never" in stacked
    assert "ścieżka, wymiana-dowodu" in stacked and "Ostatni przegląd: brak" in stacked


def test_overview_row_language_in_markdown_and_html(city_hall: Path) -> None:
    markdown = render(".", "--format", "markdown")
    row = next(line for line in markdown.splitlines() if line.startswith("| **Applying for a parking permit**"))
    assert " | journey | " in row and " | _never reviewed_ | " in row, row
    html = render(".", "--format", "html")
    row = next(line for line in html.splitlines() if "<strong>Applying for a parking permit</strong>" in line)
    # Read aloud in English: the kind and the review state carry the row's language.
    assert '<td role="cell" data-label="Rodzaj"><span lang="en">journey</span></td>' in row, row
    assert '<span class="warning" lang="en">never reviewed</span>' in row, row
    polish = next(line for line in html.splitlines() if "<strong>Wymiana dowodu osobistego</strong>" in line)
    assert '<td role="cell" data-label="Rodzaj">ścieżka</td>' in polish, polish


@pytest.mark.parametrize("kind", ["ścieżka klienta", "ścieżka"])
def test_o_replaces_a_markdown_export_written_under_the_earlier_label_or_the_new(city_hall: Path, kind: str) -> None:
    """Guard: an export written by cxkit before the labels changed is still cxkit's own to replace."""
    export = city_hall / "mapa.md"
    export.write_text(f"# Wymiana dowodu osobistego\n\n_{kind}_ · `wymiana-dowodu` · Przegląd: 2026-03-01\n\nStara wersja\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["render", "journeys/wymiana-dowodu.yaml", "-f", "md", "-o", "mapa.md"],
                           env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "_ścieżka_ · `wymiana-dowodu`" in export.read_text(encoding="utf-8")


def test_o_replaces_an_empty_folder_view_written_under_the_earlier_label(city_hall: Path) -> None:
    (city_hall / "pusty").mkdir()
    export = city_hall / "pusty.txt"
    export.write_text("Brak person, person negatywnych i ścieżek klienta w pusty (szukano plików *.yaml i *.yml).\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["render", "pusty", "-o", "pusty.txt"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert export.read_text(encoding="utf-8").startswith("Brak person, person negatywnych i ścieżek w pusty")
