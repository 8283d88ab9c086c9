"""`--help` at 200% zoom (40 to 59 columns): descriptions under their options, no word split.

Click laid help out for at least 50 columns beside a 30-column option column: at 40 columns the
terminal wrapped every line again, mid-word (`GITH` / `UB_ACTIONS=true]`), and a screen reader
read the halves as two words.
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


def _help(columns: int, *command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": str(columns), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("columns", [40, 50, 59])
@pytest.mark.parametrize("command", [("lint",), ("render",), ("review",), ()])
def test_narrow_help_fits_and_splits_no_word(columns: int, command: tuple[str, ...]) -> None:
    out = _help(columns, *command)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= columns
    words = set(out.split())
    if command == ("lint",):
        assert "GITHUB_ACTIONS=true]." in words  # whole, where Click cut it into "GITH" and "UB_ACTIONS=true]"
        # The description starts on the line under its option, four columns further in.
        at = lines.index("  --select RULES")
        assert lines[at + 1].startswith("      Only these rules")


def test_from_60_columns_the_descriptions_stay_beside_their_options() -> None:
    """Guard: the layout of a terminal of 60 columns or more is Click's, as before."""
    out = _help(80, "lint")
    assert re.search(r"^  --select RULES +Only these rules", out, re.M)
    assert max(len(line) for line in out.splitlines()) <= 80
