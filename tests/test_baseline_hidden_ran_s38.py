"""A baseline's entries of a file with a format error: hidden only where the rule did not run (review of a00ac1b7).

a00ac1b7 kept every entry of a document rule in a file with a `schema` finding as "not looked for", and
`--write-baseline` kept them.  But a half-valid document (cxkit.lint.lenient) is still checked by the rules
that read none of the fields its schema errors touch: a persona whose `goalz:` typo stays for months has its
`reviewed:` date checked all the same.  Its stale-review entry, fixed by a new date, was kept as hidden, so
the baseline never shrank and the same finding, back a year later, was hidden by it.  Only the rules that did
not run on the file (pseudo-profiling, which reads the goals the typo hides) keep their entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baseline_helpers import LEGACY_DAN, LEGACY_OLA, adopted, recorded
from conftest import run_cli


def rules() -> list[str]:
    return sorted(e["rule"] for e in recorded())


def _misspell_goals_and_review(path: str, text: str, goals: str) -> None:
    """The goals' key misspelt (a schema error hiding pseudo-profiling's goal), the review date made fresh."""
    Path(path).write_text(text.replace("goals:", goals).replace("reviewed: 2023-10-05", "reviewed: 2026-11-20"),
                          encoding="utf-8")


@pytest.mark.parametrize("cache", [(), ("--no-cache",)])
def test_a_rule_that_ran_on_a_half_valid_document_shrinks_the_baseline_s38(tmp_path, monkeypatch, cache):
    """Fails before: stale-review's entry, fixed by a fresh `reviewed:`, was "not looked for" and kept."""
    adopted(tmp_path, monkeypatch, ".cxkit-baseline.json", {"personas/legacy/dan.yaml": LEGACY_DAN}, cache, lang="en")
    assert "stale-review" in rules() and "pseudo-profiling" in rules()
    _misspell_goals_and_review("personas/legacy/dan.yaml", LEGACY_DAN, "goalz:")
    run = run_cli("lint", *cache)
    assert run.exit_code == 1, run.stdout  # the schema error is new
    assert "1 finding recorded in .cxkit-baseline.json (baseline in cxkit.toml:2:1) is no longer found" in run.stderr
    assert "1 finding recorded in .cxkit-baseline.json (baseline in cxkit.toml:2:1) was not looked for" in run.stderr
    wrote = run_cli("lint", "--write-baseline", *cache)
    assert "dropped 1 recorded finding no longer found" in wrote.stderr
    assert "stale-review" not in rules()
    assert "pseudo-profiling" in rules()  # under the misspelt key: not read, so kept
    # Recorded anew, the schema error with it: the fixed entry is not carried over either.
    assert run_cli("lint", "--write-baseline", "--no-baseline", *cache).exit_code == 0
    assert "stale-review" not in rules() and "pseudo-profiling" in rules() and "schema" in rules()


def test_a_file_that_cannot_be_read_keeps_every_document_rules_entry_s38(tmp_path, monkeypatch):
    """The negative case: a tab makes the file unreadable, no document rule ran there, so nothing is called fixed."""
    adopted(tmp_path, monkeypatch, ".cxkit-baseline.json", {"personas/legacy/dan.yaml": LEGACY_DAN}, lang="en")
    before = rules()
    text = LEGACY_DAN.replace("reviewed: 2023-10-05", "reviewed: 2026-11-20").replace("  - Values", "\t- Values")
    Path("personas/legacy/dan.yaml").write_text(text, encoding="utf-8")
    run = run_cli("lint")
    assert "was not looked for" in run.stderr or "were not looked for" in run.stderr
    assert run_cli("lint", "--write-baseline").exit_code == 0
    # missing-negative-persona is the workspace's, and no persona is left to need a negative one: that one is fixed.
    assert [r for r in before if r != "missing-negative-persona"] == [r for r in rules() if r != "missing-negative-persona"]


