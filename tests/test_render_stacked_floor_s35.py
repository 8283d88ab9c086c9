"""The stacked view's floor (224222ee): it follows the terminal down to 20 columns and no further.
The s35 test at 30 columns held with any floor up to 30; these pin 20 itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

JOURNEY = Path(__file__).resolve().parent.parent / "examples" / "pl" / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml"


@pytest.mark.parametrize(("columns", "widest"), [("20", 20), ("12", 20), ("1", 20)])
def test_the_stacked_view_is_laid_out_for_the_terminal_down_to_20_columns(tmp_path, monkeypatch, columns, widest):
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", columns)
    result = CliRunner().invoke(app, ["render", "--layout", "stacked", str(JOURNEY)])
    assert result.exit_code == 0, result.output
    widths = [cell_len(line) for line in result.stdout.splitlines()]
    assert max(widths) == widest, max(widths)
