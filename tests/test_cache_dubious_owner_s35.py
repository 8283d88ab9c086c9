"""A checkout git refuses as of dubious ownership (a container job running as root over the runner user's
workspace; tester37 M2): every run treats `.cxkit_cache` alike. It is not made there, as every later run
would refuse it: git cannot say that it ignores the folder, and a folder made there could not be told from
one the checkout brought. A CXKIT_CACHE_DIR outside the checkout is used as before.

Git is made to refuse the checkout with GIT_TEST_ASSUME_DIFFERENT_OWNER, git's own switch for its tests of
this check (git 2.35.2 and later), so no second user is needed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import committed, needs_git

pytestmark = needs_git

# The workspace is Polish, and so is the warning (session 38; test_polish_notes_s38 has it in English).
WARNING = ("cxkit: ostrzeżenie: folder pamięci podręcznej .cxkit_cache nie jest używany (leży w drzewie roboczym gita, a git "
           "nie umiał powiedzieć, czy śledzi w nim pliki); sprawdzono każdy plik; ustaw CXKIT_CACHE_DIR na folder poza "
           "kopią roboczą\n")


def run(*args: str):
    """One `cxkit` run, as a process of its own: the warnings said once per process are said again."""
    from cxkit.lint import cache

    cache._REFUSED.clear()
    cache._WARNED.clear()
    return run_cli(*args)


@pytest.fixture
def refused(tmp_path, monkeypatch):
    repo = committed(tmp_path / "zespol", monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "personas/tomek.yaml": PERSONA_PL})
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")
    done = subprocess.run(["git", "status"], cwd=repo.root, capture_output=True, text=True)
    if "dubious ownership" not in done.stderr:
        pytest.skip("this git does not check the owner of a repository")
    return repo.root


def test_lint_makes_no_cache_it_would_refuse_and_says_so_on_every_run(refused):
    """Fails before: the first run made .cxkit_cache (files-v1.json, runs-v1.json) without a word about it,
    and every later run refused it with this warning."""
    runs = [run("lint", "-f", "json") for _ in range(2)]
    assert [r.exit_code for r in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout
    for r in runs:
        assert WARNING in r.stderr
    assert not (refused / ".cxkit_cache").exists()


def test_fmt_makes_none_either(refused):
    """Fails before: `cxkit fmt --check` on a fresh checkout made .cxkit_cache (fmt-v1.json)."""
    for _ in range(2):
        result = run("fmt", "--check")
        assert result.exit_code == 0 and WARNING in result.stderr
    assert not (refused / ".cxkit_cache").exists()


def test_a_cache_folder_outside_the_checkout_is_made_and_used(refused, tmp_path, monkeypatch):
    outside = tmp_path / "cache"
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(outside))
    first, second = run("lint", "-f", "json"), run("lint", "-f", "json")
    assert first.stdout == second.stdout and first.exit_code == second.exit_code == 1
    assert "cache folder" not in first.stderr + second.stderr
    assert (outside / "files-v1.json").is_file()
    assert not (refused / ".cxkit_cache").exists()


def test_a_checkout_git_answers_for_gets_its_cache_as_before(refused, monkeypatch):
    monkeypatch.delenv("GIT_TEST_ASSUME_DIFFERENT_OWNER")
    first, second = run("lint"), run("lint")
    assert first.exit_code == second.exit_code == 1 and first.stdout == second.stdout
    assert "cache folder" not in first.stderr + second.stderr
    assert (Path(refused) / ".cxkit_cache" / "files-v1.json").is_file()
