"""A document named without its `.yaml` (an id typed, or tab completion stopped short) gets the file
as "did you mean": `cxkit lint personas/grazyna` → `personas/grażyna.yaml`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

GRAZYNA = """\
kind: persona
id: grazyna-kwiaciarnia
name: Grażyna Wiśniewska
lang: pl
summary: Prowadzi kwiaciarnię w Katowicach i zamawia kwiaty z giełdy dwa razy w tygodniu.
goals:
  - Mieć świeże tulipany na Dzień Kobiet bez przepłacania
reviewed: 2026-11-20
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "grażyna.yaml").write_text(GRAZYNA, encoding="utf-8")
    (tmp_path / "personas" / "Ola.yml").write_text(GRAZYNA.replace("grazyna-kwiaciarnia", "ola"), encoding="utf-8")
    (tmp_path / "personas" / "ola-archiwum").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


@pytest.mark.parametrize(("command", "given", "meant"), [
    ("lint", "personas/grazyna", "personas/grażyna.yaml"),
    ("lint", "personas/grażyna", "personas/grażyna.yaml"),
    ("render", "personas/ola", "personas/Ola.yml"),
    ("fmt", "personas/grazyn", "personas/grażyna.yaml"),
])
def test_a_document_named_without_its_suffix_is_suggested(folder, command, given, meant):
    result = CliRunner().invoke(app, [command, given])
    assert result.exit_code == 2
    assert f"{given}: no such file or directory; did you mean {meant}?" in result.output


def test_nothing_close_is_still_no_suggestion(folder):
    result = CliRunner().invoke(app, ["lint", "personas/kasia"])
    assert result.exit_code == 2
    assert "did you mean" not in result.output
