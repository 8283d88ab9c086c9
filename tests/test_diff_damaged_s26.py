"""A damaged repository is said to be damaged, not a branch with no commits or a name git does not know.

Before: with the objects of the last commit gone (a pack deleted by hand, a copy cut short), `cxkit diff
HEAD` said "the current branch has no commits yet", `cxkit diff main`, `cxkit diff HEAD~1` and `cxkit review
main` said "unknown revision" or "no such file or revision", so the user went looking for a typo while
git itself says "bad object HEAD". Now each names the revision git cannot read and `git fsck` (exit 2).
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

DAMAGED = "is missing from this repository, which is damaged; `git fsck` says what is missing"


@pytest.fixture
def damaged(tmp_path, monkeypatch) -> Repo:
    """A Polish and English workspace on `main`, then a branch `szkic`, whose objects are all deleted."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    r.git("branch", "szkic")
    r.git("gc", "-q")
    for pack in (r.root / ".git" / "objects" / "pack").glob("*.pack"):
        pack.unlink()
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("args", "name"), [
    (("diff", "HEAD"), "HEAD"),
    (("diff", "HEAD~1"), "HEAD"),
    (("diff", "HEAD", "--", "personas"), "HEAD"),
    (("diff", "szkic"), "szkic"),
    (("diff", "szkic", "--", "personas"), "szkic"),
    (("review", "szkic"), "szkic"),
])
def test_a_revision_whose_commit_is_gone_is_said_to_be_in_a_damaged_repository(damaged, args, name):
    code, err = run(*args)
    assert code == 2
    assert err.startswith(f"cxkit: git cannot read '{name}': the commit it names (")
    assert DAMAGED in err
    assert "no commits yet" not in err and "unknown revision" not in err and "no such file" not in err


def test_an_unborn_branch_is_still_said_to_have_no_commits(tmp_path, monkeypatch):
    """Guard: a branch with no commit yet is no damage."""
    r = Repo(tmp_path / "nowe")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Persony")
    r.git("checkout", "-q", "--orphan", "nowa")
    monkeypatch.chdir(r.root)
    code, err = run("diff", "HEAD")
    assert code == 2
    assert "the current branch has no commits yet" in err and "damaged" not in err


def test_a_name_git_does_not_know_is_still_said_so_in_a_sound_repository(tmp_path, monkeypatch):
    """Guard: the damage check does not change what a mistyped branch gets."""
    r = Repo(tmp_path / "zdrowe")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    assert run("diff", "mian") == (2, "cxkit: no such file or revision: mian\n")
