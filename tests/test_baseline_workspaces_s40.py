"""A run over several workspaces filters each one's findings by its own config's baseline (tester44 H1, M1, L6).

A monorepo with an English marketing workspace (marketing/cx) and a Polish sales one (sales/pl), each with its own
cxkit.toml naming its own `.cxkit-baseline.json` (written in its folder, as docs/adopting.md says), no config at
the top, and a Kubernetes manifest beside them.  Before session 40 every run that spanned both (`cxkit lint` at
the top, two paths, `--files-from`, a run from `marketing/`) showed every recorded finding and failed, though
`--show-settings` named each workspace's baseline.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baseline_helpers import EXAMPLES, LEGACY_DAN, LEGACY_OLA
from conftest import enter_workspace, run_cli
from cxkit.cli import app

DAN = "marketing/cx/personas/dan-legacy.yaml"
OLA = "sales/pl/personas/ola-stara.yaml"
DEPLOY = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n"


def _config(lang: str, baseline: bool = True) -> str:
    return f'lang = "{lang}"\nfail-level = "warning"\n' + ('baseline = ".cxkit-baseline.json"\n' if baseline else "")


@pytest.fixture
def mono(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The monorepo on 2026-12-07, each workspace's three legacy findings recorded in its own folder."""
    enter_workspace(tmp_path, monkeypatch, today="2026-12-07", files={"k8s/deploy.yaml": DEPLOY})
    for folder, lang, legacy, text in (("marketing/cx", "en", DAN, LEGACY_DAN), ("sales/pl", "pl", OLA, LEGACY_OLA)):
        shutil.copytree(EXAMPLES / lang, tmp_path / folder)
        (tmp_path / legacy).write_text(text, encoding="utf-8")
        monkeypatch.chdir(tmp_path / folder)
        assert run_cli("lint", "--write-baseline").exit_code == 0
        Path("cxkit.toml").write_text(_config(lang), encoding="utf-8")
        assert run_cli("lint").exit_code == 0
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _new_polish_finding() -> None:
    """A second generic goal in Ola's persona: one pseudo-profiling finding sales/pl's baseline does not record."""
    Path(OLA).write_text(LEGACY_OLA.replace("  - Ceni jakość\n", "  - Ceni jakość\n  - Lubi podróżować\n"),
                         encoding="utf-8")


@pytest.mark.parametrize("args", [(), ("marketing/cx", "sales/pl"), (".",), ("sales/pl", "marketing/cx/personas")])
def test_a_run_over_both_workspaces_filters_each_by_its_own_baseline_s40(mono, args):
    """Fails before: `Found 6 problems (6 warnings)`, exit 1."""
    result = run_cli("lint", "--no-cache", *args)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.startswith("All checks passed")
    assert "6 findings in the baseline not shown" in result.stdout
    assert result.stderr == ""


def test_a_run_from_a_folder_above_one_workspace_uses_its_baseline_s40(mono, monkeypatch):
    """`cd marketing && cxkit lint`: no config in marketing/, one workspace below. Fails before: 3 warnings, exit 1."""
    monkeypatch.chdir(mono / "marketing")
    result = run_cli("lint")
    assert result.exit_code == 0, result.stdout
    assert "3 findings in the baseline not shown" in result.stdout


def test_files_from_a_branch_diff_uses_each_files_baseline_s40(mono, monkeypatch):
    """`git diff --name-only main...HEAD | cxkit lint --files-from -`: the new finding only, and no entry of the
    files not listed called fixed. Fails before: the 3 + 1 findings of the two listed files, exit 1."""
    _new_polish_finding()
    got = CliRunner().invoke(app, ["lint", "--files-from", "-"], input=f"{OLA}\n{DAN}\nk8s/deploy.yaml\n")
    assert got.exit_code == 1, got.stdout
    assert got.stdout.startswith(f"{OLA}:8:5: warning CX101 „Lubi podróżować”")
    assert "Found 1 problem (1 warning) in 1 file" in got.stdout
    assert "6 findings in the baseline not shown" in got.stdout
    assert got.stderr == ""


def test_a_new_finding_in_one_workspace_fails_the_top_run_and_shows_alone_s40(mono):
    _new_polish_finding()
    result = run_cli("lint")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{OLA}:8:5: warning CX101 ")
    assert "Found 1 problem (1 warning) in 1 file" in result.stdout and DAN not in result.stdout


