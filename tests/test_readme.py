"""The README's promises are checked: its output excerpt is real and its test command is CI's."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_EXCERPT = re.compile(r"<!-- readme-excerpt: (.+?) \| lines (\d+)-(\d+) -->\n```text\n(.*?)```", re.S)


@pytest.fixture(autouse=True)
def _cache_outside_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The runs here lint the checkout: their cache goes to the test's own folder, not the checkout's
    .cxkit_cache, which parallel workers (and the people working in the checkout) would share."""
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))


def test_readme_has_a_rendered_excerpt():
    assert _EXCERPT.search(README)


@pytest.mark.parametrize(("args", "first", "last", "shown"), _EXCERPT.findall(README))
def test_excerpt_is_what_cxkit_prints_today(args, first, last, shown, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, shlex.split(args), env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()[int(first) - 1:int(last)]
    assert shown.splitlines() == lines, "README excerpt is out of date: paste the command's output again"


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_exactly_two_commands():
    commands = _quick_start()
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "cxkit lint examples/" in commands[0] and "cxkit render" in commands[0]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start()[1] in ci


def test_every_command_in_the_readme_table_exists():
    result = CliRunner().invoke(app, ["--help"])
    listed = set(re.findall(r"^\| `cxkit ([a-z]+)", README, re.M))
    assert listed and all(re.search(rf"^\s+{name}\s", result.stdout, re.M) for name in listed), listed


def test_finding_example_output_is_what_cxkit_prints(tmp_path, monkeypatch):
    section = README.split("## What a finding looks like", 1)[1].split("\n## ", 1)[0]
    files = re.findall(r"`([\w/.-]+\.yaml)`:\n\n```yaml\n(.*?)```", section, re.S)
    assert len(files) == 2
    for name, body in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body, encoding="utf-8")
    shown = re.search(r"```console\n\$ cxkit lint \.\n(.*?)\$ echo \$\?\n(\d)\n", section, re.S)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        app, ["lint", ".", "--no-cache"], env={"NO_COLOR": "1", "COLUMNS": "200", "CXKIT_TODAY": "2026-11-23"}
    )
    assert result.stdout == shown.group(1)
    assert str(result.exit_code) == shown.group(2)
