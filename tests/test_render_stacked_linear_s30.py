"""`--layout stacked`, the screen-reader view, is plain lines: no frame, no chart.

A screen reader reads a frame's border as "vertical line" on every line and the emotion chart as
box drawings before its text equivalent. The stacked view gives the journey's facts one a line,
the curve as its legend line (`Emotion curve: 1 Need (-1), …`) and each stage under a heading
(`Stage 1 of 3: Need (need)`); persona cards and `--against` likewise. A dumb terminal (TERM=dumb,
Emacs and Emacspeak) gets it by default. `--layout panels` keeps the framed panels and the chart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli
from terminal_helpers import render_on_a_terminal

BOX = re.compile(r"[│┃╭╮╰╯┏┓┗┛─━┄┼●→]")

JOURNEY = """\
kind: journey
id: zaneta-sklada-wniosek-o-kredyt
name: "Żaneta applies for a mortgage online"
lang: en
owner: "CX team – Bartek Nowak"
persona: zaneta-lecka
goal: "Submit a mortgage application online without visiting a branch"
reviewed: 2026-11-30
stages:
  - id: need
    name: Need
    touchpoints:
      - channel: letter
        description: "Landlord's letter: the lease ends in March 2027"
    doing: "Reads the letter with a scanner app"
    thinking: "Czy zdążę przed marcem?"
    feeling: "Worried"
    emotion: -1
    barriers:
      - "No time estimate anywhere"
    opportunities:
      - action: "Publish a timeline of the mortgage process in plain language"
        owner: "Web team"
        due: 2027-01-31
        status: planned
  - id: finding-out
    name: Finding out
    doing: "Tabs through the calculator"
    emotion: -2
  - id: outcome
    name: Outcome
    feeling: "Relieved and proud"
    emotion: 2
"""

NEGATIVE = """\
kind: negative-persona
id: grzegorz-wisniewski
name: "Grzegorz Wiśniewski"
lang: pl
summary: "Inwestor z Warszawy, który kupuje piąte mieszkanie na wynajem."
reasons:
  - text: "Procedura 21 dni jest dla niego za długa"
    sources: [wywiady]
substitutes:
  - text: "Broker Expander"
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    note: "4 wywiady z inwestorami, 2026-09"
reviewed: 2026-11-30
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "kredyt.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "personas" / "grzegorz.yaml").write_text(NEGATIVE, encoding="utf-8")
    return tmp_path


def test_a_stacked_journey_has_no_frame_and_no_chart(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/kredyt.yaml", "--layout", "stacked", columns=60)
    assert (code, err) == (0, "")
    assert not BOX.search(out), out
    lines = [line.rstrip() for line in out.splitlines()]
    curve = lines.index("Emotion curve: 1 Need (-1), 2 Finding out (-2),")
    assert lines[curve + 1] == "               3 Outcome (+2)"  # a stage never splits from its level
    stage = lines.index("Stage 1 of 3: Need (need)")
    assert curve < stage  # the curve's words come before the stages, as the chart did
    assert lines[stage + 1:stage + 8] == [
        "Touchpoints:",
        "• letter: Landlord's letter: the lease ends in March 2027",
        "Doing: Reads the letter with a scanner app",
        "Thinking: Czy zdążę przed marcem?",
        "Feeling: Worried",
        "Emotion: -1 negative",
        "Barriers:",
    ]
    assert "  Web team, due 2027-01-31, planned" in lines
    check_snapshot("s30-stacked-linear-journey-en-60", out)


def test_a_stacked_negative_persona_says_its_kind_in_words_without_a_frame(ws: Path, monkeypatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "personas/grzegorz.yaml", "--layout", "stacked", columns=100)
    assert (code, err) == (0, "")
    assert not BOX.search(out), out
    assert out.splitlines()[:2] == ["Grzegorz Wiśniewski", "persona negatywna, grzegorz-wisniewski"]


def test_panels_keep_the_framed_stages_and_the_chart(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the framed stacked view a narrow terminal shows stays, by name."""
    code, out, err = render_cli(ws, monkeypatch, "journeys/kredyt.yaml", "--layout", "panels", columns=60)
    assert (code, err) == (0, "")
    assert "╭─ 1/3 · Need ─" in out and "╭─ Emotion curve ─" in out
    assert out == render_cli(ws, monkeypatch, "journeys/kredyt.yaml", columns=60)[1]  # what auto picks here


def test_a_dumb_terminal_gets_the_stacked_view_by_default(ws: Path) -> None:
    lines = render_on_a_terminal(ws, ["journeys/kredyt.yaml"], {"TERM": "dumb", "COLUMNS": "60"})
    assert "Stage 1 of 3: Need (need)" in [line.rstrip() for line in lines]
    assert not any(BOX.search(line) for line in lines)
