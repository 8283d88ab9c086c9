"""`cxkit diff` / `cxkit review` with the paths people type (review18, session 25).

- a folder whose name holds a space ("persony 2026") is read like any other (R18-2);
- a plain path typed with a trailing `/`, `./`, `../`, absolute or with `//` limits the files the
  same way when a glob or an exclusion stands beside it, and a named file that an exclusion
  leaves out is left out on both sides (R18-1);
- a pathspec that names nothing is not passed over in silence (R18-3).
"""

from __future__ import annotations

import json

import pytest

from conftest import JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

TOMEK_EDITED = PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Wiśniewski")


def changes(*args: str) -> tuple[int, list[tuple[str, str]], str]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    found = json.loads(result.stdout) if result.stdout.strip() else []
    return result.exit_code, [(c["file"], c["path"]) for c in found], result.stderr


# --- R18-2: a space in a folder name -----------------------------------------------------------


@pytest.fixture
def spaced(tmp_path, monkeypatch) -> Repo:
    """A team folder named "persony 2026", its persona committed and then edited."""
    r = Repo(tmp_path / "cx")
    r.write("persony 2026/tomek.yaml", PERSONA_PL)
    r.commit("Persona Tomka")
    r.write("persony 2026/tomek.yaml", TOMEK_EDITED)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize("args", [("persony 2026/tomek.yaml",), ("HEAD", "--", "persony 2026/tomek.yaml"),
                                  ("HEAD", "persony 2026/tomek.yaml"), ("persony 2026",)])
def test_a_file_in_a_folder_with_a_space_is_compared(spaced, args):
    assert changes(*args) == (1, [("persony 2026/tomek.yaml", "name")], "")


def test_staged_and_reviewed_in_a_folder_with_a_space(spaced):
    spaced.git("add", "--", "persony 2026/tomek.yaml")
    assert changes("--cached", "--", "persony 2026/tomek.yaml") == (1, [("persony 2026/tomek.yaml", "name")], "")
    result = run_cli("review", "HEAD", "--", "persony 2026/tomek.yaml")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 0, result.stderr
    assert "`persony 2026/tomek.yaml`" in result.stdout and "Tomasz" in result.stdout


# --- R18-1: plain paths typed with `/`, `./`, `../`, absolute, beside a glob or an exclusion ------


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """Two personas and a journey committed; Tomek's persona then edited, Maya's left as it was."""
    r = Repo(tmp_path / "cx")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.commit("Persony i ścieżka")
    r.write("personas/tomek.yaml", TOMEK_EDITED)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize("args", [("personas/", ":!personas/maya*"), ("HEAD", "--", "personas/", ":!personas/maya*"),
                                  ("HEAD", "--", "personas//", "personas/*.yaml"),
                                  ("HEAD", "--", "./personas", ":(exclude)personas/maya.yaml")])
def test_a_folder_typed_with_a_slash_beside_an_exclusion_is_compared(team, args):
    assert changes(*args) == (1, [("personas/tomek.yaml", "name")], "")


@pytest.mark.parametrize("folder", ["./", "../personas", "ABS", "ABS/"])
def test_the_current_folder_named_any_way_beside_an_exclusion(team, monkeypatch, folder):
    monkeypatch.chdir(team.root / "personas")
    folder = folder.replace("ABS", str(team.root / "personas"))
    assert changes("HEAD", "--", folder, ":!maya*") == (1, [("tomek.yaml", "name")], "")


def test_an_absolute_file_and_an_absolute_exclusion(team, monkeypatch):
    here = team.root / "personas"
    monkeypatch.chdir(here)
    assert changes("HEAD", "--", str(here / "tomek.yaml"), ":!maya*") == (1, [("tomek.yaml", "name")], "")
    assert changes("HEAD", "--", str(here), f":!{here}/maya*") == (1, [("tomek.yaml", "name")], "")


@pytest.mark.parametrize("before", [("HEAD", "--"), ("HEAD",), ()])
def test_a_named_file_an_exclusion_leaves_out_is_left_out_on_both_sides(team, before):
    # Maya's persona is unchanged: excluded, it is no document that "joined the workspace".
    assert changes(*before, "personas/maya.yaml", ":!personas/maya*") == (0, [], "")
    assert changes(*before, "personas/tomek.yaml", "personas/maya.yaml", ":!personas/maya*") == (
        1, [("personas/tomek.yaml", "name")], "")


