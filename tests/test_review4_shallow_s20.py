"""`cxkit review HEAD~1` in a depth-1 CI clone (the commonest shallow case), `@~5`, `ORIG_HEAD^` or a
mistyped sha name no branch: the advice is to fetch the history, never `git fetch origin HEAD:HEAD`
or 'origin/HEAD~1' (review4 R4-4). A plain branch name keeps the branch advice."""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import Repo

from cxkit.diff.git import FULL_CLONE

OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""


def shallow_message(name: str) -> str:
    return (f"cxkit: unknown revision '{name}': this clone is shallow, and may not hold it (a shallow clone of one "
            f"branch holds no other); fetch the history ({FULL_CLONE}; "
            "by hand `git fetch --unshallow`) and run again\n")


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def _origin(tmp_path) -> Repo:
    origin = Repo(tmp_path / "origin")
    origin.write("cxkit.toml", 'lang = "pl"\n')
    origin.write("personas/ola.yaml", OLA)
    origin.commit("Ola")
    origin.write("personas/ola.yaml", OLA.replace("Gdyni", "Gdańsku"))
    origin.commit("Gdańsk")
    return origin


def _clone(origin: Repo, dest, monkeypatch, *args: str) -> Repo:
    origin.git("clone", "-q", *args, f"file://{origin.root}", str(dest))
    r = Repo.__new__(Repo)
    r.root, r.env = dest, origin.env
    monkeypatch.chdir(dest)
    return r


@pytest.mark.parametrize("origin_head", [True, False], ids=["plain-clone", "no-origin-HEAD"])
@pytest.mark.parametrize("rev", ["HEAD~1", "HEAD^", "@~5", "ORIG_HEAD^", "abc1234"])
@pytest.mark.parametrize("command", ["review", "diff"])
def test_history_missing_in_a_shallow_clone_gets_the_fetch_history_advice(
        tmp_path, monkeypatch, command, rev, origin_head):
    clone = _clone(_origin(tmp_path), tmp_path / "clone", monkeypatch, "--depth", "1")
    if not origin_head:  # as actions/checkout or `git clone --branch X` leave it
        clone.git("remote", "set-head", "origin", "-d")
    result = cli(command, rev)
    assert result.exit_code == 2
    assert result.stderr == shallow_message(rev)
    # The advice works: after it, `HEAD~1` is there.
    if rev == "HEAD~1":
        assert clone.git("fetch", "-q", "--unshallow", check=False).returncode == 0
        assert cli(command, rev).exit_code in (0, 1)


def test_a_full_clone_with_too_short_a_history_gets_no_branch_advice(tmp_path, monkeypatch):
    _clone(_origin(tmp_path), tmp_path / "clone", monkeypatch)
    for rev, shown in [("HEAD~30", "HEAD~30"), ("@~5", "@~5"), ("main~9", "main~9"), ("abc1234", "abc1234")]:
        result = cli("review", rev)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"cxkit: nieznana rewizja „{shown}”"), rev  # the workspace's Polish (s40)
        assert "fetch" not in result.stderr and "branch" not in result.stderr and "wpisz" not in result.stderr, rev


def test_a_plain_branch_name_keeps_the_branch_advice(tmp_path, monkeypatch):
    _clone(_origin(tmp_path), tmp_path / "clone", monkeypatch)
    result = cli("review", "wydanie~1")
    assert result.exit_code == 2
    assert result.stderr == (  # in Polish, the workspace's language (s40)
        "cxkit: nieznana rewizja „wydanie~1”; jeśli to gałąź z origin, `git fetch origin wydanie:wydanie` "
        "utworzy ją tutaj (albo wpisz „origin/wydanie~1” po `git fetch origin wydanie:refs/remotes/origin/wydanie`)\n")
