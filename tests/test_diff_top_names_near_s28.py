"""A mistyped name written from the top of the repository (`:/personas/tomk.yaml`, `:(top)...`) gets
"did you mean", spelt as it was typed (session 28).

Before: `cxkit diff HEAD -- ':/personas/tomk.yaml'` said only "no such path": the near-name lookup was
asked of the folder as typed (`:/personas`), which is no folder, while `cxkit diff HEAD --
personas/tomk.yaml` offered personas/tomek.yaml.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """personas/tomek.yaml committed twice; the tests run from journeys/, a folder beside personas/."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("journeys/.keep", "")
    r.commit("Start")
    r.write("personas/tomek.yaml", PERSONA_PL + "# notatka\n")
    r.commit("Notatka")
    monkeypatch.chdir(r.root / "journeys")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("before", "where"), [
    (["HEAD", "--"], "in the working tree or in 'HEAD'"),
    (["--"], "in the working tree or the index"),
    (["--cached", "HEAD", "--"], "in the working tree, the index or 'HEAD'"),
    (["HEAD~1..HEAD", "--"], "in 'HEAD~1' or in 'HEAD'"),  # a range: the working tree is no side
])
@pytest.mark.parametrize(("typed", "meant"), [
    (":/personas/tomk.yaml", ":/personas/tomek.yaml"),
    (":(top)personas/tomek.yml", ":(top)personas/tomek.yaml"),
    (":/persona/tomek.yaml", ":/personas/tomek.yaml"),
    (":(top,literal)personas/Tomek.yaml", ":(top,literal)personas/tomek.yaml"),
])
def test_a_name_from_the_top_is_offered_as_typed(team, before, where, typed, meant):
    assert run("diff", *before, typed) == (2, "", f"cxkit: {typed}: no such path {where}; did you mean {meant}?\n")


def test_nothing_close_is_said_as_before(team):
    # Guard: no guess when nothing is close.
    assert run("diff", "HEAD", "--", ":/personas/zupelnie-inna.yaml") == (
        2, "", "cxkit: :/personas/zupelnie-inna.yaml: no such path in the working tree or in 'HEAD'\n")


def test_a_plain_name_is_offered_as_before(team):
    # Guard: a name from the current folder keeps its own spelling (`../`).
    assert run("diff", "HEAD", "--", "../personas/tomk.yaml") == (
        2, "", "cxkit: ../personas/tomk.yaml: no such path in the working tree or in 'HEAD'; "
               "did you mean ../personas/tomek.yaml?\n")


def test_the_name_offered_compares(team):
    # The spelling offered works as typed.
    code, _, err = run("diff", "HEAD~1", "--", ":/personas/tomek.yaml")
    assert (code, err) == (0, "")


# --- `REV:PATH`, git's name of a file of a revision, as the first word -----------------------------


@pytest.mark.parametrize("word", ["HEAD~1:personas/tomk.yaml", "HEAD~1:/personas/tomk.yaml"])
def test_a_file_of_a_revision_mistyped_is_said_as_git_says_it(team, word):
    # git: "path 'personas/tomk.yaml' does not exist in 'HEAD~1'"; before: "no such file or revision".
    assert run("diff", word) == (2, "", (
        f"cxkit: „{word}” nie jest commitem, a w „HEAD~1” nie ma personas/tomk.yaml (czy chodziło o "
        "personas/tomek.yaml?): by porównać plik z rewizją, wpisz ścieżkę po --: cxkit diff 'HEAD~1' -- "
        ":/personas/tomek.yaml\n"))  # in Polish: the workspace says lang = "pl" (s39)


def test_a_file_of_a_revision_is_said_to_be_one(team):
    # docs/diff.md: a file or folder of a revision is said plainly, not called unknown (a `.yaml` name was).
    assert run("diff", "HEAD:personas/tomek.yaml") == (2, "", (
        "cxkit: 'HEAD:personas/tomek.yaml' names a file of a revision (blob), not a commit: write the revision, "
        "then the path after -- (cxkit diff REV -- PATH)\n"))


def test_an_unknown_revision_before_the_colon_is_said_as_before(team):
    # Guard: `nope` names no commit, so the word is no file of a revision.
    assert run("diff", "nope:personas/tomek.yaml") == (2, "", "cxkit: nie ma takiego pliku ani rewizji: "
                                                         "nope:personas/tomek.yaml\n")  # a Polish workspace
