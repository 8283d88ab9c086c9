"""`C^!`, `C^-N` and `C^@` at the edge of a shallow clone (session 27).

In a depth-1 clone (a CI checkout of a pull request's merge commit), `cxkit review 'HEAD^!'` said
"'HEAD' is the first commit and has no parent": the parents exist, they were only not fetched, and
`HEAD~1` already said "this clone is shallow". Now the `^!` / `^-` / `^@` forms say so too, with the
fetch to run; a real first commit keeps its message.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import Repo

from cxkit.diff.git import FULL_CLONE

FETCH = f"fetch the history ({FULL_CLONE}; by hand `git fetch --unshallow`) and run again"


def cli(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def _clone(origin: Repo, tmp_path, monkeypatch) -> Repo:
    clone = tmp_path / "clone"
    origin.git("clone", "-q", "--depth", "1", f"file://{origin.root}", str(clone))
    r = Repo.__new__(Repo)
    r.root, r.env = clone, origin.env
    monkeypatch.chdir(clone)
    return r


@pytest.fixture
def merged(tmp_path, monkeypatch) -> Repo:
    """A depth-1 clone whose one commit is a merge (as a pull request's merge commit is checked out)."""
    origin = Repo(tmp_path / "origin")
    origin.write("personas/tomek.yaml", PERSONA_PL)
    origin.commit("Tomek")
    origin.git("checkout", "-q", "-b", "zmiana")
    origin.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1))
    origin.commit("Tomasz")
    origin.git("checkout", "-q", "main")
    origin.write("personas/ola.yaml", PERSONA_PL.replace("Tomek", "Ola", 1).replace("id: tomek", "id: ola"))
    origin.commit("Ola")
    origin.git("merge", "-q", "--no-edit", "zmiana")
    return _clone(origin, tmp_path, monkeypatch)


@pytest.mark.parametrize("command", ["review", "diff"])
@pytest.mark.parametrize("rev", ["HEAD^!", "HEAD^-", "HEAD^-2"])
def test_unfetched_parents_are_a_shallow_clone(merged, command, rev):
    said = f"cxkit: this clone is shallow and does not hold the 2 parents of 'HEAD', so '{rev}' names nothing to compare it with; {FETCH}\n"
    assert cli(command, rev) == (2, "", said)


def test_parents_of_a_merge_at_the_edge(merged):
    said = f"cxkit: this clone is shallow and does not hold the 2 parents of 'HEAD', so 'HEAD^@' names none; {FETCH}\n"
    assert cli("diff", "HEAD^@") == (2, "", said)


def test_one_parent_not_fetched(tmp_path, monkeypatch):
    origin = Repo(tmp_path / "origin")
    origin.write("personas/tomek.yaml", PERSONA_PL)
    origin.commit("Tomek")
    origin.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1))
    origin.commit("Tomasz")
    _clone(origin, tmp_path, monkeypatch)
    said = f"cxkit: this clone is shallow and does not hold the parent of 'HEAD', so 'HEAD^!' names nothing to compare it with; {FETCH}\n"
    assert cli("review", "HEAD^!") == (2, "", said)


def test_a_real_first_commit_keeps_its_message(tmp_path, monkeypatch):
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    monkeypatch.chdir(r.root)
    code, out, err = cli("diff", "HEAD^!")
    assert (code, out) == (2, "") and err.startswith("cxkit: 'HEAD' is the first commit and has no parent, so 'HEAD^!' ")
