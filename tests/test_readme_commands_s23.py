"""README's command table agrees with each command's `--help` (tester8 L2).

Every row's synopsis is the `Usage:` line of that command (without `[OPTIONS]`), so an argument the
table shows as optional is optional in the tool, and one it shows as required is required; the
review row does not read as if BASE had a default.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
_ROWS = re.findall(r"^\| (`cxkit [^|]*?`(?:, `cxkit [^|]*?`)*) \| (.*?) \|$", README, re.M)


def _usage(words: list[str]) -> str:
    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("Usage:"))
    return line.removeprefix("Usage: ").replace(" [OPTIONS]", "").strip()


def _synopses(cell: str) -> list[str]:
    return re.findall(r"`(cxkit [^`]*)`", cell)


def test_the_table_has_a_row_per_command():
    assert len(_ROWS) >= 11, _ROWS


@pytest.mark.parametrize(("cell", "text"), _ROWS, ids=[_synopses(c)[0] for c, _ in _ROWS])
def test_row_synopsis_is_the_usage_line(cell, text):
    synopses = _synopses(cell)
    words = [w for w in synopses[0].split()[1:] if re.fullmatch(r"[a-z]+", w)]
    usage = _usage(words)
    if words == ["diff"]:
        # one Usage line for three forms: each form's arguments are among its alternatives
        assert usage.startswith("cxkit diff ") and "OLD NEW" in usage and "REV [REV2]" in usage
        assert all(s.startswith("cxkit diff ") for s in synopses)
        return
    assert synopses == [usage]


def test_review_row_says_base_is_required():
    cell, text = next(row for row in _ROWS if row[0].startswith("`cxkit review"))
    result = CliRunner().invoke(app, ["review"])
    assert result.exit_code == 2 and "Missing argument 'BASE'" in result.output
    assert "(or `main...HEAD`)" not in text
    assert "required" in text
