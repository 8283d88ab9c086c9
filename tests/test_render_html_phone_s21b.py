"""The HTML export on a phone: a journey grid's row names wrap between their words, never inside
one ("Usprawnieni" over "a"), in Polish and English, in the shipped examples and in a journey with
every row; they still stay at the left edge while the grid scrolls.

Measured in headless Chromium inside a phone-wide ``<iframe>``, as tests/test_render_html_phone_s21.py
does; skipped where Chromium is not installed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_layout import needs_chromium
from test_render_html_phone_s21 import laid_out

ROOT = Path(__file__).resolve().parent.parent

# Scrolls each journey grid to its far end, then reports for each row name: its text, its left edge
# against the grid's, its width, and each word of it that the browser laid out over more than one
# line (the distinct tops of the word's boxes).
_ROW_WORDS = """
  return [...document.querySelectorAll('.grid-wrap')].map(wrap => {
    wrap.scrollLeft = wrap.scrollWidth;
    const left = wrap.getBoundingClientRect().left;
    return {scrolled: wrap.scrollLeft, names: [...wrap.querySelectorAll('tbody th')].map(th => {
      const text = th.firstChild;
      const broken = [];
      for (const m of text.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size !== 1) broken.push(m[0]);
      }
      const box = th.getBoundingClientRect();
      return [th.textContent, box.left - left, box.width, broken];
    })};
  });
"""


def _stage(i: int, lang: str) -> str:
    if lang == "pl":
        texts = ("Naprawić zalaną kuchnię", "telefon", "Infolinia szkodowa", "Dzwoni na infolinię",
                 "Czy polisa to pokrywa?", "Panika", "Długie czekanie", "Brak statusu", "Miły konsultant",
                 "Oddzwonienie po 5 minutach", "Czas do wypłaty")
    else:
        texts = ("Get the kitchen dried", "phone", "Claims hotline", "Calls the hotline",
                 "Does my policy cover this?", "Panic", "Long wait", "No status", "Kind agent",
                 "Call back after 5 minutes", "Days to payout")
    goal, channel, where, doing, thinking, feeling, barrier, pain, love, action, metric = texts
    return (f"  - id: s{i}\n    name: Stage {i}\n    goal: {goal}\n    touchpoints:\n      - channel: {channel}\n"
            f"        description: {where}\n    doing: {doing}\n    thinking: {thinking}\n    feeling: {feeling}\n"
            f"    emotion: -1\n    barriers:\n      - {barrier}\n    pain_points:\n      - {pain}\n"
            f"    love_points:\n      - {love}\n    metrics:\n      - {metric}\n"
            f"    opportunities:\n      - action: {action}\n        owner: Contact center\n        due: 2027-03-31\n")


def _journey(lang: str) -> str:
    return (f"kind: journey\nid: szkoda-{lang}\nname: Water damage claim\npersona: anna\nlang: {lang}\nstages:\n"
            + "".join(_stage(i, lang) for i in range(1, 6)))


def _page(cwd: Path, monkeypatch: pytest.MonkeyPatch, path: str) -> str:
    code, out, err = render_cli(cwd, monkeypatch, path, "-f", "html")
    assert code == 0, err
    return out


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    for lang in ("pl", "en"):
        (tmp_path / "journeys" / f"{lang}.yaml").write_text(_journey(lang), encoding="utf-8")
    return tmp_path


def _no_word_broken(measured: dict, expected: list[str]) -> list:
    assert not measured["pageScrolls"]
    [grid] = measured["extra"]
    names = grid["names"]
    assert [name for name, *_ in names] == expected
    assert [(name, broken) for name, _left, _width, broken in names if broken] == []
    return names


PL_ROWS = ["Cel", "Punkty styku", "Działania", "Myśli", "Odczucia", "Emocje", "Bariery", "Problemy", "Zachwyty",
           "Mierniki", "Usprawnienia"]
EN_ROWS = ["Goal", "Touchpoints", "Doing", "Thinking", "Feeling", "Emotion", "Barriers", "Pain points",
           "Love points", "Metrics", "Opportunities"]


@needs_chromium
@pytest.mark.parametrize("width", [360, 400])
@pytest.mark.parametrize(("lang", "rows"), [("pl", PL_ROWS), ("en", EN_ROWS)])
def test_on_a_phone_no_row_name_of_a_journey_breaks_inside_a_word(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, lang: str, rows: list[str], width: int) -> None:
    measured = laid_out(_page(workspace, monkeypatch, f"journeys/{lang}.yaml"), width, _ROW_WORDS)
    names = _no_word_broken(measured, rows)
    [grid] = measured["extra"]
    assert grid["scrolled"] > 500  # five stages of 11rem: the grid scrolls
    # Scrolled to the last stage, the row names are still at the grid's left edge, and they leave the
    # stage beside them most of a 360-pixel phone: the column is at most 9rem.
    assert all(abs(left) < 1 and width <= 9 * 16 for _name, left, width, _broken in names), names


@needs_chromium
@pytest.mark.parametrize(("example", "rows"), [
    ("examples/pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml", PL_ROWS),
    ("examples/en/journeys/dan-switches-invoicing.yaml", EN_ROWS),
])
def test_on_a_phone_the_shipped_example_journeys_keep_their_row_names_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example: str, rows: list[str]) -> None:
    folder = (ROOT / example).parent.parent
    shutil.copytree(folder, tmp_path / "ex")
    page = _page(tmp_path / "ex", monkeypatch, str(Path(example).relative_to(folder.relative_to(ROOT))))
    _no_word_broken(laid_out(page, 360, _ROW_WORDS), rows)


@needs_chromium
def test_on_a_phone_short_row_names_keep_the_narrow_column(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a grid whose row names are all short words keeps 7.5rem on a phone, 9.5rem on a wide screen."""
    (workspace / "journeys" / "krotki.yaml").write_text(
        "kind: journey\nid: krotki\nname: Krótki\npersona: anna\nlang: pl\nstages:\n"
        + "".join(f"  - id: e{i}\n    name: Etap {i}\n    emotion: 1\n    doing: Porównuje ceny w trzech sklepach\n"
                  for i in range(1, 6)), encoding="utf-8")
    page = _page(workspace, monkeypatch, "journeys/krotki.yaml")
    assert "--row-names" not in page.split('class="journey"', 1)[1].split(">", 1)[0]
    names = _no_word_broken(laid_out(page, 360, _ROW_WORDS), ["Działania", "Emocje"])
    assert all(abs(width - 7.5 * 16) < 1 for _name, _left, width, _broken in names), names
    [grid] = laid_out(page, 700, _ROW_WORDS)["extra"]
    assert all(abs(width - 9.5 * 16) < 1 for _name, _left, width, _broken in grid["names"]), grid


def test_the_row_names_column_is_sized_for_the_longest_word_it_shows(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a browser: the width the phone layout rests on, per language and rows shown."""
    def style(path: str) -> str:
        page = _page(workspace, monkeypatch, path)
        return page.split('<table class="journey" style="', 1)[1].split('"', 1)[0]

    pl, en = style("journeys/pl.yaml"), style("journeys/en.yaml")
    assert pl.startswith("--stages: 5; --row-names: ") and en.startswith("--stages: 5; --row-names: ")
    for value in (pl, en):
        rem = float(value.rsplit(": ", 1)[1].removesuffix("rem"))
        assert 8.0 <= rem <= 9.0, value
