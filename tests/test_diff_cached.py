"""`cxkit diff --cached [REV] [-- PATHS]` (alias `--staged`): what is staged, against HEAD or a revision.

Every test runs in its own temporary git repository; the index is read with git plumbing,
never the working tree, so an unstaged edit never shows and a staged one always does.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from conftest import JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")
symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """One commit of a Polish and English workspace; run from the repository root."""
    r = Repo(tmp_path / "persony")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.write("journeys/maya-buty.yaml", JOURNEY_EN)
    r.commit("Persony i ścieżki zakupu")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def changes_of(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return result.exit_code, json.loads(result.stdout)


def refused(*args: str) -> str:
    """A diff that stops with exit 2: what it said on stderr (nothing on stdout)."""
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stdout == ""
    return result.stderr


def summary(changes: list[dict]) -> list[tuple[str, str, str]]:
    return [(c["document"], c["op"], c["path"]) for c in changes]


TOMEK_35 = PERSONA_PL.replace("  age: 34\n", "  age: 35\n")
MAYA_YORK = PERSONA_EN.replace("  location: Leeds\n", "  location: York\n")


# --- what is staged, and only that -------------------------------------------------------------


def test_only_the_staged_change_shows_not_the_unstaged_one(repo):
    repo.stage("personas/tomek.yaml", TOMEK_35)
    repo.write("personas/maya.yaml", MAYA_YORK)  # edited, not added
    code, changes = changes_of("--cached")
    assert code == 1
    assert changes == [{
        "op": "changed", "document": "tomek-audiofil", "file": "personas/tomek.yaml",
        "path": "demographics.age", "old": 34, "new": 35, "kind": "persona",
    }]
    # The working tree form sees both, so the index is what made the difference.
    code, changes = changes_of("HEAD")
    assert {c["document"] for c in changes} == {"tomek-audiofil", "maya-runner"}


def test_staged_is_an_alias_of_cached(repo):
    repo.stage("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n"))
    assert changes_of("--staged") == changes_of("--cached")
    code, changes = changes_of("--staged")
    assert (code, summary(changes)) == (1, [("tomek-kupuje-sluchawki", "changed", "stages[rozwazanie].emotion")])


def test_a_staged_change_undone_in_the_working_tree_still_shows(repo):
    repo.stage("personas/maya.yaml", MAYA_YORK)
    repo.write("personas/maya.yaml", PERSONA_EN)  # back as committed, but the index holds York
    assert changes_of("HEAD") == (0, [])
    code, changes = changes_of("--cached")
    assert code == 1 and [(c["path"], c["old"], c["new"]) for c in changes] == [("demographics.location", "Leeds", "York")]


def test_nothing_staged_is_no_difference_whatever_the_working_tree_holds(repo):
    repo.write("personas/tomek.yaml", TOMEK_35)
    repo.write("personas/nowa.yaml", PERSONA_PL.replace("tomek-audiofil", "ola-biegaczka"))
    result = run_cli("diff", "--cached")
    assert (result.exit_code, result.stdout.strip()) == (0, "No semantic differences."), result.stdout + result.stderr


def test_a_new_file_staged_is_added_and_an_untracked_one_is_not(repo):
    ola = PERSONA_PL.replace("tomek-audiofil", "ola-biegaczka").replace("Tomek Wiśniewski", "Ola Nowak")
    repo.stage("personas/ola.yaml", ola)
    repo.write("personas/kasia.yaml", PERSONA_PL.replace("tomek-audiofil", "kasia-kupuje"))  # not added
    code, changes = changes_of("--cached")
    assert (code, summary(changes)) == (1, [("ola-biegaczka", "added", "")])
    assert changes[0]["file"] == "personas/ola.yaml" and changes[0]["new"]["name"] == "Ola Nowak"


def test_a_deletion_staged_is_removed_and_an_unstaged_one_is_not(repo):
    repo.git("rm", "-q", "--", "journeys/maya-buty.yaml")
    (repo.root / "personas/maya.yaml").unlink()  # gone from the working tree, still in the index
    code, changes = changes_of("--cached")
    assert (code, summary(changes)) == (1, [("maya-replaces-shoes", "removed", "")])
    assert changes[0]["file"] == "journeys/maya-buty.yaml"


def test_a_rename_staged_with_the_same_id_is_a_move(repo):
    repo.git("mv", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    code, changes = changes_of("--cached")
    assert code == 1
    assert [(c["op"], c.get("moved"), c["old"], c["new"]) for c in changes] == [
        ("moved", "file", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    ]
    repo.stage("personas/tomek-audiofil.yaml", TOMEK_35)  # moved and edited: one document still
    code, changes = changes_of("--cached")
    assert summary(changes) == [("tomek-audiofil", "moved", ""), ("tomek-audiofil", "changed", "demographics.age")]


def test_an_ignored_file_in_the_index_is_compared_gitignore_plays_no_part(repo):
    repo.write(".gitignore", "archiwum/\n")
    repo.write("archiwum/maya-2025.yaml", PERSONA_EN.replace("maya-runner", "maya-2025"))
    repo.git("add", "-f", "--", "archiwum/maya-2025.yaml")  # force-added past .gitignore
    repo.write("archiwum/maya-2024.yaml", PERSONA_EN.replace("maya-runner", "maya-2024"))  # ignored, not staged
    code, changes = changes_of("--cached")
    assert (code, summary(changes)) == (1, [("maya-2025", "added", "")])


# --- revisions ----------------------------------------------------------------------------------


def test_no_commits_yet_compares_the_index_with_nothing(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "nowe")
    monkeypatch.chdir(repo.root)
    repo.stage("personas/maya.yaml", PERSONA_EN)
    repo.stage("journeys/maya-buty.yaml", JOURNEY_EN)
    repo.write("personas/tomek.yaml", PERSONA_PL)  # not staged
    code, changes = changes_of("--cached")
    assert code == 1
    assert sorted(summary(changes)) == [("maya-replaces-shoes", "added", ""), ("maya-runner", "added", "")]
    markdown = run_cli("diff", "--cached", "-f", "markdown").stdout
    assert "no commits yet" in markdown and "→ staged" in markdown
    # HEAD named outright names nothing yet (git refuses it too).
    assert "names no commit: the repository has no commits yet" in refused("--cached", "HEAD")


def test_no_commits_and_nothing_staged_is_no_difference(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "puste")
    monkeypatch.chdir(repo.root)
    repo.write("personas/tomek.yaml", PERSONA_PL)
    assert changes_of("--cached") == (0, [])


def test_cached_against_main_from_a_feature_branch(repo):
    repo.git("checkout", "-q", "-b", "tomek-35")
    repo.write("personas/tomek.yaml", TOMEK_35)
    repo.commit("Tomek ma 35 lat")
    repo.stage("personas/maya.yaml", MAYA_YORK)
    code, changes = changes_of("--cached", "main")
    assert code == 1
    assert sorted(summary(changes)) == [
        ("maya-runner", "changed", "demographics.location"), ("tomek-audiofil", "changed", "demographics.age"),
    ]
    # Against HEAD, the branch's commit is no longer a difference: only what is staged.
    code, changes = changes_of("--cached")
    assert summary(changes) == [("maya-runner", "changed", "demographics.location")]
    # `main...` is where the branch left main.
    assert sorted(summary(changes_of("--cached", "main...")[1])) == sorted(summary(changes_of("--cached", "main")[1]))


def test_paths_after_dashes_limit_the_comparison(repo):
    repo.stage("personas/tomek.yaml", TOMEK_35)
    repo.stage("journeys/maya-buty.yaml", JOURNEY_EN.replace("    emotion: 0\n", "    emotion: -1\n"))
    code, changes = changes_of("--cached", "--", "journeys")
    assert (code, summary(changes)) == (1, [("maya-replaces-shoes", "changed", "stages[awareness].emotion")])
    code, changes = changes_of("--cached", "HEAD", "--", "personas/tomek.yaml")
    assert (code, summary(changes)) == (1, [("tomek-audiofil", "changed", "demographics.age")])
    # A path without `--` is a path too, as in `git diff --cached personas`.
    code, changes = changes_of("--cached", "personas")
    assert summary(changes) == [("tomek-audiofil", "changed", "demographics.age")]
    # A file staged as deleted is gone from the working tree, yet still a path to name.
    repo.git("rm", "-q", "--", "personas/maya.yaml")
    code, changes = changes_of("--cached", "--", "personas/maya.yaml")
    assert (code, summary(changes)) == (1, [("maya-runner", "removed", "")])


def test_run_from_a_subfolder_paths_are_relative_to_it(repo, monkeypatch):
    repo.stage("personas/tomek.yaml", TOMEK_35)
    repo.stage("journeys/maya-buty.yaml", JOURNEY_EN.replace("Awareness", "Noticing"))
    monkeypatch.chdir(repo.root / "personas")
    code, changes = changes_of("--cached", "--", "tomek.yaml")
    assert summary(changes) == [("tomek-audiofil", "changed", "demographics.age")]
    assert changes[0]["file"] == "tomek.yaml"
    code, changes = changes_of("--cached", "--", "../journeys")
    assert code == 1 and summary(changes) == [("maya-replaces-shoes", "changed", "stages[awareness].name")]


# --- what is and is not a document -------------------------------------------------------------


def test_non_cxkit_yaml_and_hidden_folders_staged_are_skipped(repo):
    repo.stage("mkdocs.yml", "site_name: Persony sklepu\nnav:\n  - index.md\n")
    repo.stage(".github/workflows/lint.yml", "on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n")
    repo.stage(".szkice/ola.yaml", PERSONA_PL.replace("tomek-audiofil", "ola-szkic"))
    assert changes_of("--cached") == (0, [])
    # Named, a hidden file is compared, as `cxkit lint` checks a named file.
    code, changes = changes_of("--cached", "--", ".szkice/ola.yaml")
    assert (code, summary(changes)) == (1, [("ola-szkic", "added", "")])


def test_exclude_and_configured_paths_apply_to_the_index(repo):
    repo.write("cxkit.toml", 'paths = ["personas"]\nexclude = ["personas/archiwum"]\n')
    repo.commit("Konfiguracja")
    repo.stage("personas/archiwum/maya-stara.yaml", PERSONA_EN.replace("maya-runner", "maya-stara"))
    repo.stage("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n"))
    assert changes_of("--cached") == (0, [])  # journeys are outside the workspace, the archive is excluded
    repo.stage("personas/tomek.yaml", TOMEK_35)
    assert summary(changes_of("--cached")[1]) == [("tomek-audiofil", "changed", "demographics.age")]


def test_invalid_yaml_staged_is_located_in_the_index(repo):
    repo.stage("personas/tomek.yaml", PERSONA_PL.replace("  location: Kraków\n", "  location: [Kraków\n"))
    repo.write("personas/tomek.yaml", PERSONA_PL)  # fixed in the working tree, not staged
    result = run_cli("diff", "--cached")  # the other documents are compared; tomek is "not compared" (exit 1)
    assert result.exit_code == 1
    said = result.stderr
    assert ":personas/tomek.yaml:" in said and "CX001" in said and "[yaml-syntax]" in said
    assert said.startswith(":personas/tomek.yaml:")  # `git show :personas/tomek.yaml` shows that text


@symlinks
def test_a_staged_link_is_the_file_it_points_to_in_the_index(repo):
    os.symlink("maya.yaml", repo.root / "personas/ulubiona.yaml")
    repo.git("add", "--", "personas/ulubiona.yaml")
    repo.stage("personas/maya.yaml", MAYA_YORK)
    repo.write("personas/maya.yaml", PERSONA_EN)  # the link reads the staged York, not the working tree
    code, changes = changes_of("--cached")
    assert code == 1
    added = [c for c in changes if c["op"] == "added"]
    assert [(c["file"], c["new"]["demographics"]["location"]) for c in added] == [("personas/ulubiona.yaml", "York")]


@symlinks
def test_a_staged_link_out_of_the_repository_or_to_nothing_is_left_out(repo, tmp_path):
    outside = tmp_path / "poza.yaml"
    outside.write_text(PERSONA_EN.replace("maya-runner", "maya-poza"), encoding="utf-8")
    os.symlink(str(outside), repo.root / "personas/poza.yaml")
    os.symlink("nie-ma.yaml", repo.root / "personas/nic.yaml")
    repo.git("add", "--", "personas/poza.yaml", "personas/nic.yaml")
    assert changes_of("--cached") == (0, [])


# --- merge conflicts ----------------------------------------------------------------------------


def conflict(repo: Repo, rel: str, ours: str, theirs: str) -> None:
    """Leave ``rel`` unmerged in the index (stages 1-3), as a failed `git merge` does."""
    repo.git("checkout", "-q", "-b", "wroclaw")
    repo.write(rel, theirs)
    repo.commit("Ich wersja")
    repo.git("checkout", "-q", "main")
    repo.write(rel, ours)
    repo.commit("Nasza wersja")
    assert repo.git("merge", "-q", "wroclaw", check=False).returncode != 0
    stages = repo.git("ls-files", "--stage", "--", rel).stdout
    assert {line.split()[2] for line in stages.splitlines()} >= {"2", "3"}  # no stage 1 when both sides added it


def test_a_merge_conflict_in_the_index_is_said_plainly(repo):
    conflict(repo, "personas/tomek.yaml", PERSONA_PL.replace("Kraków", "Gdańsk"), PERSONA_PL.replace("Kraków", "Wrocław"))
    said = refused("--cached")
    assert said.startswith("personas/tomek.yaml:1:1: ") and "unresolved merge conflict" in said and "git add" in said
    for fmt in ("json", "markdown"):
        assert "unresolved merge conflict" in refused("--cached", "-f", fmt)
    # Once resolved and added, the index is compared again.
    repo.stage("personas/tomek.yaml", PERSONA_PL.replace("Kraków", "Wrocław"))
    code, changes = changes_of("--cached")
    assert code == 1
    assert [(c["path"], c["old"], c["new"]) for c in changes] == [("demographics.location", "Gdańsk", "Wrocław")]


def test_a_merge_conflict_in_a_file_that_is_no_document_is_skipped(repo):
    conflict(repo, "mkdocs.yml", "site_name: Persony\n", "site_name: Persony sklepu\n")
    assert changes_of("--cached") == (0, [])
    assert "unresolved merge conflict" in refused("--cached", "--", "mkdocs.yml")  # named, it is a problem


# --- usage errors -------------------------------------------------------------------------------


def test_cached_with_two_revisions_is_a_usage_error(repo):
    repo.write("personas/tomek.yaml", TOMEK_35)
    repo.commit("Tomek ma 35 lat")
    said = refused("--cached", "HEAD~1", "HEAD")
    assert "--cached compares what is staged with one revision, not two" in said
    assert "'HEAD~1' and 'HEAD'" in said


def test_cached_with_two_files_is_a_usage_error(repo, tmp_path):
    old, new = tmp_path / "stara.yaml", tmp_path / "nowa.yaml"
    old.write_text(PERSONA_PL, encoding="utf-8")
    new.write_text(TOMEK_35, encoding="utf-8")
    said = refused("--cached", str(old), str(new))
    assert "--cached compares what is staged with a revision, not two files or folders" in said
    said = refused("--staged", "personas", "journeys")
    assert "not two files or folders" in said and "put them after --" in said
    # After `--` they are paths, as git reads them.
    repo.stage("personas/tomek.yaml", TOMEK_35)
    assert changes_of("--cached", "--", "personas", "journeys")[0] == 1


def test_cached_with_the_git_driver_is_a_usage_error(repo):
    args = ["personas/tomek.yaml", "a.yaml", "1" * 40, "100644", "b.yaml", "2" * 40, "100644"]
    assert "--cached and --git-driver do not go together" in refused("--cached", "--git-driver", *args)


def test_cached_with_an_unknown_revision_or_path_or_outside_git(repo, tmp_path, monkeypatch):
    said = refused("--cached", "mian")
    assert "'mian' is neither a git revision nor a path in the working tree or the index" in said
    said = refused("--cached", "HEAD", "--", "persony-stare")
    assert "persony-stare: no such path in the working tree, the index or 'HEAD'" in said
    elsewhere = tmp_path / "poza-gitem"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    if subprocess.run(["git", "rev-parse"], cwd=elsewhere, capture_output=True).returncode == 0:
        pytest.skip("the temporary folder is inside a git repository")
    assert "not inside a git repository" in refused("--cached")


@pytest.mark.parametrize("where", [".", "personas"])
def test_a_path_only_marked_to_be_added_is_not_staged(repo, monkeypatch, where):
    # `git add -N` lists the path in the index with the empty blob, and `git diff --cached` shows
    # nothing for it; cxkit said "the file is empty" (exit 2) when it was named.
    repo.write("personas/ola.yaml", PERSONA_PL.replace("id: tomek-audiofil", "id: ola-audiofilka"))
    repo.git("add", "-N", "personas/ola.yaml")
    assert repo.git("diff", "--cached", "--name-only").stdout == ""
    monkeypatch.chdir(repo.root / where)
    named = "personas/ola.yaml" if where == "." else "ola.yaml"
    assert changes_of("--cached") == (0, [])
    assert changes_of("--cached", "--", named) == (0, [])
    repo.git("add", "personas/ola.yaml")
    code, changes = changes_of("--cached", "--", named)
    assert code == 1 and summary(changes) == [("ola-audiofilka", "added", "")]
