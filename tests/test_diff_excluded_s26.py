"""A comparison that reads nothing because every folder to compare is excluded is a usage error (session 26).

Before: `cxkit diff HEAD -- drafts` with `exclude = ["drafts"]` warned and said "No semantic
differences." (exit 0), while `cxkit lint drafts` stops (exit 2, "nothing to check: ..."). Now
every form of `cxkit diff`, two folders compared, and `cxkit review` stop as lint does; a folder
excluded beside another keeps lint's warning, and a revision that still took the folder in
(its own config did not exclude it) is compared as before.
"""

from __future__ import annotations

import json

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

SZKIC = """\
kind: persona
id: ewa-szkic
name: Ewa Zielińska
lang: pl
summary: Właścicielka kwiaciarni, zamawia przez telefon o 5 rano.
goals:
  - Dostać hurtowe ceny bez minimum zamówienia
"""
SZKIC_EDITED = SZKIC.replace("o 5 rano", "o 6 rano")
CONFIG = 'lang = "pl"\nexclude = ["szkice"]\n'


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """A workspace whose `szkice/` (drafts) the config excludes; the draft edited in the working tree."""
    r = Repo(tmp_path / "kwiaty")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("szkice/ewa.yaml", SZKIC)
    r.commit("Persona i szkic")
    r.write("szkice/ewa.yaml", SZKIC_EDITED)
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


# s39: the workspace says lang = "pl", and so is the message (English: test_all_excluded_polish_s39).
NOTHING = ("cxkit: nie ma czego porównywać: `exclude` w cxkit.toml pomija szkice, jedyny wskazany folder; by mimo to "
           "porównać jego pliki, wskaż je ({})\n")


@pytest.mark.parametrize("args, hint", [
    (("diff", "HEAD", "--", "szkice"), "cxkit diff HEAD -- szkice/*.yaml"),
    (("diff", "HEAD", "szkice"), "cxkit diff HEAD -- szkice/*.yaml"),
    (("diff", "szkice"), "cxkit diff szkice/*.yaml"),
    (("diff", "--", "szkice/"), "cxkit diff szkice/*.yaml"),
    (("diff", "--cached", "--", "szkice"), "cxkit diff --cached -- szkice/*.yaml"),
    (("diff", "--cached", "HEAD", "--", "szkice"), "cxkit diff --cached HEAD -- szkice/*.yaml"),
    (("diff", "HEAD", "HEAD", "--", "szkice"), "cxkit diff HEAD HEAD -- szkice/*.yaml"),
    (("diff", "HEAD..HEAD", "--", "szkice"), "cxkit diff HEAD..HEAD -- szkice/*.yaml"),
    (("review", "HEAD", "--", "szkice"), "cxkit review HEAD -- szkice/*.yaml"),
    (("review", "HEAD", "--format", "json", "szkice"), "cxkit review HEAD -- szkice/*.yaml"),
])
def test_every_form_stops_as_lint_does(team, args, hint):
    assert run(*args) == (2, "", NOTHING.format(hint))


def test_lint_says_the_same_of_the_same_folder(team):
    """Guard: the behaviour diff now follows."""
    assert run("lint", "szkice") == (2, "", "cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija szkice, jedyny "
                                           "wskazany folder; by mimo to sprawdzić jego pliki, wskaż je (cxkit lint "
                                           "szkice/*.yaml)\n")


def test_the_files_named_as_suggested_are_compared(team):
    code, out, err = run("diff", "HEAD", "--", "szkice/ewa.yaml")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "ewa-szkic  szkice/ewa.yaml",
        "  ~ Opis: Właścicielka kwiaciarni, zamawia przez telefon o [-5-]{+6+} rano.",
        "",
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.",
    ]


def test_a_quoted_glob_is_told_to_let_the_shell_name_the_files(team):
    assert run("diff", "HEAD", "--", "szkice/*.yaml") == (
        2, "", NOTHING.format("cxkit diff HEAD -- szkice/*.yaml, bez cudzysłowów, by powłoka wymieniła każdy plik"))


