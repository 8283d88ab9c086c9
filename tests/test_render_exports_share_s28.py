"""Exports a PM pastes into a wiki or opens in a dark browser.

- The HTML page follows the browser's dark mode (`color-scheme`, `prefers-color-scheme`) with every
  text colour at 4.5:1 or more against its background, and prints light.
- The folder overview names the opportunities' count in full: "Usprawnienia" in Markdown and HTML,
  which have no width limit, and `usprawnienia 2` in the terminal where it fits (`uspr. 2` was a
  riddle); the narrowest terminals keep the short form.
- A blank line inside a cell is a paragraph break: `<br><br>`, not one `<br>`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

CONFIG = 'paths = ["personas", "journeys"]\nlang = "pl"\n'

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: Ewa Żółkiewska
lang: pl
summary: |
  Właścicielka biura rachunkowego w Rzeszowie.

  Od lutego 2026 musi wysyłać wszystkie faktury klientów przez KSeF.
goals:
  - |
    Zamknąć miesiąc dla 62 klientów do 20. dnia.

    Mieć 5 dni zapasu przed JPK_V7.
reviewed: 2026-11-20
"""

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro na KSeF
lang: pl
persona: ewa-ksiegowa-biuro
reviewed: 2026-11-20
stages:
  - id: wdrozenie
    name: Wdrożenie
    feeling: |
      Ulga, że import działa.

      Złość, że token wygasa bez ostrzeżenia.
    emotion: -1
    opportunities:
      - action: Przypomnienie e-mailem 7 dni przed wygaśnięciem tokenu KSeF
      - action: Import wielu NIP-ów jednym kliknięciem
  - id: rozliczenie
    name: Rozliczenie miesiąca
    emotion: 1
"""

SARAH_JOURNEY = """\
kind: journey
id: sarah-first-invoice
name: Sarah sends her first EUR invoice
lang: en
persona: sarah-expat-contractor
stages:
  - id: issue
    name: Issue the invoice
    emotion: 0
    opportunities:
      - action: Show the EUR/PLN rate the invoice will use before it is sent
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    (tmp_path / "journeys/ewa-wdraza-ksef.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def _render(*args: str, columns: int = 80) -> str:
    result = CliRunner().invoke(app, ["render", *args], env={"COLUMNS": str(columns), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def _luminance(colour: str) -> float:
    if len(colour) == 4:  # #fff
        colour = "#" + "".join(c * 2 for c in colour[1:])
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b", block))


def test_the_html_page_has_a_dark_mode_that_keeps_contrast_and_prints_light(ws: Path) -> None:
    page = _render("journeys/ewa-wdraza-ksef.yaml", "-f", "html")
    assert '<meta name="color-scheme" content="light dark">' in page
    dark = re.search(r"@media screen and \(prefers-color-scheme: dark\) \{(.*?)\n\}", page, re.S)
    assert dark is not None, "no dark-mode rules for screens"
    assert page.count("prefers-color-scheme") == 1  # never in print, which stays light
    printed = page[page.index("@media print {"):]
    assert ":root { color-scheme: light; }" in printed
    light, night = _variables(page[:page.index("@media")]), _variables(dark.group(1))
    assert set(night) == set(light)  # every colour has its dark value
    for text in ("ink", "muted", "accent", "neg"):
        for ground in ("bg", "soft"):
            assert _contrast(night[text], night[ground]) >= 4.5, (text, ground)
            assert _contrast(light[text], light[ground]) >= 4.5, (text, ground)
    assert _contrast(night["warn-ink"], night["warn-bg"]) >= 4.5
    # The curve's labels, drawn in the emotion's colour: a lighter one on the dark page.
    from cxkit.render.html import EMOTION_COLOR, EMOTION_COLOR_DARK

    for level, colour in EMOTION_COLOR.items():
        assert f'.curve text[fill="{colour}"] {{ fill: {EMOTION_COLOR_DARK[level]}; }}' in dark.group(1)
        assert _contrast(EMOTION_COLOR_DARK[level], night["bg"]) >= 4.5, level
    assert 'fill="#1d232b"' in page and '.curve text[fill="#1d232b"] { fill: var(--ink); }' in dark.group(1)


def test_the_markdown_overview_names_the_opportunities_in_full(ws: Path) -> None:
    (ws / "journeys/sarah-first-invoice.yaml").write_text(SARAH_JOURNEY, encoding="utf-8")
    lines = _render(".", "-f", "markdown").splitlines()
    head = next(line for line in lines if line.startswith("| Dokument"))
    assert head == "| Dokument | Rodzaj | Cechy | Źródła | Etapy | Usprawnienia | Przegląd | Plik |"
    assert "Uspr." not in "\n".join(lines)
    english = _render("journeys/sarah-first-invoice.yaml", "-f", "markdown")
    assert "Opportunities" in english


def test_the_html_overview_names_the_opportunities_in_full(ws: Path) -> None:
    page = _render(".", "-f", "html")
    assert '<th role="columnheader" scope="col">Usprawnienia</th>' in page
    assert 'data-label="Usprawnienia"' in page and "Uspr." not in page


def test_the_terminal_overview_says_usprawnienia_where_it_fits(ws: Path) -> None:
    wide = _render(".", columns=80).splitlines()
    assert [line for line in wide if "uspr" in line.lower()] == [
        "│ journeys/ewa-wdraza-ksef.yaml                  │ usprawnienia 2 │            │",
    ]
    # At 40 columns the names need every cell: the short form stays.
    narrow = _render(".", columns=40).splitlines()
    assert [line.split("│")[2].strip() for line in narrow if "uspr" in line.lower()] == ["uspr. 2"]


def test_a_blank_line_in_a_cell_is_a_paragraph_break(ws: Path) -> None:
    markdown = _render("journeys/ewa-wdraza-ksef.yaml", "-f", "markdown")
    assert "| Ulga, że import działa.<br><br>Złość, że token wygasa bez ostrzeżenia. |" in markdown
    page = _render("journeys/ewa-wdraza-ksef.yaml", "-f", "html")
    assert "Ulga, że import działa.<br><br>Złość, że token wygasa bez ostrzeżenia." in page
    card = _render("personas/ewa-ksiegowa-biuro.yaml", "-f", "markdown")
    # A trait's blank line in a list item, and a summary's as two paragraphs.
    assert "- Zamknąć miesiąc dla 62 klientów do 20. dnia.<br><br>Mieć 5 dni zapasu przed JPK\\_V7." in card
    assert "Właścicielka biura rachunkowego w Rzeszowie.\n\nOd lutego 2026 musi" in card
    assert "Rzeszowie.<br><br>Od lutego" in _render("personas/ewa-ksiegowa-biuro.yaml", "-f", "html")
