"""What every opt-in rule shares, tested once per rule (session 36).

An opt-in rule (`opt_in = True`) runs only where a team names it exactly: not by default, not by a
prefix (`CX4`, `CX3`) nor `ALL`; `--extend-select NAME` or `enabled = true` in its table turns it on, at its
default severity; its table's `severity` makes its findings fail a gate; a `# cxkit: disable=` comment
silences one finding.  The tests of stage-without-doing-thinking (CX414) and unmeasured-opportunity
(CX415) each held a copy of these checks; they are here now, one case per opt-in rule taken from the
registry, so the next opt-in rule is covered as soon as it has a positive example below (and
`test_every_opt_in_rule_has_a_positive_example` fails until it has).  Each rule's own behaviour (its
messages, what it leaves quiet) stays in its own module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cxkit.lint.rule import all_rules
from lint_cli_helpers import lint, ws  # noqa: F401  (ws: the fixture)
from test_stage_without_doing_thinking_s34 import JOURNEY_PL as SCENARIO_PL
from test_unmeasured_opportunity_s35 import JOURNEY_PL as MEASURES_PL
from test_journey_without_sources_s38 import JOURNEY_PL as UNSOURCED_PL


@dataclass(frozen=True)
class PositiveExample:
    """A document an opt-in rule reports, and what the shared checks expect of it."""

    code: str
    text: str
    lines: list[int]  # the lines of its findings, once the rule is on
    severity: str  # its default severity, as the JSON report names it
    silence: tuple[str, str]  # a line of the text, and that line with a `# cxkit: disable=` comment
    left: list[int]  # the lines still reported once that finding is silenced


#: One positive example per opt-in rule, by rule name.
EXAMPLES = {
    "stage-without-doing-thinking": PositiveExample(
        "CX414", SCENARIO_PL, [14, 18], "info",
        ("  - id: zakup\n", "  - id: zakup  # cxkit: disable=CX414\n"), [18]),
    "unmeasured-opportunity": PositiveExample(
        "CX415", MEASURES_PL, [13, 25], "info",
        ("      - action: SMS z godziną doręczenia\n",
         "      - action: SMS z godziną doręczenia  # cxkit: disable=unmeasured-opportunity\n"), [13]),
    "journey-without-sources": PositiveExample(
        "CX305", UNSOURCED_PL, [2], "info",
        ("id: ania-bierze-kredyt\n", "id: ania-bierze-kredyt  # cxkit: disable=CX305\n"), []),
}

#: cxkit's own opt-in rules, from the registry (an installed plugin's are its own business).
OPT_IN = [name for name, cls in all_rules().items()
          if getattr(cls, "opt_in", False) and cls.__module__.startswith("cxkit.")]


def example(name: str) -> PositiveExample:
    if name not in EXAMPLES:
        pytest.fail(f"opt-in rule {name} has no positive example in EXAMPLES")
    case = EXAMPLES[name]
    assert case.code == all_rules()[name].code, name
    return case


def test_every_opt_in_rule_has_a_positive_example() -> None:
    assert OPT_IN, "no rule is opt-in: the cases below test nothing"
    assert sorted(EXAMPLES) == sorted(OPT_IN)


@pytest.mark.parametrize("name", OPT_IN)
def test_opt_in_it_runs_only_where_a_team_asks_for_it(ws: Path, name: str) -> None:  # noqa: F811
    case = example(name)
    (ws / "j.yaml").write_text(case.text, encoding="utf-8")
    for args in ((), ("--select", case.code[:3]), ("--select", "ALL")):  # its family's prefix: CX4, CX3
        code, findings = lint(*args, "j.yaml")
        assert not [f for f in findings if f["code"] == case.code], args
    code, findings = lint("--extend-select", name, "j.yaml")
    assert [f["line"] for f in findings if f["code"] == case.code] == case.lines
    (ws / "cxkit.toml").write_text(f"[rules.{name}]\nenabled = true\n", encoding="utf-8")
    code, findings = lint("j.yaml")
    assert [f["severity"] for f in findings if f["code"] == case.code] == [case.severity] * len(case.lines)


@pytest.mark.parametrize("name", OPT_IN)
def test_a_team_makes_it_fail_the_gate_or_silences_a_finding(ws: Path, name: str) -> None:  # noqa: F811
    case = example(name)
    (ws / "j.yaml").write_text(case.text, encoding="utf-8")
    (ws / "cxkit.toml").write_text(f'[rules.{name}]\nenabled = true\nseverity = "warning"\n', encoding="utf-8")
    code, findings = lint("--select", case.code, "j.yaml")
    assert code == 1 and [f["severity"] for f in findings] == ["warning"] * len(case.lines)
    old, new = case.silence
    assert case.text.count(old) == 1, "the silenced line stands once in the example"
    (ws / "j.yaml").write_text(case.text.replace(old, new), encoding="utf-8")
    code, findings = lint("j.yaml")
    assert [f["line"] for f in findings if f["code"] == case.code] == case.left
