"""A run over several workspaces reports each file at its own workspace's fail level (readthrough25 RT25-9).

`cxkit lint -f junit` over a workspace and a team's workspace inside it: a file's test case fails by
the findings at or above the fail-level of the config it was linted under, and the exit code is 1
when any workspace's findings reach its own fail level.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
summary: Klientka w wieku 30-60 lat
goals:
  - Kupić rower gravel do 6000 zł przed majówką
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for rel, text in {
        "cxkit.toml": 'lang = "pl"\n', "personas/anna.yaml": ANNA,
        "zespol/cxkit.toml": 'lang = "pl"\nfail-level = "error"\n', "zespol/personas/anna.yaml": ANNA,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def junit(*args: str) -> tuple[int, dict[str, ET.Element]]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "junit", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    root = ET.fromstring(result.stdout.encode("utf-8"))
    return result.exit_code, {c.get("name"): c for c in root.iter("testcase")}


def test_each_workspace_fails_its_files_at_its_own_level(ws: Path) -> None:
    code, cases = junit("personas", "zespol")
    assert code == 1 and sorted(cases) == ["personas/anna.yaml", "zespol/personas/anna.yaml"]
    top, team = cases["personas/anna.yaml"], cases["zespol/personas/anna.yaml"]
    # The same warnings: a failure at the top (warning), only output in the team's workspace (error).
    assert top.find("failure") is not None and top.find("failure").get("type") == "warning"
    assert team.find("failure") is None
    assert team.find("system-out") is not None and "CX101" in team.find("system-out").text
    # The team's workspace alone: nothing reaches its fail level.
    code, cases = junit("zespol")
    assert code == 0 and cases["zespol/personas/anna.yaml"].find("failure") is None
