"""`cxkit diff` on a terminal wraps a long line between words, but not inside a changed run: a deleted
"2 500" split as `[-2` / `500-]` is easy to misread (tester36 L7). A run longer than a row still
breaks between its words, as any text does.
"""

from __future__ import annotations

from rich.text import Text

from cxkit.diff.formats import _wrap_line

LINE = ("  ~ Cele #1: Kupić słuchawki otwarte w sklepie stacjonarnym w Poznaniu do [-2 500-]{+3 000+} zł "
        "po odsłuchu")


def _rows(text: str, width: int, hang: int = 6) -> list[str]:
    return [row.plain for row in _wrap_line(Text(text), width, hang)]


def test_a_changed_run_is_not_cut_at_its_space() -> None:
    for width in range(40, 100):
        rows = _rows(LINE, width)
        assert all(len(row) <= width for row in rows), (width, rows)
        assert any("[-2 500-]{+3 000+}" in row for row in rows), (width, rows)
        assert " ".join(row.strip() for row in rows) == LINE.strip()


def test_the_width_80_rows() -> None:
    line = LINE.replace("w Poznaniu ", "w Poznaniu na ulicy Półwiejskiej ")
    assert _rows(line, 80) == [
        "  ~ Cele #1: Kupić słuchawki otwarte w sklepie stacjonarnym w Poznaniu na ulicy",
        "      Półwiejskiej do [-2 500-]{+3 000+} zł po odsłuchu",
    ]


def test_a_run_longer_than_a_row_breaks_between_its_words() -> None:
    long_run = "[-" + " ".join(["słuchawki"] * 12) + "-]"
    rows = _rows(f"  ~ Cele #1: {long_run} zł", 50)
    assert all(len(row) <= 50 for row in rows), rows
    assert " ".join(row.strip() for row in rows) == f"~ Cele #1: {long_run} zł"


def test_a_short_line_is_one_row() -> None:
    assert _rows("  ~ Cena: [-2 500-]{+3 000+} zł", 80) == ["  ~ Cena: [-2 500-]{+3 000+} zł"]
