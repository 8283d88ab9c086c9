"""Set-ups of the `cxkit fmt --fix` tests: a plain terminal, an in-process run, an empty workspace (session 32)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"}


def run(*args: str) -> tuple[int, str, str]:
    """`cxkit ARGS` in-process in a plain 100-column terminal: exit code, stdout, stderr. A traceback is raised."""
    result = CliRunner().invoke(app, list(args), env=ENV)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def enter_fmt_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty workspace in ``tmp_path``/ws (personas/, journeys/, an empty cxkit.toml), the current folder."""
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(root)
    return root
