"""A branch name the clone does not have (`cxkit review main...` in a CI checkout of another branch):
the advice names the branch (`main`, not `main...`) and a fetch that makes it, shallow clone or not,
and points to `origin/main` when that is here (review2 R2-5)."""

from __future__ import annotations

import re
import shlex

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

SHALLOW = ("cxkit: unknown revision 'main': this clone is shallow, and may not hold it (a shallow clone of one branch "
           f"holds no other); fetch the history ({FULL_CLONE}; by hand "
           "`git fetch --unshallow`) and run again; ")


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
    """A clone of `feature` one commit deep: `main` is neither a branch nor a remote's branch here."""
    origin = Repo(tmp_path / "origin")
    origin.write("cxkit.toml", 'lang = "pl"\n')
    origin.write("personas/ola.yaml", OLA)
    origin.commit("Ola")
    origin.git("checkout", "-q", "-b", "feature")
    origin.write("personas/ola.yaml", OLA.replace("1:55", "1:50"))
    origin.commit("Szybciej")
    origin.git("checkout", "-q", "main")
    origin.write("personas/ola.yaml", OLA.replace("Gdyni", "Gdańsku"))
    origin.commit("Gdańsk")
    clone = tmp_path / "clone"
    origin.git("clone", "-q", "--depth", "1", "--branch", "feature", f"file://{origin.root}", str(clone))
    r = Repo.__new__(Repo)
    r.root, r.env = clone, origin.env
    monkeypatch.chdir(clone)
    return r


@pytest.mark.parametrize("command", ["review", "diff"])
def test_a_branch_the_shallow_clone_lacks_gets_a_fetch_that_makes_it(shallow, command):
    result = cli(command, "main...")
    assert result.exit_code == 2
    assert result.stderr == SHALLOW + (
        "even then 'main' is no branch of this clone: `git fetch origin main:main` makes it (or write "
        "'origin/main...' after `git fetch origin main:refs/remotes/origin/main`)\n"
    )
    # The advice works, in the order given: the history, then the branch; `main...` as typed runs.
    for fetch in ["git fetch --unshallow", *re.findall(r"`(git fetch origin main:main)`", result.stderr)]:
        proc = shallow.git(*shlex.split(fetch)[1:], check=False)
        assert proc.returncode == 0, f"{fetch}: {proc.stderr}"
    again = cli(command, "main...")
    assert again.exit_code in (0, 1), again.stderr


def test_the_other_way_works_too(shallow):
    result = cli("review", "main...")
    [fetch] = re.findall(r"after `(git fetch [^`]+)`", result.stderr)
    shallow.git("fetch", "-q", "--unshallow")
    shallow.git(*shlex.split(fetch)[1:])
    again = cli("review", "origin/main...", "-f", "json")
    assert again.exit_code in (0, 1), again.stderr


def test_after_unshallowing_the_branch_is_named_without_the_dots_and_still_advised(shallow):
    shallow.git("fetch", "-q", "--unshallow")
    result = cli("review", "main...")
    assert result.exit_code == 2
    assert result.stderr == (  # in Polish, the workspace's language (s40)
        "cxkit: nieznana rewizja „main”; jeśli to gałąź z origin, `git fetch origin main:main` utworzy ją tutaj (albo "
        "wpisz „origin/main...” po `git fetch origin main:refs/remotes/origin/main`)\n"
    )


@pytest.mark.parametrize(("typed", "written"), [("main...", "origin/main..."), ("main", "origin/main"),
                                                 ("main~1", "origin/main~1")])
def test_a_branch_that_is_here_as_the_remotes_is_named(shallow, typed, written):
    shallow.git("fetch", "-q", "--unshallow", "origin", "main:refs/remotes/origin/main")
    result = cli("diff", typed)
    assert result.exit_code == 2
    missing = typed.removesuffix("...")
    assert result.stderr == (  # in Polish, the workspace's language (s40)
        f"cxkit: nieznana rewizja „{missing}”: nie ma tu gałęzi „main”, ale jest „origin/main”: "
        f"wpisz „{written}”\n"
    )
    assert cli("diff", written).exit_code in (0, 1)


def test_without_a_remote_the_name_alone(tmp_path, monkeypatch):
    r = Repo(tmp_path / "ws")
    r.write("personas/ola.yaml", OLA)
    r.commit("Ola")
    monkeypatch.chdir(r.root)
    for command in ("review", "diff"):
        assert cli(command, "nie-ma...").stderr == "cxkit: unknown revision 'nie-ma'\n"
