"""`cxkit lint -` gets what `cxkit lint FILE` gets (readthrough25 RT25-1, RT25-2).

- per-file-ignores that skip `schema` for the buffer's path let the rules needing a valid document
  run on the lenient model, as for the saved file: they are applied inside the engine, not
  subtracted afterwards;
- under GITHUB_ACTIONS=true, `--statistics` works on stdin as on a file: the default format (github)
  is chosen after `--statistics` is checked against an explicit `--format`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

# `wiek` is no field of a persona: a schema error, which per-file-ignores skips for personas/*.
OLA = """kind: persona
id: ola
name: Ola Nowak
wiek: 29
summary: Obywatel w wieku 30-60 lat, mieszka w dużym mieście
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n[per-file-ignores]\n"personas/*" = ["schema"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    return tmp_path


def run(*args: str, data: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", *args], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


def test_schema_skipped_by_per_file_ignores_runs_the_other_rules_on_the_buffer(ws: Path) -> None:
    code, out = run("-f", "json", "personas/ola.yaml")
    on_disk = json.loads(out)
    assert code == 1 and {f["code"] for f in on_disk} == {"CX301", "CX304", "CX201", "CX101"}
    code, out = run("-f", "json", "--stdin-filename", "personas/ola.yaml", "-", data=OLA)
    assert code == 1 and json.loads(out) == on_disk
    # The text report too, line for line.
    assert run("--stdin-filename", "personas/ola.yaml", "-", data=OLA) == run("personas/ola.yaml")


def test_per_file_ignores_of_other_rules_still_hide_them_on_the_buffer(ws: Path) -> None:
    (ws / "cxkit.toml").write_text(
        'lang = "pl"\n[per-file-ignores]\n"personas/*" = ["schema", "pseudo-profiling", "CX30"]\n', encoding="utf-8"
    )
    code, out = run("-f", "json", "personas/ola.yaml")
    on_disk = json.loads(out)
    assert [f["code"] for f in on_disk] == ["CX201"]
    assert json.loads(run("-f", "json", "--stdin-filename", "personas/ola.yaml", "-", data=OLA)[1]) == on_disk
    # A buffer saved elsewhere is under no ignore: the schema error is shown, and so is what pseudo-profiling
    # finds in the summary (`wiek` is near no field, so it touches none of what the rule reads).
    codes = {f["code"] for f in json.loads(run("-f", "json", "--stdin-filename", "nowe/ola.yaml", "-", data=OLA)[1])}
    assert "CX002" in codes and "CX101" in codes


def test_statistics_on_stdin_under_github_actions_is_the_table_a_file_gets(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    on_disk = run("--statistics", "personas/ola.yaml")
    assert on_disk[0] == 1 and "CX101" in on_disk[1]
    assert run("--statistics", "--stdin-filename", "personas/ola.yaml", "-", data=OLA) == on_disk
    # Without --statistics the default format under GitHub Actions is still github, for stdin as for a file.
    code, out = run("--stdin-filename", "personas/ola.yaml", "-", data=OLA)
    assert code == 1 and out.startswith("::warning ") and out == run("personas/ola.yaml")[1]
    # An explicit format that prints no table is still refused, before stdin is read.
    result = CliRunner().invoke(app, ["lint", "--statistics", "-f", "sarif", "-"], input=OLA)
    assert result.exit_code == 2 and "--statistics prints a table" in result.stderr
