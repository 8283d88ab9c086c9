"""The HTML export on a phone (360-400 pixels): a persona's sources and a folder's overview read
without sideways scrolling — each row of those tables becomes a card of its own, its values beside
their column's name — while a wide screen keeps the tables.

Headless Chromium will not lay a window out narrower than 500 pixels, so the page is measured inside
an ``<iframe>`` as wide as the phone: its media queries and its layout see the phone's width.
Skipped where Chromium is not installed, as tests/test_render_html_layout.py is.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_layout import CHROMIUM, needs_chromium
from test_render_html_sources_s20b import NEGATIVE, PERSONA

JOURNEY = """\
kind: journey
id: grazyna-zamawia-leki
name: Grażyna zamawia leki na receptę
persona: grazyna-leki-online
lang: pl
stages:
  - id: wyszukanie
    name: Wyszukanie
    emotion: 1
    doing: Wpisuje kod e-recepty 🙏
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 9
    note: Wywiady pogłębione z klientkami 65+ w Lublinie i Radomiu
"""

# Run inside the framed page: what a reader of the phone would have to scroll to, and each table
# cell's box, reported to the frame's parent (whose DOM --dump-dom prints).
_MEASURE = """
<script>
addEventListener('load', () => {
  const root = document.documentElement;
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; };
  // A row's header cell (its source id, its document) is one of its cells here, in the row's order.
  const cells = [...document.querySelectorAll('table.sources tbody th, table.sources td, table.overview tbody th, table.overview td')].map(td => ({
    table: td.closest('table').className, column: td.cellIndex, text: td.textContent, box: box(td),
    shown: getComputedStyle(td).display !== 'none'}));
  const tables = [...document.querySelectorAll('table.sources, table.overview')].map(t => ({
    table: t.className, box: box(t), scrolls: t.scrollWidth > t.clientWidth + 1,
    wrapScrolls: t.parentElement.scrollWidth > t.parentElement.clientWidth + 1,
    head: getComputedStyle(t.querySelector('thead')).display !== 'none'}));
  const extra = (() => { /*EXTRA*/ })();
  const out = {width: innerWidth, pageScrolls: root.scrollWidth > root.clientWidth, cells, tables, extra};
  const pre = parent.document.createElement('pre');
  pre.id = 'phone';
  pre.textContent = JSON.stringify(out);
  parent.document.body.appendChild(pre);
});
</script>
"""


def laid_out(page: str, width: int, extra: str = "") -> dict:
    """The page laid out ``width`` pixels wide (in a frame that wide), as ``_MEASURE`` reports it;
    ``extra``: the body of a script function whose result is reported as ``extra``."""
    script = _MEASURE.replace("/*EXTRA*/", extra)
    framed = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page).replace("</body>", script + "</body>")
    outer = (f'<!DOCTYPE html><html><body style="margin:0"><iframe style="border:0;width:{width}px;height:800px" '
             f'srcdoc="{html.escape(framed, quote=True)}"></iframe></body></html>')
    with tempfile.TemporaryDirectory(prefix="cxkit-phone-") as folder:
        target = Path(folder) / "outer.html"
        target.write_text(outer, encoding="utf-8")
        dom = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--hide-scrollbars", f"--user-data-dir={folder}/profile", "--window-size=1000,900",
             "--virtual-time-budget=5000", "--dump-dom", target.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )
    match = re.search(r'<pre id="phone">(.*?)</pre>', dom.stdout, re.S)
    assert match, f"Chromium did not measure the page (exit {dom.returncode}): {dom.stderr[-400:]}"
    measured = json.loads(html.unescape(match.group(1)))
    assert measured["width"] == width  # the frame, not the window, set the width
    return measured


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")  # its own workspace: no persona of another test
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "grazyna.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "personas" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    (tmp_path / "journeys" / "leki.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def _html(workspace: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(workspace, monkeypatch, *args, "-f", "html")
    assert code == 0, err
    return out


def _readable_without_scrolling(measured: dict, table: str) -> None:
    """Every shown cell of the ``table`` tables lies inside the phone's width, and no table scrolls."""
    width = measured["width"]
    assert not measured["pageScrolls"], "the page scrolls sideways"
    tables = [t for t in measured["tables"] if t["table"] == table]
    assert tables and not any(t["scrolls"] or t["wrapScrolls"] for t in tables), tables
    outside = [(c["text"][:40], c["box"]) for c in measured["cells"]
               if c["table"] == table and c["shown"] and (c["box"][0] < 0 or c["box"][1] > width)]
    assert outside == []


