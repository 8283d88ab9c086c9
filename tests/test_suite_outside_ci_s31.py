"""The suite runs as outside any CI runner, on Azure Pipelines and TeamCity too.

Since stderr's guard holds for every caller of `app()` (typer's CliRunner included), a test run in
an Azure Pipelines job (TF_BUILD) or a TeamCity build (TEAMCITY_VERSION) had every message a test
reads through CliRunner escaped for the job's log, and a line not yet ended held back; conftest
cleared only GitHub's variables.  Run this file with `TF_BUILD=True` set to see it fail before.
"""

from __future__ import annotations

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.cliutil import CI_RUNNERS, runner_in_environment


def test_no_runner_is_in_the_environment_of_a_test() -> None:
    assert not runner_in_environment(), [name for name, _value in CI_RUNNERS]


def test_a_message_reads_in_a_test_as_a_team_sees_it_at_a_terminal(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "personas/##[error]Zofia.yaml"])
    assert result.stderr == "cxkit: personas/##[error]Zofia.yaml: no such file or directory\n"
