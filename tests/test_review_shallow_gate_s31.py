"""`cxkit review BASE` in a shallow CI clone that does not hold the commit where the branch left BASE.

Comparing with BASE as it is now blamed the change for findings BASE fixed after the branch left it,
and a CI gate failed a merge request for them (exit 1 with only a note). Now the review stops with
exit 2 and says how each CI system fetches the history; `--allow-shallow` accepts the comparison with
BASE as it is now, with the note as before. Real shallow clones (`git clone --depth` over file://).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from git_helpers import Repo, branch_behind, review

OLA = """\
kind: persona
id: ola-swiatlowod
name: Ola Wiśniewska
lang: pl
summary: Graficzka z Gdańska, pracuje zdalnie i potrzebuje stabilnego łącza
goals:
  - Ceni jakość
"""

FIXED = "Ceni jakość"
SPECIFIC = "Kupiła router za 600 zł po zwrocie tańszego, który zrywał połączenie"


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def diverged(tmp_path) -> Repo:
    """feature edits Zbigniew; main, after feature left it, fixes Ola's vague goal (CX101). main is checked out."""
    return branch_behind(tmp_path / "origin", OLA, OLA.replace(FIXED, SPECIFIC), "ola: a specific goal")


@pytest.fixture
def origin(tmp_path) -> Repo:
    """The diverged history, with feature checked out."""
    r = diverged(tmp_path)
    r.git("checkout", "-q", "feature")
    return r


def clone(origin: Repo, dest: Path, *depth: str) -> None:
    """A merge-request pipeline's checkout: the branch (at ``depth``), then the target branch's tip."""
    git = ["git", "-c", "protocol.file.allow=always"]
    subprocess.run([*git, "clone", "-q", *depth, "--branch", "feature", f"file://{origin.root}", str(dest)],
                   check=True, env=origin.env, capture_output=True)
    subprocess.run([*git, "fetch", "-q", *depth, "origin", "main:refs/remotes/origin/main"],
                   cwd=dest, check=True, env=origin.env, capture_output=True)


def test_a_shallow_clone_without_the_merge_base_stops_with_exit_2(origin, tmp_path, monkeypatch):
    """Before: exit 1, CX101 on ola "introduced", though main fixed it after the branch left it."""
    clone(origin, tmp_path / "mr", "--depth", "1")
    monkeypatch.chdir(tmp_path / "mr")
    result = review("origin/main", "-f", "json")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    said = result.stderr
    assert said.startswith("cxkit: this clone is shallow, and does not hold the commit where the current branch "
                           "left 'origin/main', so the review cannot compare with it"), said
    assert said.count("\n") == 1
    for advice in ("`fetch-depth: 0`", "`GIT_DEPTH: 0`", "`fetchDepth: 0`", "`clone: depth: full`",
                   "`shallow: true`", "`git fetch --unshallow`", "--allow-shallow"):
        assert advice in said, advice


def test_allow_shallow_compares_with_base_as_it_is_now_with_the_note(origin, tmp_path, monkeypatch):
    clone(origin, tmp_path / "mr", "--depth", "1")
    monkeypatch.chdir(tmp_path / "mr")
    result = review("origin/main", "-f", "json", "--allow-shallow")
    assert result.exit_code == 1
    assert result.stderr.startswith("cxkit: note: this clone is shallow, and does not hold the commit where the "
                                    "current branch left 'origin/main': the review compares with 'origin/main' as it is now")
    assert "`GIT_DEPTH: 0`" in result.stderr
    report = json.loads(result.stdout)
    assert report["base"] == "origin/main"
    assert [(f["code"], f["path"]) for f in report["introduced"]] == [("CX101", "personas/ola.yaml")]


def test_the_advised_fetch_gives_the_pull_request_comparison(origin, tmp_path, monkeypatch):
    """Guard: after `git fetch --unshallow` the review is the full clone's: nothing introduced."""
    clone(origin, tmp_path / "mr", "--depth", "1")
    monkeypatch.chdir(tmp_path / "mr")
    subprocess.run(["git", "-c", "protocol.file.allow=always", "fetch", "-q", "--unshallow", "origin",
                    "main:refs/remotes/origin/main"], check=True, env=origin.env, capture_output=True)
    result = review("origin/main", "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["base"] == "origin/main..."
    assert report["introduced"] == []


def test_a_shallow_clone_deep_enough_needs_no_option(origin, tmp_path, monkeypatch):
    """Guard: depth 2 holds the merge base: the pull request's comparison, exit 0, only the usual note."""
    clone(origin, tmp_path / "mr", "--depth", "2")
    monkeypatch.chdir(tmp_path / "mr")
    result = review("origin/main", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["base"] == "origin/main..."
    assert "shallow" not in result.stderr


def test_two_dots_still_compare_with_base_as_it_is_now(origin, tmp_path, monkeypatch):
    """Guard: `origin/main..` asks for BASE as it is now in so many words; no option needed."""
    clone(origin, tmp_path / "mr", "--depth", "1")
    monkeypatch.chdir(tmp_path / "mr")
    result = review("origin/main..", "-f", "json")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["base"] == "origin/main"
