"""The command line's usage lines (tester's day 1: F5).

Every command names its arguments in upper case, a required one bare (`KIND NAME`,
`BASE [PATHS]...`), as README's command table does; typer wrote `{kind} {name}`, `{base} [paths]...`.
A missing argument is named the same way, on one line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from conftest import run_cli
from cxkit.cli import app

REPO = Path(__file__).resolve().parents[1]


# --- usage lines ---------------------------------------------------------------------------

USAGE = {
    ("lint",): "cxkit lint [OPTIONS] [PATHS]...",
    ("rules",): "cxkit rules [OPTIONS]",
    ("rule",): "cxkit rule [OPTIONS] NAME",
    ("render",): "cxkit render [OPTIONS] PATH",
    ("diff",): "cxkit diff [OPTIONS] [OLD NEW | REV [REV2] [-- PATHS...]]...",
    ("review",): "cxkit review [OPTIONS] BASE [PATHS]...",
    ("new",): "cxkit new [OPTIONS] KIND NAME",
    ("init",): "cxkit init [OPTIONS] [DIR]",
    ("fmt",): "cxkit fmt [OPTIONS] [PATHS]...",
    ("schema",): "cxkit schema [OPTIONS] [KIND]",
    ("cache", "clear"): "cxkit cache clear [OPTIONS] [PATHS]...",
}


def _commands(group: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in getattr(group, "commands", {}).items():
        if getattr(command, "commands", None):
            found += _commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


def test_every_command_is_in_the_usage_table():
    # A command added later is checked too: add its usage line here.
    assert sorted(_commands(typer.main.get_command(app))) == sorted(USAGE)


@pytest.mark.parametrize("command", sorted(USAGE))
def test_usage_line_names_arguments_in_upper_case_a_required_one_bare(command, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli(*command, "-h")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Usage: " + USAGE[command]
    assert "{" not in result.stdout.splitlines()[0]


@pytest.mark.parametrize(("command", "names"), [
    # Choices shown, never a Python type (`NAME <str>`, `PATHS <list[str]>`: tester9 D2).
    (("new",), ["KIND <persona|negative-persona|journey>", "NAME"]),
    (("review",), ["BASE", "PATHS"]),
    (("fmt",), ["PATHS"]),
    (("init",), ["DIR"]),
    (("schema",), ["KIND <persona|negative-persona|journey>"]),
])
def test_the_arguments_section_names_them_as_the_usage_line(command, names, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    out = run_cli(*command, "-h").stdout
    section = out.split("Arguments:\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split("  ")[1].strip() for line in section.splitlines() if re.match(r"  [A-Z]", line)] == names


def test_readme_command_table_quotes_the_usage_lines():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| Command | What it does |", 1)[1].split("\n\n", 1)[0]
    quoted = set(re.findall(r"`(cxkit [^`]+)`", table))
    for command, usage in USAGE.items():
        if command == ("diff",):
            continue  # the table spells diff's three forms out
        expected = usage.replace(" [OPTIONS]", "")
        assert expected in quoted, (expected, sorted(quoted))


@pytest.mark.parametrize(("args", "said"), [
    (("review",), "cxkit: Missing argument 'BASE'. See `cxkit review -h`.\n"),
    (("new",), "cxkit: Missing argument 'KIND'. Choose from: persona, negative-persona, journey. See `cxkit new -h`.\n"),
    (("new", "persona"), "cxkit: Missing argument 'NAME'. See `cxkit new -h`.\n"),
    (("render",), "cxkit: Missing argument 'PATH'. See `cxkit render -h`.\n"),
])
def test_a_missing_argument_is_named_as_the_usage_line_names_it_on_one_line(args, said, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", said)
