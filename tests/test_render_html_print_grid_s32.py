"""The HTML export's grid corner and print styles (session 32).

The grid's corner cell was a `th` without `scope` in `thead`: screen readers took it for the column
header of the row names and read "Etap, Cel" down the first column. It is now a `td` (the WAI
pattern of a table with two headers), with the look and the sticky place the header had. The print
styles kept `break-before: avoid` on the path under a journey, which print hides since the path moved
into the header line: the rule is gone (printing the examples gives the same pages and text).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa wdraża KSeF w biurze rachunkowym
persona: ewa-ksiegowa
lang: pl
stages:
  - id: szkolenie
    name: Szkolenie z KSeF
    goal: Zrozumieć, co zmienia się od lutego
    emotion: 0
  - id: pierwsza-faktura
    name: Pierwsza faktura
    goal: Wysłać fakturę bez błędu
    pain_points: [Portal wylogowuje po 10 minutach]
    emotion: -2
"""


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "ksef.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(root)
    result = run_cli("render", "ksef.yaml", "-f", "html")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    return result.stdout


class Cells(HTMLParser):
    """The grid's cells as (section, tag, scope, class), row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, str, str | None, str | None]]] = []
        self.section = ""
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self.inside = "journey" in (a.get("class") or "")
        elif self.inside and tag in ("thead", "tbody"):
            self.section = tag
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in ("th", "td"):
            self.rows[-1].append((self.section, tag, a.get("scope"), a.get("class")))


def test_the_grid_corner_is_no_header_and_every_header_has_a_scope(page: str) -> None:
    cells = Cells()
    cells.feed(page)
    head, *body = cells.rows
    assert head[0] == ("thead", "td", None, "corner")
    assert [(tag, scope) for _s, tag, scope, _c in head[1:]] == [("th", "col")] * 2
    assert body and all(row[0][1:3] == ("th", "row") for row in body)
    assert all(scope for row in cells.rows for _s, tag, scope, _c in row if tag == "th")
    # the corner keeps the header row's look and its place when the grid scrolls sideways
    assert "table.journey thead th, table.journey thead .corner { background: var(--soft);" in page
    assert "table.journey tbody th, table.journey thead .corner { position: sticky; left: 0;" in page


def print_css(page: str) -> str:
    return re.sub(r"/\*.*?\*/", "", page[page.index("@media print {"):], flags=re.S)


def test_print_styles_set_no_break_on_the_hidden_path(page: str) -> None:
    css = print_css(page)
    rules = {selectors.strip(): body.strip() for selectors, body in re.findall(r"([^{}]*)\{([^{}]*)\}", css)}
    on_path = {sel: body for sel, body in rules.items() if ".journey-doc > .path" in sel}
    assert on_path == {".journey-doc > .path": "display: none;"}  # hidden: a break rule on it does nothing
    assert ".card > .meta { break-before: avoid; }" in css  # a card's last line still keeps with it
