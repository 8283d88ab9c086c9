"""`cxkit review BASE` where the history holds no merge base, though the clone is not shallow: a
history cut with `git replace --graft`, an orphan branch.

The review compared with BASE as it is now without a word, so a merge request was blamed for what
BASE fixed after the branch left it. Now it stops with exit 2 as in a shallow clone, says why and
what to do; `--allow-shallow` (or `BASE..`) accepts the comparison with BASE as it is now, with a note.
"""

from __future__ import annotations

import json

import pytest

from git_helpers import needs_git, review
from review_history_helpers import grafted_feature, orphan_branch, review_env
from test_review_shallow_gate_s31 import diverged

pytestmark = needs_git


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    review_env(monkeypatch)


@pytest.fixture
def grafted(tmp_path, monkeypatch):
    """feature's tip grafted without parents: the history it shares with main is cut off."""
    return grafted_feature(tmp_path, monkeypatch)


def test_a_grafted_history_stops_with_exit_2_and_names_the_replacement(grafted):
    """Before: exit 1, CX101 on ola "introduced" (main fixed it after the branch left it), no note."""
    replaced = grafted.git("rev-parse", "--short=7", "feature").stdout.strip()
    result = review("main", "-f", "json")
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    said = result.stderr
    assert said.count("\n") == 1, said
    assert said.startswith(f"cxkit: the history here is cut by replaced commits (`git replace --graft`: commit "
                           f"{replaced}, `git replace --list` lists them) and does not hold the commit where the "
                           f"current branch left 'main' ("), said
    for advice in ("`git replace --delete ID`", "--allow-shallow", "'main..' as BASE"):
        assert advice in said, advice


def test_allow_shallow_accepts_the_grafted_comparison_with_a_note(grafted):
    result = review("main", "-f", "json", "--allow-shallow")
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith("cxkit: note: the history here is cut by replaced commits"), result.stderr
    assert "the review compares with 'main' as it is now" in result.stderr
    report = json.loads(result.stdout)
    assert [(f["code"], f["path"]) for f in report["introduced"]] == [("CX101", "personas/ola.yaml")]


def test_without_the_replacement_the_pull_request_comparison_comes_back(grafted):
    """Guard: the advised `git replace --delete` gives the full clone's review: nothing introduced."""
    grafted.git("replace", "--delete", grafted.git("rev-parse", "feature").stdout.strip())
    result = review("main", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["base"] == "main..."


def test_an_orphan_branch_stops_with_exit_2(tmp_path, monkeypatch):
    """Before: exit 1 and main's fix counted as undone, silently."""
    r = diverged(tmp_path)
    r.git("checkout", "-q", "feature")
    orphan_branch(r, monkeypatch)
    result = review("main")
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stderr.startswith("cxkit: 'main' and the current branch share no history (an orphan branch): "
                                    "there is no commit where the current branch left 'main', so the review cannot "
                                    "compare with it"), result.stderr
    assert "give --allow-shallow (or 'main..' as BASE)" in result.stderr
    two_dots = review("main..", "-f", "json")  # guard: BASE as it is now, asked for in so many words
    assert two_dots.exit_code == 1, two_dots.stderr
    assert json.loads(two_dots.stdout)["base"] == "main"
