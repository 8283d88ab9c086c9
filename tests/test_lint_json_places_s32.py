"""`cxkit lint -f json`: each finding's document, place in its data and end; SARIF's and GitLab's end."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from output_workspace import JOURNEY, PERSONA, cli, enter_output_workspace, lint_json

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_output_workspace(tmp_path, monkeypatch)


def _one(findings: list[dict], path: str, code: str, line: int) -> dict:
    [hit] = [f for f in findings if f["path"] == path and f["code"] == code and f["line"] == line]
    return hit


def test_lint_json_findings_carry_document_data_path_and_end(workspace: Path) -> None:
    findings = lint_json(".")
    assert all(list(f) == ["path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message",
                           "document", "data_path", "fixable"] for f in findings)
    age = _one(findings, "personas/zofia.yaml", "CX101", 9)
    # `age: "30-40"`: the quoted value, its closing quote included; the column after it.
    assert (age["column"], age["end_line"], age["end_column"]) == (8, 9, 15)
    assert (age["document"], age["data_path"]) == ("zofia-mama", "demographics.age")
    place = _one(findings, "personas/zofia.yaml", "CX101", 10)
    assert (place["column"], place["end_line"], place["end_column"], place["data_path"]) == (13, 10, 24, "demographics.location")
    goal = _one(findings, "personas/zofia.yaml", "CX101", 12)
    assert (goal["data_path"], goal["end_column"]) == ("goals[0]", 16)
    stale = _one(findings, "personas/zofia.yaml", "CX303", 13)
    assert (stale["data_path"], stale["end_line"], stale["end_column"]) == ("reviewed", 13, 21)
    # The place is named by the stage's id, as `cxkit review` names it.
    owner = next(f for f in findings if f["rule"] == "unowned-opportunity")
    assert (owner["document"], owner["data_path"]) == ("zofia-kupuje", "stages[research].opportunities[0].action")
    assert (owner["line"], owner["column"], owner["end_line"], owner["end_column"]) == (10, 17, 10, 36)
    # A document without an id: `document` is null, the place in its data is still given.
    no_id = [f for f in findings if f["path"] == "personas/bez-id.yaml"]
    assert no_id and {f["document"] for f in no_id} == {None}
    assert {f["data_path"] for f in no_id} == {"kind"}  # the missing id is reported at the document's first key


def test_a_multi_line_text_and_a_list_item_end_at_their_last_character(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cxkit.lint.finding import Finding, Severity
    from cxkit.lint.formats.located import locate_all

    (tmp_path / "a.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    summary = Finding("a.yaml", 4, 10, "CX999", "x", Severity.info, "m")  # the `|` of `summary: |`
    inside = Finding("a.yaml", 5, 7, "CX999", "x", Severity.info, "m")  # a word inside the text
    broken = Finding("missing.yaml", 1, 1, "CX000", "read-error", Severity.error, "m")
    stage = Finding("j.yaml", 6, 5, "CX999", "x", Severity.info, "m")  # `- id: research`: the whole stage
    at_summary, at_inside, at_broken, at_stage = locate_all([summary, inside, broken, stage])
    # "Kupuje w telefonie wieczorem." is line 6, 2 + 29 characters: the blank line after it is not the text's.
    assert (at_summary.data_path, at_summary.end_line, at_summary.end_column) == ("summary", 6, 32)
    assert (at_inside.data_path, at_inside.end_line, at_inside.end_column) == ("summary", None, None)
    assert (at_broken.document, at_broken.data_path, at_broken.end_line) == (None, None, None)
    # A list item written over lines ends where its last value does (`Podnieść limit BLIK`).
    assert (at_stage.document, at_stage.data_path, at_stage.end_line, at_stage.end_column) == (
        "zofia-kupuje", "stages[research]", 10, 36)


def test_a_file_that_does_not_parse_has_nulls(workspace: Path) -> None:
    (workspace / "personas" / "zepsuta.yaml").write_text("kind: persona\nid: [zepsuta\n", encoding="utf-8")
    [broken] = [f for f in lint_json("personas/zepsuta.yaml") if f["rule"] == "yaml-syntax"]
    assert (broken["document"], broken["data_path"], broken["end_line"], broken["end_column"]) == (None, None, None, None)


def test_stdin_is_located_in_the_buffer_not_the_saved_file(workspace: Path) -> None:
    buffer = PERSONA.replace("id: zofia-mama", "id: zofia-z-bufora").replace('age: "30-40"', "age: 30-40")
    result = cli("lint", "-f", "json", "--stdin-filename", "personas/zofia.yaml", "-", input=buffer)
    age = _one(json.loads(result.stdout), "personas/zofia.yaml", "CX101", 9)
    assert (age["document"], age["end_column"]) == ("zofia-z-bufora", 13)


def test_sarif_and_gitlab_give_the_end(workspace: Path) -> None:
    subprocess.run(["git", "init", "-q", str(workspace)], check=True)
    log = json.loads(cli("lint", "-f", "sarif", "--no-cache", ".").stdout)
    regions = {}
    for result in log["runs"][0]["results"]:
        physical = result["locations"][0]["physicalLocation"]
        regions[physical["artifactLocation"]["uri"], result["ruleId"], physical["region"]["startLine"]] = physical["region"]
    assert regions["personas/zofia.yaml", "CX101", 9] == {"startLine": 9, "startColumn": 8, "endLine": 9, "endColumn": 15}
    report = json.loads(cli("lint", "-f", "gitlab", "--no-cache", ".").stdout)
    lines = [e["location"]["lines"] for e in report if e["location"]["path"] == "journeys/zofia.yaml"]
    assert {"begin": 10, "end": 10} in lines
