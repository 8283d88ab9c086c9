"""The HTML export's sources table keeps a date whole ("2026-10-" over "14" read as two things) and,
on a wide screen, a source id of a usual length on one line; a long id breaks only at its joints
(tester3 F12). The layout checks run in headless Chromium (skipped where it is not installed) at the
1280-pixel width the tester used, as tests/test_render_html_layout.py does."""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_layout import CHROMIUM, layout_problems, needs_chromium

PERSONA = """\
kind: persona
id: grazyna-leki-online
name: Grażyna Żółkiewska
lang: pl
summary: Emerytka z Lublina, która zamawia leki na receptę w aptece internetowej Zdrowik.
goals:
  - text: Zamawiać leki na receptę co 28 dni bez wychodzenia z domu
    sources: [wywiady-2026-10, ankieta-klientow-apteki-2026-09]
pain_points:
  - text: Kod z SMS-a wygasa, zanim zdąży go przepisać z telefonu
    sources: [wywiady-2026-10, zgloszenia-infolinii-2026-q3]
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 9
    note: Wywiady pogłębione z klientkami 65+ w Lublinie i Radomiu, nagrane za zgodą, transkrypcje w folderze zespołu
    link: https://drive.google.com/drive/folders/1aBcDeFgHiJkLmNoPqRsTuVwXyZ-0123456789?usp=sharing
  - id: ankieta-klientow-apteki-2026-09
    type: survey
    date: 2026-09-30
    n: 1240
    note: Ankieta po zakupie w aplikacji, pytania o kod e-recepty i dostawę do Paczkomatu
  - id: zgloszenia-infolinii-2026-q3
    type: support
    date: 2026-09-01
    n: 312
    note: Zgłoszenia na infolinię z trzeciego kwartału, oznaczone tagiem e-recepta
  - id: badanie-uzytecznosci-aplikacji-zdrowik-na-androidzie-2026-11
    type: other
    date: 2026-11-02
    note: Sześć sesji z czytnikiem ekranu
"""

NEGATIVE = """\
kind: negative-persona
id: lowca-rabatow-apteka
name: Łowca rabatów
lang: pl
reasons:
  - text: Kupuje tylko przy rabacie ponad 30% i porzuca koszyk bez kodu
    sources: [analityka-koszykow-2026-08]
sources:
  - id: analityka-koszykow-2026-08
    type: analytics
    date: 2026-08-31
    n: 18400
    note: Porzucone koszyki z kodem rabatowym w sierpniu, eksport z panelu sklepu internetowego Zdrowik
"""

# Writes, for each cell of a sources table, its column, its text and the text of each line the
# browser laid it on.
_MEASURE = """
<script>
addEventListener('load', () => {
  const found = [];
  for (const td of document.querySelectorAll('table.sources tbody th, table.sources td')) {  // the id heads its row
    // The text of each line the cell was laid on, character by character.
    const pieces = new Map();
    const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = [...range.getClientRects()].find(r => r.width > 0);
        if (!box) continue;
        const line = Math.round(box.bottom);
        pieces.set(line, (pieces.get(line) || '') + node.data[i]);
      }
    }
    found.push([td.cellIndex, td.textContent, [...pieces.keys()].sort((a, b) => a - b).map(k => pieces.get(k))]);
  }
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push([-1, 'the page scrolls sideways', []]);
  const pre = parent.document.createElement('pre');
  pre.id = 'source-cells';
  pre.textContent = JSON.stringify([innerWidth, found]);
  parent.document.body.appendChild(pre);
});
</script>
"""


