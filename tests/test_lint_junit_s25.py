"""`cxkit lint --format junit` (tester11 F4, "no JUnit format").

GitLab (`artifacts: reports: junit:`), Jenkins and Azure Pipelines show JUnit XML as test results:
one <testsuite name="cxkit">, a <testcase> per file checked (as many as the text summary counts; clean
files pass), named from the project's top like the gitlab format, with a classname without dots
(Jenkins splits at the last one) and time="0". A case has at most one <failure> (consumers read one
per case), listing the file's findings at or above the fail level, a line each; findings below it
fail nothing and are the lines of <system-out> (review17 R17-3, R17-4, R17-5). The XML must parse
whatever the documents and file names hold.
"""

from __future__ import annotations

import json
import os
import subprocess
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
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
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


def as_text(found: dict) -> str:
    return f"{found['path']}:{found['line']}:{found['column']}: {found['severity']} {found['code']} {found['message']}"


def cases_of(root: ET.Element) -> dict[str, ET.Element]:
    return {c.get("name"): c for c in root.iter("testcase")}


def test_a_testcase_per_file_and_one_failure_listing_its_findings(ws: Path) -> None:
    code, root = junit()
    assert code == 1
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and [s.get("name") for s in suites] == ["cxkit"]
    cases = cases_of(root)
    # Every document checked, the clean ones too; not the mkdocs.yml without a kind the scan passed over.
    assert sorted(cases) == [
        "negative/janusz.yaml", "personas/anna.yaml", "personas/ola.yaml", "personas/tomek.yaml",
    ]
    assert {name: c.get("classname") for name, c in cases.items()} == {
        "negative/janusz.yaml": "negative/janusz", "personas/anna.yaml": "personas/anna",
        "personas/ola.yaml": "personas/ola", "personas/tomek.yaml": "personas/tomek",
    }
    assert all(c.get("time") == "0" for c in cases.values())
    assert all(len(c.findall("failure")) <= 1 for c in cases.values())
    assert list(cases["personas/ola.yaml"]) == []
    findings = json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
    for name, case in cases.items():
        mine = [f for f in findings if f["path"] == name]
        # The default fail level is warning: warnings and errors fail the case, an info does not.
        failing = [as_text(f) for f in mine if f["severity"] != "info"]
        below = [as_text(f) for f in mine if f["severity"] == "info"]
        failure, out = case.find("failure"), case.find("system-out")
        assert (failure.text.split("\n") if failure is not None else []) == failing
        assert (out.text.split("\n") if out is not None else []) == below
    anna = cases["personas/anna.yaml"].find("failure")
    assert anna.get("type") == "warning"
    assert anna.get("message") == "2 findings: CX301 missing-sources (2:1), CX101 pseudo-profiling (6:5)"
    tomek = cases["personas/tomek.yaml"].find("failure")
    assert tomek.get("type") == "error" and tomek.get("message").startswith("CX002 `id` musi być identyfikatorem")
    for element in (root, suites[0]):
        assert {k: element.get(k) for k in ("tests", "failures", "errors", "skipped", "time")} == {
            "tests": "4", "failures": "3", "errors": "0", "skipped": "0", "time": "0",
        }


def test_findings_below_the_fail_level_fail_no_test(ws: Path) -> None:
    code, root = junit("--fail-level", "error", "personas/anna.yaml", "negative/janusz.yaml")
    assert code == 0  # the report agrees with the exit code
    assert (root.get("tests"), root.get("failures")) == ("2", "0")
    assert list(root.iter("failure")) == []
    anna = cases_of(root)["personas/anna.yaml"]
    assert [line.split(": ", 1)[1].split(" ", 2)[:2] for line in anna.find("system-out").text.split("\n")] == [
        ["warning", "CX301"], ["info", "CX304"], ["warning", "CX101"],
    ]
    # At info, every finding fails; the config's fail-level counts when no --fail-level is given.
    _code, every = junit("--fail-level", "info", "negative/janusz.yaml")
    janusz = cases_of(every)["negative/janusz.yaml"]
    assert janusz.find("system-out") is None
    assert janusz.find("failure").get("message") == "2 findings: CX301 missing-sources (2:1), CX304 missing-review-date (2:1)"
    (ws / "cxkit.toml").write_text('lang = "pl"\nfail-level = "never"\n', encoding="utf-8")
    code, never = junit("negative/janusz.yaml")
    assert code == 0 and never.get("failures") == "0" and list(never.iter("failure")) == []


