"""Session 23b (tester8 M1, `cxkit diff REV`): a revision that holds commits the other side has not
got is compared as it is, as `git diff REV` compares it, with a note on stderr naming `REV...`."""

from __future__ import annotations

import pytest

from conftest import run_cli
from test_review_merge_base_s23b import OLA, behind  # noqa: F401 - the fixture

_NOTE = ("cxkit: note: 'main' has 1 commit the current branch has not got, so what they changed shows here as "
         "undone; `cxkit diff main...` compares with where the branch left 'main'\n")


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "100")


def diff(*args: str):
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_diff_with_a_branch_ahead_notes_it(behind):
    """Before: main's edit of Ola shown as undone, no word why."""
    result = diff("main")
    assert result.exit_code == 1
    assert "Ilustratorka" in result.stdout  # compared as git diff compares it
    assert result.stderr == _NOTE
    assert diff("main", "--", "personas").stderr == _NOTE


def test_diff_of_two_revisions_notes_the_first_one_ahead(behind):
    behind.git("checkout", "-q", "main")
    result = diff("main", "feature")
    assert result.stderr == (
        "cxkit: note: 'main' has 1 commit 'feature' has not got, so what they changed shows here as undone; "
        "`cxkit diff main...feature` compares with where 'feature' left 'main'\n"
    )


def test_diff_cached_notes_it(behind):
    result = diff("--cached", "main")
    assert result.stderr == (
        "cxkit: note: 'main' has 1 commit the current branch has not got, so what they changed shows here as "
        "undone; `cxkit diff --cached main...` compares with where the branch left 'main'\n"
    )


def test_no_note_for_a_range_an_ancestor_or_the_merge_base(behind):
    """Guards: `main..`, `main...`, `HEAD~1` and a revision the branch holds say nothing more."""
    for args in (["main.."], ["main..feature"], ["main..."], ["HEAD~1"], ["--cached", "HEAD~1"], ["main...feature"]):
        assert diff(*args).stderr == "", args
    behind.git("checkout", "-q", "main")
    assert diff("feature~1").stderr == ""
