"""A pull request's document text must not become a CI runner's command in the job's log.

GitHub Actions reads a log line as a workflow command when it begins with "::" after leading
white space, and when it holds "##[" anywhere (Azure Pipelines "##vso[" too).  `cxkit diff`,
`diff -f markdown`, `review` and lint's text format print document text into such logs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import run_cli
from git_helpers import Repo, committed, needs_git, reviewed_persona

pytestmark = needs_git

PAWEL = reviewed_persona(
    "pawel-programista", "Paweł Czerski", "Kupić słuchawki bez wizyty w sklepie",
    before_goals="summary: Backend developer z Gdańska, który kupuje sprzęt audio wyłącznie przez internet.\n")

#: What a runner reads as a command: a line that starts with "::" after white space, or holds "##[" / "##vso[".
COMMAND = re.compile(r"^\s*::|##(vso)?\[", re.MULTILINE | re.IGNORECASE)


@pytest.fixture
def shop(tmp_path, monkeypatch) -> Repo:
    monkeypatch.setenv("NO_COLOR", "1")
    return committed(tmp_path / "pasmo", monkeypatch, {"personas/pawel.yaml": PAWEL})


def _forged(shop: Repo) -> None:
    shop.write("personas/pawel.yaml", PAWEL.replace(
        "name: Paweł Czerski", 'name: "Paweł\\n::error::NAME\\n  ::stop-commands::tok"'
    ).replace("  - Kupić słuchawki bez wizyty w sklepie", '  - "##[error]Kupić słuchawki ##vso[task.setvariable variable=X]1"'))


@pytest.mark.parametrize("args", [("diff", "HEAD"), ("diff", "HEAD", "-f", "markdown"), ("review", "HEAD")])
def test_a_multi_line_value_and_the_legacy_form_are_no_command(shop, args):
    _forged(shop)
    result = run_cli(*args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    assert not COMMAND.search(result.stdout), result.stdout
    # Still readable: the value's lines are there, the one character that made a command escaped.
    assert "\\x3a:error::NAME" in result.stdout
    assert "\\x3a:stop-commands::tok" in result.stdout or "\\x3a:stop-commands::tok" in result.stdout.replace("\\\\", "\\")


def test_lint_text_escapes_the_legacy_form_and_json_keeps_the_value(shop):
    shop.write("personas/pawel.yaml", PAWEL.replace("id: pawel-programista", 'id: "##[error]LEGACY-ID"'))
    text = run_cli("lint", "--format", "text")
    assert text.exit_code == 1
    assert not COMMAND.search(text.stdout), text.stdout
    assert "#\\x23[error]LEGACY-ID" in text.stdout
    raw = run_cli("lint", "--format", "json").stdout
    assert "##[" not in raw  # JSON printed into the log reads no command either ...
    assert any("'##[error]LEGACY-ID'" in f["message"] for f in json.loads(raw))  # ... and keeps the exact value


def test_a_file_named_like_a_command_is_no_command(shop):
    shop.write("::error::x.yaml", PAWEL.replace("pawel-programista", "pawel-2").replace("reviewed: 2026-11-01", "reviewed: 2019-01-01"))
    result = run_cli("lint", "--format", "text", "::error::x.yaml")
    assert result.exit_code == 1
    assert result.stdout.startswith("\\x3a:error::x.yaml:"), result.stdout
    assert not COMMAND.search(result.stdout)


def test_ordinary_text_is_unchanged(shop):
    """A guard: colons and hashes in ordinary text stay as they are."""
    summary = next(line for line in PAWEL.splitlines() if line.startswith("summary:"))
    shop.write("personas/pawel.yaml", PAWEL.replace(summary, 'summary: "Backend developer (C#, Rust; godz. 22:00::30, ##1)"'))
    result = run_cli("diff", "HEAD")
    assert "(C#, Rust; godz. 22:00::30, ##1)" in result.stdout
    assert "\\x3a" not in result.stdout and "\\x23" not in result.stdout


def test_the_git_driver_line_diff_of_an_unreadable_file_shows_no_command(shop):
    """A file the driver cannot compare shows git's line diff: its context line " ::error::…" is no command."""
    shop.write("personas/zle.yaml", "kind: persona\nid: zle\n::error::CONTEXT\nname: [\n")
    shop.commit("broken")
    shop.write("personas/zle.yaml", "kind: persona\nid: zle\n::error::CONTEXT\nname: [x\n")
    shop.write(".gitattributes", "*.yaml diff=cxkit\n")
    proc = subprocess.run(["git", "-c", f"diff.cxkit.command={sys.executable} -m cxkit diff --git-driver", "diff", "--", "personas/zle.yaml"],
                          cwd=shop.root, env=shop.env, capture_output=True, text=True)
    assert "CONTEXT" in proc.stdout, proc.stdout + proc.stderr
    assert not COMMAND.search(proc.stdout), proc.stdout
