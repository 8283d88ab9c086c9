"""`cxkit rule NAME` wraps its prose to the terminal's width (COLUMNS, else the terminal stdout
is), two columns short of it, within 40 to 100 columns; 78 columns of text in a pipe, as before
(tester9 D8). Examples and option lines are never wrapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.lint.docs import rule_help_text
from cxkit.lint.rule import all_rules
from terminal_helpers import cxkit_on_a_terminal


def _prose(text: str) -> list[str]:
    """The lines above the examples and options (header, summary, description, why)."""
    head = text.split("\nBad:\n", 1)[0].split("\nOptions (", 1)[0]
    return [line for line in head.splitlines() if line.strip()]


def _rule(name: str, columns: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", columns)
    result = run_cli("rule", name)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("name", ["pseudo-profiling", "stale-review", "missing-negative-persona"])
def test_forty_columns(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _prose(_rule(name, "40", monkeypatch))
    # A line longer than 38 columns only when a single word (an address, a code) is that long.
    assert all(len(line) <= 38 or " " not in line.strip() for line in lines), [l for l in lines if len(l) > 38]


def test_wide_terminal_is_capped_for_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _prose(_rule("pseudo-profiling", "200", monkeypatch))
    assert max(len(line) for line in lines) <= 98
    assert max(len(line) for line in lines) > 90  # the room is used, not 78 columns whatever it is


def test_eighty_columns_and_a_pipe_keep_the_old_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = all_rules()["pseudo-profiling"]
    at_80 = _rule("pseudo-profiling", "80", monkeypatch)
    monkeypatch.delenv("COLUMNS")
    piped = run_cli("rule", "CX101").stdout
    assert at_80 == piped == rule_help_text(cls)
    assert max(len(line) for line in _prose(piped)) <= 78


def test_a_name_that_is_no_lint_rule_wraps_too(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _prose(_rule("fmt-layout", "40", monkeypatch))
    assert len(lines) > 3 and all(len(line) <= 38 or " " not in line for line in lines)


def test_examples_are_never_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    wide = _rule("pseudo-profiling", "200", monkeypatch)
    narrow = _rule("pseudo-profiling", "40", monkeypatch)
    def examples(text: str) -> str:  # from Bad: to the details (prose, wrapped to the width)
        return text.split("\nBad:\n", 1)[1].split("\nDetails:\n", 1)[0]

    assert examples(wide) == examples(narrow)


def test_the_terminal_width_counts_without_columns(tmp_path: Path) -> None:
    out = cxkit_on_a_terminal(tmp_path, ["rule", "stale-review"], {"NO_COLOR": "1"}, size=50)
    lines = _prose(out.decode("utf-8").replace("\r\n", "\n"))
    assert max(len(line) for line in lines) <= 48
    assert lines[0] == "stale-review (CX303), default severity: warning"
