"""`cxkit render REV:PATH` reads the file or folder under the config that revision has, as review reads BASE.

Before: a revision was rendered under the working tree's config where the path lies, so `render
main:personas/` listed a draft that main's own `cxkit.toml` excludes (or left out one the branch
excludes since), and a client config that main had was not read at all.  Now the revision's own
config is read (nearest the path, then up to the top of the repository); the working tree's only
when the revision has none.

test_the_revisions_exclude_is_applied and test_a_config_only_the_revision_has_is_read fail
before; test_without_a_config_in_the_revision_the_working_trees_is_used is a guard.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git, kamil_with_a_draft

@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return kamil_with_a_draft(tmp_path, monkeypatch)


def commit(ws: Path) -> None:
    git(ws, "add", "-A")
    git(ws, "commit", "-qm", "persony")


def ids(*args: str) -> list[str]:
    result = CliRunner().invoke(app, ["render", *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    return [d["document"]["id"] for d in json.loads(result.stdout)["documents"]]


def test_the_revisions_exclude_is_applied(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\nexclude = ["personas/szkice"]\n', encoding="utf-8")
    commit(ws)
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")  # the branch takes the drafts in
    assert ids("HEAD:personas/") == ["kamil-nowak"]
    assert ids("personas/") == ["kamil-nowak", "szkic-kamila"]


def test_a_config_only_the_revision_has_is_read(ws: Path) -> None:
    (ws / "personas" / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    commit(ws)
    git(ws, "rm", "-q", "personas/cxkit.toml")
    assert ids("HEAD:personas/") == ["kamil-nowak"]
    assert ids("personas/") == ["kamil-nowak", "szkic-kamila"]


def test_without_a_config_in_the_revision_the_working_trees_is_used(ws: Path) -> None:
    commit(ws)
    (ws / "cxkit.toml").write_text('lang = "pl"\nexclude = ["personas/szkice"]\n', encoding="utf-8")
    assert ids("HEAD:personas/") == ["kamil-nowak"]
