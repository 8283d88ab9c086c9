"""A YAML syntax error at the end of the file is placed on a line the file has (tester16 F10).

The parser puts the end of the file on the line after the last one: `a.yaml:3:1` for a file of two
lines, and "it started on line 3" for a file of two lines that has no final line break.  Editors,
GitHub annotations and GitLab's widget cannot show such a line.  The position is the end of the last
line that holds anything, in every output format.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.yamlio import load_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# An unclosed list: the parser gives up at the end of the file.
UNCLOSED = "kind: persona\nid: ola-biegaczka\nname: Ola\ngoals: [Kupić buty do biegania,\n"
# Its line 4 has 31 characters: the end of the file is at 4:32.


def _lines(text: str) -> list[str]:
    rows = re.split("\r\n|[\r\n]", text)
    if len(rows) > 1 and rows[-1] == "":
        rows.pop()
    return rows


@pytest.mark.parametrize("tail", ["\n", "", "\n\n\n", "\r\n", "  \n\n", "\n \n"])
def test_the_end_of_the_file_is_the_end_of_its_last_line(tail: str) -> None:
    text = UNCLOSED.rstrip("\n") + tail
    problems = load_text(text).problems
    assert len(problems) == 1
    assert (problems[0].line, problems[0].column) == (4, 32), problems[0]
    assert "started on line 5" not in problems[0].message


def test_what_started_on_the_last_line_is_not_said_to_start_after_it() -> None:
    problems = load_text("kind: persona\nid: [").problems  # no final line break
    assert [(p.line, p.column) for p in problems] == [(2, 6)]
    assert "line 3" not in problems[0].message


def test_a_real_blank_line_inside_the_file_keeps_its_position() -> None:
    # The error is on a line that exists: nothing moves.
    problems = load_text("kind: persona\nid: ola\n\n  name: Ola\n").problems
    assert problems and problems[0].line == 4


def test_every_truncation_of_the_examples_is_placed_inside_the_file() -> None:
    """Files cut short (a save interrupted, a paste missing its end) with and without a final break."""
    checked = 0
    for path in sorted(EXAMPLES.rglob("*.yaml"))[:6]:
        source = path.read_text(encoding="utf-8")
        for cut in range(1, len(source), max(1, len(source) // 60)):
            for text in (source[:cut], source[:cut] + "\n", source[:cut] + "\n\n", source[:cut] + " [\n"):
                rows = _lines(text)
                for problem in load_text(text).problems:
                    checked += 1
                    where = f"{path.name} cut at {cut}: {problem}"
                    assert 1 <= problem.line <= len(rows), where
                    assert 1 <= problem.column <= len(rows[problem.line - 1]) + 1, where
                    named = [int(n) for n in re.findall(r"\bline (\d+)", problem.message)]
                    assert all(n <= len(rows) for n in named), where
    assert checked > 100


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "persony").mkdir()
    (tmp_path / "persony" / "ola.yaml").write_text(UNCLOSED, encoding="utf-8")
    (tmp_path / "persony" / "kamil.yaml").write_text("kind: persona\nid: [", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint(fmt: str) -> str:
    result = run_cli("lint", "--no-cache", "--format", fmt, "persony")
    assert result.exception is None
    assert result.exit_code == 1, result.stdout + result.stderr
    return result.stdout


def test_text(broken: Path) -> None:
    out = _lint("text")
    assert "persony/ola.yaml:4:32: error CX001" in out
    assert "persony/kamil.yaml:2:6: error CX001" in out
    assert "line 3" not in out and "line 5" not in out


def test_json(broken: Path) -> None:
    got = {(f["path"], f["line"], f["column"]) for f in json.loads(_lint("json"))}
    assert got == {("persony/ola.yaml", 4, 32), ("persony/kamil.yaml", 2, 6)}


def test_github(broken: Path) -> None:
    out = _lint("github")
    assert "::error file=persony/ola.yaml,line=4,col=32," in out
    assert "::error file=persony/kamil.yaml,line=2,col=6," in out


def test_gitlab(broken: Path) -> None:
    got = {(i["location"]["path"], i["location"]["lines"]["begin"]) for i in json.loads(_lint("gitlab"))}
    assert got == {("persony/ola.yaml", 4), ("persony/kamil.yaml", 2)}


def test_sarif(broken: Path) -> None:
    results = json.loads(_lint("sarif"))["runs"][0]["results"]
    got = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
         r["locations"][0]["physicalLocation"]["region"]["startLine"],
         r["locations"][0]["physicalLocation"]["region"]["startColumn"])
        for r in results
    }
    assert got == {("persony/ola.yaml", 4, 32), ("persony/kamil.yaml", 2, 6)}


def test_junit(broken: Path) -> None:
    root = ET.fromstring(_lint("junit"))
    text = "\n".join(f.text or "" for f in root.iter("failure"))
    assert "persony/kamil.yaml:2:6: " in text and "persony/ola.yaml:4:32: " in text
    assert "kamil.yaml:3:" not in text and "ola.yaml:5:" not in text
