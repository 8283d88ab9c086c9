"""The commands CONTRIBUTING.md tells a contributor to type do what it says they do.

The guide's `grep` lines find a rule's tests and a docs page's test; the set-up's first lint says
what a clean run of examples/ prints.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).parent.parent
TEXT = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def grep_commands() -> list[str]:
    return re.findall(r"`(grep [^`]+ tests/)`", TEXT)


@pytest.mark.skipif(shutil.which("grep") is None, reason="no grep")
def test_the_guide_s_grep_commands_list_test_files():
    """Fails before: `grep -l PATTERN tests/` says "tests/: Is a directory" (exit 2) and lists nothing."""
    commands = grep_commands()
    assert len(commands) == 2, commands
    rule = next(c for c in commands if "CX403" in c)
    proc = subprocess.run(["sh", "-c", rule], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() and all(line.startswith("tests/") for line in proc.stdout.splitlines())
    page = next(c for c in commands if "PAGE" in c).replace("PAGE", "plugins")
    proc = subprocess.run(["sh", "-c", page], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "tests/test_rule_plugins_s32.py" in proc.stdout.splitlines(), proc.stderr


def test_the_set_up_s_lint_of_the_examples_says_what_the_guide_says(monkeypatch):
    """Fails before: the guide said it "must print nothing"; it prints "All checks passed (...)"."""
    said = re.search(r"cxkit lint examples/ +# must say \"([^\"]+)\" and exit 0", TEXT)
    assert said, "the set-up's lint line names what a clean run prints"
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "examples/"])
    assert result.exit_code == 0
    assert result.stdout.startswith(said.group(1))