def test_a_field_gone_beside_a_key_cxkit_does_not_know_is_not_called_fixed_s38(tmp_path, monkeypatch):
    """`goals:` renamed to a key near no field (`aims_2023:`, read as the author's own data): pseudo-profiling ran
    and found no goal, but the goal may stand under that key, so its entry is kept; stale-review's, whose
    `reviewed:` is there and fresh, is fixed."""
    adopted(tmp_path, monkeypatch, ".cxkit-baseline.json", {"personas/legacy/dan.yaml": LEGACY_DAN}, lang="en")
    _misspell_goals_and_review("personas/legacy/dan.yaml", LEGACY_DAN, "aims_2023:")
    run = run_cli("lint")
    assert "is no longer found" in run.stderr and "was not looked for" in run.stderr
    assert run_cli("lint", "--write-baseline").exit_code == 0
    assert "stale-review" not in rules() and "pseudo-profiling" in rules()


def test_polish_a_rule_that_ran_on_a_half_valid_document_shrinks_the_baseline_s38(tmp_path, monkeypatch):
    """The same in a Polish workspace: stale-review's entry is said gone, pseudo-profiling's not looked for."""
    adopted(tmp_path / "ws", monkeypatch, ".cxkit-baseline.json", {"personas/legacy/ola.yaml": LEGACY_OLA})
    assert "stale-review" in rules() and "pseudo-profiling" in rules()
    _misspell_goals_and_review("personas/legacy/ola.yaml", LEGACY_OLA, "goalz:")
    run = run_cli("lint")
    assert "1 zgłoszenie zapisane w .cxkit-baseline.json" in run.stderr and "już nie występuje" in run.stderr
    assert "w pliku personas/legacy/ola.yaml błąd formatu" in run.stderr
    assert run_cli("lint", "--write-baseline").exit_code == 0
    assert "stale-review" not in rules() and "pseudo-profiling" in rules()


def test_the_note_on_two_files_speaks_of_them_in_the_plural_s38(tmp_path, monkeypatch):
    """Fails before: "a format error … in a.yaml and 1 other file keeps the rules off it"; in Polish "w plikach …
    i 1 innych błąd formatu … wyłącza", and "nie uznano go … je zachowa" for one finding."""
    ann = LEGACY_DAN.replace("dan-legacy", "ann-legacy").replace("Dan Hughes", "Ann Hughes")
    adopted(tmp_path, monkeypatch, ".cxkit-baseline.json",
            {"personas/legacy/dan.yaml": LEGACY_DAN, "personas/legacy/ann.yaml": ann}, lang="en")
    for name in ("dan", "ann"):
        path = f"personas/legacy/{name}.yaml"
        Path(path).write_text(Path(path).read_text(encoding="utf-8").replace("goals:", "goalz:"), encoding="utf-8")
    run = run_cli("lint")
    assert ("2 findings recorded in .cxkit-baseline.json (baseline in cxkit.toml:2:1) were not looked for: format "
            "errors (`schema` or `yaml-syntax`) in personas/legacy/ann.yaml and 1 other file keep the rules off them; "
            "not called fixed, and `cxkit lint --write-baseline` keeps them") in run.stderr, run.stderr
    Path("cxkit.toml").write_text('lang = "pl"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    run = run_cli("lint")
    assert ("w plikach personas/legacy/ann.yaml i 1 innym błędy formatu (`schema` albo `yaml-syntax`) wyłączają "
            "reguły, więc nie szukano tam 2 zgłoszeń zapisanych") in run.stderr, run.stderr
    assert "nie uznano ich za poprawione i `cxkit lint --write-baseline` je zachowa" in run.stderr


def test_polish_the_note_on_one_finding_says_go_s38(tmp_path, monkeypatch):
    adopted(tmp_path / "ws", monkeypatch, ".cxkit-baseline.json", {"personas/legacy/ola.yaml": LEGACY_OLA})
    text = Path("personas/legacy/ola.yaml").read_text(encoding="utf-8")
    Path("personas/legacy/ola.yaml").write_text(text.replace("goals:", "goalz:"), encoding="utf-8")
    run = run_cli("lint")
    assert ("w pliku personas/legacy/ola.yaml błąd formatu (`schema` albo `yaml-syntax`) wyłącza reguły, więc nie "
            "szukano tam 1 zgłoszenia zapisanego") in run.stderr, run.stderr
    assert "nie uznano go za poprawione i `cxkit lint --write-baseline` go zachowa" in run.stderr
