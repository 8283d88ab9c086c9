"""The progress bar of long lint/fmt runs: calm (redrawn at most about once a second, so a screen
reader does not announce it ten times a second) and switched off by NO_PROGRESS, CI, TERM=dumb
or a standard error that is no terminal (tester9 A4)."""

from __future__ import annotations

import io
import sys
import time

import pytest

from cxkit import cliutil


class _TerminalStderr(io.StringIO):
    """Standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:  # rich asks for the size of the terminal
        raise io.UnsupportedOperation


@pytest.fixture()
def terminal_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CI", "NO_PROGRESS", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "80")


def _terminal_stderr(monkeypatch: pytest.MonkeyPatch) -> _TerminalStderr:
    # Set in the test itself: pytest's output capture puts its own stderr back between phases.
    fake = _TerminalStderr()
    monkeypatch.setattr(sys, "stderr", fake)
    monkeypatch.setattr(sys, "stdout", _TerminalStderr())  # the bar needs stdout at the terminal too (s34)
    return fake


def _run_for(update, stop, seconds: float, total: int = 600) -> None:
    start = time.monotonic()
    done = 0
    while time.monotonic() - start < seconds:
        done = min(total, done + 1)
        update(done, total)
        time.sleep(0.01)
    stop()


def test_a_long_run_redraws_the_bar_about_once_a_second(terminal_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal_stderr = _terminal_stderr(monkeypatch)
    update, stop = cliutil.progress_bar("linting")
    assert update is not None
    _run_for(update, stop, 2.2)
    drawn = terminal_stderr.getvalue().count("linting")
    # Drawn when it appears and then at most once a second: 3 in 2.2 s (the old bar: ~22).
    assert 1 <= drawn <= 4, drawn


def test_the_bar_shows_progress_when_it_is_redrawn(terminal_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal_stderr = _terminal_stderr(monkeypatch)
    update, stop = cliutil.progress_bar("linting")
    update(300, 600)
    time.sleep(cliutil.PROGRESS_REDRAW_SECONDS + 0.05)
    update(450, 600)
    stop()
    text = terminal_stderr.getvalue()
    assert "300/600" in text and "450/600" in text


def test_short_runs_show_no_bar(terminal_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal_stderr = _terminal_stderr(monkeypatch)
    update, stop = cliutil.progress_bar("linting")
    _run_for(update, stop, 0.3, total=299)
    assert terminal_stderr.getvalue() == ""


@pytest.mark.parametrize(("name", "value"), [("NO_PROGRESS", "1"), ("NO_PROGRESS", "0"), ("CI", "true"), ("TERM", "dumb")])
def test_switched_off(terminal_env: None, monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    terminal_stderr = _terminal_stderr(monkeypatch)
    monkeypatch.setenv(name, value)
    update, stop = cliutil.progress_bar("linting")
    assert update is None
    stop()
    assert terminal_stderr.getvalue() == ""


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("NO_PROGRESS", raising=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    update, _stop = cliutil.progress_bar("linting")
    assert update is None
