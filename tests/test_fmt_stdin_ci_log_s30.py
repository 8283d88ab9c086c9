"""`cxkit fmt -` in a CI job: the document on stdout holds no line the runner obeys.

A value a pull request brings (`::error::…`, `##[error]…`, `##vso[…]` on its own line of a block
scalar) reached the job's log as a runner command, where lint, diff and render write such lines
escaped.  Redirected to a file (`cxkit fmt - < a.yaml > b.yaml`) the document is no log and keeps
every byte; outside CI nothing changes.
"""

from __future__ import annotations

import io
import sys

from typer.testing import CliRunner

from cxkit.cli import app

RUNNERS = ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")

# Laid out already: fmt gives it back byte for byte, so any change is the guard's.
PERSONA = """\
kind: persona
id: agnieszka-nowak
name: Agnieszka Nowak
lang: pl
goals:
  - Zamówić leki dla mamy przez aplikację w 5 minut
quote: |
  Zawsze sprawdzam opinie.
  ::error::Przejęte przez PR
  ##[error]Agnieszka
  ##vso[task.setvariable variable=ok]1
"""


def in_job(monkeypatch, runner: str | None) -> None:
    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    if runner:
        monkeypatch.setenv(runner, "true")


def test_a_command_line_in_a_value_is_escaped_in_the_log(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    in_job(monkeypatch, "GITHUB_ACTIONS")
    result = CliRunner().invoke(app, ["fmt", "-"], input=PERSONA.encode("utf-8"))
    assert result.exit_code == 0, result.output
    out = result.stdout_bytes.decode("utf-8")
    assert "  \\x3a:error::Przejęte przez PR\n" in out
    assert "  #\\x23[error]Agnieszka\n" in out
    assert "  #\\x23vso[task.setvariable variable=ok]1\n" in out
    assert "##" not in out and "\n  ::" not in out
    assert out.startswith("kind: persona\nid: agnieszka-nowak\n")  # the rest as it came


def test_azure_pipelines_log_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    in_job(monkeypatch, "TF_BUILD")
    result = CliRunner().invoke(app, ["fmt", "-"], input=PERSONA.encode("utf-8"))
    assert result.exit_code == 0
    assert "##vso[" not in result.stdout_bytes.decode("utf-8")


def test_outside_ci_the_document_comes_back_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    in_job(monkeypatch, None)
    result = CliRunner().invoke(app, ["fmt", "-"], input=PERSONA.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout_bytes == PERSONA.encode("utf-8")


def test_redirected_to_a_file_in_ci_it_keeps_every_byte(tmp_path, monkeypatch):
    # `cxkit fmt - < a.yaml > b.yaml` in a job: stdout is a regular file, no log.
    monkeypatch.chdir(tmp_path)
    in_job(monkeypatch, "GITHUB_ACTIONS")
    target = tmp_path / "b.yaml"
    with open(target, "w", encoding="utf-8", newline="") as out:
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PERSONA.encode("utf-8")), encoding="utf-8"))
        code = app(["fmt", "-"], standalone_mode=False)
    assert code in (0, None)
    assert target.read_bytes() == PERSONA.encode("utf-8")
