"""A baseline an older cxkit wrote in a monorepo with one config per team names files from the folder of the
config of the run that wrote it.  Since entries are read from the baseline file's own workspace (tester37 H4),
two such layouts differ: a team's file kept at the top, and the top's file kept in a team's folder.  An upgrade
must hide the same findings as before, without a note that sends the team to rewrite the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _row(path: str, rule: str, place: str, subject: str, document: str | None = None) -> dict[str, object]:
    row: dict[str, object] = {"path": path, "rule": rule, "place": place, "subject": subject}
    if document is not None:
        row["document"] = document
    row["count"] = 1
    return row


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text(json.dumps({"format": "cxkit-baseline/1", "findings": rows}, indent=2) + "\n", encoding="utf-8")


@pytest.fixture
def mono(tmp_path, monkeypatch):
    """mono/: a top cxkit.toml; teams/a (English) and teams/b (Polish), each with its own config; teams/a's
    persona has no `id` (a schema error, whose entry no document id can match) and teams/b's an age range."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-07")
    for team, lang in (("a", "en"), ("b", "pl")):
        shutil.copytree(EXAMPLES / lang, tmp_path / "teams" / team)
    Path("teams/a/cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    Path("teams/b/cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    dan = Path("teams/a/personas/dan-heating-firm-owner.yaml")
    dan.write_text("".join(line for line in dan.read_text(encoding="utf-8").splitlines(keepends=True)
                           if not line.startswith("id: ")), encoding="utf-8")
    agnieszka = Path("teams/b/personas/agnieszka-studio-podcastow.yaml")
    agnieszka.write_text(agnieszka.read_text(encoding="utf-8").replace("  age: 31\n", "  age: 30-45\n"),
                         encoding="utf-8")
    return tmp_path


def test_the_tops_baseline_an_older_cxkit_wrote_into_a_team_folder_still_hides_its_findings(mono):
    """`cxkit lint --write-baseline --baseline teams/a/bl.json` at the top, before the upgrade: entries named
    from the top.  Failed before this fix: read from teams/a, the schema entry (no id) matched nothing, the run
    failed on CX002 and said 1 finding "is no longer found" and 2 entries "name files that no longer exist"."""
    _write(Path("teams/a/bl.json"), [
        _row("teams/a/journeys/dan-switches-invoicing.yaml", "unknown-persona", "persona",
             "'dan-heating-firm-owner'", "dan-switches-invoicing"),
        _row("teams/a/personas/dan-heating-firm-owner.yaml", "schema", "kind", "'id'"),
        _row("teams/b/personas/agnieszka-studio-podcastow.yaml", "pseudo-profiling", "demographics.age",
             '"30-45"', "agnieszka-studio-podcastow"),
    ])
    result = run_cli("lint", "--baseline", "teams/a/bl.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "3 findings in the baseline not shown" in result.stdout
    assert result.stderr == ""
    written = run_cli("lint", "--baseline", "teams/a/bl.json", "--write-baseline")
    assert written.exit_code == 0 and "dropped" not in written.stderr
    rows = json.loads(Path("teams/a/bl.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(row["path"] for row in rows) == [
        "teams/a/journeys/dan-switches-invoicing.yaml", "teams/a/personas/dan-heating-firm-owner.yaml",
        "teams/b/personas/agnieszka-studio-podcastow.yaml"]


def test_a_teams_baseline_an_older_cxkit_wrote_at_the_top_from_its_folder_reads_as_before(mono, monkeypatch):
    """`cd teams/a && cxkit lint --write-baseline --baseline ../../bl.json`, before the upgrade: entries named
    from teams/a.  Failed before this fix: the schema entry matched nothing (CX002 shown, exit 1)."""
    _write(mono / "bl.json", [
        _row("journeys/dan-switches-invoicing.yaml", "unknown-persona", "persona", "'dan-heating-firm-owner'",
             "dan-switches-invoicing"),
        _row("personas/dan-heating-firm-owner.yaml", "schema", "kind", "'id'"),
    ])
    monkeypatch.chdir(mono / "teams" / "a")
    result = run_cli("lint", "--baseline", "../../bl.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "2 findings in the baseline not shown" in result.stdout
    assert result.stderr == ""
    Path("cxkit.toml").write_text('lang = "en"\nbaseline = "../../bl.json"\n', encoding="utf-8")
    named = run_cli("lint")
    assert named.exit_code == 0 and named.stderr == "", named.stdout + named.stderr


def test_a_baseline_written_from_the_top_is_read_from_the_top_in_a_team_folder(mono, monkeypatch):
    """The layout tester37 H4 found: written at the top, read by a team's run; its entries name files from the
    top, so the team's entry matches and the other team's is neither fixed nor noted (a guard: passes before)."""
    assert run_cli("lint", "--write-baseline", "--baseline", ".cxkit-baseline.json").exit_code == 0
    monkeypatch.chdir(mono / "teams" / "a")
    result = run_cli("lint", "--baseline", "../../.cxkit-baseline.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "2 findings in the baseline not shown" in result.stdout
    assert result.stderr == ""
