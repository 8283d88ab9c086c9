"""`cxkit rules`, its JSON and SARIF's rule list say which rules are opt-in (session 34).

stage-without-doing-thinking (CX414) is the first rule that runs only where a team names it: `ALL` and a
prefix (`CX4`) leave it out.  `cxkit rules` listed it as any other rule ("info"), so a team that read the
list expected it in every run; a SARIF viewer showed it as on by default.  Now the text list marks it
"(opt-in)", `cxkit rules -f json` gives every rule `opt_in`, and its SARIF descriptor's
`defaultConfiguration` says `"enabled": false`.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from cxkit.lint.rule import all_rules

#: The opt-in rules, from the registry, in code order: (name, code, default severity).  The list `cxkit rules`
#: marks, so that a new opt-in rule is expected marked as soon as it is registered.
OPT_IN = [(name, cls.code, cls.severity.name) for name, cls in all_rules().items() if getattr(cls, "opt_in", False)]
OPT_IN_CODES = [code for _name, code, _severity in OPT_IN]

JOURNEY = """\
kind: journey
id: ola-odnawia-polise
name: Ola odnawia polisę OC w aplikacji
lang: pl
persona: ola-klientka
reviewed: 2026-11-02
stages:
  - id: odnowienie
    name: Odnowienie
    touchpoints:
      - channel: app
        description: Przypomnienie push 30 dni przed końcem polisy
    feeling: Ulga, że wystarczy potwierdzić dane pojazdu
    emotion: 1
"""


def test_the_registry_still_holds_the_opt_in_rules_released():
    # Guard: a registry that lost its `opt_in` marks would make the lists below expect no mark at all.
    assert {"CX414", "CX415"} <= set(OPT_IN_CODES)


def test_the_text_list_marks_the_opt_in_rule_and_no_other(monkeypatch, tmp_path):
    enter_workspace(tmp_path, monkeypatch)
    lines = run_cli("rules").stdout.splitlines()
    marked = [line.split()[0] for line in lines if line.endswith("(opt-in)")]
    assert marked == OPT_IN_CODES
    assert next(line for line in lines if line.startswith("CX401")).endswith("emotion` score.")  # guard


def test_rules_json_gives_every_rule_opt_in(monkeypatch, tmp_path):
    enter_workspace(tmp_path, monkeypatch)
    items = json.loads(run_cli("rules", "-f", "json").stdout)
    assert {item["code"] for item in items if item["opt_in"] is True} == set(OPT_IN_CODES)
    assert all(item["opt_in"] in (True, False) for item in items)


def test_sarif_says_the_opt_in_rule_is_off_by_default(monkeypatch, tmp_path):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                    files={"mapy/ola.yaml": JOURNEY})
    result = run_cli("lint", "--no-cache", "-f", "sarif", "--ignore", "CX201,CX102", "mapy/ola.yaml")
    assert result.exception is None
    rules = {r["id"]: r for r in json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["CX414"]["defaultConfiguration"] == {"level": "note", "enabled": False}
    assert rules["CX401"]["defaultConfiguration"] == {"level": "warning"}
    # The same list when the team turns the rule on: `defaultConfiguration` is the default, not this run's.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n[rules.stage-without-doing-thinking]\nenabled = true\n',
                                         encoding="utf-8")
    on = run_cli("lint", "--no-cache", "-f", "sarif", "--ignore", "CX201,CX102", "mapy/ola.yaml")
    sarif = json.loads(on.stdout)["runs"][0]
    assert {r["id"]: r for r in sarif["tool"]["driver"]["rules"]}["CX414"] == rules["CX414"]
    assert "CX414" in {r["ruleId"] for r in sarif["results"]}


@pytest.mark.parametrize(("name", "code", "severity"), OPT_IN, ids=OPT_IN_CODES)
def test_cxkit_rule_says_opt_in_in_its_heading_and_json(monkeypatch, tmp_path, name, code, severity):
    enter_workspace(tmp_path, monkeypatch)
    assert run_cli("rule", code).stdout.startswith(f"{name} ({code}), default severity: {severity} (opt-in)\n")
    assert run_cli("rule", "CX401").stdout.startswith("stage-without-emotion (CX401), default severity: warning\n")
    assert json.loads(run_cli("rule", name, "-f", "json").stdout)["opt_in"] is True
    assert json.loads(run_cli("rule", "CX401", "-f", "json").stdout)["opt_in"] is False
