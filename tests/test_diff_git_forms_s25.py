"""`cxkit diff` takes the forms `git diff` takes (tester12 F12, F13; session 25).

- `cxkit diff [PATHS]` alone compares the working tree with what is staged, as `git diff` does;
  a note says when something staged under the paths is therefore not shown;
- `C^!`, `C^-N`, `C^@`, `:/message`, `C^{tree}` name what git names, and what is no one commit
  (a merge's parents, a file of a revision, a first commit's parent) is said plainly;
- globs and exclusions after the revision limit the files, as git's pathspecs do.
"""

from __future__ import annotations

import json

import pytest

from conftest import JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """Two commits: a Polish workspace, then a stage's emotion edited; run from the top."""
    r = Repo(tmp_path / "persony")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony i ścieżka zakupu")
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n"))
    r.commit("Rozważanie boli bardziej")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def changes(*args: str) -> tuple[int, list[dict], str]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, (json.loads(result.stdout) if result.stdout.strip() else []), result.stderr


def paths_of(found: list[dict]) -> list[tuple[str, str]]:
    return [(c["file"], c["path"]) for c in found]


# --- F13: `cxkit diff FILE` -------------------------------------------------------------------


def test_one_file_alone_compares_the_working_tree_with_what_is_staged(repo):
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz"))
    code, found, err = changes("personas/tomek.yaml")
    assert code == 1, err
    assert [(c["file"], c["path"], c["old"], c["new"]) for c in found] == [
        ("personas/tomek.yaml", "name", "Tomek Wiśniewski", "Tomasz")]
    assert err == ""  # nothing staged: the comparison is the one with HEAD, no note needed


def test_what_is_staged_is_not_shown_again_and_a_note_says_how_to_see_it(repo):
    repo.stage("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz"))
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Nowak"))
    code, found, err = changes("personas/tomek.yaml")
    assert code == 1
    assert [(c["old"], c["new"]) for c in found] == [("Tomasz", "Tomasz Nowak")]
    assert "compared the working tree with what is staged (the index), as `git diff` does" in err
    assert "`cxkit diff HEAD -- personas/tomek.yaml` compares with the last commit" in err
    # And the same with nothing unstaged: no difference, but not silently.
    repo.git("add", "personas/tomek.yaml")
    result = run_cli("diff", "personas/tomek.yaml")
    assert result.exit_code == 0 and result.stdout == "No semantic differences.\n"
    assert "changes staged under personas/tomek.yaml are not shown" in result.stderr


def test_no_arguments_and_only_paths_after_dashes(repo):
    repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    repo.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -3\n"))
    code, found, _ = changes()
    assert code == 1 and sorted(paths_of(found)) == [
        ("journeys/tomek-kupuje.yaml", "stages[rozwazanie].emotion"), ("personas/maya.yaml", "name")]
    code, found, _ = changes("--", "personas")
    assert code == 1 and paths_of(found) == [("personas/maya.yaml", "name")]


def test_a_file_deleted_from_the_working_tree_is_shown_removed(repo):
    (repo.root / "personas/maya.yaml").unlink()
    code, found, _ = changes("personas/maya.yaml")
    assert code == 1 and [(c["op"], c["document"]) for c in found] == [("removed", "maya-runner")]


def test_one_file_outside_git_says_what_it_would_compare(tmp_path, monkeypatch):
    (tmp_path / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "tomek.yaml")
    assert result.exit_code == 2 and result.exception is None
    assert result.stderr == (
        "cxkit: cxkit diff PATH compares PATH with what is staged, as `git diff PATH` does, and cannot here: "
        "not inside a git repository; to compare files or folders, give two: OLD NEW\n")


# --- F12: revisions as git names them ----------------------------------------------------------


def test_commit_bang_is_its_parent_against_it(repo):
    expected = changes("HEAD~1", "HEAD")[1]
    assert paths_of(expected) == [("journeys/tomek-kupuje.yaml", "stages[rozwazanie].emotion")]
    for form in ("HEAD^!", "HEAD^-", "HEAD^-1"):
        code, found, err = changes(form)
        assert (code, found, err) == (1, expected, ""), form


def test_message_search_tree_and_single_parent_name_their_commit(repo):
    repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    for form, same_as in ((":/Persony i", "HEAD~1"), ("HEAD^{tree}", "HEAD"), ("HEAD^@", "HEAD^"),
                          (":/Rozważanie", "HEAD")):
        code, found, err = changes(form)
        assert code == 1 and err == "", (form, err)
        assert found == changes(same_as)[1], form


