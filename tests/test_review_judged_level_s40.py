"""`cxkit review` says when BASE's stricter `fail-level` judged it, and its help says so (tester44 L2).

With `fail-level = "never"` written in the configs on the branch, `cxkit review main` exits 1 (BASE's
`warning` judges: a change must not loosen its own gate, docs/diff.md). The report said "Configuration changed
(fail-level)" and "fails: 1 finding at `warning` level", but not that `warning` was main's level, not the branch's.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import REVIEW_DAN, REVIEW_OLA_VAGUE, Repo, review_personas, settle_review

#: Dan with a goal pseudo-profiling passes: on the branch a second, vague, is the one finding introduced (a warning).
DAN = REVIEW_DAN.replace("Values quality and lives in a big city",
                         "Switch his van insurance to a monthly plan before the March renewal")
assert DAN != REVIEW_DAN
DAN_VAGUE = DAN.replace("goals:\n", "goals:\n  - Values quality\n")


def _repo(tmp_path, monkeypatch, lang: str) -> Repo:
    settle_review(monkeypatch)
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "{lang}"\nfail-level = "warning"\n')
    for name, text in review_personas(lang, dan=DAN).items():
        r.write(f"personas/{name}", text)
    r.commit("base")
    r.git("checkout", "-q", "-b", "feature/q1-personas")
    monkeypatch.chdir(r.root)
    r.write("cxkit.toml", f'lang = "{lang}"\nfail-level = "never"\n')
    r.write("personas/ola.yaml" if lang == "pl" else "personas/dan.yaml",
            REVIEW_OLA_VAGUE if lang == "pl" else DAN_VAGUE)
    return r


def test_the_result_says_the_level_is_bases_s40(tmp_path, monkeypatch):
    """Fails before: "**Result:** fails: 1 finding at `warning` level or above introduced." alone."""
    _repo(tmp_path, monkeypatch, "en")
    result = run_cli("review", "main", "-f", "markdown")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert ("**Result:** fails: 1 finding at `warning` level or above introduced (the `fail-level` of `main`, "
            "stricter than this branch's `never`: a change does not loosen the gate it is judged by).") in result.stdout


def test_the_result_says_it_in_polish_s40(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, "pl")
    result = run_cli("review", "main", "-f", "markdown")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert ("**Wynik:** niezaliczony: 1 nowa uwaga na poziomie `warning` lub wyższym (próg `fail-level` z `main`, "
            "surowszy niż `never` tej gałęzi: zmiana nie łagodzi progu, którym jest oceniana).") in result.stdout


@pytest.mark.parametrize("args", [("--fail-level", "warning"), ()])
def test_no_such_words_when_the_branch_s_own_level_or_the_option_judged_s40(tmp_path, monkeypatch, args):
    """A guard: `--fail-level` given, or a branch that keeps BASE's level, says nothing of BASE's."""
    r = _repo(tmp_path, monkeypatch, "en")
    if not args:
        r.write("cxkit.toml", 'lang = "en"\nfail-level = "warning"\n')
    result = run_cli("review", "main", "-f", "markdown", *args)
    assert result.exit_code == 1
    assert "**Result:** fails: 1 finding at `warning` level or above introduced.\n" in result.stdout
    assert "stricter than this branch" not in result.stdout


def test_json_keeps_its_keys_s40(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, "en")
    report = json.loads(run_cli("review", "main", "-f", "json").stdout)
    assert report["fail_level"] == "warning"


def test_the_help_says_bases_stricter_level_wins_s40():
    """Fails before: "[default: fail-level in the config, else warning]" only."""
    result = run_cli("review", "--help")
    assert "BASE's config's when stricter" in " ".join(result.stdout.split())
