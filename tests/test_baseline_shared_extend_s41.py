"""A baseline shared through `extend` from a config that is no workspace's (session 41).

A repository's top holds `shared.toml` (`baseline = "baselines/cx.json"`, no cxkit.toml there) and two teams'
cxkit.toml extend it.  `cxkit lint --write-baseline` at the top wrote the first team's entries from its own folder
(`personas/dan.yaml`) and the second team's as absolute paths; a team's write named its files from its folder too,
so the other team's `personas/…` entries were taken for its own (called fixed, dropped) and the other team's runs
failed on findings they had recorded.  Entries now name files from the folder of the config that names the file
(the top), whichever folder writes it, and each write keeps the other team's entries.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baseline_helpers import LEGACY_DAN, LEGACY_OLA
from conftest import enter_workspace, run_cli

DAN = "marketing/cx/personas/dan.yaml"
OLA = "sales/pl/personas/ola.yaml"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """The repository's top as the current folder: shared.toml names baselines/cx.json; marketing/cx (English)
    and sales/pl (Polish) extend it, one legacy persona each (four findings each, on 2026-12-01)."""
    enter_workspace(tmp_path, monkeypatch, today="2026-12-01",
                    files={DAN: LEGACY_DAN, OLA: LEGACY_OLA, "shared.toml": 'baseline = "baselines/cx.json"\n',
                           "marketing/cx/cxkit.toml": 'extend = "../../shared.toml"\nlang = "en"\n',
                           "sales/pl/cxkit.toml": 'extend = "../../shared.toml"\nlang = "pl"\n'})
    (tmp_path / "baselines").mkdir()
    return tmp_path


def _paths(top: Path) -> list[str]:
    rows = json.loads((top / "baselines" / "cx.json").read_text(encoding="utf-8"))["findings"]
    return sorted({row["path"] for row in rows})


def _entries(top: Path) -> list[str]:
    """The file's entries, in an order of their own (each write lists its findings first)."""
    rows = json.loads((top / "baselines" / "cx.json").read_text(encoding="utf-8"))["findings"]
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def _count(top: Path, path: str) -> int:
    rows = json.loads((top / "baselines" / "cx.json").read_text(encoding="utf-8"))["findings"]
    return sum(row["count"] for row in rows if row["path"] == path)


def _clean_everywhere(top: Path, monkeypatch) -> None:
    for where in (top, top / "marketing" / "cx", top / "sales" / "pl"):
        monkeypatch.chdir(where)
        result = run_cli("lint")
        assert result.exit_code == 0, (where, result.stdout, result.stderr)
        assert "no longer found" not in result.stderr and "przestały" not in result.stderr, result.stderr
    monkeypatch.chdir(top)


def test_a_write_at_the_top_names_both_teams_files_from_the_top_s41(repo, monkeypatch):
    """Fails before: `personas/dan.yaml` and `/…/sales/pl/personas/ola.yaml` (absolute)."""
    result = run_cli("lint", "--write-baseline", "--no-baseline")
    assert result.exit_code == 0, result.stderr
    assert _paths(repo) == [DAN, OLA]
    assert _count(repo, DAN) == _count(repo, OLA) == 4
    _clean_everywhere(repo, monkeypatch)


@pytest.mark.parametrize("first", ["marketing/cx", "sales/pl"])
def test_each_team_writes_its_own_entries_and_keeps_the_other_teams_s41(repo, monkeypatch, first):
    """Fails before: both teams wrote `personas/….yaml`; the second write took the first team's entries for its
    own files, gone, and dropped them (English and Polish team alike)."""
    second = "sales/pl" if first == "marketing/cx" else "marketing/cx"
    monkeypatch.chdir(repo / first)
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    monkeypatch.chdir(repo / second)
    result = run_cli("lint", "--write-baseline", "--no-baseline")
    assert result.exit_code == 0
    kept = ("zachowano 4 zapisane zgłoszenia plików lub reguł, których to uruchomienie nie sprawdzało"
            if second == "sales/pl" else "kept 4 recorded findings of files or rules this run did not check")
    assert kept in result.stderr, result.stderr
    assert _paths(repo) == [DAN, OLA]
    assert _count(repo, DAN) == _count(repo, OLA) == 4
    _clean_everywhere(repo, monkeypatch)


def test_a_team_that_fixed_its_findings_shrinks_only_its_own_entries_s41(repo, monkeypatch):
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    Path(DAN).unlink()
    monkeypatch.chdir(repo / "marketing" / "cx")
    result = run_cli("lint", "--write-baseline")
    assert result.exit_code == 0
    assert "dropped 4 recorded findings no longer found" in result.stderr, result.stderr
    assert _paths(repo) == [OLA] and _count(repo, OLA) == 4
    monkeypatch.chdir(repo / "sales" / "pl")
    assert run_cli("lint").exit_code == 0


def test_the_same_file_written_at_the_top_or_by_each_team_s41(repo, monkeypatch):
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    top = _entries(repo)
    (repo / "baselines" / "cx.json").unlink()
    for team in ("sales/pl", "marketing/cx"):  # the second team's findings recorded anew, not only shrunk
        monkeypatch.chdir(repo / team)
        assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    assert _entries(repo) == top


def test_a_new_finding_in_one_team_still_shows_s41(repo, monkeypatch):
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    text = Path(OLA).read_text(encoding="utf-8")
    Path(OLA).write_text(text.replace("  - Ceni jakość\n", "  - Ceni jakość\n  - Lubi podróżować\n"), encoding="utf-8")
    monkeypatch.chdir(repo / "sales" / "pl")
    result = run_cli("lint")
    assert result.exit_code == 1
    assert result.stdout.startswith("personas/ola.yaml:8:5: ")
    assert "Lubi podróżować" in result.stdout and "Ceni jakość" not in result.stdout
