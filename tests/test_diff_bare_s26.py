"""A bare repository (or a `.git` folder) is said to have no working tree, not to be no repository.

Before: `cxkit diff main feature`, `cxkit diff HEAD` and `cxkit review main` run in a bare repository
(a server's `zespol.git`, a mirror) or inside `.git` said "not inside a git repository", which is
untrue there and sends the user to `git init`. Now they say what the place is and where to run (exit 2).
"""

from __future__ import annotations

import subprocess

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

BARE = "this is a bare git repository, which has no working tree; run cxkit in a clone of it (git clone)"


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    r.git("branch", "szkic")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_EXTERNAL_DIFF"):
        monkeypatch.delenv(name, raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


@pytest.mark.parametrize("args", [("diff", "main", "szkic"), ("diff", "main"), ("review", "main"), ("diff", "--cached")])
def test_a_bare_repository_is_said_to_have_no_working_tree(team, tmp_path, monkeypatch, args):
    subprocess.run(["git", "clone", "-q", "--bare", str(team.root), str(tmp_path / "zespol.git")], check=True)
    monkeypatch.chdir(tmp_path / "zespol.git")
    code, err = run(*args)
    assert code == 2
    assert BARE in err and "not inside a git repository" not in err


def test_inside_the_git_folder_is_said_to_be_no_working_tree(team, monkeypatch):
    monkeypatch.chdir(team.root / ".git")
    code, err = run("diff", "main", "szkic")
    assert code == 2
    assert "this is inside a .git folder, which is no working tree; run cxkit in the working tree, outside .git" in err


def test_outside_any_repository_is_still_said_so(tmp_path, monkeypatch):
    """Guard: no repository at all keeps its words."""
    (tmp_path / "luzem").mkdir()
    monkeypatch.chdir(tmp_path / "luzem")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, err = run("review", "main")
    assert code == 2
    assert "not inside a git repository" in err and "bare" not in err
