"""In the config, a rule `select` / `extend-select` names exactly beats an `ignore` by prefix (tester16 F8).

`ignore = ["CX1"]` with `extend-select = ["CX101"]` never ran CX101, without a word, while
`--extend-select CX101` on the command line did: the more specific selector now wins in the config
as it does on the command line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

# Two generic traits: pseudo-profiling (CX101) reports them.
PERSONA = """kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Ceni jakość
  - Dba o zdrowie
sources:
  - id: s1
    type: interview
    date: 2026-08-18
    n: 5
reviewed: 2026-10-07
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _rules(ws: Path, config: str, *args: str) -> set[str]:
    (ws / "cxkit.toml").write_text(config, encoding="utf-8")
    result = run_cli("lint", "-f", "json", "--no-cache", "ola.yaml", *args)
    assert result.exit_code in (0, 1), result.stderr
    return {f["rule"] for f in json.loads(result.stdout)}


def test_the_baseline_reports_pseudo_profiling(ws: Path):
    # Guard: the document is one CX101 reports.
    assert "pseudo-profiling" in _rules(ws, "")


@pytest.mark.parametrize("named", ["CX101", "pseudo-profiling", "Pseudo-Profiling", "cx101"])
def test_extend_select_naming_a_rule_beats_ignore_by_prefix(ws: Path, named: str):
    assert "pseudo-profiling" in _rules(ws, f'ignore = ["CX1"]\nextend-select = ["{named}"]\n')


def test_select_naming_a_rule_beats_ignore_by_prefix_or_all(ws: Path):
    assert "pseudo-profiling" in _rules(ws, 'select = ["CX101", "CX2"]\nignore = ["CX1"]\n')
    assert "pseudo-profiling" in _rules(ws, 'extend-select = ["CX101"]\nignore = ["ALL"]\n')


def test_the_config_now_agrees_with_the_command_line(ws: Path):
    assert _rules(ws, 'ignore = ["CX1"]\nextend-select = ["CX101"]\n') == _rules(
        ws, 'ignore = ["CX1"]\n', "--extend-select", "CX101")


def test_ignore_naming_the_rule_exactly_still_wins(ws: Path):
    # Guards: the same rule named exactly on both sides, or ignored more narrowly than selected.
    assert "pseudo-profiling" not in _rules(ws, 'ignore = ["CX101"]\nextend-select = ["CX101"]\n')
    assert "pseudo-profiling" not in _rules(ws, 'ignore = ["pseudo-profiling"]\nextend-select = ["CX1"]\n')
    assert "pseudo-profiling" not in _rules(ws, 'ignore = ["CX1"]\nextend-select = ["CX10"]\n')


def test_the_command_line_still_wins_over_the_config(ws: Path):
    config = 'ignore = ["CX1"]\nextend-select = ["CX101"]\n'
    # --select starts over: the configured extend-select no longer adds, nor names, the rule.
    assert "pseudo-profiling" not in _rules(ws, config, "--select", "CX0,CX2")
    # --ignore beats what the config names.
    assert "pseudo-profiling" not in _rules(ws, config, "--ignore", "CX1")


def test_a_rule_table_turning_the_rule_off_still_wins(ws: Path):
    config = 'ignore = ["CX1"]\nextend-select = ["CX101"]\n\n[rules.pseudo-profiling]\nenabled = false\n'
    assert "pseudo-profiling" not in _rules(ws, config)