def test_beside_a_folder_compared_it_is_a_warning_as_in_lint(team):
    team.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Wiśniewski"))
    code, out, err = run("diff", "HEAD", "--", "szkice", "personas")
    assert code == 1 and "Tomasz" in out and "Ewa" not in out
    assert err == ("cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder szkice, więc go nie porównano; by mimo to "
                   "porównać jego pliki, wskaż je (szkice/*.yaml)\n")  # lang = "pl" (s39)
    code, out, err = run("review", "HEAD", "--format", "json", "--", "szkice", "personas")
    assert code == 0 and "pomija folder szkice" in err
    assert [c["file"] for c in json.loads(out)["changes"]] == ["personas/tomek.yaml"]


def test_configured_paths_all_excluded_stop_too(team):
    team.write("cxkit.toml", CONFIG + 'paths = ["szkice"]\n')
    team.commit("paths")
    assert run("diff", "HEAD") == (2, "", "cxkit: nie ma czego porównywać: `exclude` w cxkit.toml pomija szkice, jedyny "
                                          "folder z `paths`; by mimo to porównać jego pliki, wskaż je (cxkit diff HEAD -- "
                                          "szkice/*.yaml)\n")


def test_a_revision_that_still_took_the_folder_in_is_compared(team):
    """Guard: the exclusion added by the change itself leaves the drafts the workspace; that is news."""
    team.write("cxkit.toml", 'lang = "pl"\n')
    team.commit("Szkice jeszcze w workspace")
    team.write("cxkit.toml", CONFIG)
    code, out, err = run("diff", "HEAD", "--format", "json", "--", "szkice")
    assert code == 1 and "pomija folder szkice" in err
    assert [(c["op"], c["document"]) for c in json.loads(out)][:1] == [("left", "ewa-szkic")]


def test_two_folders_both_excluded_stop(team, tmp_path, monkeypatch):
    (team.root / "szkice-2025").mkdir()
    (team.root / "szkice-2025" / "ewa.yaml").write_text(SZKIC, encoding="utf-8")
    team.write("cxkit.toml", 'lang = "pl"\nexclude = ["szkice*"]\n')
    assert run("diff", "szkice-2025", "szkice") == (
        2, "", "cxkit: nothing to compare: both folders (szkice-2025, szkice) are excluded by the configuration "
               "(`exclude` in cxkit.toml); to compare them anyway, compare their files two by two (cxkit diff OLD.yaml "
               "NEW.yaml) or give a configuration without that exclusion (--config FILE)\n")
    assert run("diff", "szkice-2025/ewa.yaml", "szkice/ewa.yaml")[0] == 1


def test_a_workspace_with_no_exclusion_and_an_empty_folder_is_no_error(team):
    """Guard: nothing to compare for want of documents is "no differences", as lint's empty workspace passes."""
    (team.root / "puste").mkdir()
    (team.root / "puste" / "notatki.txt").write_text("nic\n", encoding="utf-8")
    assert run("diff", "HEAD", "--", "puste") == (0, "Brak różnic w treści.\n", "")


def test_an_english_team_gets_the_same(tmp_path, monkeypatch):
    r = Repo(tmp_path / "shoes")
    r.write("cxkit.toml", 'exclude = ["drafts", "archive"]\n')
    r.write("drafts/maya.yaml", PERSONA_EN)
    r.write("archive/maya-2024.yaml", PERSONA_EN.replace("id: maya-runner", "id: maya-2024"))
    r.commit("drafts")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    assert run("diff", "main", "--", "drafts", "archive") == (
        2, "", "cxkit: nothing to compare: every folder named (drafts, archive) is excluded by the configuration "
               "(`exclude` in cxkit.toml); to compare their files anyway, name them (cxkit diff main -- drafts/*.yaml "
               "archive/*.yaml)\n")
