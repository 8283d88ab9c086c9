"""Where an opt-in rule's selection is resolved, and how undated documents are told once (session 34).

Guards for what the tests of stage-without-doing-thinking (CX414) and of undated stale-review left
unchecked (a review found that dropping the config's part of the opt-in test, or the severity
comparison of the hand-over from missing-review-date to stale-review, failed no test):
- a config's `select` or `extend-select` naming CX414 turns it on, as `--select` does; `select = ["ALL"]`,
  a prefix, `--select CX4` over the config, `per-file-ignores` and `--ignore` leave it out (checked for every
  opt-in rule of the registry, CX415 too);
- missing-review-date (CX304) leaves an undated map to stale-review (CX303) only while stale-review is at
  CX304's severity or above: a team that raised CX304 to a warning and lowered CX303 to info gets both.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from test_opt_in_rules_s36 import OPT_IN, example

JOURNEY = """\
kind: journey
id: ola-odnawia-polise
name: Ola odnawia polisę OC w aplikacji
lang: pl
persona: ola-klientka
{reviewed}stages:
  - id: odnowienie
    name: Odnowienie
    touchpoints:
      - channel: app
        description: Przypomnienie push 30 dni przed końcem polisy
    feeling: Ulga, że wystarczy potwierdzić dane pojazdu
    emotion: 1
"""


def _codes(*args: str) -> set[str]:
    result = run_cli("lint", "--no-cache", "--no-baseline", "-f", "json", *args, "mapy/ola.yaml")
    assert result.exception is None and result.exit_code in (0, 1), result.stdout + result.stderr
    return {f["code"] for f in json.loads(result.stdout)}


#: (config, command line, whether the rule runs): ``{name}``, ``{code}``, ``{lower}`` (its code in lower case) and
#: ``{prefix}`` (its family's prefix, CX4) stand for each opt-in rule's.
SELECTIONS = [
    ('extend-select = ["{code}"]\n', (), True),
    ('select = ["{name}"]\n', (), True),
    ('extend-select = ["{code}"]\nignore = ["{prefix}"]\n', (), True),  # named exactly: the prefix does not undo it
    ('select = ["ALL"]\n', (), False),
    ('extend-select = ["{prefix}"]\n', (), False),
    ('', ("--select", "ALL"), False),
    ('extend-select = ["{code}"]\n', ("--select", "{prefix}"), False),  # --select starts over
    ('extend-select = ["{code}"]\n', ("--ignore", "{prefix}"), False),
    ('extend-select = ["{code}"]\n[per-file-ignores]\n"mapy/*" = ["{name}"]\n', (), False),
    ('', ("--extend-select", "{lower}"), True),
]


@pytest.mark.parametrize("name", OPT_IN)
@pytest.mark.parametrize(("config", "args", "runs"), SELECTIONS)
def test_an_opt_in_rule_runs_where_a_config_or_the_command_line_names_it(tmp_path, monkeypatch, config, args, runs,
                                                                         name):
    # Each opt-in rule's positive example (test_opt_in_rules_s36): a map it reports once it runs.
    case = example(name)
    names = {"name": name, "code": case.code, "lower": case.code.lower(), "prefix": case.code[:3]}
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n' + config.format(**names), today="2026-12-01",
                    files={"mapy/ola.yaml": case.text})
    assert (case.code in _codes(*(arg.format(**names) for arg in args))) is runs


def test_missing_review_date_raised_above_stale_review_is_reported_too(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, today="2026-12-01", files={"mapy/ola.yaml": JOURNEY.format(reviewed="")},
                    config='lang = "pl"\n[rules.missing-review-date]\nseverity = "warning"\n'
                           '[rules.stale-review]\nseverity = "info"\n')
    assert {"CX303", "CX304"} <= _codes()
    # At the same severity the map is stale-review's alone, told once.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n[rules.missing-review-date]\nseverity = "warning"\n',
                                         encoding="utf-8")
    codes = _codes()
    assert "CX303" in codes and "CX304" not in codes
