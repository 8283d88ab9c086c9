"""Markdown exports read aloud: what a screen reader hears in a journey's table and in `md-plain`.

A sparkline bar before an emotion (`▃ -1 negative`) is read as "lower three eighths block", and
an empty corner header cell as "blank"; the corner names the row of stages as the HTML export's
does, and the emotion is a number and a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

BARS = set("▁▂▃▄▅▆▇█")

JOURNEY_PL = """\
kind: journey
id: zaneta-kredyt
name: "Żaneta składa wniosek o kredyt"
lang: pl
persona: zaneta-lecka
stages:
  - id: potrzeba
    name: Potrzeba
    doing: "Czyta list od właściciela mieszkania"
    emotion: -1
  - id: wniosek
    name: Wniosek
    doing: "Prosi męża o przepisanie CAPTCHA"
    emotion: -2
  - id: decyzja
    name: Decyzja
    feeling: "Ulga i duma"
    emotion: 2
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "kredyt.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    return tmp_path


def _row(out: str, label: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(f"| {label} "))
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def test_markdown_emotion_cells_are_words_without_bars(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "md")
    assert (code, err) == (0, "")
    assert _row(out, "**Emocje**")[1:] == ["-1 źle", "-2 bardzo źle", "+2 bardzo dobrze"]
    curve = next(line for line in out.splitlines() if line.startswith("**Krzywa emocji:**"))
    assert BARS & set(curve)  # the curve line above the table keeps its sparkline


def test_markdown_journey_corner_cell_names_the_stage_row(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "md")
    assert (code, err) == (0, "")
    assert _row(out, "Etap")[:2] == ["Etap", "1. Potrzeba<br><sub>`potrzeba`</sub>"]


def test_markdown_plain_emotion_items_have_no_bar(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "md-plain")
    assert (code, err) == (0, "")
    items = [line for line in out.splitlines() if line.startswith("- **Emocje:**")]
    assert items == ["- **Emocje:** -1 źle", "- **Emocje:** -2 bardzo źle", "- **Emocje:** +2 bardzo dobrze"]


def test_readme_sends_screen_reader_users_to_md_plain() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    accessible = readme.split("**Accessible reading.**", 1)[1].split("\n## ", 1)[0]
    assert "-f md-plain" in accessible
