"""The SVG export's advice names only programs that insert an SVG: Google Slides inserts bitmaps
(PNG, JPEG, GIF) only, so it is named where the curve has to be converted first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_the_bitmap_refusal_sends_google_slides_to_a_conversion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "mapa.yaml").write_text("kind: journey\nid: mapa\nname: Mapa\nstages:\n  - id: a\n    name: A\n    emotion: 1\n",
                                        encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "mapa.yaml", "-o", "mapa.png"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    opens = re.search(r"which (.*?) open", message).group(1)
    assert "Google Slides" not in opens and "PowerPoint" in opens
    assert "where a bitmap is needed, as in Google Slides" in message


@pytest.mark.parametrize("page", ["render.md", "researchers-path.md"])
def test_the_docs_do_not_say_google_slides_takes_the_svg(page: str) -> None:
    text = " ".join((DOCS / page).read_text(encoding="utf-8").split())
    for said in re.findall(r"[^.]*\bSVG\b[^.]*Google Slides[^.]*|[^.]*\.svg[^.]*Google Slides[^.]*", text):
        assert re.search(r"Google Slides (and most e-mail bodies )?takes? only bitmaps|as in Google Slides", said), said
