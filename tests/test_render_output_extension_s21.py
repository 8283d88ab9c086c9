"""`render -o claim.pdf` (.docx, .png …): cxkit writes none of those formats, and the text view
in such a file is one its viewer refuses — a usage error that says what to export instead, unless
--format asks for a format by name (written, with a note, as for `-f json -o mapa.html`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

CLAIM = """\
kind: journey
id: escape-of-water
name: Escape of water claim
persona: priya
stages:
  - id: fnol
    name: First notice of loss
    emotion: -2
    pain_points:
      - Hold music for 40 minutes while water came through the ceiling
  - id: repairs
    name: Drying out, then repairs
    emotion: -1
"""


@pytest.fixture()
def claims(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "escape-of-water.yaml").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "exports").mkdir()
    return tmp_path


@pytest.mark.parametrize("name,what,instead", [
    ("claim.pdf", "PDF", "export HTML (-o exports/claim.html) and print it to PDF from the browser"),
    ("claim.PDF", "PDF", "export HTML (-o exports/claim.html) and print it to PDF from the browser"),
    ("claim.docx", "a word-processor document",
     "export HTML (-o exports/claim.html), which Word and LibreOffice open, or Markdown (-o exports/claim.md)"),
    ("claim.png", "bitmap images", "export a journey's emotion curve as SVG (-o exports/claim.svg), which browsers, "
     "PowerPoint, Keynote, Miro and Figma open, and convert that where a bitmap is needed, as in Google Slides "
     "(rsvg-convert, Inkscape, or a screenshot of it in a browser); or export HTML (-o exports/claim.html) for the "
     "whole map"),
    ("claim.xlsx", "a spreadsheet workbook", "export CSV (-o exports/claim.csv), which Excel, Google Sheets and "
     "LibreOffice open and can save as .xlsx"),
])
def test_a_format_cxkit_does_not_write_is_a_usage_error(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                        name: str, what: str, instead: str) -> None:
    code, out, err = render_cli(claims, monkeypatch, "journeys/escape-of-water.yaml", "-o", f"exports/{name}")
    assert (code, out) == (2, "")
    assert err == f"cxkit: -o exports/{name}: cxkit does not write {what}; {instead}\n"
    assert not (claims / "exports" / name).exists()


def test_an_existing_file_is_left_as_it_was(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = claims / "exports" / "claim.pdf"
    target.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    code, _out, _err = render_cli(claims, monkeypatch, "journeys/escape-of-water.yaml", "-o", "exports/claim.pdf")
    assert code == 2
    assert target.read_bytes() == b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


def test_a_format_asked_for_by_name_is_written_with_a_note(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(claims, monkeypatch, "journeys/escape-of-water.yaml", "-f", "html", "-o", "exports/claim.pdf")
    assert (code, out) == (0, "")
    assert err == ("cxkit: -o exports/claim.pdf: writing the HTML export, as --format html asks, though the "
                   "extension .pdf means PDF, which cxkit does not write\n")
    assert '<meta name="generator" content="cxkit render">' in (claims / "exports" / "claim.pdf").read_text(encoding="utf-8")
    code, _out, err = render_cli(claims, monkeypatch, "journeys/escape-of-water.yaml", "-f", "terminal", "-o", "exports/claim.png")
    assert code == 0
    assert err == ("cxkit: -o exports/claim.png: writing the terminal text view, as --format terminal asks, though "
                   "the extension .png means bitmap images, which cxkit does not write\n")
    assert (claims / "exports" / "claim.png").read_text(encoding="utf-8").startswith("╭─ Escape of water claim")


@pytest.mark.parametrize("name", ["claim.txt", "claim", "claim.log"])
def test_other_names_still_get_the_terminal_view(claims: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    code, _out, err = render_cli(claims, monkeypatch, "journeys/escape-of-water.yaml", "-o", f"exports/{name}")
    assert (code, err) == (0, "")
    assert (claims / "exports" / name).read_text(encoding="utf-8").startswith("╭─ Escape of water claim")
