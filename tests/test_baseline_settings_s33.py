"""`cxkit lint --show-settings` names the baseline a lint would use and what sets it (session 33): it
listed every other setting but not `baseline`, so a team could not tell why findings were hidden."""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-stara
name: Ola Nowak
lang: pl
goals:
  - Ceni jakość
"""


@pytest.fixture
def ws(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    return enter_workspace(root, monkeypatch, config='lang = "pl"\nfail-level = "error"\nbaseline = "dług.json"\n',
                           files={"personas/ola.yaml": OLA})


@pytest.mark.parametrize("extra, line, keys", [
    ([], "  baseline: dług.json (from cxkit.toml:3:1)", {"baseline": "dług.json", "baseline-from": "cxkit.toml:3:1"}),
    (["--baseline", "inny.json"], "  baseline: inny.json (from --baseline)",
     {"baseline": "inny.json", "baseline-from": "--baseline"}),
    (["--no-baseline"], "  baseline: none (--no-baseline)", {"baseline": None, "baseline-from": "--no-baseline"}),
])
def test_the_baseline_and_what_sets_it(ws, extra, line, keys):
    """Fails before: neither the text nor the JSON named a baseline."""
    text = run_cli("lint", "--show-settings", *extra)
    assert text.exit_code == 0
    assert line in text.stdout.splitlines()
    assert text.stdout.splitlines()[text.stdout.splitlines().index(line) - 1] == "  respect-gitignore: true"
    data = run_cli("lint", "--show-settings", "-f", "json", *extra, "personas/ola.yaml")
    assert {k: json.loads(data.stdout)[0][k] for k in keys} == keys


def test_no_baseline_without_the_key(tmp_path, monkeypatch):
    """Fails before (no line); the path named is in a workspace whose config has no `baseline`."""
    (tmp_path / "ws").mkdir()
    enter_workspace(tmp_path / "ws", monkeypatch, config='lang = "pl"\n', files={"personas/ola.yaml": OLA})
    assert "  baseline: none" in run_cli("lint", "--show-settings").stdout.splitlines()
    entry = json.loads(run_cli("lint", "--show-settings", "-f", "json").stdout)[0]
    assert (entry["baseline"], entry["baseline-from"]) == (None, None)
