"""SARIF URIs and GitHub annotations name files from the top of the linted files' repository.

`cxkit lint /abs/repo/cx/journeys` run in a folder outside the repository (outside git, or in
another repository) took the top from the current folder: annotations and SARIF results named
`repo/cx/journeys/...` or an absolute path instead of `cx/journeys/...`, so GitHub attached them to
no file.  The targets' repository comes first now; the current folder's only when no target is in one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from test_sarif_paths import annotations, base_ids, expected, git, locations, needs_git, workspace

ENV_DROPPED = ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY")


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_DROPPED:
        monkeypatch.delenv(name, raising=False)


def make_repo(top: Path) -> Path:
    """A git repository at ``top`` whose cxkit workspace is its subfolder `cx/` (English and Polish files)."""
    top.mkdir(parents=True)
    git("init", "-q", cwd=top)
    workspace(top / "cx")
    git("add", "cx", cwd=top)
    return Path(os.path.realpath(top))


def outside_git(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    folder = Path(os.path.realpath(folder))
    if any((p / ".git").exists() for p in (folder, *folder.parents)):
        pytest.skip("the temporary folder is inside a git repository")
    return folder


def lint(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(where)
    return CliRunner().invoke(app, ["lint", "--no-cache", "--select", "CX004", *args])


def sarif(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> dict:
    result = lint(where, monkeypatch, "-f", "sarif", *args)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


@needs_git
def test_sarif_of_a_repository_linted_from_a_folder_outside_git(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "checkouts" / "shop")
    elsewhere = outside_git(tmp_path / "elsewhere")
    log = sarif(elsewhere, monkeypatch, str(repo / "cx" / "journeys"))
    assert locations(log) == expected("cx/")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(repo)
    # From the folder above the repository too (it was `shop/cx/...`, from `checkouts/`).
    log = sarif(repo.parent, monkeypatch, "shop/cx/journeys")
    assert locations(log) == expected("cx/")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(repo)


@needs_git
def test_sarif_of_a_repository_linted_from_another_repository(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "shop")
    other = make_repo(tmp_path / "tools")
    log = sarif(other / "cx", monkeypatch, str(repo / "cx" / "journeys"))
    # Not file:///.../shop/cx/... against the other repository's top.
    assert locations(log) == expected("cx/")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(repo)


@needs_git
def test_github_annotations_of_a_repository_linted_from_elsewhere(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "checkouts" / "shop")
    other = make_repo(tmp_path / "tools")
    for where in (outside_git(tmp_path / "elsewhere"), repo.parent, other, other / "cx" / "personas"):
        result = lint(where, monkeypatch, "-f", "github", str(repo / "cx" / "journeys"))
        assert result.exit_code == 1
        assert result.stdout == annotations("cx/"), where
    # On a runner too: a repository checked out into a folder of GITHUB_WORKSPACE is named from its own top.
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo.parent))
    assert lint(other, monkeypatch, "-f", "github", str(repo / "cx" / "journeys")).stdout == annotations("cx/")


@needs_git
def test_files_of_a_second_repository_are_named_by_absolute_uris(tmp_path, monkeypatch):
    first = make_repo(tmp_path / "shop")
    second = make_repo(tmp_path / "tools")
    log = sarif(tmp_path, monkeypatch, str(first / "cx" / "journeys"), str(second / "cx" / "journeys"))
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(first)
    uris = [(loc[0], loc[1]) for loc in locations(log)]
    assert uris[:2] == [(u, "%SRCROOT%") for u, *_ in expected("cx/")]
    assert uris[2:] == [((second / "cx" / "journeys" / "dan-switches-invoicing.yaml").as_uri(), None),
                        ((second / "cx").as_uri() + "/journeys/pawe%C5%82-kupuje-s%C5%82uchawki.yaml", None)]


@needs_git
def test_a_stored_sarif_follows_a_repository_made_after_it(tmp_path):
    # The stored output of a cached run was named by the current folder's top alone: after
    # `git init` in the linted folder, the same files kept their old URIs.
    elsewhere = outside_git(tmp_path / "elsewhere")
    folder = Path(os.path.realpath(tmp_path)) / "shop"
    workspace(folder / "cx")
    target = str(folder / "cx")

    def run() -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")} | {"CXKIT_SETTLE_SECONDS": "0"}
        proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "-f", "sarif", target],
                              cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr
        return json.loads(proc.stdout)

    before = [run() for _ in range(3)]  # lints, then unpacks the findings, then reprints
    assert all(log["runs"][0]["originalUriBaseIds"] == base_ids(elsewhere) for log in before)
    git("init", "-q", cwd=folder)
    for _ in range(3):
        log = run()
        assert log["runs"][0]["originalUriBaseIds"] == base_ids(folder)
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
        assert "cx/journeys/dan-switches-invoicing.yaml" in uris
