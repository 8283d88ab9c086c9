"""`cxkit review -f text`: one finding a line, its location first, as `cxkit lint` writes it.

In a terminal the Markdown report's tables were read aloud pipe by pipe and backtick by backtick.
Text is the default on a terminal; a pipe or a file (a CI step, `> review.md`) keeps Markdown.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """\
kind: journey
id: zaneta-kredyt
name: "Żaneta applies for a mortgage online"
lang: en
persona: zaneta-lecka
stages:
  - id: need
    name: Need
    feeling: "Worried and alone"
    emotion: -1
    barriers:
      - "No time estimate anywhere"
    opportunities:
      - action: "Publish a timeline of the mortgage process"
        owner: "Content team"
"""

PERSONA = """\
kind: persona
id: zaneta-lecka
name: "Żaneta Łęcka"
lang: pl
summary: "Analityczka CX, niewidoma, pracuje z czytnikiem NVDA."
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(repo), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "kredyt.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "personas" / "zaneta.yaml").write_text(PERSONA, encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "base")
    changed = JOURNEY.replace('"Content team"', '"TODO"').replace("Worried and alone", "Worried")
    (tmp_path / "journeys" / "kredyt.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _review(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", "main", *args], env={"NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def test_text_puts_each_finding_on_one_line_location_first(repo: Path) -> None:
    code, out = _review("-f", "text")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("cxkit review: main (")
    assert lines[1].startswith("Lint: 1 finding introduced (1 warning), 0 fixed; ")
    assert "Result: fails: 1 finding at warning level or above introduced." in lines
    start = lines.index("Findings introduced:")
    assert lines[start + 1].startswith("journeys/kredyt.yaml:15:16: warning CX403 ")
    assert lines[start + 1].endswith("[unowned-opportunity] (in 1. Need › Opportunities #1 › Owner)")
    assert "Feeling: Worried[- and alone-]" in out  # the changes as `cxkit diff` writes them
    assert "|" not in out and "`" not in out and "**" not in out


def test_text_is_the_default_on_a_terminal_and_markdown_in_a_pipe(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    piped = _review()[1]
    assert piped.startswith("<!-- ") and "| Severity | Rule | Where | Message |" in piped  # the PR comment, as before
    monkeypatch.setattr("cxkit.colour.isatty", lambda stream: True)
    assert _review()[1] == _review("-f", "text")[1]
    assert _review("-f", "markdown")[1] == piped  # asked for by name, Markdown on a terminal too
