"""`cxkit diff` advises naming an excluded folder's files as `cxkit lint` does (session 26).

Before: the diff's advice for a folder `exclude` leaves out said `szkice/*.yaml`, which misses the
drafts in `szkice/2025/`, while lint's names a `dir/*.yaml` for each folder holding YAML files.
Both now use one helper (cliutil.yaml_globs), so they say the same, and following the advice
compares every draft.
"""

from __future__ import annotations

import glob
import json
import re

import pytest

from conftest import PERSONA_PL, run_cli
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
DRAFT_EN = """\
kind: persona
id: liam-draft
name: Liam Carter
lang: en
summary: Runs a bike repair shop and orders parts on Sunday evenings.
goals:
  - Get parts delivered before Tuesday
"""


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """Drafts in `szkice/` and `szkice/2025/`, which the config excludes; both edited in the working tree."""
    r = Repo(tmp_path / "kwiaty")
    r.write("cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("szkice/ewa.yaml", SZKIC)
    r.write("szkice/2025/liam.yaml", DRAFT_EN)
    r.commit("Persona i szkice")
    r.write("szkice/ewa.yaml", SZKIC.replace("o 5 rano", "o 6 rano"))
    r.write("szkice/2025/liam.yaml", DRAFT_EN.replace("Sunday", "Monday"))
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def advised(stderr: str) -> list[str]:
    """The shell words of the last `(... name them (cxkit CMD ... FILES))` advice, after the command (Polish in
    a `lang = "pl"` workspace: "wskaż je (…)")."""
    words = re.search(r"(?:name them|wskaż je) \((.*)\)", stderr).group(1).split()
    return [w for w in words if "*" in w]


def test_nothing_to_compare_names_every_folder_of_drafts_as_lint_does(team):
    code, _, lint_err = run("lint", "szkice")
    assert code == 2
    code, out, err = run("diff", "HEAD", "--", "szkice")
    assert (code, out) == (2, "")
    assert err.endswith("wskaż je (cxkit diff HEAD -- szkice/*.yaml szkice/2025/*.yaml)\n"), err  # lang = "pl" (s39)
    assert advised(err) == advised(lint_err) == ["szkice/*.yaml", "szkice/2025/*.yaml"]


def test_the_advice_compares_every_draft(team):
    _, _, err = run("diff", "HEAD", "--", "szkice")
    files = sorted(f for pattern in advised(err) for f in glob.glob(pattern))  # as the shell expands them
    code, out, _ = run("diff", "--format", "json", "HEAD", "--", *files)
    assert code == 1
    assert sorted({change["document"] for change in json.loads(out)}) == ["ewa-szkic", "liam-draft"]


def test_the_warning_beside_another_folder_names_the_subfolders(team):
    code, _, err = run("diff", "HEAD", "--", "personas", "szkice")
    assert code == 0
    assert err == ("cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder szkice, więc go nie porównano; by mimo to "
                   "porównać jego pliki, wskaż je (szkice/*.yaml szkice/2025/*.yaml)\n")  # lang = "pl" (s39)


def test_review_says_the_same(team):
    code, _, err = run("review", "HEAD", "--", "szkice")
    assert code == 2
    assert err.endswith("wskaż je (cxkit review HEAD -- szkice/*.yaml szkice/2025/*.yaml)\n"), err  # lang = "pl" (s39)


def test_a_folder_of_top_level_drafts_only_keeps_its_one_glob(team):
    # Guard: no subfolder, the advice as before.
    team.git("rm", "-q", "-r", "--cached", "szkice/2025")
    team.git("commit", "-q", "-m", "bez 2025")
    (team.root / "szkice/2025/liam.yaml").unlink()
    (team.root / "szkice/2025").rmdir()
    code, _, err = run("diff", "HEAD", "--", "szkice")
    assert code == 2
    assert err.endswith("wskaż je (cxkit diff HEAD -- szkice/*.yaml)\n"), err  # lang = "pl" (s39)
