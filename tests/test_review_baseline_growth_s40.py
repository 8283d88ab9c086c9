"""`cxkit review` notes a baseline the branch grew (tester44 L8).

A branch that records its own new findings in the baseline (`cxkit lint --write-baseline --no-baseline`) still
fails the review (it judges what the change introduces), but nothing in the report said the baseline grew:
once merged, `cxkit lint` would no longer report those findings. The report's config notes now say how many
findings the branch recorded there, by rule.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import REVIEW_DAN, REVIEW_OLA, REVIEW_OLA_VAGUE, Repo, review_personas, settle_review

DAN_VAGUE = REVIEW_DAN.replace("goals:\n", "goals:\n  - Likes travelling and keeps healthy\n")

def _repo(tmp_path, monkeypatch, lang: str) -> Repo:
    """main: a workspace whose baseline records its one finding (a vague goal); the branch adds a second one."""
    settle_review(monkeypatch)
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "{lang}"\nbaseline = ".cxkit-baseline.json"\n')
    for name, text in review_personas(lang).items():
        r.write(f"personas/{name}", text)
    monkeypatch.chdir(r.root)
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    r.commit("base")
    r.git("checkout", "-q", "-b", "feature/q1-personas")
    r.write("personas/ola.yaml" if lang == "pl" else "personas/dan.yaml",
            REVIEW_OLA_VAGUE if lang == "pl" else DAN_VAGUE)
    return r


def test_a_baseline_the_branch_grew_is_noted_s40(tmp_path, monkeypatch):
    """Fails before: no word of the baseline; the gate holds all the same (exit 1)."""
    _repo(tmp_path, monkeypatch, "en")
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    result = run_cli("review", "main", "-f", "markdown")
    assert result.exit_code == 1
    note = ("this change records 1 more finding in the baseline .cxkit-baseline.json than main (1 pseudo-profiling): "
            "recorded rather than fixed; once merged, `cxkit lint` does not report it")
    assert f"- {note}" in result.stdout
    assert f"cxkit: note: {note}\n" in result.stderr


def test_it_is_said_in_polish_s40(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, "pl")
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    result = run_cli("review", "main", "-f", "text")
    assert ("Notatka o konfiguracji: ta zmiana dopisuje 1 zgłoszenie do pliku bazowego .cxkit-baseline.json "
            "(1 pseudo-profiling) względem main: zapisane zamiast poprawionych; po scaleniu `cxkit lint` go nie zgłosi"
            ) in result.stdout


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_baseline_kept_or_shrunk_says_nothing_s40(tmp_path, monkeypatch, lang):
    """Guards: the branch's finding not recorded, or the baseline shrunk by a fix, is no growth."""
    r = _repo(tmp_path, monkeypatch, lang)
    result = run_cli("review", "main", "-f", "markdown")
    assert "baseline .cxkit" not in result.stdout and "pliku bazowego" not in result.stdout
    r.write("personas/ola.yaml" if lang == "pl" else "personas/dan.yaml",
            (REVIEW_OLA if lang == "pl" else REVIEW_DAN).replace("Ceni jakość i mieszka w dużym mieście" if lang == "pl"
                                                           else "Values quality and lives in a big city",
                                                           "Kupuje abonament na kawę z palarni w Krakowie" if lang == "pl"
                                                           else "Pays for a monthly coffee subscription from a Leeds roaster"))
    assert run_cli("lint", "--write-baseline").exit_code == 0
    shrunk = run_cli("review", "main", "-f", "markdown")
    assert "baseline .cxkit" not in shrunk.stdout and "pliku bazowego" not in shrunk.stdout
