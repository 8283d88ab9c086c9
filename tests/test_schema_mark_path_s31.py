"""`cxkit schema -o` with an absolute path writes no absolute path into the file.

The mark cxkit writes under `$comment` names the command that writes the file again.  Given
`-o "$PWD/schema/cxkit.json"` (as a Makefile or a CI step often spells it), it named the absolute
path: one developer's home folder went into a file the team commits, and each machine or CI
checkout that ran it changed the file.  The command is now named from the current folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app


def _comment(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["$comment"]


def test_an_absolute_output_is_named_from_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    """Fails before: the mark named `cxkit schema -o /tmp/…/zespół/schema/cxkit.json`."""
    team = tmp_path / "zespół"
    team.mkdir()
    monkeypatch.chdir(team)
    result = CliRunner().invoke(app, ["schema", "-o", str(team / "schema" / "cxkit.json")])
    assert result.exit_code == 0, result.output
    comment = _comment(team / "schema" / "cxkit.json")
    assert "`cxkit schema -o schema/cxkit.json` writes cxkit's over it" in comment
    assert str(tmp_path) not in comment


def test_a_kind_and_a_path_the_shell_must_quote(tmp_path: Path, monkeypatch) -> None:
    """Guard: a relative path is named as it is, quoted for the shell, with the kind."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["schema", "persona", "-o", "schematy zespołu/persona.json"])
    assert result.exit_code == 0, result.output
    assert "`cxkit schema persona -o 'schematy zespołu/persona.json'` writes" in _comment(
        tmp_path / "schematy zespołu" / "persona.json")
