"""GIT_DIR and GIT_WORK_TREE in the environment (session 27).

Before: `GIT_DIR=zespol/.git cxkit diff feature` run from another folder made git take that
folder as the working tree, and cxkit listed every file under it (from /tmp: over ten minutes,
silently); a GIT_DIR pointing nowhere said "not inside a git repository" without naming GIT_DIR.
Now the first is refused with what to set (the folder GIT_DIR lies in is the working tree as
usual, and GIT_WORK_TREE is followed as git follows it); the second names GIT_DIR. The folders
here are small temporary ones: nothing walks the real /tmp.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    r.git("branch", "feature")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1))
    (tmp_path / "gdzie-indziej").mkdir()
    (tmp_path / "gdzie-indziej" / "notatka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.delenv("GIT_WORK_TREE", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_git_dir_without_a_work_tree_from_another_folder_is_refused(team, tmp_path, monkeypatch):
    elsewhere = tmp_path / "gdzie-indziej"
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("GIT_DIR", str(team.root / ".git"))
    said = (f"cxkit: GIT_DIR is set ({team.root / '.git'}) but GIT_WORK_TREE is not, so git takes the current folder "
            f"({elsewhere}) as the working tree of that repository and every file under it would be compared; run "
            f"cxkit in {team.root} without GIT_DIR, or set GIT_WORK_TREE to the repository's working tree\n")
    assert run("diff", "feature") == (2, "", said)
    code, _out, err = run("review", "feature")
    assert code == 2 and err.startswith(said.rstrip("\n"))


def test_git_dir_pointing_nowhere_is_named(team, tmp_path, monkeypatch):
    monkeypatch.chdir(team.root)
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "nie-ma" / ".git"))
    said = (f"cxkit: GIT_DIR is set to {tmp_path / 'nie-ma' / '.git'}, which is no git repository; unset it, or set "
            "it to a repository's .git folder\n")
    assert run("diff", "feature") == (2, "", said)
    assert run("diff") == (2, "", said)


def test_git_work_tree_is_followed_and_a_folder_outside_it_refused(team, tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_DIR", str(team.root / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(team.root))
    monkeypatch.chdir(team.root / "personas")
    code, out, _ = run("diff", "feature")
    assert code == 1 and "{+Tomasz+}" in out
    monkeypatch.chdir(tmp_path / "gdzie-indziej")
    assert run("diff", "feature") == (2, "", f"cxkit: GIT_WORK_TREE is set ({team.root}) and the current folder is "
                                             f"outside it; run cxkit in {team.root}\n")


def test_git_dir_beside_the_working_tree_works_as_without_it(team, monkeypatch):
    monkeypatch.chdir(team.root)
    monkeypatch.setenv("GIT_DIR", ".git")
    code, out, _ = run("diff", "feature")
    assert code == 1 and "{+Tomasz+}" in out


def test_a_hooks_git_dir_in_a_linked_worktree_is_not_refused(team, tmp_path, monkeypatch):
    # git runs a pre-commit hook with GIT_DIR set; in a linked worktree it is .git/worktrees/NAME.
    team.git("worktree", "add", "-q", str(tmp_path / "drzewo"), "feature")
    monkeypatch.chdir(tmp_path / "drzewo")
    monkeypatch.setenv("GIT_DIR", str(team.root / ".git" / "worktrees" / "drzewo"))
    assert run("diff", "HEAD") == (0, "No semantic differences.\n", "")
    assert run("review", "main")[0] == 0
