"""The journey grid reaches Notion, Confluence or Google Docs by copying it from the HTML export
(docs/render.md, "The journey grid in Notion, Confluence or Google Docs"): this guards what that
path relies on, a plain table with the stages across, an aspect a row, and no HTML in Markdown's
place to copy from."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app

DOCS = Path(__file__).parent.parent / "docs" / "render.md"

JOURNEY = """\
kind: journey
id: konto
name: Kasia zakłada konto
lang: pl
persona: kasia
stages:
  - id: polecenie
    name: Polecenie
    doing: Czyta regulamin promocji
    touchpoints:
      - channel: SMS
        description: Link od koleżanki
      - channel: www
        description: Regulamin
    emotion: 0
  - id: kyc
    name: Weryfikacja tożsamości
    doing: Robi selfie o 3:10 w nocy
    barriers: ["Błąd KYC-403", "Brak światła"]
    emotion: -2
"""


class _Grid(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables, self.rows, self.cell, self.scripts = 0, [], None, 0
        self.lists_in_cells = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables += 1
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self.cell = [tag, ""]
            self.rows[-1].append(self.cell)
        elif tag == "ul" and self.cell is not None:
            self.lists_in_cells += 1
        elif tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td"):
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell[1] += data


def test_the_html_grid_is_one_plain_table_a_browser_copies_as_it_is(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "konto.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["render", "konto.yaml", "-f", "html"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    grid = _Grid()
    grid.feed(result.stdout)
    assert grid.tables == 1 and grid.scripts == 0
    header, *body = [row for row in grid.rows if row]
    assert [" ".join(text.split()) for _tag, text in header[1:]][0].startswith("1. Polecenie")
    assert len(header) == 3  # the corner cell, then a column per stage
    aspects = {" ".join(row[0][1].split()): row for row in body}
    assert all(row[0][0] == "th" and len(row) == 3 for row in body)  # an aspect's name heads each row
    assert {"Punkty styku", "Działania", "Emocje", "Bariery"} <= set(aspects)
    assert grid.lists_in_cells >= 2  # several entries of a cell are a list, one under another


def test_the_docs_give_the_steps() -> None:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("### The journey grid in Notion, Confluence or Google Docs", 1)[1].split("\n### ", 1)[0]
    assert "-o mapa.html" in section and "copy" in section and "Paste" in section
