"""Under GitHub Actions, `cxkit lint -o FILE` leaves the summary line in the step's log (stderr).

With the report in a file (`-o lint.txt`, `-f sarif -o cxkit.sarif`, `-f junit -o ...`) the log of
the step said nothing: a failed step showed only "exit code 1", and a passing one no sign that
anything was checked. Now the text format's summary line goes to stderr, as the github format's
does after its annotations: `cxkit: Found 2 problems (2 errors) in 2 files; 4 documents checked.`
Not with --quiet, not twice with `-f github -o FILE` (which says it already), not outside GitHub Actions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORE_RULES, JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli


def lint(*args: str):
    return run_cli("lint", "--select", CORE_RULES, *args)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "repo"
    for folder in ("personas", "negatives", "journeys"):
        (top / folder).mkdir(parents=True)
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (top / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (top / "negatives/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (top / "journeys/zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files written just now: a warm run may answer from the cache
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return top


def _copy_of_tomek(ws: Path) -> None:
    # Tomek's id twice: a duplicate-id error in each file.
    (ws / "personas/tomek-kopia.yaml").write_text(PERSONA_PL.replace("Tomek Wiśniewski", "Tomasz Kopia"), encoding="utf-8")


def _summary(*args: str) -> str:
    """The text format's summary line for the same run, outside GitHub Actions."""
    result = lint("--no-cache", "-f", "text", *args)
    return result.stdout.splitlines()[-1]


@pytest.mark.parametrize("fmt", [[], ["-f", "text"], ["-f", "sarif"], ["-f", "json"], ["-f", "gitlab"], ["-f", "junit"],
                                 ["--statistics"]])
def test_a_report_file_leaves_the_summary_line_in_the_log(ws, monkeypatch, fmt):
    _copy_of_tomek(ws)
    line = _summary()
    assert line.startswith("Znaleziono 2 problemy (2 błędy)")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = lint("--no-cache", *fmt, "-o", "raport.out")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"cxkit: {line}\n")
    assert (ws / "raport.out").stat().st_size > 0


def test_a_clean_run_says_what_was_checked(ws, monkeypatch):
    line = _summary("personas", "negatives")
    assert line.startswith("Wszystko w porządku (")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = lint("--no-cache", "-f", "sarif", "-o", "cxkit.sarif", "personas", "negatives")
    assert (result.exit_code, result.stderr) == (0, f"cxkit: {line}\n")


def test_a_run_the_cache_answers_says_it_too(ws, monkeypatch):
    _copy_of_tomek(ws)
    line = _summary()
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    for _ in range(3):  # cold, then answered from the cache (the line rendered, then stored)
        result = lint("-f", "sarif", "-o", "cxkit.sarif")
        assert (result.exit_code, result.stderr) == (1, f"cxkit: {line}\n")


def test_a_run_over_nested_workspaces_says_it_too(ws, monkeypatch):
    (ws / "klient").mkdir()
    (ws / "klient/cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "klient/janusz.yaml").write_text(NEGATIVE_PL.replace("janusz-okazja", "janusz-klient"), encoding="utf-8")
    _copy_of_tomek(ws)
    line = _summary()
    assert "sprawdzono 5 dokumentów" in line
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = lint("--no-cache", "-o", "lint.txt")
    assert (result.exit_code, result.stderr) == (1, f"cxkit: {line}\n")


def test_guards_quiet_the_github_format_stdout_and_other_ci(ws, monkeypatch):
    _copy_of_tomek(ws)
    line = _summary()
    # Outside GitHub Actions a report file leaves stderr empty, as before.
    assert lint("--no-cache", "-f", "sarif", "-o", "cxkit.sarif").stderr == ""
    monkeypatch.setenv("GITLAB_CI", "true")
    assert lint("--no-cache", "-f", "gitlab", "-o", "gl.json").stderr == ""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    # --quiet: nothing but warnings on stderr.
    assert lint("--no-cache", "-q", "-o", "lint.txt").stderr == ""
    # `-f github -o FILE` says it once, with the github format's own summary.
    result = lint("--no-cache", "-f", "github", "-o", "gh.txt")
    assert result.stderr == f"cxkit: {line}\n"
    # On stdout the annotations are the report, and the summary line follows once on stderr.
    result = lint("--no-cache")
    assert result.stdout.startswith("::error file=") and result.stderr == f"cxkit: {line}\n"
