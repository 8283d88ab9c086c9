"""`cxkit review` from a monorepo's top notes the growth of each workspace's own baseline (review of 8a70dde6).

Since session 40 `cxkit lint` from the top filters each workspace by its own config's `baseline`
(docs/adopting.md), so a branch that records its new findings in sales/pl/.cxkit-baseline.json hides them
from the top's lint once merged.  The review's note on a grown baseline read the run's config only: from a top
with no config (tester44's monorepo: marketing/cx in English, sales/pl in Polish) it said nothing.
"""

from __future__ import annotations

from conftest import run_cli
from git_helpers import REVIEW_OLA_VAGUE, Repo, review_personas, settle_review

POLISH_NOTE = ("ta zmiana dopisuje 1 zgłoszenie do pliku bazowego sales/pl/.cxkit-baseline.json (1 pseudo-profiling) "
               "względem main: zapisane zamiast poprawionych; po scaleniu `cxkit lint` go nie zgłosi")


def _mono(tmp_path, monkeypatch, b2b: bool = False) -> Repo:
    """main: two workspaces, each with its own baseline recording its findings; no config at the top.  The branch
    gives Ola a second vague goal and records it in sales/pl's baseline from sales/pl's folder.  ``b2b``: a
    workspace inside sales/pl's folder whose config extends sales/pl's (the same baseline file)."""
    settle_review(monkeypatch)
    r = Repo(tmp_path / "mono")
    r.write("k8s/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n")
    for folder, lang in (("marketing/cx", "en"), ("sales/pl", "pl")):
        r.write(f"{folder}/cxkit.toml", f'lang = "{lang}"\nbaseline = ".cxkit-baseline.json"\n')
        for name, text in review_personas(lang).items():
            r.write(f"{folder}/personas/{name}", text)
    if b2b:
        r.write("sales/pl/personas/b2b/cxkit.toml", 'extend = "../../cxkit.toml"\n')
    for folder in ("marketing/cx", "sales/pl"):
        monkeypatch.chdir(r.root / folder)
        assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    r.commit("base")
    r.git("checkout", "-q", "-b", "feature/q1-personas")
    r.write("sales/pl/personas/ola.yaml", REVIEW_OLA_VAGUE)
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
