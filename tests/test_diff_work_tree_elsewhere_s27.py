"""A working tree set apart from the current folder, and where to run cxkit instead (session 27).

Before: with `core.worktree` set (a submodule's git dir, a `--separate-git-dir` repository), run
from a folder outside that working tree (through GIT_DIR, or from inside the git dir itself),
`cxkit diff HEAD~1` read the revision against nothing and said every document was removed, where
GIT_WORK_TREE in the same place was refused. And the refusal of GIT_DIR without GIT_WORK_TREE told
to "run cxkit in" the folder above GIT_DIR, which is `.git/worktrees` for a linked worktree's hook
run in a subfolder, and the folder above the git dir for a `--separate-git-dir` one.
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
    r.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1))
    r.commit("Tomasz")
    (tmp_path / "gdzie-indziej").mkdir()
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("GIT_EXTERNAL_DIFF", "GIT_WORK_TREE", "GIT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def _apart(team: Repo, tmp_path) -> str:
    """The repository's git dir moved out of its working tree, with core.worktree naming the tree."""
    moved = tmp_path / "zespol.git"
    team.git("init", "-q", f"--separate-git-dir={moved}")
    team.git("config", "core.worktree", str(team.root))
    return str(moved)


def test_core_worktree_from_a_folder_outside_it_is_refused_not_all_removed(team, tmp_path, monkeypatch):
    git_dir = _apart(team, tmp_path)
    said = (f"cxkit: this repository's working tree is {team.root} (its core.worktree setting) and the current "
            f"folder is outside it; run cxkit in {team.root}\n")
    monkeypatch.chdir(tmp_path / "gdzie-indziej")
    monkeypatch.setenv("GIT_DIR", git_dir)
    assert run("diff", "HEAD~1") == (2, "", said)
    monkeypatch.delenv("GIT_DIR")
    monkeypatch.chdir(git_dir)  # inside the git dir itself, as in a submodule's .git/modules/NAME
    assert run("diff", "HEAD~1") == (2, "", said)


def test_core_worktree_from_inside_it_compares(team, tmp_path, monkeypatch):
    git_dir = _apart(team, tmp_path)
    monkeypatch.chdir(team.root / "personas")
    monkeypatch.setenv("GIT_DIR", git_dir)
    code, out, err = run("diff", "HEAD~1")
    assert (code, err) == (1, "") and "{+Tomasz+}" in out


def test_a_linked_worktrees_hook_in_a_subfolder_is_told_the_worktree(team, tmp_path, monkeypatch):
    # git runs a linked worktree's hooks (and `git rebase -x`) with GIT_DIR=.git/worktrees/NAME set; a script
    # that changes into personas/ makes git take personas/ as the working tree.
    team.git("worktree", "add", "-q", str(tmp_path / "drzewo"), "-b", "poprawki")
    git_dir = team.root / ".git" / "worktrees" / "drzewo"
    monkeypatch.chdir(tmp_path / "drzewo" / "personas")
    monkeypatch.setenv("GIT_DIR", str(git_dir))
    code, out, err = run("diff", "HEAD~1")
    assert (code, out) == (2, "")
    assert err.endswith(f"compared; run cxkit in {tmp_path / 'drzewo'} without GIT_DIR, or set GIT_WORK_TREE to "
                        "the repository's working tree\n"), err
    monkeypatch.chdir(tmp_path / "drzewo")
    assert run("diff", "HEAD") == (0, "No semantic differences.\n", "")


def test_a_separate_git_dir_names_no_folder_it_does_not_know(team, tmp_path, monkeypatch):
    git_dir = tmp_path / "osobno.git"
    team.git("init", "-q", f"--separate-git-dir={git_dir}")
    monkeypatch.setenv("GIT_DIR", str(git_dir))
    monkeypatch.chdir(team.root / "personas")  # the working tree git finds from here without GIT_DIR
    code, _out, err = run("diff", "HEAD~1")
    assert code == 2 and f"; run cxkit in {team.root} without GIT_DIR, or set GIT_WORK_TREE" in err, err
    monkeypatch.chdir(tmp_path / "gdzie-indziej")  # nothing to go by: not the folder above the git dir
    code, _out, err = run("diff", "HEAD~1")
    assert code == 2 and err.endswith("; run cxkit without GIT_DIR in its working tree, or set GIT_WORK_TREE to "
                                      "the repository's working tree\n"), err
