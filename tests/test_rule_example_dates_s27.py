"""The rule examples' dates are read as of a day the docs state, so they never go stale (session 27).

stale-review's Good example (`reviewed: 2026-10-01`) turns stale in 2027-10 with the 12-month
default, and unowned-opportunity's `due: 2030-06-30` overdue in 2030, yet docs/rules.md is compared
byte for byte with the generator, so the examples cannot hold dates relative to today. Instead the
docs say which day the dates are read as of (EXAMPLES_AS_OF), and the tests that paste the examples
into documents check them on that day, whatever the machine's date is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import test_rule_docs
import test_rule_examples_s26
from cxkit.cli import app
from cxkit.lint.docs import EXAMPLES_AS_OF, parse_rule_doc
from cxkit.lint.rule import all_rules

RULES = all_rules()
RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
LATER = "2031-07-01"  # after every date the examples hold


def test_the_day_is_fixed_and_before_the_examples_dates_matter() -> None:
    assert EXAMPLES_AS_OF.isoformat() == "2026-12-01"


def test_rules_md_states_the_day_in_its_head_and_under_the_dated_examples() -> None:
    text = RULES_MD.read_text(encoding="utf-8")
    head = text.split("\n| code |")[0]
    assert "The examples' dates are read as of 2026-12-01" in head
    for name in ("stale-review", "unowned-opportunity", "overdue-opportunity"):
        section = text.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
        assert ("The dates in these examples are read as of 2026-12-01 (`CXKIT_TODAY=2026-12-01` pins lint to "
                "that day).") in section, name
    undated = text.split("\n## pseudo-profiling\n", 1)[1].split("\n## ", 1)[0]
    assert "read as of" not in undated


def test_cxkit_rule_says_the_day_under_a_dated_example() -> None:
    out = CliRunner().invoke(app, ["rule", "stale-review"], env={"COLUMNS": "80"}).stdout
    good = out.split("Good:", 1)[1].split("Options", 1)[0]
    assert "reviewed: 2026-10-01" in good
    assert "read as of 2026-12-01 (CXKIT_TODAY=2026-12-01" in " ".join(good.split())
    out = CliRunner().invoke(app, ["rule", "pseudo-profiling"], env={"COLUMNS": "80"}).stdout
    assert "read as of" not in out


def test_the_generated_page_does_not_depend_on_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: docs/rules.md is generated the same on any day."""
    monkeypatch.setenv("CXKIT_TODAY", LATER)
    later = CliRunner().invoke(app, ["rules", "--format", "markdown"]).stdout
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    assert CliRunner().invoke(app, ["rules", "--format", "markdown"]).stdout == later


def test_a_good_stale_review_example_would_be_stale_later(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: why the day is needed — pasted into a persona and linted on a later day, the Good
    example is reported."""
    _folder, text, _options = test_rule_examples_s26._wrapped(parse_rule_doc(RULES["stale-review"]).good)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "example.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", LATER)
    result = CliRunner().invoke(app, ["lint", "--select", "stale-review", "--format", "json", "."])
    assert '"rule": "stale-review"' in result.stdout, result.stdout
    monkeypatch.setenv("CXKIT_TODAY", EXAMPLES_AS_OF.isoformat())
    result = CliRunner().invoke(app, ["lint", "--select", "stale-review", "--format", "json", "."])
    assert result.stdout == "[]\n" and result.exit_code == 0


def test_the_whole_document_check_reads_the_dates_on_the_stated_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """test_rule_docs checks the examples that are whole documents on the stated day, not today."""
    monkeypatch.setenv("CXKIT_TODAY", LATER)  # as if the suite ran in 2031
    document = "kind: persona\nid: ola-nowak\nname: Ola Nowak\nreviewed: 2026-10-01"
    assert test_rule_docs._findings_of(tmp_path, monkeypatch, "stale-review", document) == []


@pytest.mark.parametrize("name", ["stale-review", "unowned-opportunity", "overdue-opportunity"])
def test_the_fragment_check_reads_the_dates_on_the_stated_day(name: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """test_rule_examples_s26 checks the fragments on the stated day: the Good ones stay good and
    the Bad ones still fire when the suite runs years later."""
    monkeypatch.setenv("CXKIT_TODAY", LATER)
    doc = parse_rule_doc(RULES[name])
    found, broken = test_rule_examples_s26._lint(tmp_path, monkeypatch, name, doc.good)
    assert broken == [] and found == []
    (tmp_path / "bad").mkdir()
    found, broken = test_rule_examples_s26._lint(tmp_path / "bad", monkeypatch, name, doc.bad)
    assert broken == [] and found
