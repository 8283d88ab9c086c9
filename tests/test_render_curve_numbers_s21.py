"""The stacked layout's emotion curve of a long journey: the stage numbers under the chart never run
together (from stage 100 on, at three columns a stage, only every 2nd is numbered), each number
stands under its stage's dot, and the legend sets each stage's level apart from a name that ends
in a number ("Visit 2 (0)", not "Visit 2 0")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxkit.render.curve import x_axis
from snapshot_helpers import check_snapshot, render_cli


def _journey(count: int) -> str:
    lines = ["kind: journey", "id: contractor-visits", "name: Escape of water - contractor visits",
             "persona: priya", "stages:"]
    for i in range(1, count + 1):
        lines += [f"  - id: visit-{i}", f"    name: Contractor visit {i}", f"    emotion: {(i % 5) - 2}"]
    return "\n".join(lines) + "\n"


def _curve(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "Emotion curve" in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("╰"))
    return lines[start + 1:end]


@pytest.mark.parametrize("columns", [40, 80, 120, 200])
def test_numbers_stand_apart_under_their_dots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    (tmp_path / "visits.yaml").write_text(_journey(200), encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "visits.yaml", columns=columns)
    assert (code, err) == (0, "")
    curve = _curve(out)
    axis_rows = [i for i, line in enumerate(curve) if re.fullmatch(r"│ +[\d ]+│", line)]
    assert axis_rows
    seen: list[int] = []
    for row in axis_rows:
        numbers = [(int(m.group()), m.start(), m.end()) for m in re.finditer(r"\d+", curve[row])]
        assert all(n <= 200 for n, _s, _e in numbers), curve[row]  # none glued into a bigger one
        assert all(b_start > a_end for (_a, _s, a_end), (_b, b_start, _e) in zip(numbers, numbers[1:]))
        steps = {b - a for (a, _s, _e), (b, _s2, _e2) in zip(numbers, numbers[1:])}
        assert len(steps) <= 1, curve[row]  # evenly numbered within a chart row
        for number, start, end in numbers:
            # The number's middle column (the left one of two) is its stage's: the dot is there.
            column = start + (end - start - 1) // 2
            assert any(curve[r][column] == "●" for r in range(row - 5, row)), (number, curve[row])
        seen += [n for n, _s, _e in numbers]
    assert seen == sorted(seen) and seen[-1] >= 199
    assert {1, 2, 3, 50, 98}.issubset(seen)  # below 100 every stage keeps its number where they fit


def test_the_legend_brackets_each_level(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "visits.yaml").write_text(_journey(4), encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "visits.yaml", "--layout", "panels", columns=100)
    assert (code, err) == (0, "")
    curve = _curve(out)
    start = next(i for i, line in enumerate(curve) if line.startswith("│ 1 "))
    assert curve[start:] == [
        "│ 1 Contractor visit 1 (-1)  2 Contractor visit 2 (0)  3 Contractor visit 3 (+1)                   │",
        "│ 4 Contractor visit 4 (+2)                                                                        │",
    ]


def test_x_axis_numbers_every_second_stage_from_100_at_three_columns() -> None:
    assert x_axis(6, 3, first=97) == "    98   100   102"
    assert x_axis(10, 3) == " 1  2  3  4  5  6  7  8  9  10"  # as before
    assert x_axis(4, 4, first=100) == " 100 101 102 103"  # four columns leave a space between them
    # Stages picked with --stage are numbered by place when they are not consecutive.
    assert x_axis(4, 3, numbers=[100, 150, 151, 199]) == "100   151"


def test_snapshot_of_120_stages_at_80_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "visits.yaml").write_text(_journey(120), encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "visits.yaml", columns=80)
    assert (code, err) == (0, "")
    check_snapshot("s21-curve-120-stages-80", "\n".join(_curve(out)[:60]) + "\n")
