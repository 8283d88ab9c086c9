"""Printed HTML exports: --against side by side without a page of only a title or
only a footer, portrait paper without words broken inside, a folder's documents each on a new page.

The style rules are checked in the export; one test prints the --against page with headless Chromium
(skipped without it and poppler's pdftotext) and reads its pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")

PERSONA = """kind: persona
id: katarzyna-wojcik
name: Katarzyna Wójcik
lang: pl
summary: Pielęgniarka z Łodzi, 34 lata, zakłada pierwsze konto w banku mobilnym, bo jej dotychczasowy bank pobiera 14,99 zł miesięcznie za konto i kartę.
quote: Mam 10 minut przerwy. Jeśli w tym czasie nie skończę, to już nie wrócę.
demographics:
  age: 34
  location: Łódź, Widzew-Wschód
  occupation: Pielęgniarka oddziałowa w szpitalu im. Barlickiego, praca zmianowa (dyżury 12 h)
goals:
{goals}
pain_points:
{pains}
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 12
    note: 12 wywiadów pogłębionych z osobami pracującymi zmianowo (pielęgniarki, ratownicy, kierowcy), notatki w Confluence
"""

NEGATIVE = """kind: negative-persona
id: henryk-gotowka
name: Henryk Gotówka
lang: pl
summary: Emeryt z Sandomierza, 71 lat, płaci gotówką i w oddziale.
reasons:
  - Nie ma smartfona z Androidem 10 lub nowszym [wywiady-seniorzy]
substitutes:
  - Oddział PKO BP na ul. Mickiewicza
sources:
  - id: wywiady-seniorzy
    type: interview
    date: 2026-09-18
    n: 6
    note: 6 wywiadów z osobami 65+ w Sandomierzu i Radomiu
"""


def _persona() -> str:
    goals = "\n".join(f"  - Cel numer {i} — założyć konto i kartę w 15 minut, bez wizyty w oddziale [wywiady-2026-10]"
                      for i in range(1, 9))
    pains = "\n".join(f"  - Problem numer {i} — weryfikacja wideo w banku odrzuca ją trzy razy z rzędu [wywiady-2026-10]"
                      for i in range(1, 9))
    return PERSONA.format(goals=goals, pains=pains)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "katarzyna.yaml").write_text(_persona(), encoding="utf-8")
    (tmp_path / "personas" / "henryk.yaml").write_text(NEGATIVE, encoding="utf-8")
    return tmp_path


def export(*args: str) -> str:
    result = CliRunner().invoke(app, ["render", *args, "-f", "html"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def printed(page: str) -> str:
    return page[page.index("@media print {"):page.index('"""') if '"""' in page else None]


def pdf_text(page: str, paper: str) -> str:
    """``page`` printed by headless Chromium on ``paper`` (`A4 landscape`), as pdftotext reads it:
    its pages split by form feeds."""
    page = page.replace("</style>", f"@media print {{ @page {{ size: {paper}; }} }}</style>")
    with tempfile.TemporaryDirectory(prefix="cxkit-print-") as folder:
        html, pdf = Path(folder) / "para.html", Path(folder) / "para.pdf"
        html.write_text(page, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={folder}/profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                        html.as_uri()], capture_output=True, timeout=120, check=False)
        assert pdf.exists(), "Chromium printed nothing"
        return subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_print_styles_let_a_card_break_and_keep_the_title_with_it(ws: Path) -> None:
    css = printed(export("personas/katarzyna.yaml", "--against", "henryk-gotowka"))
    rule = re.search(r"\n  ([^\n{]*)\{ break-inside: avoid; \}", css).group(1)
    assert ".card" not in rule  # a whole card taller than the rest of the page left page 1 with the title alone
    assert "h1, .kind { break-after: avoid; }" in css
    assert ".card > .meta { break-before: avoid; }" in css  # never a footer alone
    assert ".pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 5mm; }" in css


def test_print_styles_break_words_at_syllables_in_the_pages_language_and_pills_between_words(ws: Path) -> None:
    page = export("personas/katarzyna.yaml")
    assert page.startswith('<!DOCTYPE html>\n<html lang="pl">')  # the language hyphenation follows
    css = printed(page)
    assert "table.journey td, table.journey th, .card { hyphens: auto; -webkit-hyphens: auto; }" in css
    assert ".emo { overflow-wrap: normal; hyphens: manual; -webkit-hyphens: manual; }" in css
    assert "table.journey { font-size: clamp(7pt, (100cqi - 6.5rem) / var(--stages, 1) / 9, 8.5pt); }" in css


def test_a_folders_documents_each_begin_a_printed_page(ws: Path) -> None:
    css = printed(export("personas"))
    assert "main > article { break-before: page; }" in css and "hr.doc { display: none; }" in css


def test_a_printed_grid_heads_its_stages_without_their_ids(ws: Path) -> None:
    # A handout's reader does not type stage ids; the screen keeps them under the names.
    css = printed(export("personas"))
    assert "table.journey thead th .id { display: none; }" in css


@pytest.mark.skipif(CHROMIUM is None or PDFTOTEXT is None, reason="needs Chromium and pdftotext")
def test_against_prints_side_by_side_with_no_page_of_a_title_or_a_footer_alone(ws: Path) -> None:
    text = pdf_text(export("personas/katarzyna.yaml", "--against", "henryk-gotowka"), "A4 landscape")
    pages = [p for p in text.split("\f") if p.strip()]
    first = pages[0]
    # The title shares page 1 with both cards, side by side (their kinds on one line).
    assert "Katarzyna Wójcik" in first and re.search(r"PERSONA ·.*PERSONA NEGATYWNA ·", first)
    # No page holds only a footer (the review date, owner and path line).
    assert all(len([line for line in p.splitlines() if line.strip()]) > 2 for p in pages), pages[-1]
