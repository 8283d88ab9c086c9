"""The per-rule-set plan of document rules (`engine._rule_plan`) is keyed on what it is made from.

It was kept on the rule set object as it was first worked out: `copy.copy(ruleset)` copied it, so a
copy given other rules (`copy.active = {...}`) ran the original's rules on every file. Now the plan
is keyed on the rule set's `active` mapping (and the plugins' rules), two identity checks a file.
"""

from __future__ import annotations

import copy
from pathlib import Path

from cxkit.config import Config
from cxkit.discovery import Target
from cxkit.lint import engine
from cxkit.lint.selection import Selection

OLA = """kind: persona
id: ola
name: Ola Nowak
summary: TODO
goals:
  - Wystawiać faktury z telefonu, zanim wróci z budowy do domu
"""


def _codes(ruleset: engine.RuleSet, config: Config) -> set[str]:
    raw = OLA.encode("utf-8")
    target = Target(Path("personas/ola.yaml"), "personas/ola.yaml", explicit=True)
    return {f.code for f in engine.check_target(target, config, ruleset, (raw, len(raw))).findings}


def test_a_copy_given_other_rules_runs_its_own_rules_not_the_originals(tmp_path: Path) -> None:
    config = Config(root=tmp_path)
    ruleset = engine.build_ruleset(config, Selection(select=("placeholder", "missing-sources")))
    assert _codes(ruleset, config) == {"CX501", "CX301"}  # the plan is made, and kept on the rule set
    narrowed = copy.copy(ruleset)
    narrowed.active = {name: a for name, a in ruleset.active.items() if name != "placeholder"}
    assert _codes(narrowed, config) == {"CX301"}
    assert [r.name for _a, r, *_ in engine._rule_plan(narrowed, True)] == ["missing-sources"]
    # The original keeps its own plan.
    assert _codes(ruleset, config) == {"CX501", "CX301"}
    assert sorted(r.name for _a, r, *_ in engine._rule_plan(ruleset, True)) == ["missing-sources", "placeholder"]


def test_a_copy_with_the_same_rules_and_the_original_reuse_one_plan_per_file(tmp_path: Path) -> None:
    ruleset = engine.build_ruleset(Config(root=tmp_path), Selection(select=("placeholder",)))
    first = engine._rule_plan(ruleset, True)
    assert engine._rule_plan(ruleset, True) is first  # worked out once a rule set, not once a file
    same = copy.copy(ruleset)
    assert engine._rule_plan(same, True) is first  # the same `active`: nothing to work out again
    widened = copy.copy(ruleset)
    widened.active = {**ruleset.active, **engine.build_ruleset(
        Config(root=tmp_path), Selection(select=("missing-sources",))).active}
    plan = engine._rule_plan(widened, True)
    assert plan is not first and sorted(r.name for _a, r, *_ in plan) == ["missing-sources", "placeholder"]
    assert engine._rule_plan(widened, True) is plan
    assert engine._rule_plan(ruleset, True) is first
