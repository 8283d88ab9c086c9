"""`cxkit review BASE` on a pull request's merge commit checked out alone (depth 1), BASE's tip fetched.

GitHub's `pull_request` checkout (refs/remotes/pull/N/merge), GitLab's merged-results pipelines and
Azure Pipelines' pull-request builds check out a merge commit made on the target branch's tip. At
depth 1 its parents are cut off, so git finds no merge base, and the shallow-clone gate stopped the
review with exit 2, though the commit itself names BASE's tip as a parent: comparing with BASE is
exactly what the pull request shows. Real shallow clones over file://.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo

# The same two personas, goal and environment as the shallow-gate tests.
from test_review_shallow_gate_s31 import OLA, SPECIFIC, _env, diverged  # noqa: F401 - _env: the autouse fixture


@pytest.fixture
def origin(tmp_path) -> Repo:
    """main fixes Ola's vague goal after feature left it; refs/pull/1/merge merges feature into main's tip."""
    r = diverged(tmp_path)
    r.git("checkout", "-q", "--detach", "main")
    r.git("merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature")
    r.git("update-ref", "refs/pull/1/merge", "HEAD")
    r.git("checkout", "-q", "main")
    return r


def merge_checkout(origin: Repo, dest: Path) -> None:
    """actions/checkout on `pull_request` (depth 1), then the target branch's tip at depth 1."""
    def git(*args: str, cwd: Path | None = None) -> None:
        subprocess.run(["git", "-c", "protocol.file.allow=always", *args], cwd=cwd, check=True,
                       env=origin.env, capture_output=True)

    git("init", "-q", str(dest))
    git("remote", "add", "origin", f"file://{origin.root}", cwd=dest)
    git("fetch", "-q", "--depth", "1", "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge", cwd=dest)
    git("checkout", "-q", "--detach", "refs/remotes/pull/1/merge", cwd=dest)
    git("fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main", cwd=dest)


def test_a_merge_commit_on_base_s_tip_is_reviewed_against_base(origin, tmp_path, monkeypatch):
    """Before: exit 2, "this clone is shallow, and does not hold the commit where the current branch left"."""
    merge_checkout(origin, tmp_path / "pr")
    monkeypatch.chdir(tmp_path / "pr")
    result = run_cli("review", "origin/main", "-f", "json")
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stderr
    assert "shallow" not in result.stderr
    report = json.loads(result.stdout)
    assert report["base"] == "origin/main"
    assert report["introduced"] == []  # main's fix of Ola's goal is BASE's, not the pull request's


def test_base_moved_on_since_the_merge_commit_still_stops(origin, tmp_path, monkeypatch):
    """Guard: BASE's tip is no parent of the merge commit any more (main moved on): the gate stays."""
    merge_checkout(origin, tmp_path / "pr")
    origin.write("personas/ola.yaml", OLA.replace("Ceni jakość", SPECIFIC + "."))
    origin.commit("ola: a full stop")
    subprocess.run(["git", "-c", "protocol.file.allow=always", "fetch", "-q", "--depth", "1", "origin",
                    "+main:refs/remotes/origin/main"], cwd=tmp_path / "pr", check=True, env=origin.env,
                   capture_output=True)
    monkeypatch.chdir(tmp_path / "pr")
    result = run_cli("review", "origin/main", "-f", "json")
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2
    # A pull request's merge commit is checked out detached: HEAD, not "the current branch" (session 35).
    assert result.stderr.startswith("cxkit: this clone is shallow, and does not hold the commit where HEAD left 'origin/main'")
