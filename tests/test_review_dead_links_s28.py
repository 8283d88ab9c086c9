"""`cxkit review` lints a symbolic link to no file as `cxkit lint` does on each side's checkout: a file it
cannot read (`read-error`, CX000), introduced when the change adds it, fixed when it removes it (session 28).

Before: a link that loops or leads to nothing, found in a folder, was left out of both sides' lint, so
`cxkit review main` passed ("0 before, 0 after") a change whose `cxkit lint` step failed on it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = [
    pytest.mark.skipif(not HAS_GIT, reason="git missing"),
    pytest.mark.skipif(os.name == "nt", reason="symbolic links"),
]

ROOT = Path(__file__).resolve().parents[1]
# The workspaces are Polish: lint (and review through it) tells these in Polish since c8c345d4 and 9d10bc51.
LOOP = "nie da się odczytać pliku: zbyt wiele poziomów dowiązań symbolicznych"
BROKEN = "nie da się odczytać pliku: to dowiązanie do personas/nie-ma.yaml, a takiego pliku nie ma"


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """personas/tomek.yaml committed (HEAD~1); HEAD adds a link that loops and one to a file that is not there."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Start")
    os.symlink("petla.yaml", r.root / "personas" / "petla.yaml")
    os.symlink("nie-ma.yaml", r.root / "personas" / "zerwany.yaml")
    r.commit("Linki")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", *args, "-f", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, json.loads(result.stdout)


def said(findings: list[dict]) -> list[tuple[str, str, str]]:
    """The read errors among ``findings`` (tomek.yaml has warnings of its own on both sides)."""
    return [(f["path"], f["code"], f["message"]) for f in findings if f["code"] == "CX000"]


def test_links_the_change_adds_are_introduced_as_lint_reports_them(team):
    lint = run_cli("lint", "-f", "json")
    assert lint.exit_code == 1
    linted = said(json.loads(lint.stdout))
    assert linted == [("personas/petla.yaml", "CX000", LOOP), ("personas/zerwany.yaml", "CX000", BROKEN)]
    code, report = review_json("HEAD~1")
    assert code == 1 and report["failed"] is True
    assert said(report["introduced"]) == linted == [(f["path"], f["code"], f["message"]) for f in report["introduced"]]
    assert (report["findings_before"], report["findings_after"], report["fixed"]) == (3, 5, [])


def test_links_on_both_sides_are_no_news(team):
    code, report = review_json("HEAD")
    assert code == 0
    assert (report["introduced"], report["fixed"]) == ([], [])
    assert report["findings_before"] == report["findings_after"] == 5


def test_links_the_change_removes_are_fixed(team):
    (team.root / "personas" / "petla.yaml").unlink()
    (team.root / "personas" / "zerwany.yaml").unlink()
    code, report = review_json("HEAD")
    assert code == 0
    assert said(report["fixed"]) == [("personas/petla.yaml", "CX000", LOOP), ("personas/zerwany.yaml", "CX000", BROKEN)]
    assert report["introduced"] == []


def test_the_markdown_names_them_from_a_subfolder_too(team, monkeypatch):
    monkeypatch.chdir(team.root / "personas")
    result = run_cli("review", "HEAD~1")
    assert (result.exit_code, result.exception) == (1, None)
    assert "**Sprawdzenie:** 2 nowe uwagi (2 błędy), 0 naprawionych; 3 przed zmianą, 5 po zmianie." in result.stdout
    assert ("| error | `read-error` CX000 | `zerwany.yaml:1:1` | nie da się odczytać pliku: to dowiązanie do "
            "nie-ma.yaml, a takiego pliku nie ma |") in result.stdout


def test_excluded_links_and_links_to_a_folder_are_not_reported(team):
    # Guards: what `cxkit lint` does not report, the review does not count.
    team.write("cxkit.toml", 'lang = "pl"\nexclude = ["personas/petla.yaml", "personas/zerwany.yaml"]\n')
    os.symlink(".", team.root / "personas" / "tutaj")
    team.commit("Wykluczone")
    assert said(json.loads(run_cli("lint", "-f", "json").stdout)) == []
    code, report = review_json("HEAD~2")
    assert code == 0
    assert (report["introduced"], report["findings_after"]) == ([], 3)


def test_a_link_named_is_also_not_compared(team):
    (team.root / "personas" / "nowa-petla.yaml").symlink_to("nowa-petla.yaml")
    result = run_cli("review", "HEAD", "personas/nowa-petla.yaml")
    assert (result.exit_code, result.exception) == (1, None)
    assert "| error | `read-error` CX000 | `personas/nowa-petla.yaml:1:1` | " + LOOP + " |" in result.stdout
    assert "Tych plików nie udało się odczytać, więc ich zmian nie pokazano (zob. uwagi):" in result.stdout


def test_diff_still_leaves_them_out_of_the_changes(team):
    # Guard: the comparison of documents is unchanged (docs/diff.md: left out on both sides).
    result = run_cli("diff", "HEAD~1")
    assert (result.exit_code, result.stdout) == (0, "Brak różnic w treści.\n")


def test_docs_say_review_lints_them():
    text = " ".join((ROOT / "docs" / "diff.md").read_text(encoding="utf-8").split())
    assert ("A symbolic link that leads to no file (to nothing, or round in a loop) is linted as `cxkit lint` "
            "lints it in that side's checkout") in text


def test_a_link_the_change_excludes_is_suppressed_not_fixed(team):
    # As any finding a new `exclude` silences: still there, silenced by the configuration.
    team.write("cxkit.toml", 'lang = "pl"\nexclude = ["personas/petla.yaml"]\n')
    code, report = review_json("HEAD")
    assert code == 0
    assert (report["introduced"], said(report["fixed"])) == ([], [])
    assert [(s["path"], s["code"], s["suppressed_by"], s["reported_in_base"]) for s in report["suppressed"]] == [
        ("personas/petla.yaml", "CX000", {"by": "config", "key": "exclude", "file": "cxkit.toml"}, True)]
