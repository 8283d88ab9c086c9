"""The contract a workspace rule keeps so that lint may run it early is written where rule authors look.

With worker processes, lint runs the cross-file rules on the personas while the workers still check
the journeys, and keeps a result only when the rule read the same as it would at the end. That is
sound only if a rule reads the workspace through the kind lookup and the ignore/suppression answers
and has no side effects; the contract was written only inside the engine. These tests tie the rule
base class's documentation to what the early view really answers.
"""

from __future__ import annotations

import inspect

from cxkit.lint import engine
from cxkit.lint.rule import Rule
import cxkit.lint.rule as rule_module


def _answered() -> set[str]:
    """The questions the early view answers (any other stops the early run)."""
    return {name for name, member in vars(engine._EarlyView).items()
            if not name.startswith("_") and inspect.isfunction(member)}


def test_the_base_class_names_every_question_an_early_run_answers():
    doc = inspect.getdoc(Rule.check_workspace) or ""
    assert _answered() == {"of_kind", "ignored", "silenced"}
    for name in _answered():
        assert f"``index.{name}(" in doc, name
    assert "stops the early run" in doc and "runs only at the end" in doc


def test_the_base_class_says_which_kinds_are_there_early_and_what_a_rule_must_not_do():
    doc = " ".join((inspect.getdoc(Rule.check_workspace) or "").split())
    assert engine._EarlyView.KINDS == {"persona", "negative-persona"}
    assert "the persona and negative persona files checked so far" in doc
    assert "have no side effect another call or another rule could see" in doc
    assert "nothing kept on ``self`` or in module globals" in doc


def test_swallowing_the_early_stop_is_named_because_it_is_no_exception():
    doc = inspect.getdoc(Rule.check_workspace) or ""
    assert not issubclass(engine._NotYetKnown, Exception)
    assert issubclass(engine._NotYetKnown, BaseException)
    assert "not catch ``BaseException``" in doc


def test_the_module_docstring_points_workspace_rule_authors_to_it():
    assert "must keep\nthe contract written there" in (rule_module.__doc__ or "")