def source_cells(page: str, width: int) -> list[tuple[int, str, list[str]]]:
    """(column, text, the text of each of its lines) for every cell of the page's sources tables, laid out ``width`` pixels wide."""
    measured = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page).replace("</body>", _MEASURE + "</body>")
    # Headless Chromium lays a window out at least 500 pixels wide: a frame ``width`` wide gives a phone's width.
    outer = (f'<!DOCTYPE html><html><body style="margin:0"><iframe style="border:0;width:{width}px;height:800px" '
             f'srcdoc="{html.escape(measured, quote=True)}"></iframe></body></html>')
    with tempfile.TemporaryDirectory(prefix="cxkit-sources-") as folder:
        target = Path(folder) / "page.html"
        target.write_text(outer, encoding="utf-8")
        dom = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--hide-scrollbars", f"--user-data-dir={folder}/profile", f"--window-size={max(width, 500) + 40},900",
             "--virtual-time-budget=5000", "--dump-dom", target.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )
    match = re.search(r'<pre id="source-cells">(.*?)</pre>', dom.stdout, re.S)
    assert match, f"Chromium did not measure the page (exit {dom.returncode}): {dom.stderr[-400:]}"
    laid_out_at, found = json.loads(html.unescape(match.group(1)))
    assert laid_out_at == width
    return [(column, text, pieces) for column, text, pieces in found]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "grazyna.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "personas" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    return tmp_path


def _html(workspace: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(workspace, monkeypatch, *args, "-f", "html")
    assert code == 0, err
    return out


@needs_chromium
def test_a_cards_sources_keep_dates_and_usual_ids_whole_at_1280_pixels(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _html(workspace, monkeypatch, "personas/grazyna.yaml")
    cells = source_cells(page, 1280)
    dates = {text: len(lines) for column, text, lines in cells if column == 2}
    ids = {text: len(lines) for column, text, lines in cells if column == 0}
    assert dates == {"2026-10-14": 1, "2026-09-30": 1, "2026-09-01": 1, "2026-11-02": 1}
    assert ids["wywiady-2026-10"] == 1
    assert ids["ankieta-klientow-apteki-2026-09"] == 1
    assert ids["zgloszenia-infolinii-2026-q3"] == 1
    # Too long to stay whole beside its note, the long id breaks after a "-", never mid-word.
    long_id = next(lines for column, text, lines in cells
                   if text == "badanie-uzytecznosci-aplikacji-zdrowik-na-androidzie-2026-11")
    assert len(long_id) > 1 and all(piece.endswith("-") for piece in long_id[:-1]), long_id
    assert layout_problems(page) == []


@needs_chromium
@pytest.mark.parametrize("width", [1280, 420])
def test_dates_stay_whole_beside_a_negative_persona_and_on_a_phone_without_the_page_scrolling(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    page = _html(workspace, monkeypatch, "personas/grazyna.yaml", "--against", "personas/lowca.yaml")
    cells = source_cells(page, width)
    assert [(text, len(lines)) for column, text, lines in cells if column == 2] == [
        ("2026-10-14", 1), ("2026-09-30", 1), ("2026-09-01", 1), ("2026-11-02", 1), ("2026-08-31", 1)]
    assert not any(column == -1 for column, _text, _lines in cells), "the page scrolls sideways"
    if width == 1280:  # layout_problems lays the page out 1280 pixels wide
        assert layout_problems(page) == []


def test_the_date_column_never_wraps_and_only_a_long_id_may_break_at_its_joints(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a browser: the markup and the style rules the layout rests on."""
    page = _html(workspace, monkeypatch, "personas/grazyna.yaml")
    assert "table.sources td.date { white-space: nowrap; }" in page
    assert '<td role="cell" class="date" data-label="Data">2026-10-14</td>' in page
    assert '<th role="rowheader" scope="row" class="sid whole"><code>wywiady-2026-10</code></th>' in page
    # An id longer than 32 characters is left to wrap, which the page does at a "-" before cutting a word.
    assert ('<th role="rowheader" scope="row" class="sid"><code>badanie-uzytecznosci-aplikacji-zdrowik-na-androidzie-2026-11'
            '</code></th>') in page
    # Dates and ids are written as they are: no non-breaking hyphen a reader would copy with them.
    assert "\u2011" not in page
