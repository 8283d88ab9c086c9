"""docs/machine-output.md tells language-server authors how to turn cxkit's columns (code points) into
LSP's UTF-16 positions; the recipe it gives must land on the value a finding points at."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
BUFFER = 'kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals: ["🎧🎧 słucha", "Dba o swoje zdrowie"]\n'


def test_the_documented_recipe_lands_on_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "docs/machine-output.md").read_text(encoding="utf-8")
    said = re.search(r"In Python `([^`]+)`", text)
    assert said is not None, "the LSP paragraph and its Python recipe are missing"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "-f", "json", "--select", "CX101", "-"], input=BUFFER.encode())
    finding = next(f for f in json.loads(result.stdout) if f["data_path"] == "goals[1]")
    line = BUFFER.split("\n")[finding["line"] - 1]
    character = eval(said.group(1), {"line": line, "column": finding["column"]})  # the documented expression
    units = line.encode("utf-16-le")
    assert units[2 * character:].decode("utf-16-le").startswith('"Dba o swoje zdrowie"')
    assert character == finding["column"] - 1 + 2  # two emoji before it, each two UTF-16 units


def test_the_editor_docs_say_a_syntax_error_hides_the_rest() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "gets its syntax error\n(CX001) alone" in readme or "syntax error (CX001) alone" in " ".join(readme.split())
