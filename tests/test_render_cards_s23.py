"""A card's demographics table names each row for a screen reader (closing notes of session 22).

The field names of a persona's and a negative persona's demographics were plain `<th>` cells in a
table without column headers: whether a screen reader announced "Wiek" with "23" was left to its
guess. Each is now `<th scope="row">`, the header of its row. Markdown has no row headers (a GFM
table has one header row), so its table is unchanged.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

ROOT = Path(__file__).resolve().parents[1]
KAMIL = "examples/pl/personas/kamil-kupuje-pod-promocje.yaml"
PAWEL = "examples/pl/personas/pawel-programista-audiofil.yaml"
DAN = "examples/en/personas/dan-heating-firm-owner.yaml"


class _DemoRows(HTMLParser):
    """The rows of each ``table.demo``: per row, its cells as (tag, attributes, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, dict[str, str | None], str]]]] = []
        self._in = False
        self._cell: tuple[str, dict[str, str | None]] | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and dict(attrs).get("class") == "demo":
            self._in = True
            self.tables.append([])
        elif self._in and tag == "tr":
            self.tables[-1].append([])
        elif self._in and tag in ("th", "td"):
            self._cell, self._text = (tag, dict(attrs)), ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in = False
        elif self._in and tag in ("th", "td") and self._cell is not None:
            self.tables[-1][-1].append((*self._cell, self._text))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._text += data


def _demo_tables(page: str) -> list[list[list[tuple[str, dict[str, str | None], str]]]]:
    parser = _DemoRows()
    parser.feed(page)
    return parser.tables


@pytest.mark.parametrize(("card", "names"), [
    (KAMIL, ["Wiek", "Płeć", "Miejsce", "Wykształcenie", "Zawód", "Dochód", "Gospodarstwo"]),
    (DAN, None),
])
def test_each_demographics_row_is_headed_by_its_field_name(monkeypatch: pytest.MonkeyPatch, card: str,
                                                           names: list[str] | None) -> None:
    code, out, err = render_cli(ROOT, monkeypatch, card, "-f", "html")
    assert code == 0, err
    [table] = _demo_tables(out)
    assert len(table) >= 3
    for row in table:
        (head_tag, head_attrs, _name), (value_tag, value_attrs, value) = row
        assert (head_tag, head_attrs) == ("th", {"scope": "row"}), row
        assert (value_tag, value_attrs) == ("td", {}) and value.strip(), row
    if names is not None:
        assert [row[0][2] for row in table] == names
        assert '<tr><th scope="row">Wiek</th><td>23</td></tr>' in out


def test_both_cards_side_by_side_and_a_folder_overview_head_their_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ROOT, monkeypatch, PAWEL, "--against", KAMIL, "-f", "html")
    assert code == 0, err
    tables = _demo_tables(out)
    assert len(tables) == 2
    code, out, err = render_cli(ROOT, monkeypatch, "examples", "-f", "html")
    assert code == 0, err
    tables = _demo_tables(out)
    assert len(tables) == 5
    assert all(row[0][:2] == ("th", {"scope": "row"}) for table in tables for row in table)
    assert not re.search(r"<tr><th>[^<]", out)  # (a journey grid's corner cell is an empty <th>)


def test_the_markdown_demographics_are_a_heading_and_a_field_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GFM table has no row headers, and its header row "Demografia" and nothing was skipped by
    heading navigation (tester9 A5): a heading as every other section's, each field named on its line."""
    code, out, err = render_cli(ROOT, monkeypatch, KAMIL, "-f", "md")
    assert code == 0, err
    assert "\n## Demografia\n\n- **Wiek:** 23\n- **Płeć:** mężczyzna\n" in out
