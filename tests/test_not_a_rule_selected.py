"""A code cxkit prints that no lint rule has (fmt's CX009 fmt-layout), named where rules are named."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak  # cxkit: disable={name}
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
"""

TOLD = "fmt-layout (CX009) is no lint rule (lint never reports it, so there is nothing to select or silence): " \
       "`cxkit rule fmt-layout` says what it is"


@pytest.mark.parametrize("option, name", [("--select", "fmt-layout"), ("--ignore", "CX009"), ("--extend-select", "cx009")])
def test_on_the_command_line_it_is_explained_not_matched_to_a_rule(tmp_path, monkeypatch, option, name):
    (tmp_path / "ola.yaml").write_text(PERSONA.format(name="pseudo-profiling"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", option, name, "ola.yaml"])
    assert result.exit_code == 2
    assert f"unknown rule '{name}'; {TOLD}" in result.stderr
    assert "did you mean" not in result.stderr  # CX006 or CX005 are not what was meant


def test_in_the_config_it_is_explained(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('ignore = ["fmt-layout"]\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(PERSONA.format(name="pseudo-profiling"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "ola.yaml"])
    assert result.exit_code == 2 and TOLD in result.stderr


@pytest.mark.parametrize("name", ["CX009", "fmt-layout"])
def test_in_a_suppression_it_is_explained(tmp_path, monkeypatch, name):
    (tmp_path / "ola.yaml").write_text(PERSONA.format(name=name), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "ola.yaml"])
    unused = [f for f in json.loads(result.stdout) if f["rule"] == "unused-suppression"]
    assert [f["message"] for f in unused] == [f"suppression names unknown rule '{name}'; {TOLD}"]