def test_forms_that_name_no_one_commit_are_said_plainly(repo):
    cases = {
        "HEAD~1^!": "cxkit: 'HEAD~1' is the first commit and has no parent, so 'HEAD~1^!' names nothing to "
                    "compare it with; `cxkit diff HEAD~1` compares it with the working tree\n",
        "HEAD^-2": "cxkit: 'HEAD' has 1 parent, so 'HEAD^-2' names none; write HEAD^-1\n",
        "HEAD:personas": "cxkit: 'HEAD:personas' names a folder of a revision (tree), not a commit: write the "
                         "revision, then the path after -- (cxkit diff REV -- PATH)\n",
        ":/no such message anywhere": "cxkit: ':/no such message anywhere' names no commit: no commit message matches "
                                      "'no such message anywhere'; for the path 'no such message anywhere' from the "
                                      "top of the repository, write it after --: cxkit diff -- ':/no such message "
                                      "anywhere'\n",
    }
    for form, said in cases.items():
        result = run_cli("diff", form)
        assert (result.exit_code, result.stderr, result.exception) == (2, said, None), form


def test_a_merge_is_compared_with_its_first_parent_and_said_so(repo):
    repo.git("checkout", "-q", "-b", "ola")
    repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    repo.commit("Maya z nazwiskiem")
    repo.git("checkout", "-q", "main")
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz"))
    repo.commit("Tomasz")
    repo.git("merge", "-q", "--no-edit", "ola")
    code, found, err = changes("HEAD^!")
    assert code == 1 and paths_of(found) == [("personas/maya.yaml", "name")]
    assert "'HEAD' is a merge of 2 commits: 'HEAD^!' compares it with its first parent ('HEAD^1'); " \
           "`cxkit diff HEAD^-2` compares it with the second" in err
    assert paths_of(changes("HEAD^-2")[1]) == [("personas/tomek.yaml", "name")]
    result = run_cli("diff", "HEAD^@")
    assert result.exit_code == 2 and result.stderr == (
        "cxkit: 'HEAD^@' names the 2 parents of the merge 'HEAD', and cxkit compares with one: write HEAD^1 or HEAD^2\n")


def test_a_commit_bang_is_a_range_for_cached_too(repo):
    result = run_cli("diff", "--cached", "HEAD^!")
    assert result.exit_code == 2 and "not a range ('HEAD^!')" in result.stderr


def test_text_after_dashes_is_never_an_option_to_git(repo, tmp_path):
    target = tmp_path / "written-by-git"
    result = run_cli("diff", "HEAD", "--", f"--output={target}")
    assert result.exit_code == 2 and "no such path" in result.stderr
    assert not target.exists()


# --- F12: pathspecs -------------------------------------------------------------------------------


def test_globs_and_exclusions_limit_the_files(repo):
    repo.write("personas/b2b/ewa.yaml", PERSONA_PL.replace("id: tomek-audiofil", "id: ewa").replace("name: Tomek Wiśniewski", "name: Ewa"))
    repo.commit("Ewa")
    repo.write("personas/b2b/ewa.yaml", PERSONA_PL.replace("id: tomek-audiofil", "id: ewa").replace("name: Tomek Wiśniewski", "name: Ewa Nowak"))
    repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    both = [("personas/b2b/ewa.yaml", "name"), ("personas/maya.yaml", "name")]
    journey = [("journeys/tomek-kupuje.yaml", "stages[rozwazanie].emotion")]
    assert sorted(paths_of(changes("HEAD", "--", "personas/*.yaml")[1])) == both  # a * crosses /, as in git
    assert sorted(paths_of(changes("HEAD~2", "--", ":!personas")[1])) == journey
    assert sorted(paths_of(changes("HEAD", "--", ":(exclude)personas/b2b", "personas")[1])) == both[1:]
    assert sorted(paths_of(changes("HEAD", "--", "*ewa*")[1])) == both[:1]
    assert sorted(paths_of(changes("HEAD~2..HEAD~1", "--", ":^personas")[1])) == journey
    assert changes("HEAD", "--", "nothing/*.yaml")[:2] == (0, [])  # a glob that takes no file compares none
    result = run_cli("diff", "HEAD", "--", ":(attr:cx)personas")
    assert result.exit_code == 2 and "cxkit does not read the pathspec magic 'attr'" in result.stderr


def test_a_glob_alone_and_top_relative_paths_from_a_subfolder(repo, monkeypatch):
    repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    repo.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -3\n"))
    monkeypatch.chdir(repo.root / "personas")
    code, found, _ = changes("*.yaml")
    assert code == 1 and paths_of(found) == [("maya.yaml", "name")]
    code, found, _ = changes("HEAD", "--", ":/journeys")
    assert code == 1 and paths_of(found) == [("../journeys/tomek-kupuje.yaml", "stages[rozwazanie].emotion")]
