"""A Polish journey of seven stages prints on A4 landscape without words broken (review10 R10-4).

82ca53e split long journeys into parts of at most seven stages so that "an A4 page in landscape"
takes one without breaking words — checked on an English journey only. The grid printed at
.86rem (10.3pt, larger than the 9.5pt body), and Polish words are long: the repository's own
example, "Paweł kupuje otwarte słuchawki" (7 stages), printed "Doświadczeni" over "e po zakupie",
"Potwierdzeni|e", "Grunwaldzkie|j" — 22 words cut without a hyphen. The grid now prints in points
(8.5pt, its notes 8pt, the print minimum) with tighter cells.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_layout import needs_chromium
from test_render_html_phone_s21 import laid_out
from test_render_s22t7_html import _BROKEN_WORDS

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Any letter, Polish ones too: "[A-Za-z]{2,}" saw "Do" and "wiadczenie" where "ś" split the word.
_BROKEN_LETTERS = _BROKEN_WORDS.replace("/[A-Za-z]{2,}/g", "/\\p{L}{2,}/gu").replace("broken.slice(0, 20)", "broken")


def _printed(page: str) -> str:
    """The page as print lays it out: its print styles applied on screen."""
    assert "@media print {" in page
    return page.replace("@media print {", "@media all {")


@pytest.fixture
def pl(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "pl", tmp_path / "pl")
    return tmp_path / "pl"


@needs_chromium
def test_the_polish_example_prints_on_a4_without_broken_words(pl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, err = render_cli(pl, monkeypatch, "journeys/pawel-kupuje-sluchawki-otwarte.yaml", "-f", "html")
    assert code == 0, err
    assert page.count('<table class="journey"') == 1  # seven stages: one grid
    measured = laid_out(_printed(page), 1047, _BROKEN_LETTERS)  # A4 landscape's printable width
    assert measured["extra"]["cells"] > 60
    assert measured["extra"]["broken"] == []


def test_the_grid_prints_in_points() -> None:
    """Guard on the style itself: the grid and its notes in points, cells tighter than on screen."""
    from cxkit.render.html import CSS

    printed = CSS[CSS.index("@media print {"):]
    assert "table.journey { min-width: 0; font-size: 8.5pt; }" in printed
    # The notes print at 8pt, the smallest print size cxkit uses (7.5pt before; raised for legibility).
    assert "table.journey .opp-meta, table.journey .cite { font-size: 8pt; }" in printed
