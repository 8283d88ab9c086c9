"""A `$comment` a team writes in `schema/cxkit.json` is theirs: `cxkit init` does not write over it.

cxkit marks the schema it writes with a digest under `$comment` (test_schema_edits_s31.py).  The
digest leaves the comment out, so a team that reworded it (a note of their own on who owns the file)
saw init write cxkit's schema over theirs: `updated (marked as cxkit's …)` for this cxkit's content,
`updated (written for this cxkit)` for an older one whose digest they had kept.  Only the mark as
cxkit words it makes the file cxkit's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.scaffold import editor

OURS = "Schemat zespołu CX: zmiany tylko przez pull request do repozytorium design-system."


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "schema").mkdir()
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _older_marked() -> dict:
    """An earlier cxkit's schema (one definition fewer) as it wrote it, with its mark."""
    old = json.loads(editor.schema_text())
    old["$defs"].pop(next(iter(old["$defs"])))
    return json.loads(editor.marked(json.dumps(old)))


def test_a_comment_of_the_teams_own_on_this_cxkits_schema_is_kept(here: Path) -> None:
    """Fails before: init wrote the mark over the team's comment (`updated (marked as cxkit's …)`)."""
    data = json.loads(editor.schema_text())
    data["$comment"] = OURS
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    (here / "schema/cxkit.json").write_text(text, encoding="utf-8")
    result = _run("init", "--lang", "pl", "--no-examples")
    assert "skipped  schema/cxkit.json (up to date)" in result.stdout, result.stdout
    assert (here / "schema/cxkit.json").read_text(encoding="utf-8") == text


def test_a_mark_the_team_added_to_is_an_edit(here: Path) -> None:
    """Fails before: the digest still matched, so init wrote the newer schema over the team's words."""
    data = _older_marked()
    data["$comment"] += " " + OURS
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    (here / "schema/cxkit.json").write_text(text, encoding="utf-8")
    result = _run("init", "--lang", "pl", "--no-examples")
    assert "skipped  schema/cxkit.json (edited since cxkit wrote it" in result.stdout, result.stdout
    assert (here / "schema/cxkit.json").read_text(encoding="utf-8") == text
    assert "schema" not in _run("lint", "--no-cache").stderr  # not called stale: cxkit leaves it to them


def test_the_mark_as_cxkit_words_it_is_cxkits_whatever_command_it_names(here: Path) -> None:
    """Guard: a copy `cxkit schema -o` wrote under another spelling of its path, and an older one, stay cxkit's."""
    assert _run("schema", "-o", "schema/../schema/cxkit.json").exit_code == 0
    assert "skipped  schema/cxkit.json (up to date)" in _run("init", "--lang", "pl", "--no-examples").stdout
    (here / "schema/cxkit.json").write_text(json.dumps(_older_marked(), indent=2) + "\n", encoding="utf-8")
    assert "updated  schema/cxkit.json (written for this cxkit)" in _run("init").stdout
