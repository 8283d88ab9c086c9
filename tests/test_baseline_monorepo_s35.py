"""A baseline shared at a monorepo's top, with one config per team (tester37 H4): its entries name files
from the top whichever folder lint runs in, and a team's run neither calls another team's entries fixed
nor drops them when it writes the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from baseline_helpers import AGNIESZKA, DAN, EXAMPLES, two_teams
from conftest import enter_workspace, run_cli


@pytest.fixture
def mono(tmp_path, monkeypatch):
    """mono/: a top cxkit.toml; teams/a (English, its own config) and teams/b (Polish, fail-level error), one
    CX101 age range each, recorded from the top in .cxkit-baseline.json."""
    return two_teams(tmp_path, monkeypatch, 'lang = "pl"\nfail-level = "error"\n')


def _entries(top: Path) -> list[str]:
    return [row["path"] for row in json.loads((top / ".cxkit-baseline.json").read_text(encoding="utf-8"))["findings"]]


def test_the_top_run_records_both_teams_from_the_top(mono):
    assert _entries(mono) == [DAN, AGNIESZKA]
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 0


def test_a_team_run_matches_its_entries_and_says_nothing_of_the_other_team(mono, monkeypatch):
    """Fails before: `1 finding recorded … is no longer found; 1 entry names a file that no longer exists and
    matched by document id only; run cxkit lint --write-baseline …` (paths read from teams/a, not the top)."""
    monkeypatch.chdir(mono / "teams" / "a")
    result = run_cli("lint", "--baseline", "../../.cxkit-baseline.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "1 finding in the baseline not shown" in result.stdout
    assert result.stderr == ""


def test_writing_the_baseline_from_a_team_folder_keeps_the_other_teams_entries(mono, monkeypatch):
    """Fails before: the file shrank to one entry, `personas/dan-heating-firm-owner.yaml` (from teams/a), and
    said `dropped 1 recorded finding no longer found`; the top run then failed on both teams."""
    monkeypatch.chdir(mono / "teams" / "a")
    result = run_cli("lint", "--baseline", "../../.cxkit-baseline.json", "--write-baseline")
    assert result.exit_code == 0
    assert "dropped" not in result.stderr
    assert "kept 1 recorded finding of files or rules this run did not check" in result.stderr
    assert _entries(mono) == [DAN, AGNIESZKA]
    monkeypatch.chdir(mono)
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 0


def test_a_file_deleted_in_the_team_folder_is_fixed_and_the_other_teams_entry_kept(mono, monkeypatch):
    """Fails before: teams/b's entry (not there from teams/a) was called fixed and dropped with teams/a's."""
    Path(DAN).unlink()
    Path("teams/a/journeys/dan-switches-invoicing.yaml").unlink()
    monkeypatch.chdir(mono / "teams" / "a")
    result = run_cli("lint", "--baseline", "../../.cxkit-baseline.json")
    assert "note: 1 finding recorded in" in result.stderr and "is no longer found" in result.stderr
    result = run_cli("lint", "--baseline", "../../.cxkit-baseline.json", "--write-baseline")
    assert "dropped 1 recorded finding no longer found" in result.stderr
    assert _entries(mono) == [AGNIESZKA]


def test_a_team_config_that_extends_the_top_one_shares_its_baseline_from_either_folder(mono, monkeypatch):
    """The top config's `baseline` is the top config's: a team's config uses it by `extend` (nothing is merged
    from above otherwise). Fails before: from teams/a the same wrong note as above.  From the top, teams/b, whose
    config names no baseline, is not filtered by the top's (session 40: each workspace by its own config's, as
    a run in its folder; before, the top's filtered both teams)."""
    Path("cxkit.toml").write_text('lang = "en"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    Path("teams/a/cxkit.toml").write_text('extend = "../../cxkit.toml"\n', encoding="utf-8")
    top = run_cli("lint")
    assert top.exit_code == 0 and "1 finding in the baseline not shown" in top.stdout, top.stdout
    assert top.stdout.startswith(f"{AGNIESZKA}:14:8: warning CX101 ")
    assert top.stderr.startswith("cxkit: note: 1 finding recorded in .cxkit-baseline.json (baseline in cxkit.toml:2:1) "
                                 "is in the workspace of teams/b/cxkit.toml, whose config names no baseline")
    monkeypatch.chdir(mono / "teams" / "a")
    team = run_cli("lint")
    assert team.exit_code == 0 and "1 finding in the baseline not shown" in team.stdout
    assert team.stderr == ""


def test_a_baseline_outside_the_workspace_names_files_from_the_config_as_before(tmp_path, monkeypatch):
    """Old baselines keep working: one kept outside every workspace (another folder, a CI cache) names files
    from the config's folder of the run that wrote it, as before."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copytree(EXAMPLES / "pl", work, dirs_exist_ok=True)
    enter_workspace(work, monkeypatch, config='lang = "pl"\n', today="2026-12-07")
    persona = Path("personas/agnieszka-studio-podcastow.yaml")
    persona.write_text(persona.read_text(encoding="utf-8").replace("  age: 31\n", "  age: 30-45\n"), encoding="utf-8")
    outside = tmp_path / "baselines" / "dlug.json"
    outside.parent.mkdir()
    assert run_cli("lint", "--write-baseline", "--baseline", str(outside)).exit_code == 0
    assert json.loads(outside.read_text(encoding="utf-8"))["findings"][0]["path"] == str(persona)
    result = run_cli("lint", "--baseline", str(outside))
    assert result.exit_code == 0 and result.stderr == ""
