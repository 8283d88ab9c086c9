"""Choices are taken in any case everywhere (`--fail-level Error`, `-f JSON`), and `-` is told
apart from a missing file by every command that reads paths."""

from __future__ import annotations

import pytest

from conftest import run_cli

PERSONA = "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - Biega 10 km w soboty w Parku Skaryszewskim\n"


@pytest.mark.parametrize("args", [
    ["lint", "--fail-level", "Error", "p.yaml"],
    ["lint", "-f", "JSON", "p.yaml"],
    ["lint", "--format", "Sarif", "p.yaml"],
    ["render", "p.yaml", "-f", "Markdown"],
    ["render", "p.yaml", "--layout", "Stacked"],
    ["diff", "p.yaml", "p.yaml", "-f", "JSON"],
    ["rules", "-f", "Markdown"],
])
def test_a_choice_is_taken_in_any_case(tmp_path, monkeypatch, args):
    (tmp_path / "p.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exception is None
    assert result.exit_code in (0, 1), result.stderr
    assert "Invalid value" not in result.stderr


def test_a_choice_that_is_no_choice_is_still_refused_with_a_suggestion(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--fail-level", "Eror")
    assert result.exit_code == 2 and "Did you mean 'error'?" in result.stderr


@pytest.mark.parametrize("args", [["diff", "-", "p.yaml"], ["cache", "clear", "-"]])
def test_a_dash_is_told_apart_from_a_missing_file(tmp_path, monkeypatch, args):
    (tmp_path / "p.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "'-': cxkit reads files, not standard input; save the document to a file and name it" in result.stderr
    assert "no such file" not in result.stderr


def test_a_file_named_dash_is_read(tmp_path, monkeypatch):
    (tmp_path / "-").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("render", "./-")
    assert result.exit_code == 0, result.stderr
