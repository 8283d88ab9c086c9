"""An empty path is exit 2 in every command that takes paths, not "everything" (session 36).

65fa80db made `cxkit lint ""` (`"$CHANGED"` with nothing in the variable) exit 2 instead of checking the
whole workspace.  The same hook or CI step with `--only-documents` took "" for a deleted file (a note
naming nothing, exit 0), and `cxkit diff REV -- ""` and `cxkit review BASE ""` handed "" to git, whose
pathspec "" is every file: the whole workspace compared, where one file's change was meant.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import TOMEK_GDANSK, Repo, needs_git, work_in

EMPTY = 'cxkit: a path given is empty (""); name a file or folder, or . for the current folder\n'


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """Tomek committed in Kraków, moved to Gdańsk in the working tree (a change every command would show)."""
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/tomek.yaml", PERSONA_PL)
    repo.commit("Tomek")
    repo.write("personas/tomek.yaml", TOMEK_GDANSK)
    work_in(monkeypatch, repo.root, repo.env, COLUMNS="100")
    return repo


@needs_git
@pytest.mark.parametrize("args", [
    ("lint", "--no-cache", "--only-documents", ""),
    ("lint", "--no-cache", "--only-documents", "personas/tomek.yaml", ""),
    ("diff", ""),
    ("diff", "HEAD", "--", ""),
    ("diff", "--cached", "HEAD", "--", ""),
    ("review", "HEAD", ""),
    ("review", "HEAD", "personas", ""),
])
def test_an_empty_path_is_exit_2(team, args):
    result = run_cli(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", EMPTY)


@needs_git
def test_the_same_commands_without_it_still_compare_and_check(team):
    """Guards: `.` and the paths named work as before."""
    assert run_cli("diff", "HEAD", "--", ".").exit_code == 1
    assert "Kraków → Gdańsk" in run_cli("diff", "HEAD", "--", "personas").stdout
    assert run_cli("review", "HEAD", "personas", "--format", "json").exit_code in (0, 1)
    gone = run_cli("lint", "--no-cache", "--only-documents", "personas/ola.yaml")
    assert gone.exit_code == 0  # a deleted file a hook passes along is still skipped with a note
    assert "personas/ola.yaml" in gone.stderr


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, stdin=subprocess.DEVNULL)


@needs_git
def test_two_files_outside_the_sparse_checkout_are_told_in_the_plural(team):
    team.write("personas/ola.yaml", PERSONA_PL.replace("tomek-audiofil", "ola-audiofilka"))
    team.write("journeys/.keep", "")
    team.commit("Ola")
    _git(team.root, "sparse-checkout", "set", "--no-cone", "/cxkit.toml", "/journeys/")
    (team.root / "lista.txt").write_text("personas/tomek.yaml\npersonas/ola.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--quiet", "--files-from", "lista.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "cxkit: --files-from: nothing was checked: the 2 files the list names lie outside the sparse checkout; "
        "bring their folders into it (git sparse-checkout add) to check them, or leave them out of the list\n")
