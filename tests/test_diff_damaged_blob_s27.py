"""A file whose object is missing from a damaged repository is named as git names it, at no line (session 27).

Before: with the object holding a staged or committed file gone (a damaged repository: a pack deleted,
a copy cut short), `cxkit diff main` (a file `main`, its pack deleted) said
`:main:1:1: error CX000 git could not read this file [read-error]`: a position the file does not
have, and no word of the damage. Now it is one `cxkit:` line that names the file as git names a
revision's or the index's file (`':main'`, `'HEAD:personas/tomek.yaml'`) and says the repository is
damaged and `git fsck` (exit 2), as for a commit that is missing.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

FSCK = "missing from this repository, which is damaged; `git fsck` says what is missing (a fresh clone is the usual way out)"


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def lose(r: Repo, rev_path: str) -> str:
    """Delete the loose object of ``rev_path`` (`HEAD:personas/tomek.yaml`); its id."""
    blob = r.git("rev-parse", rev_path).stdout.strip()
    (r.root / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    return blob


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("args", "named"), [
    (("diff", "personas/tomek.yaml"), ":personas/tomek.yaml"),
    (("diff", "--", "personas"), ":personas/tomek.yaml"),
    (("diff", "HEAD", "--", "personas/tomek.yaml"), "HEAD:personas/tomek.yaml"),
    (("diff", "HEAD"), "HEAD:personas/tomek.yaml"),
    (("review", "HEAD"), "HEAD:personas/tomek.yaml"),
])
def test_a_file_whose_object_is_gone_is_named_without_a_position(team, args, named):
    blob = lose(team, "HEAD:personas/tomek.yaml")
    assert run(*args) == (2, "", f"cxkit: git cannot read '{named}': the object that holds it ({blob[:12]}) is {FSCK}\n")


def test_the_reviewers_case_a_file_main_in_a_repository_without_its_pack(team):
    team.write("main", "notatki: tak\n")
    team.commit("Plik main")
    blob = team.git("rev-parse", "HEAD:main").stdout.strip()
    team.git("gc", "-q")
    for pack in (team.root / ".git" / "objects" / "pack").glob("*.pack"):
        pack.unlink()
    assert run("diff", "main") == (2, "", f"cxkit: git cannot read ':main': the object that holds it ({blob[:12]}) is {FSCK}\n")


def test_several_files_are_counted(team):
    team.git("gc", "-q")
    for pack in (team.root / ".git" / "objects" / "pack").glob("*.pack"):
        pack.unlink()
    code, _out, err = run("diff", "--", "personas")
    assert code == 2 and err == (f"cxkit: git cannot read ':personas/maya.yaml', ':personas/tomek.yaml': the objects that hold "
                                 f"them are {FSCK}\n")


def test_an_undamaged_repository_compares(team):
    assert run("diff", "HEAD")[0] == 0
