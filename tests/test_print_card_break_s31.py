"""A printed --against page on paper shorter than A4 landscape (A4 portrait, a browser's default
Letter) kept a persona card whole, so page 1 held the title alone: the screen's "a card never
breaks" rule held in print too. On paper a card breaks between its sections (each kept whole)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_print_css_s31 import CHROMIUM, PDFTOTEXT, export, pdf_text, printed, ws  # noqa: F401 - the fixture


def test_print_styles_let_a_card_break_between_its_sections(ws: Path) -> None:
    css = printed(export("personas/katarzyna.yaml", "--against", "henryk-gotowka"))
    assert re.search(r"\n  \.card \{ break-inside: auto; \}", css)
    assert ".card .sections > section { break-inside: avoid; }" in export("personas/katarzyna.yaml")


@pytest.mark.skipif(CHROMIUM is None or PDFTOTEXT is None, reason="needs Chromium and pdftotext")
def test_against_on_a4_portrait_has_no_page_of_the_title_alone(ws: Path) -> None:
    text = pdf_text(export("personas/katarzyna.yaml", "--against", "henryk-gotowka"), "A4 portrait")
    first = [line for line in text.split("\f")[0].splitlines() if line.strip()]
    # The title shares page 1 with both cards' beginnings.
    assert len(first) > 5 and any("PERSONA NEGATYWNA" in line for line in first), first
