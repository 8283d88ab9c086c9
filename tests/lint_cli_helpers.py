"""Helpers shared by the tests that run `cxkit lint` through the CLI on documents they write: a workspace
to run in and `cxkit lint -f json` with the findings read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path as the current folder, on 2026-12-01 (CXKIT_TODAY)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    return tmp_path


def lint(*args: str) -> tuple[int, list[dict]]:
    """`cxkit lint --no-cache -f json ARGS` at 200 columns: its exit code (0 or 1) and its findings."""
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args], env={"COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)
