"""`cxkit diff` between revisions notes on stderr when the workspace's configuration differs
between them (as `cxkit review` names the settings): a quarter's diff says the rules changed too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli
from git_helpers import git, needs_git

pytestmark = needs_git


@pytest.fixture
def quarter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`q1`: a persona; `q2`: the persona edited and stale-review ignored in cxkit.toml."""
    (tmp_path / "ws").mkdir()
    root = enter_workspace(tmp_path / "ws", monkeypatch, config='lang = "pl"\n', git_identity=True,
                           files={"personas/tomek.yaml": PERSONA_PL})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "q1")
    git(root, "tag", "q1")
    (root / "cxkit.toml").write_text('lang = "pl"\nignore = ["stale-review"]\n', encoding="utf-8")
    (root / "personas" / "tomek.yaml").write_text(PERSONA_PL.replace("  age: 34\n", "  age: 35\n"), encoding="utf-8")
    git(root, "commit", "-qam", "q2")
    git(root, "tag", "q2")
    return root


#: In Polish, as the diff of these Polish documents is (tests/test_review_polish_words_s34.py).
NOTE = ("cxkit: uwaga: cxkit.toml różni się między 'q1' a 'q2' (ignore); "
        "każdą stronę czyta się z jej własną konfiguracją\n")


@pytest.mark.parametrize("args", [["q1", "q2"], ["q1..q2"], ["q1", "q2", "-f", "json"], ["q1", "q2", "--stat"]])
def test_a_config_changed_between_the_revisions_is_noted(quarter, args):
    result = run_cli("diff", *args)
    assert result.exception is None and result.exit_code == 1
    assert result.stderr == NOTE
    if "json" in args:
        assert [e["path"] for e in json.loads(result.stdout)] == ["demographics.age"]  # stdout stays JSON


def test_against_the_working_tree_it_names_the_working_tree(quarter):
    result = run_cli("diff", "q1")
    assert result.stderr == NOTE.replace("'q2'", "kopią roboczą")


def test_no_note_when_the_config_is_the_same(quarter):
    (quarter / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    git(quarter, "commit", "-qam", "q3")
    result = run_cli("diff", "q2", "HEAD")
    assert result.exit_code == 1 and result.stderr == ""
