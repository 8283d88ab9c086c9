"""`cxkit render C:\\personas\\ola.yaml` on Linux (WSL, a path copied from Windows) is a missing
file with lint's advice, not "unknown revision 'C'" with every backslash doubled; a branch named
by one letter is still read as a revision when its path has no leading slash."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA = """\
kind: persona
id: ola-sklep-rowerowy
name: Ola Grażyńska
lang: pl
summary: Prowadzi sklep rowerowy w Gliwicach i zamawia części przez hurtownię co tydzień.
goals:
  - Mieć części do serwisu na czas przed sezonem
reviewed: 2026-11-20
"""


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Ola", "GIT_AUTHOR_EMAIL": "o@example.pl",
           "GIT_COMMITTER_NAME": "Ola", "GIT_COMMITTER_EMAIL": "o@example.pl"}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "ola")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    return tmp_path


@pytest.mark.skipif(os.name == "nt", reason="a drive path names a file there")
@pytest.mark.parametrize("given", ["C:\\personas\\ola.yaml", "C:/personas/ola.yaml"])
def test_a_drive_path_is_a_missing_file_not_a_revision(repo, given):
    result = CliRunner().invoke(app, ["render", given])
    assert result.exit_code == 2
    assert "revision" not in result.output and "\\\\" not in result.output
    assert result.output.startswith(f"cxkit: {given}: no such file or directory")


def test_a_one_letter_branch_is_still_a_revision(repo):
    _git(repo, "branch", "C")
    result = CliRunner().invoke(app, ["render", "C:personas/ola.yaml"])
    assert result.exit_code == 0, result.output
    assert "Ola Grażyńska" in result.output


@pytest.mark.parametrize("given", [":personas/ola.yaml", ":0:personas/ola.yaml"])
def test_a_staged_copy_is_refused_without_pointing_at_the_working_tree(repo, given):
    """git's `:PATH` is the staged copy: the working tree's file is another version, no hint."""
    result = CliRunner().invoke(app, ["render", given])
    assert result.exit_code == 2
    assert "did you mean" not in result.output
    assert "staged copy" in result.output and "HEAD:PATH" in result.output
