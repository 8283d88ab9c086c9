"""A lint or fmt worker started by spawn (macOS, Windows) writes its stderr through the CI-log guard.

cli.main() puts a guard on the main process's stderr in a CI job, so that a warning quoting a name or
value (`##[error]…`, `::error::…`) is no runner command; a forked worker inherits it, a spawned one
starts with a bare stderr.  The worker's entry is run here in this process, as spawn runs it in a
fresh one: the guard is put on at its start and its last line written at its end.
"""

from __future__ import annotations

import io
import sys

from cxkit.lint import engine

RUNNERS = ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")


class Pipe:
    def __init__(self) -> None:
        self.sent: list[object] = []

    def send(self, message: object) -> None:
        self.sent.append(message)

    def close(self) -> None:
        pass


def run_spawned_worker(monkeypatch, runner: str | None) -> tuple[str, Pipe]:
    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    if runner:
        monkeypatch.setenv(runner, "true")
    log = io.StringIO()
    monkeypatch.setattr(sys, "stderr", log)  # a spawned worker's own, bare stderr

    def build_ruleset(config, selection):  # stands in for a rule plugin that warns as it loads
        sys.stderr.write("cxkit: warning: plugin of persona ##[error]Przejęte przez PR\n")
        sys.stderr.write("::add-mask::sekret\n")
        sys.stderr.write("ostatnia linia ##vso[task.complete result=Succeeded]")  # unended
        return None

    monkeypatch.setattr(engine, "build_ruleset", build_ruleset)
    monkeypatch.setattr(engine, "_check_unclaimed", lambda *a: iter(()))
    pipe = Pipe()
    engine._spawned_worker_main(pipe, 0, [[]], None, None, [0], [0], 1)
    return log.getvalue(), pipe


def test_a_spawned_lint_workers_warning_is_no_command_in_the_log(monkeypatch):
    err, pipe = run_spawned_worker(monkeypatch, "GITHUB_ACTIONS")
    assert "persona #\\x23[error]Przejęte przez PR\n" in err
    assert "\\x3a:add-mask::sekret\n" in err
    assert err.endswith("ostatnia linia #\\x23vso[task.complete result=Succeeded]")  # written at the end
    assert "##" not in err
    assert pipe.sent == [("ok", [])]


def test_azure_pipelines_too(monkeypatch):
    err, _ = run_spawned_worker(monkeypatch, "TF_BUILD")
    assert "##vso[" not in err and "#\\x23vso[task.complete" in err


def test_outside_ci_the_worker_writes_as_it_did(monkeypatch):
    err, _ = run_spawned_worker(monkeypatch, None)
    assert err == (
        "cxkit: warning: plugin of persona ##[error]Przejęte przez PR\n::add-mask::sekret\n"
        "ostatnia linia ##vso[task.complete result=Succeeded]"
    )


def test_a_spawned_fmt_workers_warning_is_no_command_in_the_log(monkeypatch):
    from cxkit import commands_scaffold, fmt

    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    log = io.StringIO()
    monkeypatch.setattr(sys, "stderr", log)
    monkeypatch.setattr(engine, "start_worker", lambda inherited: None)  # no signal handlers in the test process

    def format_file(target, config):
        sys.stderr.write(f"{target}: ##[error]Przejęte\n")
        return target

    monkeypatch.setattr(fmt, "format_file", format_file)
    pipe = Pipe()
    commands_scaffold._lay_out_worker(pipe, [["anna.yaml"]], None, None, range(1), [-1], 0, [])
    assert log.getvalue() == "anna.yaml: #\\x23[error]Przejęte\n"
    assert pipe.sent == [("ok", 0, ["anna.yaml"])]
