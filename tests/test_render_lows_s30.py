"""Smaller accessibility fixes in the exports: stage links named, pills printed, sub-headings.

- HTML: each stage's link is named where it leads (a links list read "1.", "2.", …), and the
  stage id beside the name is hidden from a screen reader, which read it with every cell.
- HTML print: the emotion pills keep their colour (browsers drop backgrounds), no text under 8pt.
- Markdown persona: the psychographics' parts are headings, as in HTML, not bold lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY = """\
kind: journey
id: zaneta-kredyt
name: "Żaneta applies for a mortgage online"
lang: en
persona: zaneta-lecka
stages:
  - id: need
    name: Need
    doing: "Reads the letter with a scanner app"
    emotion: -1
  - id: finding-out
    name: Finding out
    doing: "Tabs through the calculator"
    emotion: -2
"""

PERSONA = """\
kind: persona
id: zaneta-lecka
name: "Żaneta Łęcka"
lang: pl
summary: "Analityczka CX, niewidoma, pracuje z czytnikiem NVDA."
psychographics:
  values:
    - "Samodzielność w sprawach urzędowych"
  lifestyle:
    - "Mieszka sama w Lublinie, jeździ komunikacją miejską"
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "kredyt.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "zaneta.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


def test_html_stage_links_are_named_and_the_id_is_not_read_twice(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "html")
    assert (code, err) == (0, "")
    links = re.findall(r'<a class="stage-link" [^>]*aria-label="([^"]*)">([^<]*)</a>', page)
    assert links == [("Link to this stage: 1. Need", "1."), ("Link to this stage: 2. Finding out", "2.")]
    assert '<span class="id" aria-hidden="true">finding-out</span>' in page


def test_html_print_keeps_the_pills_colour_and_no_text_under_8pt(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, _err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "html")
    assert code == 0
    printed = page.split("@media print {", 1)[1].split("\n}\n", 1)[0]
    assert re.search(r"\.emo \{[^}]*print-color-adjust: exact", printed)
    sizes = [float(size) for size in re.findall(r"font-size: ([0-9.]+)pt", printed)]
    assert sizes and min(sizes) >= 8


def test_markdown_psychographics_parts_are_headings(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(ws, monkeypatch, "zaneta.yaml", "-f", "md")
    assert code == 0
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert headings[:4] == ["# Żaneta Łęcka", "## Psychografia", "### Wartości", "### Styl życia"]
    assert "**Wartości**" not in out


def test_a_one_stage_table_writes_the_emotion_without_a_chart(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One stage draws no curve: its Emotion cell was five lines (blanks, a dotted line, a dot)."""
    code, out, err = render_cli(ws, monkeypatch, "kredyt.yaml", "--stage", "2", "--layout", "table", columns=60)
    assert (code, err) == (0, "")
    assert "┄" not in out
    assert re.search(r"^│ Emotion +│ ● -2 very negative +│$", out, re.M)
    # Guard: two stages still draw their curve across the row.
    assert "┄" in render_cli(ws, monkeypatch, "kredyt.yaml", "--layout", "table", columns=60)[1]


def test_html_overview_says_persona_where_it_showed_an_arrow(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, _err = render_cli(ws, monkeypatch, ".", "-f", "html")
    assert code == 0
    assert ('<span class="meta"><span aria-hidden="true">→</span><span class="hidden">Persona:</span> '
            'Żaneta Łęcka</span>') in page
