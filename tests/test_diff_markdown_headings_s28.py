"""Markdown headings name the working tree and the index in plain words (session 28).

Before: `cxkit diff -f md` was headed "## cxkit diff: `index` → working tree" and a review
"## cxkit review: `origin/main` → working tree": git's words, jargon in a pull-request comment a
product manager reads. Now "staged" and "working copy"; revisions and folders keep their names.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

SARAH = """\
kind: persona
id: sarah-expat-contractor
name: Sarah Collins
lang: en
reviewed: 2026-11-20
summary: A British UX contractor in Kraków who invoices two UK clients in pounds and files Polish VAT.
sources:
  - {id: interviews, type: interviews, n: 9, date: 2026-10-12}
goals:
  - Send an English invoice that is also valid in KSeF within a day of finishing a sprint
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "faktura24")
    r.write("personas/sarah-expat-contractor.yaml", SARAH)
    r.commit("Sarah")
    r.write("personas/sarah-expat-contractor.yaml", SARAH.replace("two UK clients", "three UK clients"))
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize(("args", "heading"), [
    ([], "## cxkit diff: staged → working copy"),
    (["HEAD"], "## cxkit diff: `HEAD` → working copy"),
    (["--cached"], "## cxkit diff: `HEAD` → staged"),
])
def test_diff_headings_in_plain_words(repo, args, heading):
    result = run_cli("diff", "-f", "md", *args)
    assert result.exception is None
    assert result.stdout.splitlines()[0] == heading


def test_review_heading_in_plain_words(repo):
    result = run_cli("review", "main")
    head = result.stdout.splitlines()[1]  # then the sides' commits, short (session 29)
    assert head.startswith("## cxkit review: `main` (") and " → working copy (" in head, head


def test_guard_folders_keep_their_names(repo, tmp_path, monkeypatch):
    for folder in ("przed", "po"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "sarah.yaml").write_text(SARAH if folder == "przed" else SARAH.replace("two", "three"),
                                                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "-f", "md", "przed", "po")
    assert result.stdout.splitlines()[0] == "## cxkit diff: `przed` → `po`"
