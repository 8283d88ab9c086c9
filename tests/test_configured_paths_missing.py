"""A folder that `paths` names but that does not exist: a warning, the same here and in a fresh clone.

Git keeps no empty folder.  A workspace whose `journeys/` was emptied passed `cxkit lint` here and
failed it with a configuration error (exit 2) in CI's clone, where the folder is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import git

WARNING = "cxkit: warning: 'paths' in {config} names '{path}', which does not exist; nothing there was checked\n"


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`cxkit init` in a fresh folder, run from it."""
    root = tmp_path / "ws"
    root.mkdir()
    monkeypatch.chdir(root)
    assert run_cli("init", ".", "--lang", "en").exit_code == 0
    return root


@needs_git
def test_a_configured_folder_emptied_here_gives_the_same_result_in_a_fresh_clone(workspace: Path, monkeypatch) -> None:
    for doc in (workspace / "journeys").glob("*.yaml"):
        doc.unlink()
    here = run_cli("lint", "--no-cache")
    assert here.exit_code == 0, here.stderr
    git(workspace, "init", "-q")
    git(workspace, "add", "-A")
    git(workspace, "commit", "-q", "-m", "workspace without journeys")
    clone = workspace.parent / "clone"
    git(workspace.parent, "clone", "-q", str(workspace), str(clone))
    assert not (clone / "journeys").exists()  # what CI's checkout holds
    monkeypatch.chdir(clone)
    there = run_cli("lint", "--no-cache")
    assert (there.exit_code, there.stdout) == (here.exit_code, here.stdout)
    assert there.stderr == WARNING.format(config="cxkit.toml", path="journeys")
    assert run_cli("fmt", "--check").exit_code == 0


def test_every_configured_folder_missing_is_a_config_error_not_a_pass(workspace: Path) -> None:
    # A typo in `paths` checked nothing and passed CI green; one emptied folder is the case to allow.
    shutil.rmtree(workspace / "personas")
    shutil.rmtree(workspace / "journeys")
    said = ("cxkit: cxkit.toml:3:1: 'paths' names 'personas', 'journeys', and none of them exists, "
            "so there is nothing to check (paths are relative to the folder of cxkit.toml)\n")
    for args in (("lint", "--no-cache"), ("lint",), ("fmt", "--check")):
        result = run_cli(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", said), args


def test_the_warning_names_the_config_as_seen_from_a_subfolder(workspace: Path, monkeypatch) -> None:
    shutil.rmtree(workspace / "journeys")
    (workspace / "notes").mkdir()
    monkeypatch.chdir(workspace / "notes")
    lint = run_cli("lint", "--no-cache")
    assert lint.exit_code == 0, lint.stderr
    assert lint.stderr == WARNING.format(config="../cxkit.toml", path="journeys")
    assert "All checks passed (2 documents in 2 files)." in lint.stdout


@pytest.mark.parametrize("args", [("lint", "--no-cache"), ("fmt", "--check")])
def test_a_missing_path_named_on_the_command_line_is_still_a_usage_error(workspace: Path, args) -> None:
    result = run_cli(*args, "jorneys")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: jorneys: no such file or directory; did you mean journeys?\n"


@needs_git
def test_review_warns_about_a_missing_configured_folder_and_reviews_the_rest(workspace: Path) -> None:
    shutil.rmtree(workspace / "journeys")
    git(workspace, "init", "-q")
    git(workspace, "add", "-A")
    git(workspace, "commit", "-q", "-m", "workspace without journeys")
    review = run_cli("review", "HEAD")
    assert review.exit_code == 0, review.stderr
    assert review.stderr == WARNING.format(config="cxkit.toml", path="journeys")
