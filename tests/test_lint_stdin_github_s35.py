"""`cxkit lint - --stdin-filename F -f github` says on stderr, and on the job's page, what the run on
the saved file says: the summary line after the annotations, the step summary under GitHub Actions,
and the summary line in the log when the report goes to a file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

# `wiek` is no field of a persona (a schema error); the summary is vague and the goal undated.
OLA = """kind: persona
id: ola
name: Ola Nowak
wiek: 29
summary: Prowadzi jednoosobową firmę remontową w Radomiu i sama wystawia faktury
goals:
  - Wystawiać faktury z telefonu, zanim wróci z budowy do domu
"""

DAN = """kind: persona
id: dan
name: Dan Moore
summary: Owns a three-van heating firm in Leeds and does the invoicing himself on Sundays
goals:
  - Send every invoice on the day the job is finished
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "personas" / "dan.yaml").write_text(DAN, encoding="utf-8")
    return tmp_path


def run(*args: str, data: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", *args], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_the_github_summary_line_of_a_buffer_is_the_saved_files(ws: Path) -> None:
    saved = run("-f", "github", "personas/ola.yaml")
    buffer = run("-f", "github", "--stdin-filename", "personas/ola.yaml", "-", data=OLA)
    assert saved[0] == buffer[0] == 1
    assert buffer[1] == saved[1] and "::error file=personas/ola.yaml,line=4,col=1,title=CX002 schema::" in buffer[1]
    assert saved[2].startswith("cxkit: Znaleziono ") and saved[2].endswith(" w 1 pliku; sprawdzono 1 dokument.\n")
    assert buffer[2] == saved[2]


def test_a_clean_buffer_says_all_checks_passed_on_stderr(ws: Path) -> None:
    # Dan is a valid persona (his missing sources and review date are not this test's).
    code, out, err = run("-f", "github", "--select", "schema", "--stdin-filename", "personas/dan.yaml", "-", data=DAN)
    assert (code, out) == (0, "")
    assert err == run("-f", "github", "--select", "schema", "personas/dan.yaml")[2]
    assert err.startswith("cxkit: Wszystko w porządku")


def test_the_buffers_step_summary_is_the_saved_files(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    page = ws.parent / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(page))
    run("personas/ola.yaml")  # the github format, chosen under GitHub Actions
    saved = page.read_text(encoding="utf-8")
    page.unlink()
    run("--stdin-filename", "personas/ola.yaml", "-", data=OLA)
    assert saved and "CX002" in saved
    assert page.read_text(encoding="utf-8") == saved


def test_a_buffers_report_file_under_github_actions_leaves_the_count_in_the_log(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    saved = run("-o", str(ws.parent / "saved.txt"), "personas/ola.yaml")
    buffer = run("-o", str(ws.parent / "buffer.txt"), "--stdin-filename", "personas/ola.yaml", "-", data=OLA)
    assert saved[0] == buffer[0] == 1
    assert saved[2].startswith("cxkit: Znaleziono ") and buffer[2] == saved[2]
    assert (ws.parent / "buffer.txt").read_text(encoding="utf-8") == (ws.parent / "saved.txt").read_text(encoding="utf-8")


def test_quiet_and_the_text_format_print_no_summary_on_stderr(ws: Path) -> None:
    assert run("-q", "-f", "github", "--stdin-filename", "personas/ola.yaml", "-", data=OLA)[2] == \
        run("-q", "-f", "github", "personas/ola.yaml")[2]
    assert run("--stdin-filename", "personas/ola.yaml", "-", data=OLA)[2] == ""
