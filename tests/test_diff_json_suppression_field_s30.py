"""`diff -f json` and `review -f json` mark a suppression comment added or removed with
`"suppression_comment": true`: a script no longer has to guess it from the `path` text."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import PAWEL_SILENCED, Repo, committed, needs_git

pytestmark = needs_git

PAWEL = PAWEL_SILENCED


@pytest.fixture
def shop(tmp_path, monkeypatch) -> Repo:
    return committed(tmp_path / "pasmo", monkeypatch, {"personas/pawel.yaml": PAWEL})


def test_diff_json_marks_the_comments_added_and_removed_and_nothing_else(shop):
    changed = PAWEL.replace("  # cxkit: disable=pseudo-profiling", "")
    # A goal whose text reads like a comment is a value, not a suppression.
    changed = changed.replace("name: Paweł Czerski", "name: Paweł Czerski\nmotto: '# cxkit: disable=ALL'")
    shop.write("personas/pawel.yaml", "# cxkit: disable-file=stale-review\n" + changed)
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    marked = {(e["op"], e["path"]) for e in entries if e.get("suppression_comment") is True}
    assert marked == {("added", "# cxkit: disable-file=stale-review"), ("removed", "# cxkit: disable=pseudo-profiling")}
    [value] = [e for e in entries if "suppression_comment" not in e]
    assert (value["op"], value["path"], value["new"]) == ("added", "motto", "# cxkit: disable=ALL")
    # The fields every change has are as they were.
    for e in entries:
        assert list(e)[:6] == ["op", "document", "file", "path", "old", "new"]


def test_review_json_changes_mark_the_comment(shop):
    shop.write("personas/pawel.yaml", "# cxkit: disable-file=ALL\n" + PAWEL)
    report = json.loads(run_cli("review", "HEAD", "-f", "json").stdout)
    [entry] = report["changes"]
    assert entry == {"op": "added", "document": "pawel-programista", "file": "personas/pawel.yaml",
                     "path": "# cxkit: disable-file=ALL", "old": None, "new": "# cxkit: disable-file=ALL",
                     "suppression_comment": True, "silences": True}  # review lints: it silences Paweł's findings
