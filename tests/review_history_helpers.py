"""Set-ups of the review tests of a history without a merge base: grafts, replace refs, orphans (session 32)."""

from __future__ import annotations

import pytest

from git_helpers import Repo
from test_review_shallow_gate_s31 import diverged


def review_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed review date and width, and no git variable of the caller's that would change the history read."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.delenv("GIT_NO_REPLACE_OBJECTS", raising=False)
    monkeypatch.delenv("GIT_GRAFT_FILE", raising=False)


def grafted_feature(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """The diverged history with feature checked out and its tip grafted without parents (the history
    it shares with main cut off); the test's current folder."""
    r = diverged(tmp_path)
    r.git("checkout", "-q", "feature")
    r.git("replace", "--graft", "feature")
    monkeypatch.chdir(r.root)
    return r


def orphan_branch(r: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    """The branch od-zera started with no history and one commit on it, checked out; the test's current folder."""
    r.git("checkout", "-q", "--orphan", "od-zera")
    r.commit("Historia od zera")
    monkeypatch.chdir(r.root)
