"""The "Most found" tally of a long run at a terminal is shown without colours too (session 30).

A screen-reader user sets NO_COLOR: the plain output then ended at the
summary, without the tally that tells where to start on a workspace of fresh templates.  A run the
lint cache answers replays what it stored, so the tally must be stored apart from what a pipe gets:
a fresh and a cached run at a terminal print the same, and a pipe never gets the tally.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.colour
from cxkit.cli import app


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--lang", "pl", "--no-examples"]).exit_code == 0
    for name in ("Tomasz Lis", "Ewa Nowak"):
        assert runner.invoke(app, ["new", "persona", name]).exit_code == 0
    return tmp_path


def _lint(monkeypatch: pytest.MonkeyPatch, *, terminal: bool, args: tuple[str, ...] = ()) -> str:
    # stdout a terminal (what a person, or a screen reader, reads); stderr not, so no progress bar.
    monkeypatch.setattr(cxkit.colour, "isatty", lambda stream: terminal and stream is sys.stdout)
    result = CliRunner().invoke(app, ["lint", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_no_color_at_a_terminal_shows_the_tally_fresh_and_cached(workspace, monkeypatch):
    """Fails before: under NO_COLOR the output ended at "Found 35 problems ..." (now "Znaleziono 35 problemów ...")."""
    monkeypatch.setenv("NO_COLOR", "1")
    fresh = _lint(monkeypatch, terminal=True)
    cached = _lint(monkeypatch, terminal=True)
    last = fresh.rstrip("\n").splitlines()
    assert last[-2].startswith("Znaleziono ") and last[-1].startswith("Najwięcej zgłoszeń: CX501 placeholder ("), last[-2:]
    assert "\x1b[" not in fresh
    assert cached == fresh


def test_a_pipe_never_gets_the_tally_even_after_a_terminal_run(workspace, monkeypatch):
    """Guard: the cached terminal output (with the tally) is not what a pipe is given."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert "Najwięcej zgłoszeń" in _lint(monkeypatch, terminal=True)
    piped = _lint(monkeypatch, terminal=False)
    assert "Najwięcej zgłoszeń" not in piped
    assert piped.rstrip("\n").splitlines()[-1].startswith("Znaleziono ")
    assert "Najwięcej zgłoszeń" not in _lint(monkeypatch, terminal=False, args=("--no-cache",))


def test_quiet_at_a_terminal_has_no_tally(workspace, monkeypatch):
    """Guard: --quiet prints the findings only."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert "Najwięcej zgłoszeń" not in _lint(monkeypatch, terminal=True, args=("--quiet",))
