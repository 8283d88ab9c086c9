"""`cxkit lint -f junit`: each test case names its file in a `file` attribute.

Jenkins, GitLab and Azure Pipelines link a test case to its file by `file` (the common JUnit format
has it beside `classname` and `name`); without it a finding's test result named the file only in its
text. The attribute is the path from the project's top, as `name`; nothing else in the report changes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from typer.testing import CliRunner

from conftest import run_cli
from cxkit.cli import app
from test_lint_junit_s25 import ANNA, OLA

#: The report's frame before `file` was added, for the two personas below (all else must stay as it
#: was; the findings' own text is other tests' business).
BEFORE = """\
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cxkit" tests="2" failures="1" errors="0" skipped="0" time="0">
  <testsuite name="cxkit" tests="2" failures="1" errors="0" skipped="0" time="0">
    <testcase classname="personas/anna_nowak" name="personas/anna.nowak.yaml" time="0">
      <failure type="warning" message="3 findings: CX301 missing-sources (2:1), CX201 missing-negative-persona (2:5), \
CX101 pseudo-profiling (6:5)">…
      <system-out>…
    </testcase>
    <testcase classname="personas/ola" name="personas/ola.yaml" time="0" />
  </testsuite>
</testsuites>
"""


def frame(report: str) -> str:
    """``report`` without `file` attributes, each finding's text cut to "…" (its lines dropped)."""
    kept = [re.sub(r'(<failure [^>]*>|<system-out>).*', r"\1…", line) for line in report.splitlines()
            if line.lstrip().startswith("<")]
    return re.sub(r' file="[^"]*"', "", "\n".join(kept) + "\n")


#: What the common JUnit format allows on a test case.
TESTCASE_ATTRIBUTES = {"name", "classname", "assertions", "time", "file", "line"}


@pytest.fixture
def ws(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "anna.nowak.yaml").write_text(ANNA, encoding="utf-8")
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    return tmp_path


def junit(*args: str):
    result = run_cli("lint", "--no-cache", "-f", "junit", *args)
    assert result.exception is None, repr(result.exception)
    return result


def test_each_test_case_names_its_file(ws):
    result = junit("personas")
    cases = ET.fromstring(result.stdout).findall("testsuite/testcase")
    assert [(c.get("name"), c.get("file")) for c in cases] == [
        ("personas/anna.nowak.yaml", "personas/anna.nowak.yaml"), ("personas/ola.yaml", "personas/ola.yaml")]
    for case in cases:
        assert set(case.attrib) <= TESTCASE_ATTRIBUTES, case.attrib
        assert [child.tag for child in case] in ([], ["failure"], ["system-out"], ["failure", "system-out"])


def test_the_report_is_otherwise_unchanged(ws):
    result = junit("personas")
    assert result.exit_code == 1
    assert frame(result.stdout) == BEFORE


def test_a_document_from_stdin_names_no_file_unless_given_a_name(ws):
    """Guard: `-` is no file to link to; --stdin-filename names one."""
    runner = CliRunner()
    alone = runner.invoke(app, ["lint", "--no-cache", "-f", "junit", "-"], input=OLA)
    assert ET.fromstring(alone.stdout).find("testsuite/testcase").attrib == {"classname": "-", "name": "-", "time": "0"}
    named = runner.invoke(app, ["lint", "--no-cache", "-f", "junit", "--stdin-filename", "personas/ola.yaml", "-"],
                          input=OLA)
    assert ET.fromstring(named.stdout).find("testsuite/testcase").get("file") == "personas/ola.yaml"
