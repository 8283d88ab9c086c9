"""A path in (or at) a git submodule is refused the same way by every form of `cxkit diff` (session 26).

Before: `cxkit diff -- klient/personas/dan.yaml` and `cxkit diff HEAD -- ...` said the file is
in the submodule (exit 2), but `--cached`, two revisions and a range compared nothing and said
"No semantic differences." (exit 0), as did naming the submodule itself or a glob inside it.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

DAN = PERSONA_EN.replace("id: maya-runner", "id: dan-heating").replace("name: Maya Patel", "name: Dan Okafor")


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """An agency's repository with a client's repository inside as a submodule (a gitlink), whose
    persona was edited and committed there, and the new submodule commit staged here."""
    r = Repo(tmp_path / "agencja")
    r.write("personas/tomek.yaml", PERSONA_PL)
    inner = Repo(r.root / "klient")
    inner.write("personas/dan.yaml", DAN)
    inner.commit("Dan")
    r.git("add", "klient")
    r.commit("Klient jako submoduł")
    inner.write("personas/dan.yaml", DAN.replace("name: Dan Okafor", "name: Dan Okafor-Reid"))
    inner.commit("Dan z nazwiskiem")
    r.git("add", "klient")  # the index now holds the submodule's new commit
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def refused(*args: str) -> tuple[int, str, str]:
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


FILE = "cxkit: klient/personas/dan.yaml: in the submodule klient, a repository of its own; compare it there: cd klient && "


@pytest.mark.parametrize("args, there", [
    (("--cached", "--", "klient/personas/dan.yaml"), "cxkit diff --cached -- personas/dan.yaml"),
    (("--cached", "klient/personas/dan.yaml"), "cxkit diff --cached -- personas/dan.yaml"),
    (("--staged", "HEAD", "--", "klient/personas/dan.yaml"), "cxkit diff --cached -- personas/dan.yaml"),
    (("HEAD", "HEAD", "--", "klient/personas/dan.yaml"), "cxkit diff OLD NEW -- personas/dan.yaml"),
    (("HEAD..HEAD", "--", "klient/personas/dan.yaml"), "cxkit diff OLD NEW -- personas/dan.yaml"),
    # already refused before: guards
    (("--", "klient/personas/dan.yaml"), "cxkit diff personas/dan.yaml"),
    (("HEAD", "--", "klient/personas/dan.yaml"), "cxkit diff personas/dan.yaml"),
])
def test_a_file_in_a_submodule_is_refused_by_every_form(agency, args, there):
    assert refused(*args) == (2, "", FILE + there + "\n")


@pytest.mark.parametrize("args, there", [
    (("--cached", "--", "klient"), "cxkit diff --cached"),
    (("--", "klient"), "cxkit diff"),
    (("HEAD", "--", "klient"), "cxkit diff"),
    (("HEAD", "HEAD", "--", "klient"), "cxkit diff OLD NEW"),
])
def test_the_submodule_itself_is_refused(agency, args, there):
    assert refused(*args) == (2, "", "cxkit: klient: a git submodule, a repository of its own (this one holds only the "
                                     f"commit it is at); compare its files there: cd klient && {there}\n")


def test_a_glob_or_a_missing_name_inside_it_is_refused_too(agency):
    said = ("cxkit: klient/personas/*.yaml: in the git submodule klient, a repository of its own (this one holds only "
            "the commit it is at); compare its files there: cd klient && cxkit diff --cached\n")
    assert refused("--cached", "--", "klient/personas/*.yaml") == (2, "", said)
    # git says "is in submodule" before asking whether the file exists; so does cxkit
    assert refused("--cached", "--", "klient/personas/nowa.yaml")[2] == (
        FILE.replace("dan.yaml", "nowa.yaml") + "cxkit diff --cached -- personas/nowa.yaml\n")


def test_from_a_subfolder_the_submodule_is_named_as_reached_from_there(agency, monkeypatch):
    monkeypatch.chdir(agency.root / "personas")
    assert refused("--cached", "--", "../klient/personas/dan.yaml") == (
        2, "", "cxkit: ../klient/personas/dan.yaml: in the submodule ../klient, a repository of its own; compare it "
               "there: cd ../klient && cxkit diff --cached -- personas/dan.yaml\n")


def test_paths_of_this_repository_beside_it_are_still_compared(agency):
    """Guard: the check is of the paths named, not of every staged change."""
    agency.stage("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Wiśniewski"))
    code, out, err = refused("--cached", "--", "personas")
    assert (code, err) == (1, "") and "Tomasz" in out
    assert refused("--cached")[0] == 1
