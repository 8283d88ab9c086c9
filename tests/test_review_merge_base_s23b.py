"""Session 23b (tester8 M1): `cxkit review main` on a branch that main has moved ahead of compares
with where the branch left main (`main...`, what a pull request shows), with a note on stderr;
`main..` compares with main as it is now."""

from __future__ import annotations

import json
import subprocess

import pytest

from git_helpers import Repo, branch_behind, review

OLA = """\
kind: persona
id: ola-swiatlowod
name: Ola Wiśniewska
lang: pl
summary: Graficzka z Gdańska, pracuje zdalnie i potrzebuje stabilnego łącza
goals:
  - Wysłać klientowi 2 GB plików przed 9:00 bez zrywania połączenia
"""


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def behind(tmp_path, monkeypatch) -> Repo:
    """feature edits Zbigniew; main, after feature left it, edits Ola: feature is one commit behind."""
    r = branch_behind(tmp_path / "wr", OLA, OLA.replace("Graficzka", "Ilustratorka"), "ola")
    r.git("checkout", "-q", "feature")
    monkeypatch.chdir(r.root)
    return r


def test_a_branch_behind_main_is_reviewed_against_where_it_left_main(behind):
    """Before: `ola-swiatlowod` changed, ~~Ilustratorka~~ Graficzka, as if the branch had undone main's edit."""
    result = review("main")
    assert result.exit_code == 0
    assert "ola-swiatlowod" not in result.stdout
    assert "Ilustratorka" not in result.stdout
    assert "zbigniew-emeryt" in result.stdout
    assert "## cxkit review: `main...` (" in result.stdout  # then its commit, short (session 29)
    assert result.stderr == (
        "cxkit: note: 'main' has 1 commit the current branch has not got, so the review compares with where the "
        "branch left it ('main...'), as a pull request shows it; `cxkit review main..` compares with 'main' as it "
        "is now, what those commits changed showing as undone\n"
    )
    report = json.loads(review("main", "-f", "json").stdout)
    assert report["base"] == "main..."
    assert {c["document"] for c in report["changes"]} == {"zbigniew-emeryt"}


def test_the_note_counts_the_commits(behind):
    behind.git("checkout", "-q", "main")
    behind.write("personas/ola.yaml", OLA.replace("Graficzka", "Fotografka"))
    behind.commit("ola again")
    behind.git("checkout", "-q", "feature")
    assert "'main' has 2 commits the current branch has not got" in review("main").stderr


def test_the_same_review_as_main_dots(behind):
    """`cxkit review main` and `cxkit review main...` give the same report."""
    assert review("main").stdout == review("main...").stdout


def test_main_two_dots_compares_with_main_as_it_is_now(behind):
    """Guard: `main..` (and `main..HEAD`) is main as it is now, main's edit shown as undone, no note."""
    result = review("main..")
    assert "## cxkit review: `main` (" in result.stdout  # then its commit, short (session 29)
    assert "Ilustratorka" in result.stdout and "ola-swiatlowod" in result.stdout
    assert result.stderr == ""
    assert review("main..HEAD").stdout == result.stdout


def test_a_base_the_branch_holds_is_reviewed_as_before(behind):
    """Guard: main merged into the branch: main is an ancestor, the report is main's as before, no note."""
    behind.git("merge", "-q", "--no-edit", "main")
    result = review("main")
    assert "## cxkit review: `main` (" in result.stdout  # then its commit, short (session 29)
    assert result.stdout == review("main..").stdout
    assert result.stderr == ""


def test_a_shallow_clone_without_the_merge_base_compares_with_base_as_it_is_now_and_says_so(behind, tmp_path,
                                                                                                monkeypatch):
    """A CI checkout at depth 1 holds no merge base: with --allow-shallow (session 31; without it the
    review stops, exit 2), BASE as it is now, with a note saying why."""
    clone = tmp_path / "ci"
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "feature",
                    f"file://{behind.root}", str(clone)], check=True, env=behind.env, capture_output=True)
    monkeypatch.chdir(clone)
    result = review("origin/main", "--allow-shallow")
    assert "## cxkit review: `origin/main` (" in result.stdout  # then its commit, short (session 29)
    assert result.stderr.startswith(
        "cxkit: note: this clone is shallow, and does not hold the commit where the current branch left "
        "'origin/main': the review compares with 'origin/main' as it is now"
    )
    assert "fetch-depth: 0" in result.stderr
