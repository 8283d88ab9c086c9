"""`[rules.NAME]` tables: one table per rule, and every option checked, as exit 2 naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import JOURNEY_PL, PERSONA_PL, run_cli
from cxkit.config import ConfigError, load_config


@pytest.fixture
def project(write, tmp_path: Path, monkeypatch) -> Path:
    write("personas/tomek.yaml", PERSONA_PL)
    write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def config_error(write, content: str, file: str = "cxkit.toml") -> str:
    """The message of the config error ``content`` is, checked to come out of the CLI as exit 2 too."""
    path = write(file, content)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    result = run_cli("lint", "--format", "json")
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"cxkit: {info.value}\n"
    assert str(path) in result.stderr
    return str(info.value)


# --- bug: a table naming a group, or a second table for one rule, was silently dropped ----------


@pytest.mark.parametrize("key", ["ALL", "all", "CX3", "cx30", "CX"])
def test_a_rule_table_for_a_group_of_rules_is_a_config_error(project, write, key):
    message = config_error(write, f"[rules.{key}]\nenabled = false\n")
    assert f"[rules.{key}]: a rule table configures one rule" in message
    assert "select" in message and f'ignore = ["{key}"]' in message


def test_a_group_table_in_pyproject_is_named_with_its_full_key(project, write):
    message = config_error(write, "[tool.cxkit.rules.CX3]\nseverity = \"error\"\n", "pyproject.toml")
    assert "[tool.cxkit.rules.CX3]: a rule table configures one rule" in message


@pytest.mark.parametrize(
    ("first", "second"),
    [("CX303", "stale-review"), ("stale-review", "cx303"), ("CX303", "cx303")],
)
def test_two_tables_for_one_rule_are_a_config_error_naming_both(project, write, first, second):
    message = config_error(write, f"[rules.{first}]\nmax-age-months = 100\n[rules.{second}]\nmax-age-months = 1\n")
    assert f"[rules.{first}] and [rules.{second}] both configure rule 'stale-review' (CX303)" in message


def test_one_table_by_code_still_configures_its_rule(project, write):
    write("cxkit.toml", '[rules.cx303]\nseverity = "error"\n')
    result = run_cli("lint", "--format", "json", "--select", "stale-review")
    assert result.exception is None and result.exit_code == 0, result.stderr


def test_a_bad_value_in_a_table_named_by_code_names_that_table(project, write):
    message = config_error(write, '[rules.CX303]\nseverity = "fatal"\n')
    assert "rule 'stale-review' ([rules.CX303]): severity must be error, warning or info, not \"fatal\"" in message