# --- R18-3: pathspecs that name nothing --------------------------------------------------------


def failure(*args: str) -> tuple[int, str]:
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


@pytest.mark.parametrize("args, said", [
    (("HEAD", "--", ":/personas/tomk.yaml"), ":/personas/tomk.yaml: no such path in the working tree or in 'HEAD'; "
                                             "did you mean :/personas/tomek.yaml?"),
    (("HEAD", "--", ":(top)persony"), ":(top)persony: no such path in the working tree or in 'HEAD'; did you mean "
                                      ":(top)personas?"),
    (("HEAD", ":/Ankieta"), "':/Ankieta' is neither a git revision nor a path in the working tree or in 'HEAD'"),
    (("--cached", ":/nomatch"), ":/nomatch: no such path in the working tree, the index or 'HEAD'"),
])
def test_a_name_from_the_top_that_names_nothing_is_no_such_path(team, monkeypatch, args, said):
    monkeypatch.chdir(team.root / "journeys")
    assert failure(*args) == (2, f"cxkit: {said}\n")


def test_a_name_from_the_top_compares_that_file(team, monkeypatch):
    """Guard: `:/personas/tomek.yaml` from another folder names that file, shown from here."""
    monkeypatch.chdir(team.root / "journeys")
    assert changes("HEAD", "--", ":/personas/tomek.yaml") == (1, [("../personas/tomek.yaml", "name")], "")
    assert changes(":(top)personas") == (1, [("../personas/tomek.yaml", "name")], "")


@pytest.mark.parametrize("empty", [":!", ":^", ":(exclude)", ":/!"])
def test_an_empty_exclusion_is_a_usage_error(team, empty):
    assert failure("HEAD", "--", "personas", empty) == (
        2, f"cxkit: '{empty}': an exclusion names what to leave out (':!journeys', ':!personas/*-szkic.yaml'); "
           "with nothing after it, it would leave out every file\n")


def test_a_glob_that_matches_no_file_says_so(team):
    assert changes("HEAD", "--", "personas/*.yml") == (0, [], "cxkit: note: 'personas/*.yml' matches no file on either side\n")
    # Beside a glob that matches, the one that does not is still told.
    code, found, err = changes("personas/*.yml", "personas/*.yaml")
    assert (code, found, err) == (1, [("personas/tomek.yaml", "name")],
                                  "cxkit: uwaga: 'personas/*.yml' nie pasuje do żadnego pliku po żadnej ze stron\n")


def test_a_glob_whose_files_an_exclusion_leaves_out_matched_them(team):
    """Guard: the files were there, the exclusion left them out; no note."""
    assert changes("HEAD", "--", "personas/*.yaml", ":!personas") == (0, [], "")


# --- R18-5: the note on what is staged ---------------------------------------------------------

STAGED = "cxkit: note: compared the working tree with what is staged (the index), as `git diff` does: changes staged"


def test_something_staged_that_an_exclusion_leaves_out_gets_no_note(team):
    # Only the journey is staged; Tomek's persona is edited in the working tree.
    team.stage("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n"))
    assert changes(":!journeys") == (1, [("personas/tomek.yaml", "name")], "")
    assert changes("personas", ":!journeys")[2] == ""
    assert changes(":!personas")[2].startswith(STAGED + " under ':!personas' are not shown")


def test_the_commands_the_note_suggests_keep_the_globs_and_exclusions_typed(team):
    team.git("add", "personas/tomek.yaml")
    code, found, err = changes("personas/*.yaml", ":!personas/maya*")
    assert (code, found) == (0, [])
    assert err == (f"{STAGED} under 'personas/*.yaml' ':!personas/maya*' are not shown; "
                   "`cxkit diff HEAD -- 'personas/*.yaml' ':!personas/maya*'` compares with the last commit, "
                   "`cxkit diff --cached -- 'personas/*.yaml' ':!personas/maya*'` shows what is staged\n")


