"""The stacked view (`--layout stacked`, CXKIT_LAYOUT=stacked, TERM=dumb) ends each line at its last
letter (session 35, tester36 L4), and follows a terminal narrower than 40 columns (L10): 78 lines of a journey were padded to the width with spaces, which a
screen reader in character mode, and Emacs, read out or show as blanks to the end of the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("doc", ["pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml", "pl/personas/pawel-programista-audiofil.yaml",
                                 "en/journeys/dan-switches-invoicing.yaml", "pl"])
def test_no_stacked_line_ends_in_a_space(tmp_path, monkeypatch, doc):
    """Fails before for the journeys and the persona card (78 padded lines in the Polish journey)."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "80")
    result = CliRunner().invoke(app, ["render", "--layout", "stacked", str(EXAMPLES / doc)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) > 5 and result.stdout.endswith("\n")
    assert [line for line in lines if line.endswith(" ")] == []


def test_the_stacked_text_is_the_same_but_for_the_padding(tmp_path, monkeypatch):
    """A guard: only the spaces at the ends go; every letter and line stays, and the boxed layout keeps its frames."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "80")
    journey = str(EXAMPLES / "pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml")
    stacked = CliRunner().invoke(app, ["render", "--layout", "stacked", journey]).stdout
    assert "Etap 1 z " in stacked or "Etap 1 " in stacked
    panels = CliRunner().invoke(app, ["render", "--layout", "panels", journey]).stdout
    assert "│" in panels and "╭" in panels


@pytest.mark.parametrize("doc", ["pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml", "pl/personas/pawel-programista-audiofil.yaml"])
def test_a_30_column_terminal_gets_a_30_column_stacked_view(tmp_path, monkeypatch, doc):
    """tester36 L10. Fails before: laid out for 40 columns, so lines up to 40 wide that the terminal wraps."""
    from rich.cells import cell_len

    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "30")
    result = CliRunner().invoke(app, ["render", "--layout", "stacked", str(EXAMPLES / doc)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 30
    assert max(cell_len(line) for line in lines) > 25  # the width is used, not a narrower fallback


def test_the_framed_layouts_keep_their_40_columns(tmp_path, monkeypatch):
    """A guard: a frame narrower than 40 would not hold its title; boxes are never narrower than 40.  Under
    40 columns the view has no frame at all since session 37 (a 40-wide one would be wrapped again)."""
    from rich.cells import cell_len

    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "40")
    out = CliRunner().invoke(app, ["render", str(EXAMPLES / "pl/personas/pawel-programista-audiofil.yaml")]).stdout
    assert cell_len(out.splitlines()[0]) == 40 and out.startswith("╭")
    monkeypatch.setenv("COLUMNS", "30")
    out = CliRunner().invoke(app, ["render", str(EXAMPLES / "pl/personas/pawel-programista-audiofil.yaml")]).stdout
    assert "╭" not in out and max(cell_len(line) for line in out.splitlines()) <= 30
