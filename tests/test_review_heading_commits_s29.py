"""The review comment's heading names the commit of each side (session 29).

Before: ``## cxkit review: `main` → working copy``, with no commit: a comment left on a pull request
could not be told from the one of an earlier push, and a working tree with edits not committed
(a CI step that ran `cxkit fmt` first, a local run) read as the commit checked out. Now:
``## cxkit review: `main` (1a2b3c4) → working copy (5d6e7f8)``, and `(5d6e7f8 with uncommitted edits)`
when a YAML or TOML file under the paths reviewed differs from HEAD; the report redirected into
the working tree (`> review.md`) is no edit.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: Ewa Żółkiewska
lang: pl
reviewed: 2026-11-20
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 jednoosobowe firmy i od lutego 2026 wysyła faktury przez KSeF.
sources:
  - {id: wywiady, type: interviews, n: 9, date: 2026-10-12}
goals:
  - Wysłać wszystkie faktury klientów przez KSeF przed 10. dniem miesiąca
"""
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
    r.write("personas/ewa-ksiegowa-biuro.yaml", EWA)
    r.commit("Ewa")
    r.git("checkout", "-q", "-b", "pr/sarah")
    r.write("personas/sarah-expat-contractor.yaml", SARAH)
    r.commit("Sarah")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def short(repo: Repo, rev: str) -> str:
    return repo.git("rev-parse", "--short=7", rev).stdout.strip()


def heading(*args: str) -> str:
    result = run_cli("review", *args)
    assert result.exception is None, repr(result.exception)
    return result.stdout.splitlines()[1]


def test_a_clean_checkout_names_both_commits(repo):
    assert heading("main") == f"## cxkit review: `main` ({short(repo, 'main')}) → working copy ({short(repo, 'HEAD')})"


def test_the_report_file_redirected_into_the_checkout_is_no_edit(repo):
    (repo.root / "review.md").write_text("", encoding="utf-8")  # what `> review.md` leaves before cxkit runs
    assert heading("main").endswith(f"→ working copy ({short(repo, 'HEAD')})")


@pytest.mark.parametrize("edit", ["changed", "staged", "new", "config"])
def test_edits_not_committed_are_said(repo, edit):
    if edit == "config":
        repo.write("cxkit.toml", 'lang = "pl"\n')
    elif edit == "new":
        repo.write("personas/ewa-druga.yaml", EWA.replace("ewa-ksiegowa-biuro", "ewa-druga"))
    else:
        repo.write("personas/sarah-expat-contractor.yaml", SARAH.replace("two UK clients", "three UK clients"))
        if edit == "staged":
            repo.git("add", "-A")
    assert heading("main").endswith(f"→ working copy ({short(repo, 'HEAD')} with uncommitted edits)")


def test_the_base_a_branch_left_is_named_by_that_commit(repo):
    fork = short(repo, "main")
    repo.git("checkout", "-q", "main")
    repo.write("personas/ewa-ksiegowa-biuro.yaml", EWA.replace("62", "64"))
    repo.commit("Ewa: 64 firmy")
    repo.git("checkout", "-q", "pr/sarah")
    assert heading("main").startswith(f"## cxkit review: `main...` ({fork}) → working copy (")


def test_guard_json_is_unchanged(repo):
    result = run_cli("review", "main", "-f", "json")
    assert "with uncommitted edits" not in result.stdout and short(repo, "HEAD") not in result.stdout
