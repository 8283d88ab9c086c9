"""`--write-baseline`'s advice "set baseline = … in the config" names the file from the folder of the config
that would name it, not from the folder the entries are named from: since de7efc48 those differ when the top's
run writes its baseline into a team's folder (entries named from teams/a, the top config's `baseline` from the
top).  No test covered it: with `_from_folder` taking the entries' folder, every baseline test still passed,
and the advice said `baseline = "bl.json"`, a file the top config would look for at the top."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_advice_names_the_file_from_the_top_configs_folder(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-07")
    shutil.copytree(EXAMPLES / "en", tmp_path / "teams" / "a")
    Path("teams/a/cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    dan = Path("teams/a/personas/dan-heating-firm-owner.yaml")
    dan.write_text(dan.read_text(encoding="utf-8").replace("  age: 44\n", "  age: 30-45\n"), encoding="utf-8")
    result = run_cli("lint", "--write-baseline", "--baseline", "teams/a/bl.json")
    assert result.exit_code == 0, result.stderr
    # Session 40: the top config's `baseline` filters the top's own files only, so this run over two workspaces
    # advises the option, which filters them all; a single workspace's run still advises its config's key
    # (test_baseline_hint_above_s36).
    assert ("lint with it: `cxkit lint --baseline teams/a/bl.json`, which filters every workspace of this run by "
            "it") in result.stderr and "in the config" not in result.stderr
    following = run_cli("lint", "--baseline", "teams/a/bl.json")
    assert following.exit_code == 0 and "1 finding in the baseline not shown" in following.stdout
    Path("teams/a/cxkit.toml").write_text('lang = "en"\nbaseline = "bl.json"\n', encoding="utf-8")
    following = run_cli("lint")
    assert following.exit_code == 0 and "1 finding in the baseline not shown" in following.stdout
