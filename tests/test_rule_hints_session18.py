"""A rule named in cxkit.toml or a suppression comment gets the command line's suggestions:
a prefix (`pseudo`), a word of a rule's name (`opportunity`), a close spelling."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

PERSONA = "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - {trait}\n"


@pytest.mark.parametrize(("typed", "hint"), [
    ("pseudo", "did you mean 'pseudo-profiling'?"),
    ("opportunity", "did you mean 'unowned-opportunity'?"),
    ("duplicate-ids", "did you mean 'duplicate-id'?"),
    ("cx4o3", "did you mean 'CX403'?"),
    ("zupełnie-nic", "`cxkit rules` lists them"),
])
def test_a_rule_in_the_config_gets_the_command_line_suggestion(tmp_path, monkeypatch, typed, hint):
    (tmp_path / "cxkit.toml").write_text(f'ignore = ["{typed}"]\n', encoding="utf-8")
    (tmp_path / "p.yaml").write_text(PERSONA.format(trait="Biega 10 km w soboty"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "p.yaml")
    assert result.exit_code == 2
    assert f"ignore: unknown rule '{typed}'; {hint}" in result.stderr


@pytest.mark.parametrize(("typed", "hint"), [
    ("pseudo", "; did you mean 'pseudo-profiling'?"),
    ("opportunity", "; did you mean 'unowned-opportunity'?"),
    ("pseudo-profilng", "; did you mean 'pseudo-profiling'?"),
    ("zupełnie-nic", ""),
])
def test_a_rule_in_a_suppression_gets_the_suggestion(tmp_path, monkeypatch, typed, hint):
    (tmp_path / "p.yaml").write_text(PERSONA.format(trait=f"Dba o zdrowie  # cxkit: disable={typed}"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "p.yaml")
    assert result.exit_code == 1, result.stderr
    unknown = [f for f in json.loads(result.stdout) if f["rule"] == "unused-suppression"]
    assert [f["message"] for f in unknown] == [f"suppression names unknown rule '{typed}'{hint}"]
