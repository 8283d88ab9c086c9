"""Advice for `origin` when the only remote is named otherwise (session 27).

Before, in a clone whose only remote is `upstream` (`git clone -o upstream`, or a fork's
checkout): `cxkit review origin` read the remote's name as a branch of upstream and advised
"`git fetch upstream origin:origin` makes it"; and `cxkit review origin/HEAD` said to add the remote
`origin` although `upstream/main` is here. git reads `origin` as `origin/HEAD`, the remote's
default branch: now both name upstream's default branch, and `upstream` alone, where `git remote
add` + `git fetch` set no `upstream/HEAD`, names `upstream/main` and `git remote set-head`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


def git(env: dict[str, str], cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture
def shared(tmp_path) -> tuple[Path, dict[str, str]]:
    """The team's shared repository (bare), with one commit on main."""
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Persony")
    git(r.env, tmp_path, "clone", "-q", "--bare", str(r.root), "wspolne.git")
    return tmp_path / "wspolne.git", r.env


@pytest.fixture
def cloned(shared, tmp_path, monkeypatch) -> Path:
    """`git clone -o upstream`: upstream/HEAD points at upstream/main."""
    bare, env = shared
    git(env, tmp_path, "clone", "-q", "-o", "upstream", str(bare), "klon")
    monkeypatch.chdir(tmp_path / "klon")
    return tmp_path / "klon"


@pytest.fixture
def added(shared, tmp_path, monkeypatch) -> Path:
    """`git remote add upstream` and `git fetch`: no upstream/HEAD."""
    bare, env = shared
    here = tmp_path / "fork"
    here.mkdir()
    git(env, here, "init", "-q", "-b", "main")
    git(env, here, "remote", "add", "upstream", str(bare))
    git(env, here, "fetch", "-q", "upstream")
    git(env, here, "checkout", "-q", "-b", "praca", "upstream/main")
    monkeypatch.chdir(here)
    return here


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


NO_ORIGIN = "this repository has no remote 'origin' (its remotes: upstream): write"


@pytest.mark.parametrize(("command", "rev", "said"), [
    ("review", "origin", f"unknown revision 'origin': {NO_ORIGIN} 'upstream/main'"),
    ("review", "origin/HEAD", f"unknown revision 'origin/HEAD': {NO_ORIGIN} 'upstream/main'"),
    ("diff", "origin...", f"unknown revision 'origin': {NO_ORIGIN} 'upstream/main...'"),
    ("diff", "origin~1", f"unknown revision 'origin~1': {NO_ORIGIN} 'upstream/main~1'"),
])
def test_origin_names_the_default_branch_of_the_only_remote(cloned, command, rev, said):
    assert run(command, rev) == (2, f"cxkit: {said}\n")


def test_origin_head_without_upstream_head(added):
    # The reviewer's case: the remote's HEAD was never set, yet upstream/main is here.
    assert run("review", "origin/HEAD") == (2, f"cxkit: unknown revision 'origin/HEAD': {NO_ORIGIN} 'upstream/main'\n")
    assert run("review", "origin") == (2, f"cxkit: unknown revision 'origin': {NO_ORIGIN} 'upstream/main'\n")


def test_the_remote_alone_without_its_head(added):
    assert run("review", "upstream") == (2, (
        "cxkit: unknown revision 'upstream': the default branch of upstream is not known here (upstream/HEAD is set "
        "by `git clone`); write 'upstream/main', or `git remote set-head upstream --auto` sets it\n"))


def test_the_advice_works_and_a_remote_branch_keeps_its_advice(cloned):
    assert run("review", "upstream/main")[0] == 0
    assert run("review", "upstream")[0] == 0  # upstream/HEAD is here: git's short name works
    assert run("review", "origin/main") == (2, f"cxkit: unknown revision 'origin/main': {NO_ORIGIN} 'upstream/main', "
                                               "or compare with the local branch 'main': write 'main'\n")
