"""`-o /dev/stdout`, `-o /dev/stderr`, `-o /dev/fd/N` in a CI job: the export reaches the job's log
past the guards of standard output and standard error, so its lines must hold no runner command."""

from __future__ import annotations

import os
import threading

from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = """\
kind: persona
id: agnieszka-studio
name: "##[error]Agnieszka Wolska"
lang: pl
summary: Realizatorka dźwięku z Poznania, która prowadzi jednoosobowe studio nagrań podcastów.
goals:
  - "##vso[task.setvariable variable=wdrozenie]tak"
  - "::add-mask::Mieć 4 identyczne pary zamkniętych słuchawek dla gości"
"""

RUNNERS = ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")


def export_through_a_pipe(tmp_path, monkeypatch, *options: str, runner: str | None) -> str:
    for name in RUNNERS:
        monkeypatch.delenv(name, raising=False)
    if runner:
        monkeypatch.setenv(runner, "true")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "agnieszka.yaml").write_text(PERSONA, encoding="utf-8")
    read_end, write_end = os.pipe()
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(os.fdopen(read_end, "rb").read()))
    reader.start()
    try:
        result = CliRunner().invoke(app, ["render", "agnieszka.yaml", *options, "-o", f"/dev/fd/{write_end}"])
    finally:
        os.close(write_end)
        reader.join(10)
    assert result.exit_code == 0, result.output
    return got[0].decode("utf-8")


def test_an_html_export_to_a_descriptor_of_the_log_holds_no_runner_command(tmp_path, monkeypatch):
    page = export_through_a_pipe(tmp_path, monkeypatch, "-f", "html", runner="GITHUB_ACTIONS")
    assert "<h1>#\\x23[error]Agnieszka Wolska</h1>" in page
    assert "##[" not in page and "##vso[" not in page


def test_a_terminal_export_to_a_descriptor_of_an_azure_log_holds_no_runner_command(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    shown = export_through_a_pipe(tmp_path, monkeypatch, runner="TF_BUILD")
    assert "#\\x23vso[task.setvariable" in shown
    assert "##vso[" not in shown
    assert not any(line.lstrip().startswith("::") for line in shown.splitlines())


def test_outside_ci_the_export_is_written_as_it_was(tmp_path, monkeypatch):
    page = export_through_a_pipe(tmp_path, monkeypatch, "-f", "html", runner=None)
    assert "<h1>##[error]Agnieszka Wolska</h1>" in page


def test_a_github_report_to_a_descriptor_of_the_log_keeps_its_annotations(tmp_path, monkeypatch):
    """`cxkit lint -f github -o /dev/stdout` writes workflow commands on purpose: they stay commands."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(PERSONA.replace("name: \"##[error]Agnieszka Wolska\"", "name: TODO"),
                                       encoding="utf-8")
    read_end, write_end = os.pipe()
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(os.fdopen(read_end, "rb").read()))
    reader.start()
    try:
        result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "github", "ola.yaml", "-o", f"/dev/fd/{write_end}"])
    finally:
        os.close(write_end)
        reader.join(10)
    assert result.exit_code == 1, result.output
    annotations = got[0].decode("utf-8").splitlines()
    assert annotations and all(line.startswith("::") for line in annotations), annotations
    assert any(line.startswith("::warning file=ola.yaml,line=3,") for line in annotations), annotations


def test_writelines_goes_through_the_guard_in_turn():
    """`writelines` on a guarded stream (stderr in a CI job, diff's driver output) is checked as `write`
    is, after the part of a line held so far; the stream's own writelines passed both by."""
    from io import StringIO

    from cxkit import visible

    for guard in (visible.NoWorkflowCommands, visible.NoWorkflowCommandsLog):
        out = StringIO()
        stream = guard(out)
        stream.write("cxkit: note: ")
        stream.writelines(["persona ##[error]Ola\n", "::add-mask::sekret\n"])
        stream.finish()
        assert out.getvalue() == "cxkit: note: persona #\\x23[error]Ola\n\\x3a:add-mask::sekret\n"
