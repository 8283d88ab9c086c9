"""`cxkit lint --show-settings` says which opt-in rules exist and are not selected.

`select: ["ALL"]` read as "every rule runs", while `ALL` (and a prefix such as `CX4`) leaves the opt-in
rules out: they run only where named exactly in `select` or `extend-select`, or given `enabled = true`.
The text now lists them under `select`, and the JSON has `opt-in-not-selected` (names, by code).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

from cxkit.lint.rule import all_rules

#: Every opt-in rule, by code: (name, code).
OPT_IN = sorted(((name, cls.code) for name, cls in all_rules().items() if cls.opt_in), key=lambda nc: nc[1])
ADVICE = ("; a prefix or ALL leaves them out: name one in extend-select, or set `enabled = true` in its "
          "[rules.NAME] table")


def _line(rules: list[tuple[str, str]]) -> str:
    return "    opt-in rules not selected: " + ", ".join(f"{n} ({c})" for n, c in rules) + ADVICE


def _settings(config: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], dict]:
    enter_workspace(tmp_path, monkeypatch, config=config, files={"podroze/odnowienie.yaml": "kind: journey\n"})
    text = run_cli("lint", "--show-settings", "podroze")
    data = run_cli("lint", "--show-settings", "-f", "json", "podroze")
    assert (text.exit_code, data.exit_code) == (0, 0), text.stderr + data.stderr
    return text.stdout.splitlines(), json.loads(data.stdout)[0]


def test_there_are_opt_in_rules_to_show() -> None:
    assert ("stage-without-doing-thinking", "CX414") in OPT_IN


def test_the_default_select_all_names_every_opt_in_rule_it_leaves_out(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    lines, data = _settings(None, tmp_path, monkeypatch)
    at = lines.index('  select: ["ALL"]')
    assert lines[at + 1] == _line(OPT_IN)
    assert lines[at + 2] == "  extend-select: []"
    assert data["select"] == ["ALL"] and data["opt-in-not-selected"] == [n for n, _c in OPT_IN]


def test_a_prefix_in_select_leaves_them_out_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines, data = _settings('lang = "pl"\nselect = ["CX4"]\n', tmp_path, monkeypatch)
    assert lines[lines.index('  select: ["CX4"]') + 1] == _line(OPT_IN)
    assert data["opt-in-not-selected"] == [n for n, _c in OPT_IN]


def test_a_rule_named_in_extend_select_or_enabled_in_its_table_is_not_listed(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    config = 'lang = "pl"\nextend-select = ["CX414"]\n' + "".join(
        f"[rules.{name}]\nenabled = true\n" for name, _c in OPT_IN if name != "stage-without-doing-thinking")
    lines, data = _settings(config, tmp_path, monkeypatch)
    assert data["opt-in-not-selected"] == []
    assert not any("opt-in" in line for line in lines)
    assert '  extend-select: ["CX414"]' in lines


def test_one_named_the_others_still_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines, data = _settings('extend-select = ["stage-without-doing-thinking"]\n', tmp_path, monkeypatch)
    rest = [(n, c) for n, c in OPT_IN if n != "stage-without-doing-thinking"]
    assert data["opt-in-not-selected"] == [n for n, _c in rest]
    if rest:
        assert lines[lines.index('  select: ["ALL"]') + 1] == _line(rest)


def test_a_rule_ignored_by_name_is_listed_as_not_selected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _lines, data = _settings('extend-select = ["CX414"]\nignore = ["CX414"]\n', tmp_path, monkeypatch)
    assert "stage-without-doing-thinking" in data["opt-in-not-selected"]
