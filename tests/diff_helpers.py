"""`cxkit diff` of two texts, as the tests of its views (text, Markdown, HTML, JSON) run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli


def plain_terminal(monkeypatch: pytest.MonkeyPatch, columns: int = 100) -> None:
    """The test's terminal is ``columns`` wide and shows no colour."""
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("NO_COLOR", "1")


def diff_out(folder: Path, old: str, new: str, *args: str) -> str:
    """`cxkit diff ARGS v1.yaml v2.yaml` of ``old`` and ``new`` written in ``folder``, in-process: its stdout.
    The diff must find differences (exit 1) and raise nothing."""
    (folder / "v1.yaml").write_text(old, encoding="utf-8")
    (folder / "v2.yaml").write_text(new, encoding="utf-8")
    result = run_cli("diff", *args, str(folder / "v1.yaml"), str(folder / "v2.yaml"))
    assert result.exception is None and result.exit_code == 1, result.stderr
    return result.stdout
