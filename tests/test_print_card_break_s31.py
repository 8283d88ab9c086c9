"""A printed --against page on paper shorter than A4 landscape (A4 portrait, a browser's default
Letter) kept a persona card whole, so page 1 held the title alone: the screen's "a card never
breaks" rule held in print too. On paper a card breaks between its sections (each kept whole)."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_print_css_s31 import CHROMIUM, PDFTOTEXT, export, printed, ws  # noqa: F401 - the fixture


def test_print_styles_let_a_card_break_between_its_sections(ws: Path) -> None:
    css = printed(export("personas/katarzyna.yaml", "--against", "henryk-gotowka"))
    assert re.search(r"\n  \.card \{ break-inside: auto; \}", css)
    assert ".card .sections > section { break-inside: avoid; }" in export("personas/katarzyna.yaml")


@pytest.mark.skipif(CHROMIUM is None or PDFTOTEXT is None, reason="needs Chromium and pdftotext")
def test_against_on_a4_portrait_has_no_page_of_the_title_alone(ws: Path) -> None:
    page = export("personas/katarzyna.yaml", "--against", "henryk-gotowka")
    page = page.replace("</style>", "@media print { @page { size: A4 portrait; } }</style>")
    with tempfile.TemporaryDirectory(prefix="cxkit-print-") as folder:
        html, pdf = Path(folder) / "para.html", Path(folder) / "para.pdf"
        html.write_text(page, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={folder}/profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                        html.as_uri()], capture_output=True, timeout=120, check=False)
        assert pdf.exists(), "Chromium printed nothing"
        text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    first = [line for line in text.split("\f")[0].splitlines() if line.strip()]
    # The title shares page 1 with both cards' beginnings.
    assert len(first) > 5 and any("PERSONA NEGATYWNA" in line for line in first), first
