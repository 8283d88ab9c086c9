"""A name that is both a revision and a folder, followed by a revision, is told the one spelling that works (session 27).

Before: with a branch `klient` beside a folder `klient/`, `cxkit diff klient main` was refused (as git
refuses it) with "for the folder `cxkit diff -- klient main` (or `cxkit diff ./klient main`)", two
commands that fail in turn ("main: no such path"): read as a folder, `klient` leaves `main`, a
revision and no path, where a path would have to be.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """`main` with klient/tomek.yaml and personas/ola.yaml; a branch `klient` from before them."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("notatki.txt", "notatki\n")
    r.commit("Start")
    r.git("branch", "klient")
    r.write("klient/tomek.yaml", PERSONA_PL)
    r.write("personas/ola.yaml", PERSONA_PL.replace("tomek", "ola"))
    r.commit("Klient")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("args", "spelling"), [
    (("klient", "main"), ("klient", "main", "--")),
    (("klient", "main", "personas"), ("klient", "main", "--", "personas")),
])
def test_followed_by_a_revision_only_the_revision_is_offered(team, args, spelling):
    code, out, err = run("diff", *args)
    assert (code, out) == (2, "")
    assert err == ("cxkit: 'klient' names both a git revision and a folder here, which git refuses as ambiguous; "
                   "followed by 'main', a revision and no path, it can only be the revision: write "
                   f"`cxkit diff {' '.join(spelling)}`\n")
    code, out, err = run("diff", *spelling)  # the spelling offered works: klient lacks what main added
    assert (code, err) == (1, "") and "nowa persona „" in out


def test_followed_by_a_path_both_spellings_are_offered(team):
    # Guard: `cxkit diff klient nowa.yaml` may mean the folder and a file mistyped, or the branch.
    code, _out, err = run("diff", "klient", "nowa.yaml")
    assert code == 2 and "for the revision write `cxkit diff klient -- nowa.yaml`, for the folder " \
                         "`cxkit diff -- klient nowa.yaml` (or `cxkit diff ./klient nowa.yaml`)" in err
