"""A journey's goal in the terminal header: its further lines start under its first (review4 R4-7).

A goal written as a `|` block keeps its author's lines since 625a388; the second line started at
the panel's left edge, under "Goal:", and read as a line of its own.
"""

from __future__ import annotations

import pytest

from snapshot_helpers import render_cli

JOURNEY = """\
kind: journey
id: {id}
name: {name}
lang: {lang}
persona: dan
goal: |
  {first}
  {second}
stages:
  - id: awareness
    name: {stage}
    touchpoints: [google]
    emotion: 0
"""

CASES = {
    "en": dict(id="dan-buys", name="Dan buys a boiler", lang="en", first="Replace the boiler before winter.",
               second="Pay in instalments.", stage="Awareness", label="Goal: "),
    "pl": dict(id="dan-kupuje", name="Dan kupuje kocioł", lang="pl", first="Wymienić kocioł przed zimą.",
               second="Zapłacić w ratach.", stage="Świadomość", label="Cel: "),
}


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("columns", [60, 100])
def test_a_goals_second_line_starts_under_its_first(tmp_path, monkeypatch, lang, columns):
    case = CASES[lang]
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "j.yaml").write_text(JOURNEY.format(**case), encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "j.yaml", columns=columns)
    assert code == 0, err
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if case["label"] + case["first"] in line)
    assert lines[first + 1].startswith("│ " + " " * len(case["label"]) + case["second"]), lines[first + 1]
    assert all(len(line) == columns for line in lines if line.startswith(("│", "╭", "╰")))


def test_a_long_one_line_goal_wraps_under_itself(tmp_path, monkeypatch):
    journey = JOURNEY.format(**CASES["en"]).replace(
        "goal: |\n  Replace the boiler before winter.\n  Pay in instalments.\n",
        "goal: Replace the old boiler before winter without taking a day off work\n",
    )
    assert "goal: Replace the old" in journey
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "j.yaml").write_text(journey, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "j.yaml", columns=60)
    assert code == 0, err
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "Goal: Replace" in line)
    assert lines[first + 1].startswith("│       taking a day off work"), lines[first + 1]
