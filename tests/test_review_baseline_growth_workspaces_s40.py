"""`cxkit review` from a monorepo's top notes the growth of each workspace's own baseline (review of 8a70dde6).

Since session 40 `cxkit lint` from the top filters each workspace by its own config's `baseline`
(docs/adopting.md), so a branch that records its new findings in sales/pl/.cxkit-baseline.json hides them
from the top's lint once merged.  The review's note on a grown baseline read the run's config only: from a top
with no config (tester44's monorepo: marketing/cx in English, sales/pl in Polish) it said nothing.
"""

from __future__ import annotations

from conftest import run_cli
from git_helpers import REVIEW_KAMIL, REVIEW_OLA, Repo

OLA_VAGUE = REVIEW_OLA.replace("goals:\n", "goals:\n  - Lubi podróże i dba o zdrowie\n")
DAN = """\
kind: persona
id: dan
name: Dan Hughes
lang: en
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Values quality and lives in a big city
"""
KEVIN = REVIEW_KAMIL.replace("id: kamil", "id: kevin").replace("name: Kamil", "name: Kevin").replace(
    "lang: pl", "lang: en").replace("Kupuje tylko na Black Friday w Media Markt", "Buys only on Black Friday at Currys")
POLISH_NOTE = ("ta zmiana dopisuje 1 zgłoszenie do pliku bazowego sales/pl/.cxkit-baseline.json (1 pseudo-profiling) "
               "względem main: zapisane zamiast poprawionych; po scaleniu `cxkit lint` go nie zgłosi")


def _mono(tmp_path, monkeypatch, b2b: bool = False) -> Repo:
    """main: two workspaces, each with its own baseline recording its findings; no config at the top.  The branch
    gives Ola a second vague goal and records it in sales/pl's baseline from sales/pl's folder.  ``b2b``: a
    workspace inside sales/pl's folder whose config extends sales/pl's (the same baseline file)."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    r = Repo(tmp_path / "mono")
    r.write("k8s/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n")
    r.write("marketing/cx/cxkit.toml", 'lang = "en"\nbaseline = ".cxkit-baseline.json"\n')
    r.write("marketing/cx/personas/dan.yaml", DAN)
    r.write("marketing/cx/personas/kevin.yaml", KEVIN)
    r.write("sales/pl/cxkit.toml", 'lang = "pl"\nbaseline = ".cxkit-baseline.json"\n')
    r.write("sales/pl/personas/ola.yaml", REVIEW_OLA)
    r.write("sales/pl/personas/kamil.yaml", REVIEW_KAMIL)
    if b2b:
        r.write("sales/pl/personas/b2b/cxkit.toml", 'extend = "../../cxkit.toml"\n')
    for folder in ("marketing/cx", "sales/pl"):
        monkeypatch.chdir(r.root / folder)
        assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    r.commit("base")
    r.git("checkout", "-q", "-b", "feature/q1-personas")
    r.write("sales/pl/personas/ola.yaml", OLA_VAGUE)
    monkeypatch.chdir(r.root / "sales/pl")
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    monkeypatch.chdir(r.root)
    return r


def test_a_review_from_the_top_notes_a_workspaces_grown_baseline_s40(tmp_path, monkeypatch):
    """Fails before: from the top (no config there) the report says nothing of sales/pl's baseline."""
    _mono(tmp_path, monkeypatch)
    result = run_cli("review", "main", "-f", "markdown")
    assert result.exit_code == 1  # the gate holds: the review judges what the change introduces
    assert f"- {POLISH_NOTE}" in result.stdout
    assert f"cxkit: uwaga: {POLISH_NOTE}\n" in result.stderr
    assert "marketing/cx/.cxkit-baseline.json" not in result.stdout + result.stderr  # kept as it was: no note


def test_a_baseline_two_configs_name_is_noted_once_s40(tmp_path, monkeypatch):
    """sales/pl/personas/b2b extends sales/pl's config: one file, one note (fails before: none)."""
    _mono(tmp_path, monkeypatch, b2b=True)
    result = run_cli("review", "main", "-f", "text")
    assert result.stdout.count(POLISH_NOTE) == 1, result.stdout
