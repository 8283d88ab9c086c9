"""`cxkit rule NAME` starts with what a reader needs: why it matters and the examples, then the
details (30 lines of edge cases for unowned-opportunity came first)."""

from __future__ import annotations

from typer.testing import CliRunner

from cxkit.cli import app


def test_why_and_examples_come_before_the_edge_cases() -> None:
    result = CliRunner().invoke(app, ["rule", "unowned-opportunity"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    lines = out.split("\n")
    assert lines[0] == "unowned-opportunity (CX403), default severity: warning"
    assert lines[2] == "An opportunity with no `owner` (optionally: no `due` date)."
    assert lines[4] == "Why it matters:"
    assert out.index("Why it matters:") < out.index("\nBad:\n") < out.index("\nGood:\n") < out.index("\nDetails:\n")
    assert out.index("\nDetails:\n") < out.index("Cały urząd") < out.index("\nOptions (")


def test_a_rule_without_details_has_no_empty_heading() -> None:
    """Guard: only a rule whose docs say more than its summary gets a Details heading."""
    from cxkit.lint.docs import parse_rule_doc, rule_help_text
    from cxkit.lint.rule import all_rules

    for cls in all_rules().values():
        text = rule_help_text(cls, 100)
        assert ("\nDetails:\n" in text) == bool(parse_rule_doc(cls).body), cls.name
