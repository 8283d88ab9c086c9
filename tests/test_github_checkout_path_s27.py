"""`-f github` names files from the repository's top, also in a folder of GITHUB_WORKSPACE (session 27).

With actions/checkout's `path: personas-repo` (a workflow that checks out several repositories)
the annotations said `file=personas-repo/cx/...`, or an absolute path for a GITHUB_WORKSPACE
elsewhere: GitHub resolves an annotation from the repository's top, so they attached to no file.
SARIF and gitlab already used the git top. Now `github` does too; GITHUB_WORKSPACE is the root for
files in no git repository (a checkout made without git).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from test_formats_s19 import make_repo, outside_git
from test_sarif_paths import annotations, needs_git

pytestmark = needs_git


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "CI_PROJECT_DIR"):
        monkeypatch.delenv(name, raising=False)


def lint(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(where)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "CX004", "-f", "github", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_a_checkout_in_a_folder_of_the_workspace(tmp_path, monkeypatch):
    runner = outside_git(tmp_path / "work")
    repo = make_repo(runner / "personas-repo")  # actions/checkout with `path: personas-repo`
    monkeypatch.setenv("GITHUB_WORKSPACE", str(runner))
    assert lint(repo, monkeypatch, "cx") == annotations("cx/")
    assert lint(repo / "cx", monkeypatch, ".") == annotations("cx/")  # working-directory: personas-repo/cx
    assert lint(runner, monkeypatch, "personas-repo/cx") == annotations("cx/")


def test_a_github_workspace_elsewhere_does_not_make_paths_absolute(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "shop")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(outside_git(tmp_path / "elsewhere")))
    assert lint(repo / "cx", monkeypatch, ".") == annotations("cx/")


def test_files_in_no_repository_are_named_from_the_workspace(tmp_path, monkeypatch):
    runner = outside_git(tmp_path / "work")
    repo = make_repo(runner / "shop")
    shutil.rmtree(repo / ".git")  # actions/checkout without git on the runner downloads the files only
    monkeypatch.setenv("GITHUB_WORKSPACE", str(runner))
    assert lint(repo / "cx", monkeypatch, ".") == annotations("shop/cx/")
