"""A removed run before "(" in a Markdown word diff never turns into a link: with markers,
`[-Koszt -](PLN)` was CommonMark's link syntax (and `![- Koszt -](PLN)` an image's), so GitHub and
GitLab showed a link to "PLN" with the markers gone and the removed word read as present. The run
is now named in words, "(usunięto: „Koszt”)", which holds no bracket a link could start with."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import diff_markdown

BEFORE = """\
kind: journey
id: konto
name: Kasia zakłada konto
lang: pl
persona: kasia
stages:
  - id: oplata
    name: Opłata za kartę
    doing: "{doing}"
    emotion: -1
"""


def _md(tmp_path: Path, before: str, after: str) -> str:
    return diff_markdown(tmp_path, BEFORE.format(doing=before), BEFORE.format(doing=after))


@pytest.mark.parametrize(("before", "after", "removed"), [
    ("Koszt (PLN) karty", "(PLN) karty", "(usunięto: „Koszt”) (PLN) karty"),
    ("Uwaga! Koszt (PLN)", "Uwaga!(PLN)", "Uwaga! (usunięto: „Koszt”) (PLN)"),  # `![…](…)` is an image
])
def test_a_removed_run_before_a_bracket_stays_marked_text(tmp_path: Path, before: str, after: str,
                                                          removed: str) -> None:
    md = _md(tmp_path, before, after)
    for html in (True, False):
        shown = MarkdownIt("commonmark", {"html": html}).render(md)
        assert "<a " not in shown and "<img" not in shown, shown
        assert removed in shown, shown


def test_a_removed_run_elsewhere_is_said_the_same_way(tmp_path: Path) -> None:
    md = _md(tmp_path, "Sprawdza koszt karty", "Sprawdza koszt")
    assert "› Działania: Sprawdza koszt (usunięto: „karty”)" in md
