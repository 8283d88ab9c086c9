"""An installed rule plugin that fails while checking is named, and what it yields is checked.

cxkit's own rule that raises on a document gives an error finding there ("cxkit failed ...; please
report it") and the other rules still run. A plugin's rule that raises, or yields something that is
no place in the document (not a Hit, line 0, a line past the end, a line that is text), gives the
same finding, but naming the plugin and its version, to be reported to the plugin's authors: never
cxkit's "internal error", a traceback, or a finding at line 0 that SARIF and GitHub reject.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from plugin_helpers import dist_info, plugin_workspace

RULE = """\
from typing import ClassVar
from cxkit.lint.finding import Hit
from cxkit.lint.rule import Rule


class Faulty(Rule):
    \"\"\"Every persona names a shoe brand.\"\"\"

    code: ClassVar[str] = "ACME201"
    name: ClassVar[str] = "shoe-brand"

    def check(self, doc):
        {body}
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    site = plugin_workspace(tmp_path, monkeypatch, "acme_faulty")
    monkeypatch.setenv("COLUMNS", "120")
    return site


def install(site: Path, body: str) -> None:
    dist_info(site, "acme-faulty", "0.4.0", "shoe-brand = acme_faulty:Faulty")
    (site / "acme_faulty.py").write_text(RULE.format(body=body), encoding="utf-8")


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ("raise KeyError('brand')", "KeyError: 'brand'"),
        ("yield 'no brand'", "TypeError: check() yielded str, not a cxkit.lint.finding.Hit"),
        ("yield Hit(0, 0, 'no brand')", "ValueError: a Hit at line 0, column 0: the line must be 1 to 9, the column 1 or more"),
        ("yield Hit(40, 1, 'no brand')", "ValueError: a Hit at line 40, column 1: the line must be 1 to 9"),
        ("yield Hit('3', 1, 'no brand')", "ValueError: a Hit at line '3', column 1"),
    ],
    ids=["raises", "not a Hit", "line 0", "past the end", "line as text"],
)
def test_a_plugin_rule_that_fails_is_a_finding_naming_the_plugin(workspace, body, why):
    """Fail before: the finding said "cxkit failed ...; please report it", a line-0 or past-the-end Hit was
    reported as it came, and a line given as text ended the run with cxkit's internal error."""
    install(workspace, body)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "."])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    found = [f for f in json.loads(result.stdout) if f["code"] == "ACME201"]
    assert [(f["path"], f["line"], f["column"], f["severity"]) for f in found] == [("personas/ola-biegaczka.yaml", 1, 1, "error")]
    message = found[0]["message"]
    # The plugin's line that raised or yielded the Hit cxkit cannot report (s40).
    assert message.startswith("the rule plugin acme-faulty 0.4.0 failed while checking this rule here, at acme_faulty.py:13 ("
                              + why), message
    assert message.endswith("the other rules ran; report it to the plugin's authors (CXKIT_DEBUG=1 prints the traceback)")
