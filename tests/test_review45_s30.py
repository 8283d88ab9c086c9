"""Review of session 30's work: `--help` from 60 columns up, where Click lays the options out.

`cxkit render --help` printed its list of formats (`-f, --format <terminal|markdown|…|json>`, 83
characters) on one line at 60, 80 and 200 columns (help is 80 wide at most), and when COLUMNS is
unset and standard output is no terminal: a terminal of 80 columns wrapped it mid-word, as a
40-column one had wrapped every line before help was laid out for narrow terminals.
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

FORMATS = {"terminal", "markdown", "md", "markdown-plain", "md-plain", "html", "mermaid", "mmd", "json", "svg", "csv"}


def _help(columns: int | None, *command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": None if columns is None else str(columns),
                                                                "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("columns", [60, 80, 200, None])
def test_render_s_list_of_formats_fits_and_breaks_only_between_formats(columns: int | None) -> None:
    lines = _help(columns, "render").splitlines()
    assert max(len(line) for line in lines) <= min(columns or 80, 80)
    at = next(i for i, line in enumerate(lines) if line.startswith("  -f, --format"))
    end = next(i for i in range(at, len(lines)) if lines[i].endswith(">"))
    term = [line.strip() for line in lines[at:end + 1]]
    assert " ".join(term).replace("| ", "|").replace("< ", "<") == "-f, --format <" + "|".join(
        ["terminal", "markdown", "md", "markdown-plain", "md-plain", "html", "mermaid", "mmd", "json", "svg", "csv"]) + ">"
    for line in term:  # each line ends at a `|` or the list's end: no format name cut in two
        names = line.split("<", 1)[1] if "<" in line else ("" if line == "-f, --format" else line)
        assert set(filter(None, re.split(r"[<>|]", names))) <= FORMATS, line
    # Its description follows at the column of the others, as Click puts it under a wide option.
    assert lines[end + 1].startswith(" " * 34 + "terminal, or an export")


def test_guard_an_option_that_fits_keeps_click_s_layout() -> None:
    out = _help(80, "render")
    assert re.search(r"^  --layout \[auto\|table\|stacked\|panels\] +The terminal view", out, re.M) or \
        re.search(r"^  --width N +Render for N columns", out, re.M)
    lint = _help(80, "lint")
    assert re.search(r"^  --select RULES +Only these rules", lint, re.M)
    assert max(len(line) for line in lint.splitlines()) <= 80
