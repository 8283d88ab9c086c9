"""A baseline shared at a monorepo's top (tester37 H4, de7efc48): a team's run takes an entry whose file is
gone for fixed only when the file was in its own workspace.  Another team's file deleted (a commit the team's
job checks out too) is that team's to record: no note, and `--write-baseline` from the team folder keeps it.
No test covered this; with the workspace condition of `cli._baseline_covers` taken out, this one fails."""

from __future__ import annotations

import json
from pathlib import Path

from baseline_helpers import AGNIESZKA, DAN, two_teams
from conftest import run_cli


def test_another_teams_deleted_file_is_neither_fixed_nor_dropped_by_a_teams_run(tmp_path, monkeypatch):
    two_teams(tmp_path, monkeypatch, 'lang = "pl"\n')
    Path(AGNIESZKA).unlink()
    monkeypatch.chdir(tmp_path / "teams" / "a")
    result = run_cli("lint", "--baseline", "../../.cxkit-baseline.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stderr == ""
    written = run_cli("lint", "--baseline", "../../.cxkit-baseline.json", "--write-baseline")
    assert written.exit_code == 0 and "dropped" not in written.stderr
    assert "kept 1 recorded finding of files or rules this run did not check" in written.stderr
    rows = json.loads((tmp_path / ".cxkit-baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [row["path"] for row in rows] == [DAN, AGNIESZKA]