def test_a_cached_report_is_kept_per_fail_level(ws: Path) -> None:
    first = run_cli("lint", "-f", "junit", "personas/anna.yaml")
    relaxed = run_cli("lint", "-f", "junit", "--fail-level", "error", "personas/anna.yaml")
    again = run_cli("lint", "-f", "junit", "personas/anna.yaml")
    assert (first.exit_code, relaxed.exit_code, again.exit_code) == (1, 0, 1)
    assert 'failures="1"' in first.stdout and 'failures="0"' in relaxed.stdout and again.stdout == first.stdout
    assert relaxed.stdout == run_cli("lint", "--no-cache", "-f", "junit", "--fail-level", "error", "personas/anna.yaml").stdout


def test_files_are_named_from_the_project_top_wherever_cxkit_runs(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q", str(ws)], check=True)
    _code, at_top = junit("personas/anna.yaml")
    monkeypatch.chdir(ws / "personas")
    _code, below = junit("anna.yaml")
    assert ET.tostring(below) == ET.tostring(at_top)
    assert [c.get("name") for c in below.iter("testcase")] == ["personas/anna.yaml"]
    assert below.find(".//failure").text.startswith("personas/anna.yaml:2:1: warning CX301")
    monkeypatch.setenv("CI_PROJECT_DIR", str(ws / "personas"))  # GitLab's project folder wins, as for gitlab
    _code, project = junit("anna.yaml")
    assert [c.get("name") for c in project.iter("testcase")] == ["anna.yaml"]


def test_a_named_file_that_is_no_document_is_a_test_case(ws: Path) -> None:
    # A file named on the command line is checked whatever its name: a test case.
    (ws / "notatki.txt").write_text("Wywiady z klientkami sklepu rowerowego, październik 2026\n", encoding="utf-8")
    code, root = junit("personas/ola.yaml", "notatki.txt")
    assert code == 1 and sorted(cases_of(root)) == ["notatki.txt", "personas/ola.yaml"]
    assert (root.get("tests"), root.get("failures")) == ("2", "1")
    assert cases_of(root)["notatki.txt"].get("classname") == "notatki_txt"
    assert cases_of(root)["notatki.txt"].find("failure").get("message").startswith(
        "CX002 dokument cxkit to mapowanie YAML")


def test_a_yaml_file_the_scan_passes_over_is_no_test_case(ws: Path) -> None:
    # The YAML file without a kind that a folder scan reads (mkdocs.yml) is counted among the files
    # read, but it is no cxkit document: no test case (Jenkins' and GitLab's counts would grow with it).
    (ws / "personas" / "tomek.yaml").unlink()
    (ws / "personas" / "anna.yaml").unlink()
    off = ("--ignore", "missing-sources,missing-review-date")
    assert run_cli("lint", "--no-cache", *off).stdout == "Wszystko w porządku (sprawdzono 2 dokumenty w 3 plikach).\n"
    code, root = junit(*off)
    assert code == 0 and (root.get("tests"), root.get("failures")) == ("2", "0")
    assert sorted(cases_of(root)) == ["negative/janusz.yaml", "personas/ola.yaml"]


def test_polish_text_and_markup_characters_come_back_as_written(ws: Path) -> None:
    _code, root = junit("personas/anna.yaml", "personas/tomek.yaml")
    texts = [f.text for f in root.iter("failure")]
    assert any("„Ceni jakość” opisuje niemal każdego" in t for t in texts)  # a Polish workspace reads Polish
    schema = cases_of(root)["personas/tomek.yaml"].find("failure")
    assert "„tomek<&\"x”" in schema.get("message") and "„tomek<&\"x”" in schema.text
    assert schema.get("type") == "error"


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
    assert escaped and all(line.startswith("personas/z\\x1bl\\udcff.yaml:") for f in escaped for line in f.text.split("\n"))


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
