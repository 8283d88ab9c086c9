"""`cxkit lint --format junit` (tester11 F4, "no JUnit format").

GitLab (`artifacts: reports: junit:`), Jenkins and Azure Pipelines show JUnit XML as test results:
one <testsuite name="cxkit">, a <testcase> per file checked (clean files pass), each finding a
<failure> (message: code and message; type: severity; text: `path:line:col: CODE message`).
The XML must parse whatever the documents and file names hold.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Ceni jakość
"""

# Sourced, reviewed and specific: no finding.
OLA = """kind: persona
id: ola-rowerzystka
name: Ola Rowerzystka
lang: pl
reviewed: 2026-11-01
sources:
  - id: wywiady-2026
    type: interview
    date: 2026-10-01
    n: 8
    note: Wywiady (45 min) z klientkami, które kupiły rower gravel w sklepie w 2026 roku.
goals:
  - text: Kupić rower gravel do 6000 zł przed majówką, żeby jeździć na dojazdy do pracy w Poznaniu
    sources: [wywiady-2026]
"""

NEGATIVE = """kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reasons:
  - Kupuje tylko na wyprzedażach poniżej kosztów
"""

# A persona id that is not a slug: the message quotes `<&"` back.
BROKEN = """kind: persona
id: "tomek<&\\"x"
name: "Tomek <&\\"> Wiśniewski"
lang: pl
goals:
  - Kupić rower gravel do 6000 zł przed majówką
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    for rel, text in {
        "personas/anna.yaml": ANNA, "personas/ola.yaml": OLA, "personas/tomek.yaml": BROKEN,
        "negative/janusz.yaml": NEGATIVE, "personas/mkdocs.yml": "site_name: Dokumentacja\n",
        "cxkit.toml": 'lang = "pl"\n',
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def junit(*args: str) -> tuple[int, ET.Element]:
    result = run_cli("lint", "--no-cache", "-f", "junit", *args)
    assert result.exception is None
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return result.exit_code, ET.fromstring(result.stdout.encode("utf-8"))


def test_a_testcase_per_document_and_a_failure_per_finding(ws: Path) -> None:
    code, root = junit()
    assert code == 1
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and [s.get("name") for s in suites] == ["cxkit"]
    suite = suites[0]
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    # Every document, the clean one too; not the mkdocs.yml a folder scan passes over.
    assert sorted(cases) == ["negative/janusz.yaml", "personas/anna.yaml", "personas/ola.yaml", "personas/tomek.yaml"]
    assert all(c.get("classname") == name for name, c in cases.items())
    assert cases["personas/ola.yaml"].findall("failure") == []
    findings = json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
    failures = [(c.get("name"), f) for c in suite.findall("testcase") for f in c.findall("failure")]
    assert len(failures) == len(findings) > 0
    for (case, failure), found in zip(failures, findings):
        assert case == found["path"]
        assert failure.get("type") == found["severity"]
        assert failure.get("message") == f"{found['code']} {found['message']}"
        assert failure.text == f"{found['path']}:{found['line']}:{found['column']}: {found['code']} {found['message']}"
    failed = sum(1 for c in cases.values() if c.findall("failure"))
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == ("4", str(failed), "0")
    assert failed == 3


def test_polish_text_and_markup_characters_come_back_as_written(ws: Path) -> None:
    _code, root = junit("personas/anna.yaml", "personas/tomek.yaml")
    messages = [f.get("message") for f in root.iter("failure")]
    assert any('"Ceni jakość" describes almost anyone' in m for m in messages)
    schema = [f for f in root.iter("failure") if f.get("message").startswith("CX002")]
    assert schema and "'tomek<&\"x'" in schema[0].get("message") and "'tomek<&\"x'" in schema[0].text
    assert schema[0].get("type") == "error"


def test_clean_run_is_passing_testcases_and_exit_0(ws: Path) -> None:
    code, root = junit("personas/ola.yaml")
    assert code == 0
    assert [(c.get("name"), list(c)) for c in root.iter("testcase")] == [("personas/ola.yaml", [])]
    assert (root.get("tests"), root.get("failures")) == ("1", "0")


def test_nothing_checked_is_an_empty_suite(ws: Path) -> None:
    (ws / "empty").mkdir()
    code, root = junit("empty")
    assert code == 0 and root.find("testsuite").get("tests") == "0" and list(root.find("testsuite")) == []


def test_characters_xml_cannot_hold_are_escaped(ws: Path) -> None:
    # A file name with an escape character and bytes that are not UTF-8 (a lone surrogate in Python).
    odd = os.fsdecode(b"personas/z\x1bl\xff.yaml")
    Path(odd).write_text(ANNA.replace("anna-nowak", "anna-druga"), encoding="utf-8")
    code, root = junit()
    assert code == 1
    names = [c.get("name") for c in root.iter("testcase")]
    assert "personas/z\\x1bl\\udcff.yaml" in names
    escaped = [f for c in root.iter("testcase") if c.get("name") == "personas/z\\x1bl\\udcff.yaml" for f in c]
    assert escaped and all(f.text.startswith("personas/z\\x1bl\\udcff.yaml:") for f in escaped)


def test_cached_run_and_output_file_give_the_same_report(ws: Path) -> None:
    cold = run_cli("lint", "-f", "junit")
    warm = run_cli("lint", "-f", "junit")
    assert cold.exit_code == warm.exit_code == 1 and cold.stdout == warm.stdout
    to_file = run_cli("lint", "-f", "junit", "-o", "cxkit-junit.xml")
    assert (to_file.exit_code, to_file.stdout) == (1, "")
    assert (ws / "cxkit-junit.xml").read_text(encoding="utf-8") == cold.stdout


def test_statistics_is_not_a_junit_report(ws: Path) -> None:
    result = run_cli("lint", "--statistics", "-f", "junit")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: --statistics prints a table, or JSON with --format json; not junit\n"


def test_junit_is_a_listed_format(ws: Path) -> None:
    assert "junit" in run_cli("lint", "--help").stdout