def test_a_workspace_whose_config_names_no_baseline_is_not_filtered_from_the_top_s40(mono):
    """As `cxkit lint` in sales/pl would: its config names none, so its findings show; marketing's stay filtered."""
    Path("sales/pl/cxkit.toml").write_text(_config("pl", baseline=False), encoding="utf-8")
    result = run_cli("lint")
    assert result.exit_code == 1
    assert "Found 3 problems (3 warnings) in 1 file" in result.stdout and DAN not in result.stdout
    assert "3 findings in the baseline not shown" in result.stdout


def test_the_top_configs_baseline_filters_the_tops_own_files_only_s40(mono):
    """A top config with a baseline of its own: it filters the files under the top config (a persona at the top),
    not the workspaces whose configs name theirs."""
    Path("cxkit.toml").write_text('lang = "en"\nbaseline = "top-baseline.json"\n', encoding="utf-8")
    Path("personas").mkdir()
    Path("personas/dan-top.yaml").write_text(LEGACY_DAN.replace("id: dan-legacy", "id: dan-top"), encoding="utf-8")
    Path("top-baseline.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    result = run_cli("lint")
    assert result.exit_code == 1
    # Its three, and missing-negative-persona (the top's workspace has one persona, no negative one).
    assert "Found 4 problems (4 warnings) in 1 file" in result.stdout
    assert all(line.startswith("personas/dan-top.yaml:") for line in result.stdout.splitlines() if ": warning " in line)
    assert "6 findings in the baseline not shown" in result.stdout


def test_the_baseline_option_wins_over_every_config_s40(mono):
    """`--baseline FILE` on the command line filters every workspace of the run by that file alone."""
    Path("puste.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    result = run_cli("lint", "--baseline", "puste.json")
    assert result.exit_code == 1 and "Found 6 problems" in result.stdout
    everything = run_cli("lint", "--no-baseline")
    assert everything.exit_code == 1 and "Found 6 problems" in everything.stdout


def test_sarif_marks_each_workspaces_recorded_findings_unchanged_s40(mono):
    _new_polish_finding()
    log = json.loads(run_cli("lint", "-f", "sarif").stdout)
    states = sorted(r["baselineState"] for r in log["runs"][0]["results"])
    assert states == ["new"] + ["unchanged"] * 6


def test_write_baseline_at_the_top_writes_each_workspaces_own_file_s40(mono):
    """Fails before: one .cxkit-baseline.json at the top with both workspaces' entries, which no config names,
    so the next `cxkit lint` at the top still failed on the new finding and each workspace's file kept it out."""
    _new_polish_finding()
    written = run_cli("lint", "--write-baseline", "--no-baseline")
    assert written.exit_code == 0, written.stderr
    assert not Path(".cxkit-baseline.json").exists()
    assert written.stderr == ("cxkit: recorded 3 findings in marketing/cx/.cxkit-baseline.json (3 entries)\n"
                              "cxkit: zapisano 4 zgłoszenia w sales/pl/.cxkit-baseline.json (4 wpisy)\n")
    rows = json.loads(Path("sales/pl/.cxkit-baseline.json").read_text(encoding="utf-8"))["findings"]
    assert {row["path"] for row in rows} == {"personas/ola-stara.yaml"}  # from the workspace's folder
    assert run_cli("lint").exit_code == 0


def test_write_baseline_at_the_top_names_each_config_that_does_not_name_its_file_s40(mono):
    Path("marketing/cx/.cxkit-baseline.json").unlink()
    Path("marketing/cx/cxkit.toml").write_text(_config("en", baseline=False), encoding="utf-8")
    written = run_cli("lint", "--write-baseline")
    assert written.exit_code == 0, written.stderr
    assert ('cxkit: lint with it: set baseline = ".cxkit-baseline.json" in marketing/cx/cxkit.toml (a path from its '
            "folder), so that each workspace is filtered by its own baseline\n") in written.stderr
    assert "--baseline" not in written.stderr  # it would filter both workspaces by marketing's file


def test_quiet_leaves_out_the_note_on_entries_no_longer_found_s40(mono):
    """tester44 L6: `-q` prints the findings only. Fails before: the note on stderr."""
    Path(DAN).write_text(LEGACY_DAN.replace("  - Values quality\n", "  - Bought a Transit after two Vivaros\n"),
                         encoding="utf-8")
    loud = run_cli("lint")
    assert "1 finding recorded in marketing/cx/.cxkit-baseline.json" in loud.stderr and "is no longer found" in loud.stderr
    quiet = run_cli("lint", "-q")
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_a_baseline_written_at_a_top_without_config_matches_from_inside_a_workspace_s40(mono, monkeypatch):
    """tester44 M1: written at the top (no config there), its entries name files from the top; a run in
    marketing/cx reads them from there. Fails before: exit 1, the 3 findings back, and a note that 3 entries
    are no longer found."""
    written = run_cli("lint", "--write-baseline", "--no-baseline", "--baseline", "all.json")
    assert written.exit_code == 0
    assert ("lint with it: `cxkit lint --baseline all.json`, which filters every workspace of this run by it"
            in written.stderr)
    rows = json.loads(Path("all.json").read_text(encoding="utf-8"))["findings"]
    assert {row["path"] for row in rows} == {DAN, OLA}
    monkeypatch.chdir(mono / "marketing" / "cx")
    result = run_cli("lint", "--baseline", "../../all.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "3 findings in the baseline not shown" in result.stdout and result.stderr == ""


def test_a_baseline_written_without_any_config_does_not_advise_a_config_that_is_not_there_s40(tmp_path, monkeypatch):
    """tester44 M1: "or set baseline = … in the config" when there was none. Fails before."""
    enter_workspace(tmp_path, monkeypatch, today="2026-12-07", files={"personas/ola-stara.yaml": LEGACY_OLA})
    written = run_cli("lint", "--write-baseline")
    assert written.exit_code == 0
    assert written.stderr == (
        "cxkit: recorded 4 findings in .cxkit-baseline.json (4 entries)\n"
        "cxkit: lint with it: `cxkit lint --baseline .cxkit-baseline.json`; there is no config here: `cxkit init` "
        'writes one, then set baseline = ".cxkit-baseline.json" in it\n')


def test_a_warm_run_over_both_workspaces_reads_no_file_for_the_baselines_places_s40(mono, monkeypatch):
    """Each workspace's cached run keeps its findings' places, as a run in its folder does: a warm run from the
    top reads no document to match them. Fails without it: the YAML of each file with a finding is read again."""
    import cxkit.lint.baseline as baseline

    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written count as settled: each run is kept
    assert run_cli("lint").exit_code == 0  # stores each workspace's run, and their places
    read: list[str] = []
    real = baseline.read_places

    def counting(findings, buffers=None):
        findings = list(findings)
        read.extend(f.path for f in findings)
        return real(findings, buffers)

    monkeypatch.setattr(baseline, "read_places", counting)
    warm = run_cli("lint")
    assert warm.exit_code == 0 and "6 findings in the baseline not shown" in warm.stdout
    assert [p for p in read if p.endswith(".yaml")] == []


def test_a_top_baseline_that_no_longer_filters_a_workspace_says_how_to_name_it_there_s40(mono):
    """The upgrade of a repository that recorded its teams in one file at the top, named by the top config only:
    marketing/cx's findings show now (its config names no baseline), and a note says how to keep the file there."""
    assert run_cli("lint", "--write-baseline", "--no-baseline", "--baseline", "all.json").exit_code == 0
    Path("cxkit.toml").write_text('lang = "en"\nbaseline = "all.json"\n', encoding="utf-8")
    Path("marketing/cx/cxkit.toml").write_text(_config("en", baseline=False), encoding="utf-8")
    result = run_cli("lint")
    assert result.exit_code == 1 and "Found 3 problems (3 warnings) in 1 file" in result.stdout
    assert result.stderr == (
        "cxkit: note: 3 findings recorded in all.json (baseline in cxkit.toml:2:1) are in the workspace of "
        "marketing/cx/cxkit.toml, whose config names no baseline, so they do not filter it (each workspace is "
        'filtered by its own config\'s `baseline`); set baseline = "../../all.json" in marketing/cx/cxkit.toml, '
        "or run with --baseline all.json\n")
    assert run_cli("lint", "-q").stderr == ""
    assert run_cli("lint", "--baseline", "all.json").exit_code == 0
    Path("marketing/cx/cxkit.toml").write_text(_config("en", baseline=False) + 'baseline = "../../all.json"\n',
                                               encoding="utf-8")
    named = run_cli("lint")
    assert named.exit_code == 0 and named.stderr == "", named.stdout + named.stderr
