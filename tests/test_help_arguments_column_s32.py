"""`cxkit new --help` lays its arguments out as the other commands do (session 32).

`KIND <persona|negative-persona|journey>` is wider than Click's option column, so Click put its
description, and NAME's, at column 34, five columns off the options' descriptions (29): two ragged
columns in one screen. An argument wider than the column now has its description under it at the
column of the names beside it, as `render`'s PATH and `review`'s BASE have theirs (8).
"""

from __future__ import annotations

import re

import pytest

from conftest import run_cli


def section(out: str, name: str) -> list[str]:
    return out.split(f"{name}:\n", 1)[1].split("\n\n", 1)[0].splitlines()


def description_columns(lines: list[str]) -> set[int]:
    """Where each description line starts: after a name and two spaces, or on a line of its own."""
    columns = set()
    for line in lines:
        beside = re.match(r"  (\S+(?: \S+)?)( {2,})\S", line)
        if line.startswith("   "):
            columns.add(len(line) - len(line.lstrip()))
        elif beside and "<" not in beside.group(1):
            columns.add(beside.end() - 1)
    return columns


@pytest.mark.parametrize("columns", ["80", "100"])
def test_new_help_describes_its_arguments_at_one_column(columns, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", columns)
    out = run_cli("new", "--help").stdout
    arguments = section(out, "Arguments")
    assert arguments[:2] == ["  KIND <persona|negative-persona|journey>",
                             "        persona, negative-persona or journey.  [required]"]
    assert arguments[2].startswith('  NAME  The name, e.g. "Żaneta Łęcka"; the id is its slug')
    assert description_columns(arguments) == {8}
    # the options keep their one column, as before
    assert description_columns(section(out, "Options")) == {29}


@pytest.mark.parametrize(("command", "column"), [("render", 8), ("review", 9), ("schema", 8)])
def test_every_command_describes_its_arguments_beside_their_names(command, column, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    out = run_cli(command, "--help").stdout
    assert description_columns(section(out, "Arguments")) == {column}
