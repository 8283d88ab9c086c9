"""A baseline and rules switched off for a folder by `per-file-ignores`, or kept off a file by a new format
error (tester41's M4, session 38).

Adding `[per-file-ignores] "personas/legacy/**" = ["stale-review"]` made `cxkit lint` say the folder's
stale-review entries were "no longer found (fixed, or the file renamed)", and `--write-baseline` dropped
them, so removing the ignore entry as the folder was cleaned turned CI red; `enabled = false` and `--ignore`
keep such entries.  A schema error (`kind: Journey`) hiding a file's findings was called a fix the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baseline_helpers import LEGACY_DAN, LEGACY_OLA, adopted, recorded
from conftest import run_cli


def _ignore_stale_review(config: str) -> None:
    Path("cxkit.toml").write_text(config + '\n[per-file-ignores]\n"personas/legacy/**" = ["stale-review"]\n',
                                  encoding="utf-8")


@pytest.fixture
def english(tmp_path, monkeypatch):
    adopted(tmp_path, monkeypatch, ".cxkit-baseline.json", {"personas/legacy/dan.yaml": LEGACY_DAN}, lang="en")
    return 'lang = "en"\nbaseline = ".cxkit-baseline.json"\n'


def test_per_file_ignores_keeps_the_entries_of_the_rules_it_switches_off_s38(english):
    """Fails before: the stale-review entry was "no longer found (fixed…)" and --write-baseline dropped it."""
    before = recorded()
    assert any(e["rule"] == "stale-review" for e in before)
    _ignore_stale_review(english)
    run = run_cli("lint")
    assert run.exit_code == 0, run.stdout
    assert "no longer found" not in run.stderr
    wrote = run_cli("lint", "--write-baseline")
    assert wrote.exit_code == 0, wrote.stderr
    assert "dropped" not in wrote.stderr
    assert recorded() == before
    # The folder cleaned of everything else, the ignore entry removed: the recorded stale-review is still known.
    Path("cxkit.toml").write_text(english, encoding="utf-8")
    back = run_cli("lint")
    assert back.exit_code == 0, back.stdout


def test_per_file_ignores_of_another_folder_still_shrinks_the_baseline_s38(english):
    """The negative case: a pattern that matches no legacy file leaves a real fix called a fix."""
    Path("cxkit.toml").write_text(english + '\n[per-file-ignores]\n"archive/**" = ["stale-review"]\n', encoding="utf-8")
    text = Path("personas/legacy/dan.yaml").read_text(encoding="utf-8")
    Path("personas/legacy/dan.yaml").write_text(text.replace("reviewed: 2023-10-05", "reviewed: 2026-10-05"),
                                                encoding="utf-8")
    run = run_cli("lint")
    assert "1 finding recorded in .cxkit-baseline.json (baseline in cxkit.toml:2:1) is no longer found" in run.stderr
    wrote = run_cli("lint", "--write-baseline")
    assert "dropped 1 recorded finding no longer found" in wrote.stderr
    assert not any(e["rule"] == "stale-review" for e in recorded())


def test_a_schema_error_hiding_findings_is_not_called_a_fix_s38(english):
    """Fails before: `goalz:` for `goals:` hid the persona's method findings and they were called fixed."""
    before = recorded()
    text = Path("personas/legacy/dan.yaml").read_text(encoding="utf-8")
    Path("personas/legacy/dan.yaml").write_text(text.replace("goals:", "goalz:"), encoding="utf-8")
    run = run_cli("lint")
    assert run.exit_code == 1, run.stdout  # the schema error is new
    assert "no longer found" not in run.stderr
    # pseudo-profiling's "Values quality" is under the misspelt key: not read, so not looked for.
    assert ("1 finding recorded in .cxkit-baseline.json (baseline in cxkit.toml:2:1) was not looked for: a format "
            "error (`schema` or `yaml-syntax`) in personas/legacy/dan.yaml keeps the rules off it; not called fixed, "
            "and `cxkit lint --write-baseline` keeps it") in run.stderr
    wrote = run_cli("lint", "--write-baseline")
    assert wrote.exit_code == 0, wrote.stderr
    assert "dropped" not in wrote.stderr
    assert "of files whose format error keeps the rules off them" in wrote.stderr
    assert recorded() == before
    # Mended: the method findings come back, and the baseline still holds them.
    Path("personas/legacy/dan.yaml").write_text(text, encoding="utf-8")
    assert run_cli("lint").exit_code == 0


def test_polish_per_file_ignores_and_schema_error_s38(tmp_path, monkeypatch):
    """The same in a Polish workspace, with the notes in Polish."""
    adopted(tmp_path / "ws", monkeypatch, ".cxkit-baseline.json", {"personas/legacy/ola.yaml": LEGACY_OLA})
    before = recorded()
    _ignore_stale_review('lang = "pl"\nbaseline = ".cxkit-baseline.json"\n')
    run = run_cli("lint")
    assert run.exit_code == 0, run.stdout
    assert "już nie występ" not in run.stderr
    assert run_cli("lint", "--write-baseline").exit_code == 0
    assert recorded() == before
    text = Path("personas/legacy/ola.yaml").read_text(encoding="utf-8")
    Path("personas/legacy/ola.yaml").write_text(text.replace("goals:", "cele_x:"), encoding="utf-8")
    broken = run_cli("lint")
    assert "już nie występ" not in broken.stderr
    assert ("w pliku personas/legacy/ola.yaml błąd formatu (`schema` albo `yaml-syntax`) wyłącza reguły, więc nie "
            "szukano tam") in broken.stderr
    assert "nie uznano go za poprawione i `cxkit lint --write-baseline` go zachowa" in broken.stderr
    wrote = run_cli("lint", "--write-baseline")
    assert "usunięto" not in wrote.stderr
    assert "plików, w których błąd formatu wyłącza reguły" in wrote.stderr
    assert recorded() == before
