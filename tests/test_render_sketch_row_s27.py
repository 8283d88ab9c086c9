"""Every body row of a journey's HTML grid starts with a row header, the row of sketched-only
stages (only an id and a name) too, so a screen reader names each cell's row (session 27).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY_EN = """\
kind: journey
id: switch
name: Switching invoicing
lang: en
persona: dan
stages:
  - id: compare
    name: Compare
  - id: trial
    name: Trial
"""

JOURNEY_PL = """\
kind: journey
id: zmiana
name: Zmiana programu
lang: pl
persona: agnieszka
stages:
  - id: wniosek
    name: Wniosek
"""


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "switch.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    (tmp_path / "journeys" / "zmiana.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    return tmp_path


class _Rows(HTMLParser):
    """The cells of each row of each ``<tbody>``: (tag, attributes, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, dict[str, str | None], str]]] = []
        self._in_body = False
        self._cell: list | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tbody":
            self._in_body = True
        elif self._in_body and tag == "tr":
            self.rows.append([])
        elif self._in_body and tag in ("td", "th"):
            self._cell = [tag, dict(attrs), ""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False
        elif self._cell is not None and tag == self._cell[0]:
            self.rows[-1].append(tuple(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell[2] += data


@pytest.mark.parametrize(("path", "header", "empty"), [
    ("journeys/switch.yaml", "Recorded", "nothing recorded for this stage yet"),
    ("journeys/zmiana.yaml", "Zapisano", "nic jeszcze nie zapisano dla tego etapu"),
])
def test_the_row_of_sketched_stages_has_a_row_header(ws: Path, monkeypatch: pytest.MonkeyPatch,
                                                      path: str, header: str, empty: str) -> None:
    code, html, err = render_cli(ws, monkeypatch, path, "-f", "html")
    assert code == 0, err
    parser = _Rows()
    parser.feed(html)
    assert len(parser.rows) == 1
    first, *cells = parser.rows[0]
    assert first[:2] == ("th", {"scope": "row"})
    assert first[2] == header
    assert [cell[2] for cell in cells] == [empty] * len(cells) and cells
    assert all(cell[0] == "td" for cell in cells)
    assert "<td></td>" not in html


def test_a_full_grid_keeps_its_row_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the example journey's rows are all headed as before, none by the sketch's header."""
    examples = Path(__file__).resolve().parent.parent / "examples" / "en"
    code, html, err = render_cli(examples, monkeypatch, "journeys/dan-switches-invoicing.yaml", "-f", "html")
    assert code == 0, err
    parser = _Rows()
    parser.feed(html)
    # The grid's rows; the table of the map's sources under it (its cells carry ARIA roles) is no grid.
    grid = [row for row in parser.rows if "role" not in row[0][1]]
    assert len(grid) == 11 and len(parser.rows) == len(grid) + 3
    assert all(row[0][:2] == ("th", {"scope": "row"}) and row[0][2] for row in grid)
    assert "Recorded" not in html
