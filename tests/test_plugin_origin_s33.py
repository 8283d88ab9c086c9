"""Machine outputs say which installed package a rule plugin's rule comes from.

`cxkit rules -f json` gave a plugin's rule as it gives cxkit's own, so a bot could not tell which
package to blame or upgrade; each rule now has `plugin` (`{"name", "version"}`, null for cxkit's).
A SARIF log describes a plugin's rules in the run's `tool.extensions` (one component per package,
with its name and version), and a plugin's result points there (`rule.toolComponent.index`).
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from plugin_helpers import dist_info, plugin_workspace

EXAMPLE = Path(__file__).parent / "data" / "plugins" / "acme-cx-rules"


def install(site: Path) -> None:
    dist_info(site, "acme-cx-rules", "1.2.0", "owner-required = acme_cx_rules:OwnerRequired")
    (site / "acme_cx_rules.py").write_text((EXAMPLE / "acme_cx_rules.py").read_text(encoding="utf-8"), encoding="utf-8")


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_rules_json_names_the_package_and_version_of_a_plugin_s_rule(tmp_path, monkeypatch):
    """Fails before: no `plugin` key."""
    install(plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules"))
    result = invoke("rules", "-f", "json")
    assert result.exit_code == 0, result.output
    listed = {item["code"]: item for item in json.loads(result.stdout)}
    assert listed["ACME101"]["plugin"] == {"name": "acme-cx-rules", "version": "1.2.0"}
    assert listed["ACME101"]["name"] == "owner-required"
    assert listed["CX101"]["plugin"] is None
    assert all(set(item) == {"code", "name", "severity", "summary", "plugin", "docs", "url", "opt_in"} for item in listed.values())
    text = invoke("rules").stdout.splitlines()
    assert next(line for line in text if line.startswith("ACME101")).endswith("[acme-cx-rules 1.2.0]")  # guard
    assert not next(line for line in text if line.startswith("CX101")).endswith("]")


def test_sarif_describes_a_plugin_s_rules_in_tool_extensions(tmp_path, monkeypatch):
    """Fails before: the plugin's rule stood among cxkit's in tool.driver.rules, its package named nowhere."""
    install(plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules"))
    (tmp_path / "ws" / "personas" / "bez-wlasciciela.yaml").write_text(
        "kind: persona\nid: bez-wlasciciela\nname: Jan Kowalski\nlang: pl\n", encoding="utf-8")
    result = invoke("lint", "--no-cache", "-f", "sarif", "personas")
    assert result.exit_code == 1, result.output
    run = json.loads(result.stdout)["runs"][0]
    driver, extensions = run["tool"]["driver"], run["tool"]["extensions"]
    assert [(e["name"], e["version"], [r["id"] for r in e["rules"]]) for e in extensions] == [
        ("acme-cx-rules", "1.2.0", ["ACME101"])]
    assert "ACME101" not in [r["id"] for r in driver["rules"]]
    assert driver["name"] == "cxkit" and driver["rules"][0]["id"].startswith("CX")
    ours = [r for r in run["results"] if r["ruleId"] == "ACME101"]
    assert len(ours) == 1 and "ruleIndex" not in ours[0]
    assert ours[0]["rule"] == {"id": "ACME101", "index": 0, "toolComponent": {"index": 0}}
    others = [r for r in run["results"] if r["ruleId"] != "ACME101"]
    assert others and all(driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in others)


def test_sarif_without_plugins_has_no_extensions(tmp_path, monkeypatch):
    """Guard: a run with cxkit's rules only keeps the log's shape."""
    plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    result = invoke("lint", "--no-cache", "-f", "sarif", "personas")
    run = json.loads(result.stdout)["runs"][0]
    assert "extensions" not in run["tool"]
    assert all(run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
