"""The lint cache's key names the rule plugins whose rules run, also in a program that lints through
`cxkit.api` after a call was given the checkout a plugin was loaded from (session 34).

Such a call is refused, and from then on the plugin's checkout is one no plugin is looked for in: the look
(`plugins.installed()`) no longer finds it.  Its rules, imported before, still run in calls on other
workspaces, so the key must still name it: else results computed with its rules are stored under the key of a
run without the plugin, and a run without it (the command line, CI) is answered with the plugin's findings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit
from cxkit import api
from cxkit.cli import app
from cxkit.lint import cache as cache_module
from cxkit.lint import plugins
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

PLUGIN = """\
from typing import ClassVar
from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class AgencyOwner(Rule):
    \"\"\"Every persona names the agency that wrote it.\"\"\"

    code: ClassVar[str] = "AGENCY7"
    name: ClassVar[str] = "agency-owner"
    severity: ClassVar[Severity] = Severity.info

    def check(self, doc):
        yield Hit(1, 1, "brak agencji w opisie persony")
"""


def workspace(folder: Path) -> Path:
    (folder / "personas").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (folder / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return folder


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """Checkout A whose src/ holds a plugin and is on the host's sys.path; workspace B; a third current folder."""
    a = workspace(tmp_path / "agencja")
    b = workspace(tmp_path / "zespol")
    dist_info(a / "src", "agency-owner-rules", "2.1", "owner = agency_owner_rules:AgencyOwner")
    (a / "src" / "agency_owner_rules.py").write_text(PLUGIN, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    rule_module.all_rules()
    forget_plugins(monkeypatch, "agency_owner_rules")
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(home), raising=False)
    monkeypatch.setattr(cxkit, "_FIRST_FOLDER", str(home), raising=False)
    monkeypatch.chdir(home)
    monkeypatch.syspath_prepend(str(a / "src"))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written: a warm run may trust their times
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))  # a folder of the user's, outside both
    return a, b


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def test_the_key_still_names_a_loaded_plugin_after_its_checkout_was_refused(setup):
    """Fails before: after the refused call the key was that of a process with no plugin, though the
    plugin's rules still ran in calls on B."""
    a, b = setup
    assert "AGENCY7" in codes(api.lint([str(b)]))
    loaded = cache_module.rules_fingerprint()
    assert "agency-owner-rules==2.1" in loaded
    with pytest.raises(api.CxkitError, match=r"agency-owner-rules 2\.1 was loaded from"):
        api.lint([str(a)])
    assert "AGENCY7" in codes(api.lint([str(b)]))  # its rules still run on B
    assert cache_module.rules_fingerprint() == loaded


def test_a_run_without_the_plugin_is_not_answered_with_its_findings_from_the_cache(setup, monkeypatch):
    """Fails before: the host, after the refused call, stored B's run (with AGENCY7) under the key of a run
    without the plugin; `cxkit lint` without the plugin, on the same cache, then showed AGENCY7 (a warm run
    answers from that key without loading a rule)."""
    a, b = setup
    api.lint([str(b)])
    with pytest.raises(api.CxkitError):
        api.lint([str(a)])
    assert "AGENCY7" in codes(api.lint([str(b)], cache=True))
    # The same workspace and cache, in a process whose Python has no such plugin.
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(a / "src")])
    forget_plugins(monkeypatch, "agency_owner_rules")
    cold = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", str(b)])
    warm = CliRunner().invoke(app, ["lint", "-f", "json", str(b)])
    assert "AGENCY7" not in warm.stdout
    assert (warm.exit_code, json.loads(warm.stdout)) == (cold.exit_code, json.loads(cold.stdout))


def test_the_key_is_the_same_before_and_after_the_plugins_are_imported(setup):
    """Guard: a warm run, which imports no rule, computes the key the run that imported them stored it under."""
    _a, b = setup
    before = cache_module.rules_fingerprint()
    assert "agency-owner-rules==2.1" in before
    api.lint([str(b)])
    assert rule_module._PLUGIN_RULES and cache_module.rules_fingerprint() == before
    assert plugins.fingerprint() == before.split("\0")[1]


def test_a_plugin_upgraded_under_a_running_program_is_keyed_by_the_code_that_runs(setup, tmp_path):
    """Fails before: the program imported 2.1; the plugin was upgraded on disk to 2.2 and a call on a new
    folder made the look run again, so the key named 2.2 while 2.1's rules ran, and a new process with 2.2
    would be answered with 2.1's results."""
    a, b = setup
    api.lint([str(b)])
    (a / "src" / "agency_owner_rules-2.1.dist-info").rename(a / "src" / "agency_owner_rules-2.2.dist-info")
    other = workspace(tmp_path / "trzeci")
    api.lint([str(other)])  # a folder not given before: the plugins are looked for again
    assert "agency-owner-rules==2.1" in cache_module.rules_fingerprint()
