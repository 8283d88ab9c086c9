"""stderr in a CI job's log is guarded for every caller of `app()`, not only the `cxkit` command.

typer's CliRunner and a script that embeds cxkit call `app()` in their own process; before, only the
console script's main() put the guard in front of stderr, so such a run in a GitHub Actions or Azure
job printed a quoted `##[error]…` as a runner command.
"""

from __future__ import annotations

import io
import sys

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

RUNNERS = ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")


@pytest.fixture
def ci(tmp_path, monkeypatch):
    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    return monkeypatch


def test_a_clirunner_run_in_github_actions_escapes_a_quoted_command(ci):
    """Fails before: the missing file's name reached stderr as `##[error]…`."""
    ci.setenv("GITHUB_ACTIONS", "true")
    result = CliRunner().invoke(app, ["lint", "personas/##[error]Przejęte.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "cxkit: personas/#\\x23[error]Przejęte.yaml: no such file or directory\n"


def test_a_usage_error_in_an_azure_job_is_no_command(ci):
    """Fails before: click's usage error quoted the value as given."""
    ci.setenv("TF_BUILD", "True")
    result = CliRunner().invoke(app, ["lint", "--format", "##vso[task.complete]Zły"])
    assert result.exit_code == 2
    assert "#\\x23vso[task.complete]Zły" in result.stderr and "##vso[" not in result.stderr


def test_an_embedding_script_gets_the_guard_and_its_stderr_back(ci):
    """Fails before (the guard); the stream the caller had is back in place after the run."""
    ci.setenv("GITHUB_ACTIONS", "true")
    mine = io.StringIO()
    ci.setattr(sys, "stderr", mine)
    with pytest.raises(SystemExit) as done:
        app(["lint", "klient/##[warning]anna.yaml"])
    assert done.value.code == 2
    assert sys.stderr is mine
    assert mine.getvalue() == "cxkit: klient/#\\x23[warning]anna.yaml: no such file or directory\n"


def test_outside_ci_the_message_is_as_it_was(ci):
    """Guard: no runner in the environment, nothing escaped."""
    result = CliRunner().invoke(app, ["lint", "personas/##[error]Anna.yaml"])
    assert result.stderr == "cxkit: personas/##[error]Anna.yaml: no such file or directory\n"