def test_with_no_commit_yet_what_is_staged_is_said_not_shown(tmp_path, monkeypatch):
    r = Repo(tmp_path / "nowy")
    r.stage("personas/tomek.yaml", PERSONA_PL)
    monkeypatch.chdir(r.root)
    result = run_cli("diff")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")
    assert result.stderr == f"{STAGED} are not shown; with no commit yet, `cxkit diff --cached` shows what is staged\n"


# --- R18-6: the paths-only form ----------------------------------------------------------------


def test_a_glob_climbing_out_of_the_current_folder_is_a_path_not_a_range(team, monkeypatch):
    team.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -3\n"))
    monkeypatch.chdir(team.root / "personas")
    assert changes("../journeys/*.yaml") == (1, [("../journeys/tomek-kupuje.yaml", "stages[rozwazanie].emotion")], "")


def test_a_name_from_the_top_after_a_path_is_a_path(team):
    team.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -3\n"))
    assert changes("personas", ":/journeys") == (
        1, [("journeys/tomek-kupuje.yaml", "stages[rozwazanie].emotion"), ("personas/tomek.yaml", "name")], "")


def test_a_range_is_still_a_range(team):
    """Guard: `HEAD~1..HEAD` holds `..` and no wildcard: two revisions."""
    team.commit("Tomasz")
    assert changes("HEAD~1..HEAD") == (1, [("personas/tomek.yaml", "name")], "")


# --- R18-10: revisions that name no commit to compare ------------------------------------------


def test_a_revision_that_excludes_one_is_said_plainly(team):
    for rev in ("^HEAD", "^@"):
        assert failure(rev) == (2, f"cxkit: '{rev}' excludes a revision (as `git log {rev}` does) rather than naming "
                                   f"one to compare: write '{rev[1:]}' to compare it with the working tree, or two "
                                   "revisions (REV REV2)\n")


def test_a_message_search_that_matches_nothing_says_so(team):
    assert failure(":/Ankieta") == (2, "cxkit: ':/Ankieta' names no commit: no commit message matches 'Ankieta'; for the "
                                       "path 'Ankieta' from the top of the repository, write it after --: "
                                       "cxkit diff -- ':/Ankieta'\n")
    # Guard: one that matches names its commit.
    assert changes(":/Persony i") == (1, [("personas/tomek.yaml", "name")], "")


# --- R18-11: `cxkit review C^!` of a merge -----------------------------------------------------


def test_review_of_a_merge_bang_says_which_parent_it_compares_with(team):
    team.commit("Tomasz")
    team.git("checkout", "-q", "-b", "maya", "HEAD~1")
    team.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    team.commit("Maya z nazwiskiem")
    team.git("checkout", "-q", "main")
    team.git("merge", "-q", "--no-edit", "maya")
    result = run_cli("review", "HEAD^!", "--format", "json")
    assert result.exception is None and result.exit_code == 0, result.stderr
    assert result.stderr == ("cxkit: note: 'HEAD' is a merge of 2 commits: 'HEAD^!' compares it with its first parent "
                             "('HEAD^1'); `cxkit diff HEAD^-2` compares it with the second\n")
    assert [c["path"] for c in json.loads(result.stdout)["changes"]] == ["name"]


# --- R18-7: a file inside a submodule ----------------------------------------------------------


def test_a_file_in_a_submodule_is_refused_with_where_to_compare_it(team, monkeypatch):
    inner = Repo(team.root / "klient")
    inner.write("personas/maya.yaml", PERSONA_EN)
    inner.commit("Maya")
    team.git("add", "klient")  # a repository inside: the index holds it as a submodule (a gitlink)
    team.commit("Klient jako submoduł")
    inner.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    said = ("cxkit: klient/personas/maya.yaml: in the submodule klient, a repository of its own; compare it there: "
            "cd klient && cxkit diff personas/maya.yaml\n")
    assert failure("klient/personas/maya.yaml") == (2, said)
    assert failure("HEAD", "--", "klient/personas/maya.yaml") == (2, said)
    monkeypatch.chdir(team.root / "personas")
    assert failure("HEAD", "--", "../klient/personas/maya.yaml") == (2, said.replace("klient", "../klient", 2).replace(
        "cd klient", "cd ../klient"))
