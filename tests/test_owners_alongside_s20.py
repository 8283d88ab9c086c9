"""unowned-opportunity and placeholder on an owner that names nobody (session 20).

An owner such as "TBD", "???" or "[owner]" is a template leftover and names nobody: unowned-opportunity
reports it, so a team gating CI on unowned-opportunity alone, or one silencing the placeholder, still
sees it. (For a while in session 20 unowned-opportunity left such owners to placeholder and let them
through.) Since session 29 the placeholder rule leaves such an owner to unowned-opportunity while that
rule is in force for it, and reports it otherwise: one problem, one finding.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: zamowienie-recepty
name: Zamówienie e-recepty
persona: halina
lang: pl
stages:
  - id: kod
    name: Wpisanie kodu e-recepty
    touchpoints: [aplikacja]
    emotion: -1
    opportunities:
      - action: Przyjmować kod z SMS-a wklejony ze spacjami
        owner: "{owner}"
        due: 2027-03-31
"""


def lint(tmp_path, monkeypatch, owner: str, *args: str, config: str = 'lang = "pl"\n'):
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "recepta.yaml").write_text(JOURNEY.format(owner=owner), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return [(f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)]


LEFTOVERS = ["TBD", "???", "[owner]", "DO ZROBIENIA"]


@pytest.mark.parametrize("owner", LEFTOVERS)
def test_with_both_rules_the_owner_is_told_once_by_unowned_opportunity(tmp_path, monkeypatch, owner):
    assert lint(tmp_path, monkeypatch, owner, "--select", "CX403,CX501") == [("CX403", 13, 16)]


@pytest.mark.parametrize("owner", LEFTOVERS)
def test_without_unowned_opportunity_the_placeholder_reports_the_owner(tmp_path, monkeypatch, owner):
    assert lint(tmp_path, monkeypatch, owner, "--select", "CX403,CX501", "--ignore", "CX403") == [("CX501", 13, 16)]


@pytest.mark.parametrize("owner", LEFTOVERS)
@pytest.mark.parametrize(
    ("args", "config"),
    [
        (("--select", "CX403"), 'lang = "pl"\n'),
        (("--select", "CX403,CX501", "--ignore", "placeholder"), 'lang = "pl"\n'),
        # A selector broader than a rule's name leaves the config's ignore / enabled = false in force
        # (a rule named exactly in --select runs whatever the config says: see the test below).
        (("--select", "CX4,CX5"), 'lang = "pl"\nignore = ["CX501"]\n'),
        (("--select", "CX4,CX5"), 'lang = "pl"\n[rules.placeholder]\nenabled = false\n'),
    ],
)
def test_without_placeholder_unowned_opportunity_reports_the_owner(tmp_path, monkeypatch, owner, args, config):
    assert lint(tmp_path, monkeypatch, owner, *args, config=config) == [("CX403", 13, 16)]


@pytest.mark.parametrize("config", ['lang = "pl"\nignore = ["CX501"]\n', 'lang = "pl"\n[rules.placeholder]\nenabled = false\n'])
def test_a_placeholder_named_in_select_runs_over_the_config(tmp_path, monkeypatch, config):
    # "[zespół]" names nobody to the placeholder rule alone: unowned-opportunity leaves it to it.
    assert lint(tmp_path, monkeypatch, "[zespół]", "--select", "CX403,CX501", config=config) == [("CX501", 13, 16)]


def test_a_team_gating_on_unowned_opportunity_fails_on_a_question_mark_owner(tmp_path, monkeypatch):
    config = 'lang = "pl"\n[rules.unowned-opportunity]\nseverity = "error"\n'
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "recepta.yaml").write_text(JOURNEY.format(owner="???"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--select", "CX403,CX501", "--fail-level", "error")
    assert result.exit_code == 1, result.stdout
    assert "journeys/recepta.yaml:13:16: error CX403" in result.stdout


def test_silencing_the_placeholder_leaves_the_owner_reported(tmp_path, monkeypatch):
    journey = JOURNEY.replace('owner: "{owner}"', 'owner: "???"  # cxkit: disable=placeholder -- ustalimy po warsztacie')
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "recepta.yaml").write_text(journey, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "CX403,CX501")
    assert [(f["code"], f["line"]) for f in json.loads(result.stdout)] == [("CX403", 13)]


def test_a_real_owner_gets_nothing_either_way(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, "Zespół aplikacji (Marta Nowak)", "--select", "CX403,CX501") == []
