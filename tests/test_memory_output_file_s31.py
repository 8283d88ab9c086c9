"""Memory of `cxkit lint -o FILE` on many findings, session 31 (issue #7).

On stdout the JSON and SARIF reports are written a few findings at a time; with `-o FILE` the same
pieces were collected in memory (the whole text, then its UTF-8 bytes) until the file could be
replaced at once.  Now a long report goes on to an anonymous temporary file as it is written and
is copied into the report's own temporary file at the end, which replaces FILE as before.

Measured with tracemalloc, in-process, with the report's writer given many generated Polish
findings; the bound sits between what the code measures now and what it measured before (given
beside it).  The guards pin the bytes: FILE against stdout, with the spool's threshold at a few
characters, and with no temporary folder to spool to.
"""

from __future__ import annotations

import tempfile
import tracemalloc

import pytest
from typer.testing import CliRunner

import cxkit.cli as cli
from cxkit.cli import app
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats.json import render_json

PERSONA = """\
kind: persona
id: {ident}
name: Ola Nowak {k}
lang: pl
goals:
  - Chcę łatwo i szybko
  - Sprawdzić dostępność towaru w pięciu sklepach przed 9:00
pain_points:
  - Wszystko jest trudne
"""


def _findings(count: int) -> list[Finding]:
    return [
        Finding(f"personas/zespół-{k // 3}.yaml", 10 + k % 40, 3, "CX103", "vague-goal", Severity.warning,
                f"cel „Chcę szybko kupić słuchawki nr {k}” jest ogólnikowy: napisz, co dokładnie persona chce "
                "osiągnąć i po czym to pozna")
        for k in range(count)
    ]


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    (top / ".git").mkdir(parents=True)
    (top / "personas").mkdir()
    for k in range(4):
        ident = "ola" if k < 2 else f"osoba-{k}"  # a shared id: findings that name another file
        (top / f"personas/p{k}.yaml").write_text(PERSONA.format(ident=ident, k=k), encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "120")
    for name in ("GITHUB_ACTIONS", "CI_PROJECT_DIR", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return top


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "junit"])
@pytest.mark.parametrize("limit", [8, 1 << 30])
def test_the_report_file_holds_what_stdout_gets(fmt, limit, workspace, monkeypatch):
    # Guard: spooled from the first few characters on, or never, the file has stdout's bytes.
    monkeypatch.setattr(cli._ReportSpool if hasattr(cli, "_ReportSpool") else cli, "limit", limit, raising=False)
    runner = CliRunner()
    shown = runner.invoke(app, ["lint", "--no-cache", "-f", fmt, "."])
    assert shown.exit_code == 1, shown.output
    written = runner.invoke(app, ["lint", "--no-cache", "-f", fmt, "-o", f"report.{fmt}", "."])
    assert written.exit_code == 1, written.output
    assert written.stdout == ""
    assert (workspace / f"report.{fmt}").read_bytes() == shown.stdout_bytes
    assert "łatwo".encode() in shown.stdout_bytes and b"CX003" in shown.stdout_bytes
    assert sorted(p.name for p in workspace.iterdir()) == [".git", "personas", f"report.{fmt}"]


def test_a_report_file_without_a_temporary_folder_is_written_from_memory(workspace, monkeypatch):
    # Guard: where no temporary file can be made (a read-only TMPDIR), the report is held, as it was.
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/tmp")

    monkeypatch.setattr(cli._ReportSpool if hasattr(cli, "_ReportSpool") else cli, "limit", 8, raising=False)
    runner = CliRunner()
    shown = runner.invoke(app, ["lint", "--no-cache", "-f", "sarif", "."])
    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    written = runner.invoke(app, ["lint", "--no-cache", "-f", "sarif", "-o", "report.sarif", "."])
    assert written.exit_code == shown.exit_code == 1, written.output
    assert (workspace / "report.sarif").read_bytes() == shown.stdout_bytes


def test_a_failed_run_leaves_the_old_report_file(workspace, monkeypatch):
    # Guard: a run that ends in an error (exit 2) after part of its report leaves the old file as it was.
    def half(fmt, stats, found, files, docs, stream, *a, **k):
        stream.write("[\n" + "x" * 100)
        raise cli.typer.Exit(2)

    (workspace / "report.json").write_text("[]\n", encoding="utf-8")
    monkeypatch.setattr(cli._ReportSpool if hasattr(cli, "_ReportSpool") else cli, "limit", 8, raising=False)
    monkeypatch.setattr(cli, "_render", half)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "-o", "report.json", "."])
    assert result.exit_code == 2
    assert (workspace / "report.json").read_text(encoding="utf-8") == "[]\n"
    assert sorted(p.name for p in workspace.iterdir()) == [".git", "personas", "report.json"]


# Last in the file: the guards above have imported what a lint run needs.
def _report_peak(monkeypatch, findings: list[Finding]) -> int:
    """tracemalloc's peak of `lint -f json -o report.json` whose report is ``findings`` (made beforehand),
    from the report's first write to the end of the run (the lint itself is not traced: it takes time)."""
    def render(fmt, stats, found, files, docs, stream, *args, **kwargs):
        tracemalloc.start()
        render_json(findings, stream)

    monkeypatch.setattr(cli, "_render", render)
    try:
        result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "-o", "report.json", "."])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code == 1, result.output  # the workspace's own findings
    return peak


def test_a_report_file_is_not_held_whole(workspace, monkeypatch):
    # What is held before the temporary file takes it: a few findings' text (the default is more).
    monkeypatch.setattr(cli._ReportSpool if hasattr(cli, "_ReportSpool") else cli, "limit", 4096, raising=False)
    _report_peak(monkeypatch, _findings(2))  # a first run imports what the writer needs: no finding's cost
    few, many = _findings(300), _findings(900)  # each past the JSON writer's piece of 256
    few_peak = _report_peak(monkeypatch, few)
    many_peak = _report_peak(monkeypatch, many)
    slope = (many_peak - few_peak) / (len(many) - len(few))
    # Before: ~1,300 bytes a finding (the text held, its whole copy and its bytes); now ~0.
    assert slope < 150, slope
    data = (workspace / "report.json").read_bytes()
    expected = _json_text(many).encode("utf-8")
    assert data == expected


def _json_text(findings: list[Finding]) -> str:
    import io

    out = io.StringIO()
    render_json(findings, out)
    return out.getvalue()
