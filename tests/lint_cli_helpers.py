"""Helpers shared by the tests that run `cxkit lint` through the CLI on documents they write: a workspace
to run in, `cxkit lint -f json` with the findings read back, and Tom, an English persona they break."""

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


#: Tom Baker, a valid English persona with no sources and no review date; the half-valid-document tests of
#: session 37 add a misspelt or unknown key to him.
TOM = """\
kind: persona
id: tom-baker
name: Tom Baker
goals:
  - Sends 40 invoices from Xero every Friday at 17:00
pain_points:
  - Chases 12 late invoices every Monday morning
"""
