"""The HTML export of a team that prints, commits and links its maps (tester 7: F1, F3, F4, F6, F7).

- F1: printing a 25-stage journey gave one squeezed table (words broken letter by letter, a row a
  page) on A4 forced by `@page { size: A4 landscape }`. A journey of more than 7 stages now comes in
  parts ("Stages 1–7 of 25"), each with its curve and its row names; the page is only landscape.
- F3: the grid and the curve were one line each (12-27 KB): a one-word change rewrote them.
- F4: a `--stage` export did not say it was a part, and its curve joined stage 12 to stage 22.
- F6: dates broke at their hyphens ("due 2027-02-" over "15").
- F7: no anchor per stage.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_layout import needs_chromium
from test_render_html_phone_s21 import laid_out

EMOTIONS = [0, 1, 0, -1, -2, 0, -1, -1, 1, -2, 0, -2, 2, 2, 0, -1, 1, 0, 1, 0, -1, 1, 0, 1, 2]
NAMES = {1: "Awareness", 2: "Consideration", 3: "Pricing page", 6: "First login", 7: "Company data (NIP)",
         12: "KSeF connection", 13: "First invoice sent", 22: "Purchase", 25: "Renewal"}


def onboarding() -> str:
    lines = ["kind: journey", "id: invoice-onboarding", "name: Accounting office onboarding", "lang: en",
             "persona: marta-biuro-rachunkowe", "stages:"]
    for n, emotion in enumerate(EMOTIONS, 1):
        lines += [f"  - id: step-{n}", f"    name: {NAMES.get(n, f'Onboarding step {n}')}",
                  f"    goal: Get through step {n} in under {n + 1} minutes without calling support (NPS 31 -> 45)",
                  f"    doing: Marta clicks through step {n} of 25, pastes her NIP 727-274-84-90 and compares "
                  "the EUR 49/mo plan",
                  f"    thinking: Why does step {n} ask me again? If this takes 3-5 dni like last time, I am out.",
                  f"    emotion: {emotion}"]
        if emotion < 0:
            lines += ["    opportunities:", f"      - action: Cut step {n} wait to under 1 day",
                      "        owner: Onboarding squad (Ania)", "        due: 2027-02-15", "        status: planned"]
    return "\n".join(lines) + "\n"


CHURN = """\
kind: journey
id: tomasz-rezygnuje
name: Tomasz rezygnuje z subskrypcji
lang: pl
persona: marta-biuro-rachunkowe
reviewed: 2026-11-02
stages:
  - id: frustracja
    name: Frustracja
    doing: Próbuje wystawić fakturę w piwnicy
    emotion: -2
    opportunities:
      - action: Tryb offline z kolejką faktur do KSeF
        owner: Zespół mobilny (Kasia Nowak-Wiśniewska)
        due: 2027-03-31
        status: in-progress
  - id: rezygnacja
    name: Rezygnacja
    doing: Anuluje plan za 49 zł miesięcznie; termin wypowiedzenia mija 2027-01-31
    emotion: -1
  - id: powrot
    name: Powrót po pół roku
    doing: Wraca, bo jest tryb offline
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    (tmp_path / "journeys" / "onboarding.yaml").write_text(onboarding(), encoding="utf-8")
    (tmp_path / "journeys" / "churn.yaml").write_text(CHURN, encoding="utf-8")
    return tmp_path


