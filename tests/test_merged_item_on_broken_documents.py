"""merged-list-item (CX006) reads only the YAML, so it runs on a document with schema errors too."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cxkit.cli import app

# The last line was meant as a behaviour; indented under `reviewed:` it became part of the date.
FOLDED_INTO_DATE_EN = """\
kind: persona
id: priya-revops
name: Priya Shah
behaviours:
  - Exports the pipeline to Excel every Friday at 4pm
reviewed: 2026-10-01
  - Uses Xero daily for approvals
"""

FOLDED_INTO_DATE_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
reviewed: 2026-10-01
  - Biega 3 razy w tygodniu przed pracą
"""


def lint(tmp_path, name: str, text: str, *args: str) -> list[dict]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args, str(tmp_path / name)])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def test_a_line_folded_into_a_date_is_explained_beside_the_schema_error(tmp_path):
    found = lint(tmp_path, "priya.yaml", FOLDED_INTO_DATE_EN)
    by_rule = {f["rule"]: f for f in found}
    assert by_rule["schema"]["line"] == 6 and "2026-10-01 - Uses Xero" in by_rule["schema"]["message"]
    merged = by_rule["merged-list-item"]
    assert (merged["line"], merged["column"]) == (7, 3)
    assert "`reviewed:` (line 6)" in merged["message"]


def test_the_polish_file_gets_it_too_and_the_method_rules_still_wait_for_the_format(tmp_path):
    found = lint(tmp_path, "ola.yaml", FOLDED_INTO_DATE_PL)
    rules = sorted(f["rule"] for f in found)
    assert "merged-list-item" in rules and "schema" in rules
    assert "pseudo-profiling" not in rules and "missing-sources" not in rules  # they need a document that fits


def test_a_stale_comment_for_the_rule_that_ran_is_still_reported_unused(tmp_path):
    text = FOLDED_INTO_DATE_EN.replace("name: Priya Shah", "name: Priya Shah  # cxkit: disable=merged-list-item")
    found = lint(tmp_path, "priya.yaml", text, "--select", "merged-list-item,unused-suppression")
    unused = [f for f in found if f["rule"] == "unused-suppression"]
    assert [f["line"] for f in unused] == [3]  # the rule ran on this document: the comment did silence nothing


def test_a_comment_for_a_method_rule_is_not_called_unused_on_a_broken_document(tmp_path):
    text = FOLDED_INTO_DATE_EN.replace("name: Priya Shah", "name: Priya Shah  # cxkit: disable=pseudo-profiling")
    found = lint(tmp_path, "priya.yaml", text)
    assert not [f for f in found if f["rule"] == "unused-suppression"]
