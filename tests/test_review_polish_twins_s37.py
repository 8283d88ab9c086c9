"""`cxkit review` of a Polish workspace reads a stale `disable=RULE` comment's rule from the English twin.

In a workspace with `lang = "pl"` an unused-suppression (CX005) finding's message is Polish; review
reads which rule the stale comment names (to know whether the document rules judge it, and whether
the branch's config silences that rule) from its English twin (`Finding.english_message`). Read from
the Polish text, it names no rule: the stale comment of a document the branch broke would be "fixed",
and one whose rule the branch ignores "fixed" instead of suppressed.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import VAGUE_LINE, Repo
from git_helpers import STALE_OLA as OLA
from git_helpers import TYPO_LINES as TYPO


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture(params=["pl", "en"])
def repo(request: pytest.FixtureRequest, tmp_path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """BASE: a Polish (or English) workspace whose persona has a stale `disable=pseudo-profiling` comment
    and a vague behaviour pseudo-profiling reports."""
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "{request.param}"\n')
    r.write("personas/ola.yaml", OLA + VAGUE_LINE)
    r.commit("base")
    monkeypatch.chdir(r.root)
    return r


def review() -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _stale_message(repo: Repo) -> str:
    lint = run_cli("lint", "--no-cache", "--format", "json")
    [f] = [f for f in json.loads(lint.stdout) if f["rule"] == "unused-suppression"]
    return f["message"]


def test_the_stale_comment_of_a_document_the_branch_broke_is_not_compared_s37(repo: Repo) -> None:
    polish = "pl" in (repo.root / "cxkit.toml").read_text(encoding="utf-8")
    # The workspace's own language: the finding review must place is Polish in a Polish workspace.
    assert ("niczego nie wycisza" in _stale_message(repo)) is polish
    repo.write("personas/ola.yaml", OLA + VAGUE_LINE + TYPO)
    code, report = review()
    assert code == 1
    assert [(f["rule"], f["path"]) for f in report["introduced"]] == [("schema", "personas/ola.yaml")]
    # The document rules did not run on the broken persona: its stale comment is not fixed, only not compared.
    assert report["fixed"] == []
    assert sorted((f["side"], f["rule"]) for f in report["not_compared_findings"]) == [
        ("before", "pseudo-profiling"), ("before", "unused-suppression"),
    ]


def test_a_stale_comment_whose_rule_the_branch_ignores_is_suppressed_not_fixed_s37(repo: Repo) -> None:
    lang = (repo.root / "cxkit.toml").read_text(encoding="utf-8")
    repo.write("cxkit.toml", lang + 'ignore = ["pseudo-profiling"]\n')
    code, report = review()
    assert code == 0
    assert [f for f in report["fixed"] if f["rule"] == "unused-suppression"] == []
    [s] = [s for s in report["suppressed"] if s["rule"] == "unused-suppression"]
    assert (s["path"], s["line"]) == ("personas/ola.yaml", 8)
    assert s["suppressed_by"] == {"by": "config", "key": "ignore", "file": "cxkit.toml"}
