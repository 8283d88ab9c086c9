"""`cxkit diff`: ids written as numbers, git ranges (`A..B`, `A...B`), named excluded folders, and a
repository with no commits yet."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo


def diff_json(tmp_path: Path, old: str, new: str, *options: str) -> tuple[int, list[dict[str, Any]]]:
    (tmp_path / "old.yaml").write_text(textwrap.dedent(old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(textwrap.dedent(new), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", "json", *options)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, json.loads(result.stdout)


# --- ids written as numbers -------------------------------------------------------------------------

SOURCES_OLD = """\
kind: persona
id: p
name: P
sources:
  - {id: 2024, type: interview, date: 2024-05-01, n: 5}
  - {id: 2025, type: interview, date: 2025-05-01, n: 5}
"""

SOURCES_NEW = """\
kind: persona
id: p
name: P
sources:
  - {id: 2025, type: interview, date: 2025-05-01, n: 5}
  - {id: 2024, type: interview, date: 2025-05-01, n: 5}
"""


def test_a_numeric_id_keys_its_item_as_the_text_written(tmp_path):
    code, changes = diff_json(tmp_path, SOURCES_OLD, SOURCES_NEW)
    assert code == 1
    assert [(c["op"], c["path"]) for c in changes] == [("moved", "sources"), ("changed", 'sources["2024"].date')]
    assert changes[0]["old_order"] == ["2024", "2025"]
    assert changes[0]["new_order"] == ["2025", "2024"]
    assert changes[0]["moved_items"] == ["2024"]
    assert (changes[1]["old"], changes[1]["new"]) == ("2024-05-01", "2025-05-01")


def test_a_numeric_id_in_text_output_names_the_item_not_an_index(tmp_path):
    (tmp_path / "old.yaml").write_text(SOURCES_OLD, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(SOURCES_NEW, encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert result.exit_code == 1
    assert "~ Sources (2024) › Date: 2024-05-01 → 2025-05-01" in result.stdout
    assert "sources[1]" not in result.stdout


def test_numeric_stage_ids_name_the_stage_that_changed(tmp_path):
    old = """\
    kind: journey
    id: j
    name: J
    persona: p
    stages:
      - {id: 1, name: Odkrycie, emotion: 1}
      - {id: 2, name: Zakup, emotion: 0}
    """
    new = """\
    kind: journey
    id: j
    name: J
    persona: p
    stages:
      - {id: 0, name: Potrzeba, emotion: -1}
      - {id: 1, name: Odkrycie, emotion: 1}
      - {id: 2, name: Zakup, emotion: 2}
    """
    code, changes = diff_json(tmp_path, old, new)
    assert code == 1
    # Stage "2" is the one that changed, not the item at index 1 (which is stage "1" on the new side).
    assert [(c["op"], c["path"]) for c in changes] == [("added", 'stages["0"]'), ("changed", 'stages["2"].emotion')]


def test_an_id_quoted_or_not_is_one_id(tmp_path):
    quoted = SOURCES_OLD.replace("id: 2025,", 'id: "2025",')
    assert diff_json(tmp_path, SOURCES_OLD, quoted) == (0, [])
    swapped = SOURCES_NEW.replace("id: 2025,", 'id: "2025",').replace("id: 2024,", "id: '2024',")
    _code, changes = diff_json(tmp_path, SOURCES_OLD, swapped)
    assert [(c["op"], c["path"]) for c in changes] == [("moved", "sources"), ("changed", 'sources["2024"].date')]


def test_a_numeric_id_keeps_its_written_form(tmp_path):
    old = SOURCES_OLD.replace("id: 2024,", "id: 007,")
    new = old.replace("n: 5}", "n: 6}", 1)
    assert diff_json(tmp_path, old, new)[1][0]["path"] == 'sources["007"].n'
    code, changes = diff_json(tmp_path, old, new.replace("id: 007,", "id: 7,"))
    assert code == 1 and [(c["path"], c["old"], c["new"]) for c in changes] == [
        ('sources["7"].id', "007", "7"), ('sources["7"].n', 5, 6)]


def test_an_exclude_glob_takes_a_numeric_id(tmp_path):
    assert diff_json(tmp_path, SOURCES_OLD, SOURCES_NEW, "--ignore-order", "-x", 'sources["2024"].date') == (0, [])
    assert diff_json(tmp_path, SOURCES_OLD, SOURCES_NEW, "--ignore-order", "-x", "sources[*].date") == (0, [])


def test_a_document_with_a_numeric_id_that_moved_is_one_document(tmp_path):
    doc = "kind: persona\nid: 123\nname: Numer\ngoals: [Biegać]\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "stary.yaml").write_text(doc, encoding="utf-8")
    (tmp_path / "b" / "nowy.yaml").write_text(doc.replace("name: Numer", "name: Liczba"), encoding="utf-8")
    result = run_cli("diff", "-f", "json", str(tmp_path / "a"), str(tmp_path / "b"))
    assert result.exit_code == 1, result.stderr
    changes = json.loads(result.stdout)
    assert [(c["document"], c["op"], c["path"]) for c in changes] == [("123", "moved", ""), ("123", "changed", "name")]


# --- ranges: A..B and A...B in one argument ---------------------------------------------------------

needs_git = pytest.mark.skipif(not HAS_GIT, reason="git missing")

TOMEK_35 = PERSONA_PL.replace("  age: 34\n", "  age: 35\n")
MAYA_LATER = PERSONA_EN.replace('  age: "30-40"\n', '  age: "35-45"\n')


@pytest.fixture
def branches(tmp_path, monkeypatch) -> Repo:
    """main and feature, diverged: feature changed Tomek's age, main later changed Maya's; on main."""
    r = Repo(tmp_path / "persony")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    r.git("checkout", "-q", "-b", "feature")
    r.write("personas/tomek.yaml", TOMEK_35)
    r.commit("Tomek starszy")
    r.git("checkout", "-q", "main")
    r.write("personas/maya.yaml", MAYA_LATER)
    r.commit("Maya starsza")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def changes_of(*args: str) -> tuple[int, list[tuple[str, str, Any, Any]]]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    changes = json.loads(result.stdout) if result.stdout.strip() else []
    return result.exit_code, [(c["document"], c["path"], c["old"], c["new"]) for c in changes]


TOMEK_AGED = ("tomek-audiofil", "demographics.age", 34, 35)
MAYA_UNDONE = ("maya-runner", "demographics.age", "35-45", "30-40")  # main's later edit, seen from feature
MAYA_AGED = ("maya-runner", "demographics.age", "30-40", "35-45")


@needs_git
def test_two_dots_compare_the_two_revisions(branches):
    assert changes_of("main..feature") == changes_of("main", "feature") == (1, [MAYA_UNDONE, TOMEK_AGED])


@needs_git
def test_three_dots_compare_the_merge_base_with_the_second_revision(branches):
    # As `git diff main...feature`: what feature did since it left main, not main's later edit undone.
    assert changes_of("main...feature") == (1, [TOMEK_AGED])
    assert changes_of("feature...main") == (1, [MAYA_AGED])


@needs_git
def test_an_empty_side_of_a_range_is_head_not_the_working_tree(branches):
    branches.write("personas/tomek.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 99\n"))  # not committed
    assert changes_of("..feature") == (1, [MAYA_UNDONE, TOMEK_AGED])  # HEAD (main) against feature
    assert changes_of("...feature") == (1, [TOMEK_AGED])
    assert changes_of("feature..") == (1, [MAYA_AGED, ("tomek-audiofil", "demographics.age", 35, 34)])
    assert changes_of("main..") == (0, [])
    assert changes_of("main...HEAD") == (0, [])


@needs_git
def test_a_range_takes_paths(branches):
    assert changes_of("main..feature", "--", "personas/tomek.yaml") == (1, [TOMEK_AGED])
    assert changes_of("main..feature", "personas/maya.yaml") == (1, [MAYA_UNDONE])


@needs_git
def test_the_existing_merge_base_forms_are_unchanged(branches):
    branches.write("personas/tomek.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 99\n"))
    assert changes_of("feature...") == (1, [MAYA_AGED, ("tomek-audiofil", "demographics.age", 34, 99)])  # vs the working tree
    assert changes_of("main...", "feature") == (1, [TOMEK_AGED])


@needs_git
@pytest.mark.parametrize(("arg", "message"), [
    ("a..b..c", "cxkit: 'a..b..c' is not a revision range: write A..B (A against B) or A...B"),
    ("main....feature", "cxkit: 'main....feature' is not a revision range"),
    ("main..nie-ma", "cxkit: unknown revision 'nie-ma' in 'main..nie-ma'"),
    ("nie-ma...feature", "cxkit: unknown revision 'nie-ma' in 'nie-ma...feature'"),
])
def test_a_bad_range_is_one_clear_line_and_exit_2(branches, arg, message):
    result = run_cli("diff", arg)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""


@needs_git
def test_a_range_without_a_merge_base_says_so(branches):
    branches.git("checkout", "-q", "--orphan", "osobna")
    branches.git("rm", "-q", "-r", "-f", "personas/tomek.yaml")
    branches.commit("Osobna historia")
    result = run_cli("diff", "main...osobna")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: 'main' and 'osobna' share no history, so 'main...osobna' has no merge base; "
                             "compare 'main..osobna' instead\n")
    assert run_cli("diff", "main..osobna").exit_code == 1


@needs_git
def test_a_range_and_another_revision_or_cached_are_usage_errors(branches):
    result = run_cli("diff", "main..feature", "HEAD")
    assert result.exit_code == 2
    assert "'main..feature' names both revisions to compare already" in result.stderr
    result = run_cli("diff", "--cached", "main..feature")
    assert result.exit_code == 2
    assert "--cached compares what is staged with one revision, not a range ('main..feature')" in result.stderr


@needs_git
def test_review_takes_a_range_that_ends_at_head(branches):
    branches.git("checkout", "-q", "feature")
    for base in ("main...HEAD", "main...feature", "main..."):
        result = run_cli("review", base, "-f", "json")
        assert result.exception is None, f"traceback: {result.exception!r}"
        assert result.exit_code == 0, (base, result.stderr)
        report = json.loads(result.stdout)
        assert [(c["document"], c["path"]) for c in report["changes"]] == [("tomek-audiofil", "demographics.age")], base
    result = run_cli("review", "main..", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["changes"]) == 2  # main itself, Maya's later edit shown undone
    result = run_cli("review", "HEAD..main")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: cxkit review compares BASE with the working tree, so a range must end "
                                    "at HEAD: 'HEAD..main' ends at 'main'")
    result = run_cli("review", "a..b..c")
    assert result.exit_code == 2 and result.stderr.startswith("cxkit: 'a..b..c' is not a revision range")


# --- a named folder that `exclude` leaves out ---------------------------------------------------------

EXCLUDED = "drafts is excluded by the configuration (`exclude` in cxkit.toml), so it was not compared"
#: Named alone, as lint refuses `cxkit lint drafts`: a comparison of nothing is no "no differences".
NOTHING = "cxkit: nothing to compare: drafts, the only folder named, is excluded by the configuration (`exclude` in cxkit.toml)"


@pytest.fixture
def drafts(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", 'exclude = ["drafts"]\n')
    r.write("drafts/s.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Szkic")
    r.write("drafts/s.yaml", TOMEK_35)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@needs_git
def test_a_named_excluded_folder_is_warned_about_as_lint_does(drafts):
    result = run_cli("diff", "HEAD", "--", "drafts", "personas")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")
    assert result.stderr == f"cxkit: warning: {EXCLUDED}; to compare its files anyway, name them (drafts/*.yaml)\n"
    # lint says the same of it beside another folder, and suggests the same files. Named alone, lint
    # refuses the run (exit 2): a check that read nothing would pass; so does diff (session 26).
    result = run_cli("diff", "HEAD", "--", "drafts")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"{NOTHING}; to compare its files anyway, name them (cxkit diff HEAD -- drafts/*.yaml)\n"
    lint = run_cli("lint", "drafts", "personas")
    assert lint.exit_code in (0, 1) and "drafts/" not in lint.stdout and lint.stderr == (
        "cxkit: warning: drafts is excluded by the configuration (`exclude` in cxkit.toml), so it was not checked; "
        "to check its files anyway, name them (cxkit lint drafts/*.yaml)\n")
    lint = run_cli("lint", "drafts")
    assert (lint.exit_code, lint.stdout) == (2, "") and lint.stderr == (
        "cxkit: nothing to check: drafts, the only folder named, is excluded by the configuration (`exclude` in "
        "cxkit.toml); to check its files anyway, name them (cxkit lint drafts/*.yaml)\n")
    # Named, its file is compared (as lint checks a named file), without a warning.
    result = run_cli("diff", "HEAD", "--", "drafts/s.yaml")
    assert result.exit_code == 1 and result.stderr == ""
    # Not named, it is left out in silence, as by lint.
    result = run_cli("diff", "HEAD")
    assert (result.exit_code, result.stderr) == (0, "")


@needs_git
def test_every_form_warns_about_a_named_excluded_folder(drafts):
    drafts.commit("Tomek starszy")
    drafts.git("rm", "-q", "-r", "--cached", "drafts")
    for args in (("HEAD~1", "HEAD", "--", "drafts"), ("HEAD~1..HEAD", "drafts"), ("--cached", "HEAD~1", "--", "drafts")):
        result = run_cli("diff", *args)
        assert result.exception is None, f"traceback: {result.exception!r}"
        assert result.exit_code == 2, (args, result.stderr)
        assert result.stderr.startswith(NOTHING), args
    result = run_cli("review", "HEAD", "drafts")
    assert result.exit_code == 2 and result.stderr.startswith(NOTHING)


@needs_git
def test_a_folder_gone_from_the_working_tree_is_still_warned_about(drafts):
    import shutil

    shutil.rmtree(drafts.root / "drafts")
    result = run_cli("diff", "HEAD", "--", "drafts")
    assert result.exit_code == 2 and result.stderr.startswith(NOTHING)
    result = run_cli("diff", "HEAD", "--", "drafts", "personas")  # personas compared: no differences there
    assert result.exit_code == 0 and EXCLUDED in result.stderr


def test_two_excluded_folders_compared_are_warned_about(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('exclude = ["drafts*"]\n', encoding="utf-8")
    for folder, text in (("drafts-old", PERSONA_PL), ("drafts", TOMEK_35)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "s.yaml").write_text(text, encoding="utf-8")
    result = run_cli("diff", "drafts-old", "drafts")
    assert result.exit_code == 2
    assert result.stderr == (
        "cxkit: nothing to compare: both folders (drafts-old, drafts) are excluded by the configuration (`exclude` in "
        "cxkit.toml); to compare them anyway, compare their files two by two (cxkit diff OLD.yaml NEW.yaml) or give a "
        "configuration without that exclusion (--config FILE)\n"
    )
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "s.yaml").write_text(TOMEK_35, encoding="utf-8")
    result = run_cli("diff", "drafts-old", "personas")  # one of them: warned of, the other compared
    assert result.exit_code == 1
    assert result.stderr == (
        "cxkit: warning: drafts-old is excluded by the configuration (`exclude` in cxkit.toml), so it was not compared\n")


# --- a repository with no commits yet -----------------------------------------------------------------


@needs_git
@pytest.mark.parametrize("args", [("diff", "HEAD"), ("diff", "main"), ("diff", "HEAD~1", "HEAD"), ("diff", "main..."),
                                  ("diff", "main.."), ("review", "HEAD")])
def test_no_commits_yet_is_said_plainly(tmp_path, monkeypatch, args):
    r = Repo(tmp_path / "nowe")
    r.write("personas/tomek.yaml", PERSONA_PL)
    monkeypatch.chdir(r.root)
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 2
    assert result.stderr.startswith(f"cxkit: the repository has no commits yet, so '{args[1]}' names none; commit first")
    assert result.stderr.count("\n") == 1
    assert run_cli("diff", "--cached").exit_code == 0  # nothing staged: compared with nothing, as before


@needs_git
def test_a_branch_with_no_commits_yet_is_said_plainly(branches):
    branches.git("checkout", "-q", "--orphan", "pusta")
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: the current branch has no commits yet, so 'HEAD' names none")
    assert changes_of("main", "feature")[0] == 1  # other revisions still compare
    result = run_cli("diff", "nie-ma")
    assert result.stderr == "cxkit: no such file or revision: nie-ma\n"
    result = run_cli("diff", "main...")
    assert result.stderr.startswith("cxkit: the current branch has no commits yet, so 'main...' names none")


@needs_git
def test_the_suggestion_for_an_excluded_folder_with_a_space_pastes_into_a_shell(tmp_path, monkeypatch):
    import shlex

    r = Repo(tmp_path / "agencja")
    r.write("cxkit.toml", 'exclude = ["zespół sprzedaży"]\n')
    r.write("zespół sprzedaży/s.yaml", PERSONA_PL)
    r.commit("Szkic")
    r.write("zespół sprzedaży/s.yaml", TOMEK_35)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("diff", "HEAD", "--", "zespół sprzedaży")
    assert result.exit_code == 2
    suggested = result.stderr.rsplit("name them (", 1)[1].rstrip(")\n")
    assert suggested == "cxkit diff HEAD -- 'zespół sprzedaży'/*.yaml"
    # One word for the folder; the shell expands the glob.
    assert shlex.split(suggested) == ["cxkit", "diff", "HEAD", "--", "zespół sprzedaży/*.yaml"]
