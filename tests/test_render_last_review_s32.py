"""A Polish document's review date reads "Ostatni przegląd: 2026-11-16" (session 32).

"Przegląd: 2026-11-16" on a card read as "overview" or "inspection", not as the date of the last
review. Every writer's date line now says "Ostatni przegląd", and an undated document "Ostatni
przegląd: brak". The folder overview's column keeps its short heading "Przegląd" (at 80 columns a
longer one would break ids and paths), so an overview exported before still reads as cxkit's own
and `render -o` replaces it without --force; so does a card exported with the old date line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import run_cli

NEGATIVE = """\
kind: negative-persona
id: dariusz-lowca-premii
name: Dariusz Kłos
lang: pl
owner: Zespół CX banku (Olga Mazur)
reviewed: 2026-11-16
reasons:
  - Zakłada konto tylko dla premii 300 zł i zamyka je po trzech miesiącach
purchase_triggers:
  - Premia za założenie konta wyższa niż w innych bankach
"""

JOURNEY = """\
kind: journey
id: kasia-zaklada-konto
name: Kasia zakłada konto osobiste
lang: pl
persona: kasia
stages:
  - id: polecenie
    name: Polecenie od koleżanki
    emotion: 1
"""

ENGLISH = """\
kind: persona
id: james-expat
name: James Carter
lang: en
reviewed: 2026-10-01
goals:
  - Open an account without a Polish PESEL number
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "bank"
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / "dariusz.yaml").write_text(NEGATIVE, encoding="utf-8")
    (root / "journeys" / "kasia.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    return root


def render(*args: str) -> str:
    result = run_cli("render", *args)
    assert (result.exit_code, result.exception) == (0, None), result.stderr
    return result.stdout


def test_markdown_card_says_last_review(ws: Path) -> None:
    out = render("personas/dariusz.yaml", "-f", "md")
    assert ("_persona negatywna_ · `dariusz-lowca-premii` · Ostatni przegląd: 2026-11-16 · "
            "Opiekun: Zespół CX banku (Olga Mazur)") in out.splitlines()


def test_an_undated_journey_says_brak(ws: Path) -> None:
    out = render("journeys/kasia.yaml", "-f", "md")
    assert "_ścieżka_ · `kasia-zaklada-konto` · Persona: `kasia` · Ostatni przegląd: brak" in out.splitlines()
    assert "bez przeglądu" not in out


def test_terminal_html_csv_and_plain_markdown_say_it_too(ws: Path) -> None:
    assert "Ostatni przegląd: 2026-11-16 · Opiekun: Zespół CX banku (Olga Mazur)" in render("personas/dariusz.yaml")
    assert 'Ostatni przegląd: <span class="date">2026-11-16</span>' in render("personas/dariusz.yaml", "-f", "html")
    rows = list(csv.reader(io.StringIO(render("personas/dariusz.yaml", "-f", "csv").lstrip("\ufeff"))))
    assert ["Ostatni przegląd", "2026-11-16"] in rows
    plain = render("journeys/kasia.yaml", "-f", "md-plain")
    assert "Ostatni przegląd: brak" in plain


def test_the_overview_column_keeps_its_short_heading(ws: Path) -> None:
    out = render(".", "-f", "md")
    assert "| Dokument | Rodzaj | Cechy | Źródła | Etapy | Usprawnienia | Przegląd | Plik |" in out.splitlines()
    row = next(line for line in out.splitlines() if line.startswith("| **Kasia"))
    assert "| _bez przeglądu_ |" in row


def test_an_english_card_is_unchanged(ws: Path) -> None:
    (ws / "personas" / "james.yaml").write_text(ENGLISH, encoding="utf-8")
    out = render("personas/james.yaml", "-f", "md")
    assert "_persona_ · `james-expat` · Reviewed: 2026-10-01" in out.splitlines()


def test_render_o_replaces_an_export_with_the_old_date_line_without_force(ws: Path) -> None:
    (ws / "out").mkdir()
    card = ws / "out" / "dariusz.md"
    card.write_text("# Dariusz Kłos\n\n_persona negatywna_ · `dariusz-lowca-premii` · Przegląd: 2026-03-01\n\n"
                    "Stara wersja\n", encoding="utf-8")
    overview = ws / "out" / "bank.md"
    overview.write_text("# Bank\n\n| Dokument | Rodzaj | Cechy | Źródła | Etapy | Usprawnienia | Przegląd | Plik |\n"
                        "|---|---|---|---|---|---|---|---|\n", encoding="utf-8")
    render("personas/dariusz.yaml", "-o", str(card))
    render(".", "--title", "Bank", "-o", str(overview))
    assert "Ostatni przegląd: 2026-11-16" in card.read_text(encoding="utf-8")
    assert "Ostatni przegląd: 2026-11-16" in overview.read_text(encoding="utf-8")
