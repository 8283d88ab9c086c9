"""A branch whose name is all hex digits (`cafe`, `deadbeef`) is a branch name too: the advice for a
revision the clone does not have asks the remote's branches before taking it for a commit id."""

from __future__ import annotations

import re
import shlex

import pytest

from conftest import run_cli
from git_helpers import Repo

from cxkit.diff.git import FULL_CLONE
from test_diff_shallow_s20 import OLA

SHALLOW = ("cxkit: unknown revision '{name}': this clone is shallow, and may not hold it (a shallow clone of one "
           "branch holds no other); fetch the history (" + FULL_CLONE + "; by "
           "hand `git fetch --unshallow`) and run again")


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def shallow(tmp_path, monkeypatch) -> Repo:
    """A clone of `feature` one commit deep; the origin also has the branches `cafe` and `deadbeef`."""
    origin = Repo(tmp_path / "origin")
    origin.write("cxkit.toml", 'lang = "pl"\n')
    origin.write("personas/ola.yaml", OLA)
    origin.commit("Ola")
    for branch, city in (("cafe", "Gdańsku"), ("deadbeef", "Sopocie")):
        origin.git("checkout", "-q", "-b", branch, "main")
        origin.write("personas/ola.yaml", OLA.replace("Gdyni", city))
        origin.commit(f"Półmaraton w {city}")
    origin.git("checkout", "-q", "-b", "feature", "main")
    origin.write("personas/ola.yaml", OLA.replace("1:55", "1:50"))
    origin.commit("Szybciej")
    clone = tmp_path / "clone"
    origin.git("clone", "-q", "--depth", "1", "--branch", "feature", f"file://{origin.root}", str(clone))
    r = Repo.__new__(Repo)
    r.root, r.env = clone, origin.env
    monkeypatch.chdir(clone)
    return r


@pytest.mark.parametrize("name", ["cafe", "deadbeef"])
@pytest.mark.parametrize("command", ["diff", "review"])
def test_a_hex_branch_the_shallow_clone_lacks_gets_the_fetch_that_makes_it(shallow, command, name):
    result = cli(command, f"{name}...")
    assert result.exit_code == 2
    assert result.stderr == SHALLOW.format(name=name) + (
        f"; if '{name}' is a branch of origin, not a commit, even then it is no branch of this clone: "
        f"`git fetch origin {name}:{name}` makes it (or write 'origin/{name}...' after "
        f"`git fetch origin {name}:refs/remotes/origin/{name}`)\n"
    )
    # The advice works, in the order given.
    for fetch in ["git fetch --unshallow", *re.findall(rf"`(git fetch origin {name}:{name})`", result.stderr)]:
        proc = shallow.git(*shlex.split(fetch)[1:], check=False)
        assert proc.returncode == 0, f"{fetch}: {proc.stderr}"
    again = cli(command, f"{name}...")
    assert again.exit_code in (0, 1), again.stderr


@pytest.mark.parametrize(("typed", "written"), [("cafe...", "origin/cafe..."), ("cafe", "origin/cafe"),
                                                 ("deadbeef~1", "origin/deadbeef~1"), ("main..cafe", "origin/cafe")])
def test_a_hex_branch_that_is_here_as_the_remotes_is_named(shallow, typed, written):
    shallow.git("fetch", "-q", "--unshallow", "origin", "cafe:refs/remotes/origin/cafe",
                "deadbeef:refs/remotes/origin/deadbeef", "main:main")
    result = cli("diff", typed)
    assert result.exit_code == 2
    missing = "deadbeef~1" if typed.startswith("deadbeef") else "cafe"
    branch = missing.removesuffix("~1")
    assert result.stderr == (  # in Polish, the workspace's language (s40)
        f"cxkit: nieznana rewizja „{missing}”: nie ma tu gałęzi „{branch}”, ale jest „origin/{branch}”: "
        f"wpisz „{written}”\n"
    )
    assert cli("diff", written).exit_code in (0, 1)


def test_a_commit_id_the_clone_lacks_is_still_no_branch(shallow):
    # Letters and digits mixed, as an abbreviated commit id: no branch advice (guard).
    assert cli("diff", "a1b2c3d...").stderr == SHALLOW.format(name="a1b2c3d") + "\n"
    shallow.git("fetch", "-q", "--unshallow")
    assert cli("diff", "a1b2c3d").stderr == "cxkit: nie ma takiego pliku ani rewizji: a1b2c3d\n"  # a Polish workspace
    whole = "0123456789abcdef0123456789abcdef01234567"
    assert cli("diff", whole).stderr == f"cxkit: nieznana rewizja „{whole}”: git nie zna takiej gałęzi, tagu ani commitu\n"