def html(ws: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(ws, monkeypatch, *args, "-f", "html")
    assert code == 0, err
    return out


def heads(table: str) -> list[str]:
    return re.findall(r'<th scope="col"[^>]*>.*?</th>', table)


# --- F1: printing -------------------------------------------------------------------------------

def test_print_css_leaves_the_paper_to_the_reader(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/onboarding.yaml")
    printed = page[page.index("@media print"):]
    assert "@page { size: landscape; margin: 10mm; }" in printed
    assert "size: A4" not in page and "size: A3" not in page


def test_a_long_journey_comes_in_parts_with_their_own_curve_and_row_names(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/onboarding.yaml")
    titles = re.findall(r'<section class="stage-part">\n<h2 class="sub">([^<]*)</h2>', page)
    assert titles == ["Stages 1–7 of 25", "Stages 8–13 of 25", "Stages 14–19 of 25", "Stages 20–25 of 25"]
    tables = re.findall(r'<table class="journey".*?</table>', page, re.S)
    assert [len(heads(t)) for t in tables] == [7, 6, 6, 6]
    assert page.count("<svg ") == 5  # the whole journey's curve over the parts' (session 31), then one a part
    assert page.index('<figure class="curve whole">') < page.index('<section class="stage-part">')
    for table in tables:  # every part names every row, the ones empty in it too
        assert re.findall(r'<th scope="row">([^<]*)</th>', table) == ["Goal", "Doing", "Thinking", "Emotion",
                                                                    "Opportunities"]


def test_seven_stages_stay_one_grid(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a journey of up to 7 stages is one curve over one grid, as before."""
    page = html(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "1,2,3,4,5,6,7")
    assert "stage-part" not in page.replace(".stage-part", "")
    assert page.count("<svg ") == 1 and page.count('<table class="journey"') == 1


@needs_chromium
def test_printed_on_a4_landscape_no_word_breaks_inside(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print styles applied on a page as wide as A4 landscape's printable width (277 mm, 1047
    pixels): no word of a stage's head or cell is laid out over two lines."""
    page = html(ws, monkeypatch, "journeys/onboarding.yaml").replace("@media print {", "@media all {")
    measured = laid_out(page, 1047, _BROKEN_WORDS)
    assert measured["extra"]["cells"] > 100
    assert measured["extra"]["broken"] == []


# Each word (a run of letters) of the journey grids' cells that the browser laid out over more than one line.
_BROKEN_WORDS = """
  const broken = [];
  let cells = 0;
  for (const cell of document.querySelectorAll('table.journey th, table.journey td')) {
    cells++;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const m of text.data.matchAll(/[A-Za-z]{2,}/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return {cells, broken: broken.slice(0, 20)};
"""


# --- F3: a line an element ----------------------------------------------------------------------

def test_a_one_word_change_in_one_stage_is_a_small_diff(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = html(ws, monkeypatch, "journeys/onboarding.yaml")
    again = html(ws, monkeypatch, "journeys/onboarding.yaml")
    assert again == before  # byte-stable
    source = ws / "journeys" / "onboarding.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("Why does step 12 ask me again?",
                                                                 "Why does step 12 ask me AGAIN?"), encoding="utf-8")
    after = html(ws, monkeypatch, "journeys/onboarding.yaml")
    changed = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 2, changed
    assert sum(map(len, changed)) < 400
    assert max(map(len, after.splitlines())) < 1500  # no line holds a grid or a curve


def test_rows_cells_and_curve_elements_are_lines_of_their_own(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/churn.yaml")
    lines = page.splitlines()
    assert "<tr><th scope=\"row\">Działania</th>" in lines
    assert "<td>Próbuje wystawić fakturę w piwnicy</td>" in lines
    assert sum(line.startswith("<circle ") for line in lines) == 3


# --- F4: a part of the journey ------------------------------------------------------------------

def test_a_stage_export_says_which_stages_of_how_many(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "12,22")
    assert '<p class="partial">Selected stages: 12, 22 of 25; the others are left out</p>' in page
    polish = html(ws, monkeypatch, "journeys/churn.yaml", "--stage", "frustracja,powrot")
    assert '<p class="partial">Wybrane etapy: 1, 3 z 3; pozostałe pominięto</p>' in polish


def test_the_curve_is_not_drawn_across_stages_left_out(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "3,4,12,22")
    paths = re.findall(r'<path d="([^"]*)"', page)
    assert len(paths) == 1 and paths[0].count("L") == 1  # 3 to 4 only; 12 and 22 are points of their own
    gaps = re.findall(r'<g class="gap"><title>([^<]*)</title>', page)
    assert gaps == ["stages left out: 5–11", "stages left out: 13–21"]


def test_neighbouring_stages_are_one_line(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the whole journey, and stages picked side by side, draw one line and no gap."""
    page = html(ws, monkeypatch, "journeys/churn.yaml")
    assert len(re.findall(r'<path d="([^"]*)"', page)) == 1 and 'class="gap"' not in page
    assert 'class="partial"' not in page


# --- F6: dates ----------------------------------------------------------------------------------

def test_dates_never_break(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/churn.yaml")
    assert ('<span class="opp-meta">Zespół mobilny (Kasia Nowak-Wiśniewska) · do <span class="date">2027-03-31</span>'
            in page)
    assert 'termin wypowiedzenia mija <span class="date">2027-01-31</span>' in page
    assert 'Ostatni przegląd: <span class="date">2026-11-02</span>' in page
    assert ".date { white-space: nowrap; }" in page
    overview = html(ws, monkeypatch, ".")
    assert '<td role="cell" data-label="Reviewed"><span class="date">2026-11-02</span></td>' in overview


# --- F7: a stage's anchor -----------------------------------------------------------------------

def test_every_stage_has_an_anchor_and_a_link_to_it(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, "journeys/onboarding.yaml")
    assert ('<th scope="col" id="journey-invoice-onboarding-stage-step-12"><a class="stage-link" '
            'href="#journey-invoice-onboarding-stage-step-12" title="Link to this stage" '
            'aria-label="Link to this stage: 12. KSeF connection">12.</a> KSeF connection'
            in page)
    ids = re.findall(r' id="([^"]*)"', page)
    assert len(ids) == len(set(ids))
    assert sum("-stage-" in i for i in ids) == 25


def test_stage_anchors_in_a_folder_export_are_each_journeys_own(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = html(ws, monkeypatch, ".")
    ids = re.findall(r' id="([^"]*)"', page)
    assert len(ids) == len(set(ids))
    assert "journey-tomasz-rezygnuje-stage-powrot" in ids and "journey-invoice-onboarding-stage-step-1" in ids
    for link in re.findall(r'href="#([^"]*-stage-[^"]*)"', page):
        assert link in ids