@needs_chromium
@pytest.mark.parametrize("width", [360, 400])
def test_a_personas_sources_read_as_cards_on_a_phone(workspace: Path, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    measured = laid_out(_html(workspace, monkeypatch, "personas/grazyna.yaml"), width)
    _readable_without_scrolling(measured, "sources")
    cells = [c for c in measured["cells"] if c["table"] == "sources"]
    table_left, table_right = measured["tables"][0]["box"][:2]
    # A note gets the card's whole width: a line of some forty characters, not a 12rem column off-screen.
    notes = [c for c in cells if c["column"] == 5]
    assert len(notes) == 4 and all(c["box"][1] - c["box"][0] >= 0.95 * (table_right - table_left) for c in notes)
    # A row's values stand one under the other, in the order of the columns, the id first.
    first_row = [c for c in cells[:6] if c["shown"]]
    tops = [c["box"][2] for c in first_row]
    assert tops == sorted(tops) and len(set(tops)) == len(tops), first_row
    assert first_row[0]["text"] == "wywiady-2026-10"
    # A date is still one line (about one line high), and a source without `n` shows no empty line for it.
    dates = [c for c in cells if c["column"] == 2]
    assert all(c["box"][3] - c["box"][2] < 30 for c in dates), dates
    assert [c["shown"] for c in cells if c["column"] == 3] == [True, True, True, False]


@needs_chromium
def test_sources_beside_a_negative_persona_and_in_a_journey_read_on_a_phone(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _readable_without_scrolling(
        laid_out(_html(workspace, monkeypatch, "personas/grazyna.yaml", "--against", "personas/lowca.yaml"), 375), "sources")
    _readable_without_scrolling(laid_out(_html(workspace, monkeypatch, "journeys/leki.yaml"), 375), "sources")


@needs_chromium
@pytest.mark.parametrize("width", [360, 400])
def test_a_folder_overview_does_not_make_the_page_scroll_sideways_on_a_phone(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    measured = laid_out(_html(workspace, monkeypatch, "."), width)
    _readable_without_scrolling(measured, "overview")
    cells = [c for c in measured["cells"] if c["table"] == "overview"]
    # A persona has no stages nor opportunities, a journey no traits: on a card, no "–" line stands for them.
    dashes = [c for c in cells if c["text"] == "–"]
    assert len(dashes) == 5 and not any(c["shown"] for c in dashes), dashes


@needs_chromium
def test_on_a_wide_screen_the_sources_and_the_overview_stay_tables(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the cards are for phones only."""
    measured = laid_out(_html(workspace, monkeypatch, "."), 1280)
    assert not measured["pageScrolls"]
    assert all(t["head"] and not t["scrolls"] and not t["wrapScrolls"] for t in measured["tables"])
    first = [c for c in measured["cells"] if c["table"] == "sources"][:6]
    assert len({round(c["box"][2]) for c in first}) == 1, "a source's values share one row"
    row = [c for c in measured["cells"] if c["table"] == "overview"][:8]
    assert len({round(c["box"][2]) for c in row}) == 1, "a document's values share one row"


def test_each_cell_names_its_column_for_the_phone_layout(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a browser: the markup the phone layout rests on."""
    page = _html(workspace, monkeypatch, "personas/grazyna.yaml")
    assert ('<td role="cell" data-label="Rodzaj">wywiad</td><td role="cell" class="date" data-label="Data">2026-10-14</td>'
            '<td role="cell" class="num" data-label="n">9</td><td role="cell" class="num" data-label="cytowane">2</td>'
            '<td role="cell" class="note" data-label="Uwagi">Wywiady pogłębione') in page
    overview = _html(workspace, monkeypatch, ".")
    assert '<div class="table-wrap"><table role="table" class="overview">' in overview
    assert '<td role="cell" class="num none" data-label="Etapy">–</td>' in overview  # a persona's stages
    assert '<td role="cell" class="file" data-label="Plik"><code>personas/grazyna.yaml</code></td>' in overview


# Scrolls each journey grid to its far end, then reports where its row names are.
_ROW_NAMES = """
  return [...document.querySelectorAll('.grid-wrap')].map(wrap => {
    wrap.scrollLeft = wrap.scrollWidth;
    const left = wrap.getBoundingClientRect().left;
    return {scrolled: wrap.scrollLeft, names: [...wrap.querySelectorAll('tbody th')].map(th => {
      const box = th.getBoundingClientRect();
      return [th.textContent, box.left - left, box.width, th.scrollWidth > th.clientWidth];
    })};
  });
"""

STAGES = """\
kind: journey
id: zakup-roweru
name: Zakup roweru cargo
persona: grazyna-leki-online
lang: pl
stages:
""" + "".join(f"  - id: etap-{i}\n    name: Etap {i}\n    emotion: 1\n    doing: Porównuje ceny rowerów cargo w trzech sklepach\n"
              "    opportunities:\n      - action: Jazda próbna z dziećmi w sobotę\n" for i in range(1, 6))


@needs_chromium
def test_on_a_phone_a_journeys_row_names_stay_at_the_left_edge_as_the_grid_scrolls(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "journeys" / "rower.yaml").write_text(STAGES, encoding="utf-8")
    measured = laid_out(_html(workspace, monkeypatch, "journeys/rower.yaml"), 360, _ROW_NAMES)
    assert not measured["pageScrolls"]
    [grid] = measured["extra"]
    assert grid["scrolled"] > 500  # five stages of 11rem: the grid does scroll
    names = [name for name, *_ in grid["names"]]
    assert names == ["Działania", "Emocje", "Usprawnienia"]
    # Scrolled to the last stage, every row's name is still at the left edge, at most 9rem wide (7.5rem,
    # or what "Usprawnienia" needs whole: words broken inside are checked in test_render_html_phone_s21b.py).
    assert all(abs(left) < 1 and width <= 9 * 16 and not cut for _name, left, width, cut in grid["names"]), grid


@needs_chromium
def test_on_a_wide_screen_the_row_names_scroll_with_the_grid_as_before(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: 9.5rem row names, not held at the edge, from 641 pixels up."""
    (workspace / "journeys" / "rower.yaml").write_text(STAGES, encoding="utf-8")
    measured = laid_out(_html(workspace, monkeypatch, "journeys/rower.yaml"), 700, _ROW_NAMES)
    [grid] = measured["extra"]
    assert grid["scrolled"] > 0
    assert all(left < -1 and abs(width - 9.5 * 16) < 1 for _name, left, width, _cut in grid["names"]), grid
