"""Standard error in a CI job's log: a name or value quoted in a warning, note or error is no runner command.

GitHub Actions obeys `::error::…` at a line's start and `##[error]` anywhere in a line (Azure
Pipelines `##vso[`); stdout was already shown escaped, stderr was not.  A terminal run (no CI
runner in the environment) sees every message as it was.
"""

from __future__ import annotations

import io
import signal
import sys

import pytest

from cxkit import cli, visible

RUNNERS = ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")


def run_main(monkeypatch, capsys, *args: str, runner: str | None = "GITHUB_ACTIONS") -> str:
    """cxkit's process entry point, run in this process; its stderr."""
    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    if runner:
        monkeypatch.setenv(runner, "true")
    monkeypatch.setattr(signal, "signal", lambda *a: None)  # leave the test process's handlers alone
    monkeypatch.setattr(sys, "argv", ["cxkit", *args])
    monkeypatch.setattr(sys, "stderr", sys.stderr)  # main() puts its guard in front of it
    with pytest.raises(SystemExit):
        cli.main()
    return capsys.readouterr().err


def test_a_missing_file_named_like_a_command_is_no_command_in_the_log(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    err = run_main(monkeypatch, capsys, "lint", "personas/##[error]Przejęte.yaml")
    assert "personas/#\\x23[error]Przejęte.yaml" in err
    assert "##[" not in err


def test_a_config_value_quoted_in_an_error_is_no_azure_command(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["##vso[task.setvariable variable=ok]1"]\n', encoding="utf-8")
    err = run_main(monkeypatch, capsys, "lint", runner="TF_BUILD")
    assert "#\\x23vso[task.setvariable variable=ok]1" in err
    assert "##vso[" not in err


def test_a_usage_error_quoting_the_value_given_is_no_command(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    err = run_main(monkeypatch, capsys, "lint", "--format", "##[error]Zły format")
    assert "#\\x23[error]Zły format" in err
    assert "##[" not in err


def test_a_terminal_run_sees_the_message_as_it_was(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    err = run_main(monkeypatch, capsys, "lint", "personas/##[error]Anna.yaml", runner=None)
    assert "personas/##[error]Anna.yaml: no such file or directory" in err


def test_stderr_is_guarded_only_where_stdout_would_be(monkeypatch, tmp_path):
    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    pipe = io.StringIO()
    assert visible.guard_ci_log(pipe) is pipe  # no runner: as it is
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert isinstance(visible.guard_ci_log(pipe), visible.NoWorkflowCommandsLog)
    with open(tmp_path / "err.log", "w", encoding="utf-8") as regular:  # `2> err.log` is not the log
        assert visible.guard_ci_log(regular) is regular


@pytest.mark.parametrize(
    ("pieces", "shown"),
    [
        (["cxkit: note: x#", "#[error]y\n"], "cxkit: note: x#\\x23[error]y\n"),  # a "#" flushed alone waits
        (["  :", ":error::z\n"], "  \\x3a:error::z\n"),  # so do spaces and a colon
        (["cxkit: note: ##vs", "o[task.complete]\n"], "cxkit: note: #\\x23vso[task.complete]\n"),
        (["Nazwa persony: ", "::x\n"], "Nazwa persony: ::x\n"),  # not a line's start: as it is
    ],
)
def test_a_flushed_part_of_a_line_cannot_be_completed_into_a_command(pieces, shown):
    out = io.StringIO()
    log = visible.NoWorkflowCommandsLog(out)
    for piece in pieces:
        log.write(piece)
        log.flush()
    log.finish()
    assert out.getvalue() == shown


def test_a_prompt_is_written_when_flushed():
    out = io.StringIO()
    log = visible.NoWorkflowCommandsLog(out)
    log.write("Imię i nazwisko persony: ")
    log.flush()
    assert out.getvalue() == "Imię i nazwisko persony: "
