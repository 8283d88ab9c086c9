"""`exclude` matches a symbolic link by its own path and by its target's, in `cxkit diff` too (session 26).

lint and fmt leave out a link into `szkice/` and a link that lies in `szkice/` (38f7734). Before,
diff and review matched the working tree's link only by where it leads (a link in `szkice/` to a
persona was compared, "new persona"), and a revision's file by the working tree's link at its
name: a link committed and then deleted showed as a "removed" persona though it was a draft. Now
each side matches a link by both paths, as it is on that side (a revision's link by the file it
leads to in that revision), in one workspace and in a client's workspace.
"""

from __future__ import annotations

import json
import os

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = [
    pytest.mark.skipif(not HAS_GIT, reason="git missing"),
    pytest.mark.skipif(os.name == "nt", reason="symbolic links"),
]

SZKIC = """\
kind: persona
id: ewa-szkic
name: Ewa Zielińska
lang: pl
summary: Właścicielka kwiaciarni, zamawia przez telefon o 5 rano.
goals:
  - Dostać hurtowe ceny bez minimum zamówienia
"""
NO_DIFF = (0, "Brak różnic w treści.\n")


def workspace(r: Repo, where: str = "") -> None:
    r.write(f"{where}cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    r.write(f"{where}personas/tomek.yaml", PERSONA_PL)
    r.write(f"{where}personas/maya.yaml", PERSONA_EN)
    r.write(f"{where}szkice/ewa.yaml", SZKIC)


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "kwiaty")
    workspace(r)
    r.commit("Persony i szkic")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout


def linted() -> set[str]:
    """The files `cxkit lint` reports findings in (the test personas have some)."""
    return {finding["path"] for finding in json.loads(run_cli("lint", "--format", "json").stdout)}


def documents(*args: str) -> set[str]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return {change["document"] for change in json.loads(result.stdout)}


def test_a_link_in_the_drafts_folder_is_left_out_as_lint_leaves_it(team):
    os.symlink("../personas/maya.yaml", "szkice/maya.yaml")  # not committed: a new file of the working tree
    assert "szkice/maya.yaml" not in linted()  # lint leaves it out (its findings are maya's own)
    assert run("diff") == NO_DIFF
    assert run("diff", "HEAD") == NO_DIFF
    team.git("add", "szkice/maya.yaml")
    assert run("diff", "--cached") == NO_DIFF


def test_a_link_to_a_draft_deleted_from_the_working_tree_was_a_draft_in_the_revision(team):
    os.symlink("../szkice/ewa.yaml", "personas/ewa.yaml")
    team.commit("Link do szkicu")
    os.remove("personas/ewa.yaml")
    assert run("diff", "HEAD") == NO_DIFF
    team.git("rm", "-q", "personas/ewa.yaml")
    assert run("diff", "--cached") == NO_DIFF
    team.git("commit", "-q", "-m", "Bez linku")
    assert run("diff", "HEAD~1", "HEAD") == NO_DIFF
    assert run("diff", "HEAD~1..HEAD") == NO_DIFF


def test_review_does_not_list_the_draft_as_removed(team):
    os.symlink("../szkice/ewa.yaml", "personas/ewa.yaml")
    team.commit("Link do szkicu")
    os.remove("personas/ewa.yaml")
    result = run_cli("review", "--format", "json", "HEAD")
    assert result.exception is None and result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []


def test_a_clients_workspace_matches_both_paths_too(tmp_path, monkeypatch):
    r = Repo(tmp_path / "agencja")
    r.write("cxkit.toml", 'lang = "pl"\n')
    workspace(r, "klienci/kwiaty/")
    r.commit("Klient")
    monkeypatch.chdir(r.root)
    os.symlink("../szkice/ewa.yaml", "klienci/kwiaty/personas/ewa.yaml")
    os.symlink("../personas/maya.yaml", "klienci/kwiaty/szkice/maya.yaml")
    assert not {"klienci/kwiaty/szkice/maya.yaml", "klienci/kwiaty/personas/ewa.yaml"} & linted()
    assert run("diff") == NO_DIFF
    assert run("diff", "HEAD") == NO_DIFF


def test_the_draft_itself_and_a_link_named_are_compared(team):
    # Guards: a file named is compared wherever it is; a persona's own change shows.
    os.symlink("../personas/maya.yaml", "szkice/maya.yaml")
    team.commit("Link w szkicach")
    (team.root / "personas/maya.yaml").write_text(PERSONA_EN.replace("Maya", "Mai", 1), encoding="utf-8")
    (team.root / "szkice/ewa.yaml").write_text(SZKIC.replace("o 5 rano", "o 6 rano"), encoding="utf-8")
    assert documents("HEAD") == {"maya-runner"}  # the link in szkice/ to maya is left out, not a second maya
    assert "ewa-szkic" in documents("HEAD", "--", "szkice/ewa.yaml")
    assert documents("HEAD", "--", "szkice/maya.yaml") == documents("HEAD", "--", "personas/maya.yaml")
