"""cxkit.gitutil: one `.git` walk and one way of running git for folder scans, SARIF paths, init and diff."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.gitutil import git_env, run_git, work_tree_top
from cxkit.lint.formats.paths import repository_root


def _outside_any_repository(path: Path) -> bool:
    above = work_tree_top(str(path))
    return above is None or not above.startswith(str(path))


def test_the_top_is_the_nearest_folder_with_a_git_folder_file_or_link(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    deep = root / "marketing" / "cx dział #2" / "personas"
    deep.mkdir(parents=True)
    assert _outside_any_repository(root)
    (root / ".git").mkdir()
    assert work_tree_top(str(deep)) == str(root)
    # A linked worktree or a submodule: `.git` is a file.
    (root / "marketing" / ".git").write_text("gitdir: ../.git/modules/marketing\n", encoding="utf-8")
    assert work_tree_top(str(deep)) == str(root / "marketing")
    # A `.git` link that leads nowhere (a gitdir on a drive not mounted) still marks the top.
    (root / "marketing" / "cx dział #2" / ".git").symlink_to(root / "no-such-gitdir")
    assert work_tree_top(str(deep)) == str(root / "marketing" / "cx dział #2")
    assert work_tree_top(str(root / "marketing" / "cx dział #2")) == str(root / "marketing" / "cx dział #2")


def test_init_below_a_dangling_git_link_shows_hooks_for_the_top_as_lint_names_files_from_it(tmp_path: Path) -> None:
    # lint (folder scans, SARIF paths) takes this folder as the repository's top; init did not, and
    # wrote a .pre-commit-config.yaml and a workflow into cx/, where pre-commit and GitHub never read them.
    root = tmp_path.resolve()
    (root / ".git").symlink_to(root / "gitdir-on-an-unmounted-drive")
    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(app, ["init", "cx", "--lang", "pl"])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    assert not (root / "cx" / ".pre-commit-config.yaml").exists() and not (root / "cx" / ".github").exists()
    assert not (root / ".pre-commit-config.yaml").exists() and not (root / ".github").exists()
    # `--lang pl`: said in Polish since session 40.
    assert "wypisano   .pre-commit-config.yaml (pre-commit czyta go tylko w głównym folderze repozytorium git" in result.output
    assert "wypisano   .github/workflows/cxkit.yml (GitHub czyta workflowy tylko w głównym folderze" in result.output
    assert repository_root([str(root / "cx")]) == str(root)


def test_git_runs_in_plain_english_on_literal_paths_and_reads_no_terminal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    monkeypatch.setenv("GIT_OPTIONAL_LOCKS", "1")
    env = git_env(optional_locks=True)
    assert (env["LC_ALL"], env["GIT_LITERAL_PATHSPECS"], env["GIT_OPTIONAL_LOCKS"]) == ("C", "1", "1")
    assert git_env(optional_locks=False)["GIT_OPTIONAL_LOCKS"] == "0"
    if shutil.which("git") is None:
        pytest.skip("git missing")
    # No input: git reads an empty standard input, never waits on the terminal's.
    empty = run_git(["hash-object", "--stdin"], cwd=tmp_path, env=env)
    assert (empty.returncode, empty.stdout) == (0, b"e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\n")
    given = run_git(["hash-object", "--stdin"], cwd=tmp_path, env=env, input=b"kind: persona\n")
    assert given.returncode == 0 and given.stdout != empty.stdout
