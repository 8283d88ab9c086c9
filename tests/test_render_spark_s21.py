"""The Markdown export's emotion bars: every level a bar of its own height, the dip from -1 to -2 as
plain as any other step (a claims journey is read for exactly that dip)."""

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
  - id: assessor
    name: Loss assessor visit
    emotion: -1
  - id: drying
    name: Drying out, then repairs
    emotion: 0
  - id: settlement
    name: Settlement offer
    emotion: 1
  - id: back-home
    name: Back home
    emotion: 2
"""

# Heights in eighths of a block of the bars U+2581..U+2588.
EIGHTHS = {chr(0x2580 + n): n for n in range(1, 9)}


def _sparkline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    (tmp_path / "claim.yaml").write_text(CLAIM, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "claim.yaml", "-f", "md")
    assert code == 0, err
    line = next(line for line in out.splitlines() if line.startswith("**Emotion curve:**"))
    return line.split("`")[1].split()


def test_very_negative_and_negative_are_two_eighths_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bars = _sparkline(tmp_path, monkeypatch)
    heights = [EIGHTHS[b] for b in bars]
    assert heights == sorted(heights) and len(set(heights)) == 5
    steps = [b - a for a, b in zip(heights, heights[1:])]
    assert steps[0] == 2  # -2 -> -1: as big a step as 0 -> +1 and +1 -> +2
    assert steps[2] == steps[3] == 2
    assert min(steps) >= 1 and max(steps) == 2


def test_table_cells_use_the_same_bars(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bars = _sparkline(tmp_path, monkeypatch)
    _code, out, _err = render_cli(tmp_path, monkeypatch, "claim.yaml", "-f", "md")
    row = next(line for line in out.splitlines() if line.startswith("| **Emotion**"))
    cells = [c.strip() for c in row.strip("|").split("|")[1:]]
    # The cells write the level in words, without the bar (a screen reader reads "▁" as "lower one
    # eighth block"); the levels are the ones the bars stand for.
    assert [c.split()[0] for c in cells] == ["-2", "-1", "0", "+1", "+2"] and len(bars) == 5
    assert cells[0] == "-2 very negative" and cells[1] == "-1 negative"
