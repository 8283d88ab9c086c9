"""Unused per-file-ignores (CX005) are reported in a run over several workspaces as in each one's own (tester44 L1).

`cxkit lint marketing/cx` reported `cxkit.toml:…: info CX005 per-file-ignores 'nothing-here/*.yaml' matches no file
checked`, but `cxkit lint marketing/cx sales/pl` and `cxkit lint` at the top did not: each workspace is linted as
a run in its folder would, and this was the part that was left out.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace, run_cli
from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MARKETING_UNUSED = ("marketing/cx/cxkit.toml:4:1: info CX005 per-file-ignores 'nothing-here/*.yaml' matches no file "
                    "checked; remove it [unused-suppression]")
SALES_UNUSED = ("sales/pl/cxkit.toml:4:1: info CX005 `per-file-ignores` „personas/*.yaml”: „journey-without-dip” "
                "niczego nie wycisza w żadnym z 3 plików, do których pasuje ten wzorzec; usuń tę regułę z listy "
                "[unused-suppression]")


@pytest.fixture
def mono(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """marketing/cx (English examples) ignores a rule in a folder it no longer has; sales/pl (Polish examples)
    ignores, in its personas, a journey rule that never fires on a persona."""
    enter_workspace(tmp_path, monkeypatch, today="2026-12-07", files={"k8s/deploy.yaml": "kind: Deployment\n"})
    for folder, lang, ignores in (("marketing/cx", "en", '"nothing-here/*.yaml" = ["stale-review"]'),
                                  ("sales/pl", "pl", '"personas/*.yaml" = ["journey-without-dip"]')):
        shutil.copytree(EXAMPLES / lang, tmp_path / folder)
        (tmp_path / folder / "cxkit.toml").write_text(f'lang = "{lang}"\n\n[per-file-ignores]\n{ignores}\n',
                                                      encoding="utf-8")
    return tmp_path


def _unused(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if " CX005 " in line]


def test_each_workspace_s_own_run_reports_its_entry_s40(mono, monkeypatch):
    """A guard: passes before."""
    assert _unused(run_cli("lint", "--no-cache", "marketing/cx").stdout) == [MARKETING_UNUSED]
    monkeypatch.chdir(mono / "sales" / "pl")
    assert _unused(run_cli("lint", "--no-cache").stdout) == [SALES_UNUSED.replace("sales/pl/", "")]


@pytest.mark.parametrize("args", [(), ("marketing/cx", "sales/pl"), (".",)])
@pytest.mark.parametrize("cache", [True, False])
def test_a_run_over_both_workspaces_reports_each_ones_entries_s40(mono, args, cache):
    """Fails before: no CX005 at all. A warm run (the cache answering each workspace) says the same."""
    no_cache = () if cache else ("--no-cache",)
    for _ in range(2 if cache else 1):
        result = run_cli("lint", *no_cache, "--fail-level", "info", *args)
        assert _unused(result.stdout) == [MARKETING_UNUSED, SALES_UNUSED]
        assert result.exit_code == 1 and "Found 2 problems (2 infos) in 2 files" in result.stdout


def test_a_run_of_part_of_a_workspace_reports_none_s40(mono):
    """As in the workspace's own folder: a file named, or a list of changed files, cannot tell a pattern unused."""
    listed = "marketing/cx/personas/dan-heating-firm-owner.yaml\nsales/pl/personas/agnieszka-studio-podcastow.yaml\n"
    got = CliRunner().invoke(app, ["lint", "--no-cache", "--files-from", "-"], input=listed)
    assert got.exit_code == 0 and _unused(got.stdout) == []
    named = run_cli("lint", "--no-cache", "marketing/cx/personas", "sales/pl/personas")
    assert _unused(named.stdout) == []


def test_the_top_configs_entry_is_reported_beside_the_workspaces_s40(mono):
    """A config at the top with per-file-ignores of its own and the two workspaces below it: the top's run is
    split after its scan met them, and its own unused entry is reported too."""
    Path("cxkit.toml").write_text('lang = "en"\n\n[per-file-ignores]\n"archive/**" = ["ALL"]\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--fail-level", "info")
    assert _unused(result.stdout) == [
        "cxkit.toml:4:1: info CX005 per-file-ignores 'archive/**' matches no file checked; remove it [unused-suppression]",
        MARKETING_UNUSED, SALES_UNUSED]


def test_a_recorded_unused_entry_removed_is_fixed_from_the_top_as_in_the_folder_s40(mono, monkeypatch):
    """Each workspace's baseline records its CX005; the pattern removed, the run from the top calls the entry fixed
    (and --write-baseline drops it), as the run in marketing/cx does. Fails without the config among the files a
    whole workspace checks: the entry was kept aside, neither noted nor dropped."""
    for folder in ("marketing/cx", "sales/pl"):
        monkeypatch.chdir(mono / folder)
        assert run_cli("lint", "--write-baseline", "--fail-level", "info").exit_code == 0
        text = Path("cxkit.toml").read_text(encoding="utf-8")
        Path("cxkit.toml").write_text(text.replace("\n\n[per-file-ignores]", '\nbaseline = ".cxkit-baseline.json"\n\n'
                                                                          "[per-file-ignores]"), encoding="utf-8")
    monkeypatch.chdir(mono)
    assert run_cli("lint", "--no-cache", "--fail-level", "info").exit_code == 0
    Path("marketing/cx/cxkit.toml").write_text('lang = "en"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--fail-level", "info")
    assert result.exit_code == 0
    assert ("cxkit: note: 1 finding recorded in marketing/cx/.cxkit-baseline.json (baseline in "
            "marketing/cx/cxkit.toml:2:1) is no longer found") in result.stderr
    written = run_cli("lint", "--write-baseline")
    assert "cxkit: dropped 1 recorded finding no longer found" in written.stderr
