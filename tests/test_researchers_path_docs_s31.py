"""docs/researchers-path.md's commands run as written, in order, in an empty folder.

Step 6 wrote to `eksport/`, a folder no earlier step makes, and its first export failed ("there is no
folder eksport/; create it first"). `-o` now makes the folder; this test runs every `cxkit` line of the
page's ```console blocks (but `init --editor vscode`, which needs VS Code's settings, and `lint`,
whose exit code depends on what was filled in) the way a reader pastes them, and checks the files
step 6 says it writes.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PAGE = Path(__file__).resolve().parent.parent / "docs" / "researchers-path.md"


def commands() -> list[str]:
    out, inside = [], False
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line.strip() == "```console"
            continue
        if inside and line.startswith("cxkit "):
            out.append(line.split("  #")[0].strip())
    return out


def test_the_page_has_its_steps() -> None:
    found = commands()
    assert found[0] == "cxkit init --lang pl" and any(" -o eksport/" in c for c in found)


def test_every_command_runs_as_written_in_an_empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    for command in commands():
        if command in ("cxkit init --editor vscode", "cxkit lint"):
            continue
        result = CliRunner().invoke(app, shlex.split(command)[1:], input="")
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, repr(result.exception))
        assert result.exit_code == 0, (command, result.stderr)
    assert (tmp_path / "eksport" / "persony.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "eksport" / "sciezki.md").stat().st_size > 0
    curve = (tmp_path / "eksport" / "krzywa.svg").read_text(encoding="utf-8")
    assert re.search(r"<svg xmlns=\"http://www.w3.org/2000/svg\"", curve) and "Kasia kupuje sofę" in curve
