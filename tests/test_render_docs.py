"""docs/render.md shows real output: its excerpts are compared with what cxkit renders today."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

DOC = Path(__file__).parent.parent / "docs" / "render.md"
FIXTURES = Path(__file__).parent / "fixtures" / "render"
_EXCERPT = re.compile(r"<!-- render-excerpt: (.+?) \| lines (\d+)-(\d+) -->\n```text\n(.*?)```", re.S)

runner = CliRunner()


def _render(args: list[str]) -> str:
    result = runner.invoke(app, ["render", *args], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_docs_have_excerpts() -> None:
    assert len(_EXCERPT.findall(DOC.read_text(encoding="utf-8"))) >= 2


@pytest.mark.parametrize("args,first,last,shown", _EXCERPT.findall(DOC.read_text(encoding="utf-8")))
def test_excerpt_matches_the_rendered_output(args: str, first: str, last: str, shown: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    lines = _render(shlex.split(args)).splitlines()
    assert shown.splitlines() == lines[int(first) - 1:int(last)]


def test_mermaid_example_matches_the_export(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```text\n(journey\n.*?)```", text, re.S).group(1)
    produced = _render(["en/journeys/first-vet-visit.yaml", "--format", "mermaid"])
    assert produced.startswith(block)
