"""`cxkit review BASE` without a merge base blames replaced commits only when they are the cause.

- An orphan branch in a repository that holds some other `git replace --graft` (one on BASE's own
  history, not between the two) was told its history was cut by replaced commits and to delete
  them; deleting them changes nothing. It is an orphan branch, and said so.
- A history cut by the old `info/grafts` file was told to `git replace --delete` a commit that no
  replace ref lists; the advice now names the grafts file.
- A graft that someone keeps on purpose (or replace refs a CI job fetched) was only told to be
  deleted; GIT_NO_REPLACE_OBJECTS=1 reads the history as committed without touching them.
"""

from __future__ import annotations

import pytest

from git_helpers import needs_git, review
from review_history_helpers import grafted_feature, orphan_branch, review_env
from test_review_shallow_gate_s31 import diverged

pytestmark = needs_git


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    review_env(monkeypatch)


def test_an_orphan_branch_beside_an_unrelated_graft_is_called_an_orphan(tmp_path, monkeypatch):
    """Before: "the history here is cut by replaced commits ... `git replace --delete ID`"."""
    r = diverged(tmp_path)
    r.git("replace", "--graft", "main")  # main's tip made a root: nothing to do with the orphan below
    orphan_branch(r, monkeypatch)
    result = review("main")
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stderr.startswith("cxkit: 'main' and the current branch share no history (an orphan branch): "
                                    "there is no commit where the current branch left 'main', so the review "
                                    "cannot compare with it"), result.stderr
    assert "replace" not in result.stderr, result.stderr


def test_a_history_cut_by_the_grafts_file_names_that_file(tmp_path, monkeypatch):
    """Before: only `git replace --delete ID`, which cannot undo a line of .git/info/grafts."""
    r = diverged(tmp_path)
    r.git("checkout", "-q", "feature")
    r.git("config", "advice.graftFileDeprecated", "false")
    tip = r.git("rev-parse", "feature").stdout.strip()
    (r.root / ".git" / "info").mkdir(exist_ok=True)
    (r.root / ".git" / "info" / "grafts").write_text(tip + "\n", encoding="ascii")
    monkeypatch.chdir(r.root)
    result = review("main")
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    said = result.stderr
    assert said.count("\n") == 1, said
    assert said.startswith(f"cxkit: the history here is cut by replaced commits (commit {tip[:7]}, in "
                           ".git/info/grafts) and does not hold the commit where the current branch left 'main' ("), said
    assert "remove the replacements (the commit's line of .git/info/grafts)" in said, said
    assert "git replace --delete" not in said, said
    assert "GIT_NO_REPLACE_OBJECTS" not in said, said  # it does not reach the grafts file


def test_a_graft_kept_on_purpose_can_be_read_around_without_deleting_it(tmp_path, monkeypatch):
    """Before: only `git replace --delete ID`. The advised variable gives the pull request's review."""
    grafted_feature(tmp_path, monkeypatch)
    said = review("main").stderr
    assert ("and run again, or run with GIT_NO_REPLACE_OBJECTS=1 to read the history as committed; "
            "or, to compare with 'main' as it is now") in said, said
    monkeypatch.setenv("GIT_NO_REPLACE_OBJECTS", "1")
    result = review("main", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert '"base": "main..."' in result.stdout
