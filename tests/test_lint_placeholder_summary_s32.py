"""Lint's text summary after `cxkit new` says how many findings are a template's unfilled values.

A fresh workspace of two personas and a journey lists about a hundred findings, nearly all of them
placeholders (CX501), and the summary said only "Found 96 problems": a newcomer could not tell work
left in the templates from problems in what they wrote. The text summary now says so, in pipes and
at a terminal alike; every finding is still listed, and the JSON and SARIF reports are as before.
"""

from __future__ import annotations

import json
import re
import sys

import pytest
from typer.testing import CliRunner

from cxkit.lint.polish import counted

import cxkit.colour
from cxkit.cli import app


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """`cxkit init` and three documents from their templates, in a folder of its own."""
    folder = tmp_path / "warsztat"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    runner = CliRunner()
    for args in (["init", "--lang", "pl", "--no-examples"], ["new", "persona", "Ewa Nowak"],
                 ["new", "negative-persona", "Janusz Okazja"], ["new", "journey", "Ewa kupuje", "--persona", "ewa-nowak"]):
        assert runner.invoke(app, args).exit_code == 0, args
    return folder


def listed(out: str) -> int:
    """How many findings the text output lists, a line each."""
    return len(re.findall(r"^\S+:\d+:\d+: ", out, flags=re.M))


def lint(*args: str) -> str:
    result = CliRunner().invoke(app, ["lint", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_the_summary_counts_the_placeholders_and_their_files(fresh):
    out = lint("--no-cache")
    placeholders = len(re.findall(r"^\S+: warning CX501 ", out, flags=re.M))
    assert placeholders > 50
    # New files carry no `reviewed` date yet: each is stale until dated (stale-review, a warning).
    assert len(re.findall(r"^\S+: warning CX303 ", out, flags=re.M)) == 3
    # The workspace says `lang = "pl"`: so does its summary (session 36); its English twin is tested alike below.
    assert out.rstrip("\n").splitlines()[-1] == (
        f"Znaleziono {counted(listed(out), 'problem', 'problemy', 'problemów')} "
        f"({counted(placeholders + 3, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}) w 3 plikach; sprawdzono 3 dokumenty. "
        f"{placeholders} z nich to niewypełnione pola szablonów (CX501) w 3 plikach: uzupełnij szablony.")


def test_at_a_terminal_fresh_and_cached_runs_say_it_before_the_tally(fresh, monkeypatch):
    monkeypatch.setattr(cxkit.colour, "isatty", lambda stream: stream is sys.stdout)
    fresh_run, cached_run = lint(), lint()
    summary, tally = fresh_run.rstrip("\n").splitlines()[-2:]
    assert summary.startswith("Znaleziono ") and summary.endswith("w 3 plikach: uzupełnij szablony.")
    assert tally.startswith("Najwięcej zgłoszeń: CX501 placeholder (")
    assert cached_run == fresh_run


def test_json_and_sarif_are_unchanged(fresh):
    """Guard: the machine formats list the same findings and say nothing of templates."""
    text = lint("--no-cache")
    found = json.loads(lint("--no-cache", "-f", "json"))
    assert len(found) == listed(text)
    sarif = lint("--no-cache", "-f", "sarif")
    assert len(json.loads(sarif)["runs"][0]["results"]) == len(found)
    for report in (json.dumps(found), sarif):
        assert "template placeholders" not in report


def test_a_few_placeholders_are_no_template_to_tell(tmp_path, monkeypatch):
    """Guard: a document with one TODO left gets the plain summary."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(
        "kind: persona\nid: ola\nname: Ola Wiśniewska\nlang: pl\nsummary: TODO\n"
        "goals:\n  - Kupić rower gravel do 6000 zł przed majówką, żeby dojeżdżać do pracy w Poznaniu\n",
        encoding="utf-8")
    out = lint("--no-cache", "--select", "CX501")
    assert out.rstrip("\n").splitlines()[-1] == "Znaleziono 1 problem (1 ostrzeżenie) w 1 pliku; sprawdzono 1 dokument."
