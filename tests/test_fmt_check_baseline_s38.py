"""`cxkit fmt --check` and a file it cannot read that lint's baseline records (tester41's H1, session 38).

The CI job `cxkit init` writes runs `cxkit lint` and `cxkit fmt --check`.  With a baseline recording a
legacy file's YAML error, lint passed and `fmt --check` failed on the same file ("1 file could not be
formatted", exit 1): CI could not be green on the day the baseline was written.  fmt now leaves such a
file to lint (a note, not a failure); a broken file the baseline does not record still fails it.
"""

from __future__ import annotations

from pathlib import Path

from baseline_helpers import LEGACY_OLA
from conftest import enter_workspace, run_cli

DAN = """\
kind: persona
id: dan-owner
name: Dan Hughes
lang: en
summary: Owner of a heating firm who renews his van insurance every March through the insurer's app.
goals:
  - Renew the van's insurance before the March deadline without calling the broker
reviewed: 2026-10-05
"""

#: A legacy file with a tab where YAML wants spaces: lint's yaml-syntax (CX001), and fmt cannot read it.
TABBED = "kind: persona\nid: tab-legacy\nname: Old Tab\n\tsummary: copied from a wiki page with a tab\n"


def _adopt(tmp_path, monkeypatch, lang: str, files: dict[str, str]) -> str:
    config = f'lang = "{lang}"\n'
    enter_workspace(tmp_path, monkeypatch, config=config, today="2026-12-01", files=files)
    assert run_cli("lint", "--write-baseline").exit_code == 0
    config += 'baseline = ".cxkit-baseline.json"\n'
    Path("cxkit.toml").write_text(config, encoding="utf-8")
    assert run_cli("lint").exit_code == 0
    return config


def test_fmt_check_leaves_a_recorded_unreadable_file_to_lint_s38(tmp_path, monkeypatch):
    """Fails before: exit 1, "1 file could not be formatted", though lint (with its baseline) passed."""
    _adopt(tmp_path, monkeypatch, "en", {"personas/dan.yaml": DAN, "personas/legacy/tab.yaml": TABBED})
    check = run_cli("fmt", "--check")
    assert check.exit_code == 0, check.stdout + check.stderr
    assert "CX001" not in check.stdout
    assert ("cxkit: note: personas/legacy/tab.yaml:4:1: cannot be read as YAML (CX001), which .cxkit-baseline.json "
            "(baseline in cxkit.toml:2:1) records for `cxkit lint`; fmt leaves it as it is and does not fail on it"
            ) in check.stderr
    assert "1 file would be left unchanged, 1 file left to `cxkit lint` (unreadable, recorded in its baseline)." in check.stderr
    assert Path("personas/legacy/tab.yaml").read_text(encoding="utf-8") == TABBED


def test_fmt_check_still_fails_on_a_broken_file_the_baseline_does_not_record_s38(tmp_path, monkeypatch):
    """The negative case: a file broken after the baseline was written is fmt's failure, as lint's."""
    _adopt(tmp_path, monkeypatch, "en", {"personas/dan.yaml": DAN})
    Path("personas/new.yaml").write_text(TABBED.replace("tab-legacy", "tab-new"), encoding="utf-8")
    check = run_cli("fmt", "--check")
    assert check.exit_code == 1
    assert "personas/new.yaml:4:1: error CX001" in check.stdout
    assert "1 file could not be formatted" in check.stderr
    assert "left to `cxkit lint`" not in check.stderr
    # Without the baseline in force (--no-baseline has no fmt twin: the config naming none), it fails too.
    Path("cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    Path("personas/new.yaml").unlink()
    Path("personas/legacy").mkdir()
    Path("personas/legacy/tab.yaml").write_text(TABBED, encoding="utf-8")
    assert run_cli("fmt", "--check").exit_code == 1


def test_fmt_check_in_polish_says_it_in_polish_s38(tmp_path, monkeypatch):
    _adopt(tmp_path, monkeypatch, "pl", {"personas/ola.yaml": LEGACY_OLA, "personas/stare/tab.yaml": TABBED})
    check = run_cli("fmt", "--check")
    assert check.exit_code == 0, check.stdout + check.stderr
    assert ("cxkit: uwaga: personas/stare/tab.yaml:4:1: nie da się go odczytać jako YAML (CX001), co "
            ".cxkit-baseline.json (`baseline` w cxkit.toml:2:1) zapisuje dla `cxkit lint`; fmt zostawia go bez zmian "
            "i nie uznaje za błąd") in check.stderr
    assert "zostawione dla `cxkit lint`: 1 plik (nieczytelne, zapisane w jego pliku bazowym)" in check.stderr
