"""`cxkit lint --output-file` / `-o` and `--quiet` / `-q` (tester11 L8).

CI wants the log and a report file from one run: `-o FILE` writes the report (any format) to FILE
atomically and keeps stdout empty, with the exit code of the findings; a file that cannot be
written is exit 2 with one located line, and an earlier report stays whole. `-q` drops the text
format's summary line (a clean run prints nothing) and changes no other format.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Ceni jakość
  - Kupić rower gravel do 6000 zł przed majówką
"""

SUMMARY = "Found 4 problems (3 warnings, 1 info) in 1 file; 1 document checked.\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "anna.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab"])
def test_output_file_holds_what_stdout_would_and_stdout_stays_empty(ws: Path, fmt: str) -> None:
    plain = run_cli("lint", "--no-cache", "-f", fmt)
    assert plain.exit_code == 1 and plain.stdout
    to_file = run_cli("lint", "--no-cache", "-f", fmt, "--output-file", "report.out")
    assert to_file.exception is None
    assert (to_file.exit_code, to_file.stdout) == (1, "")
    assert (ws / "report.out").read_text(encoding="utf-8") == plain.stdout


def test_short_option_and_the_cached_run_write_the_same_report(ws: Path) -> None:
    (ws / "out").mkdir()
    first = run_cli("lint", "-o", "out/lint.txt")
    assert (first.exit_code, first.stdout) == (1, "")
    text = (ws / "out" / "lint.txt").read_text(encoding="utf-8")
    assert text.endswith("\n\n" + SUMMARY) and "personas/anna.yaml:6:5: warning CX101" in text
    (ws / "out" / "lint.txt").unlink()
    again = run_cli("lint", "-o", "out/lint.txt")  # answered by the cache: written all the same
    assert (again.exit_code, again.stdout) == (1, "")
    assert (ws / "out" / "lint.txt").read_text(encoding="utf-8") == text


def test_a_report_file_gets_no_colour_even_when_colour_is_forced(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = run_cli("lint", "--no-cache", "-o", "lint.txt")
    assert result.exit_code == 1
    text = (ws / "lint.txt").read_text(encoding="utf-8")
    assert "\x1b" not in text and text.endswith(SUMMARY)


def test_dash_is_stdout(ws: Path) -> None:
    result = run_cli("lint", "--no-cache", "-o", "-")
    assert result.exit_code == 1 and result.stdout.endswith(SUMMARY)
    assert not (ws / "-").exists()


def test_exit_codes_are_those_of_the_findings(ws: Path) -> None:
    assert run_cli("lint", "--no-cache", "-o", "r.json", "-f", "json", "--exit-zero").exit_code == 0
    assert json.loads((ws / "r.json").read_text(encoding="utf-8"))
    clean = run_cli("lint", "--no-cache", "-o", "r.json", "-f", "json", "--select", "CX4")
    assert (clean.exit_code, clean.stdout) == (0, "")
    assert (ws / "r.json").read_text(encoding="utf-8") == "[]\n"


def test_a_missing_folder_is_made(ws: Path) -> None:
    """Session 31: as pytest's --junitxml, -o makes the folders on its way (it was a usage error)."""
    result = run_cli("lint", "--no-cache", "-o", "raporty/lint.sarif", "-f", "sarif")
    assert result.exit_code == 1 and result.stdout == "" and result.stderr == ""
    assert json.loads((ws / "raporty" / "lint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_a_folder_or_a_document_is_refused(ws: Path) -> None:
    folder = run_cli("lint", "-o", "personas")
    assert folder.exit_code == 2
    assert folder.stderr == "cxkit: --output-file personas: cannot write the report: that is a folder; give a file name\n"
    slip = run_cli("lint", "-o", "personas/anna.yaml")
    assert slip.exit_code == 2 and "personas/anna.yaml: cannot write the report: the file is YAML" in slip.stderr
    assert (ws / "personas" / "anna.yaml").read_text(encoding="utf-8") == PERSONA


def test_an_empty_value_names_the_option(ws: Path) -> None:
    result = run_cli("lint", "--output-file=")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: --output-file: the value is empty; give a file name (or - for stdout)\n"


def test_a_failed_write_keeps_the_old_report_whole(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "lint.json").write_text("[]\n", encoding="utf-8")
    import cxkit.fsutil

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cxkit.fsutil.os, "fsync", full_disk)
    result = run_cli("lint", "--no-cache", "-f", "json", "-o", "lint.json")
    assert result.exception is None
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "cxkit: --output-file lint.json: cannot write the report: No space left on device\n"
    assert (ws / "lint.json").read_text(encoding="utf-8") == "[]\n"
    assert sorted(p.name for p in ws.iterdir() if p.name.startswith(".lint.json")) == []


def test_quiet_prints_the_findings_only(ws: Path) -> None:
    full = run_cli("lint", "--no-cache")
    quiet = run_cli("lint", "--no-cache", "-q")
    assert quiet.exit_code == full.exit_code == 1
    assert full.stdout == quiet.stdout + "\n" + SUMMARY
    assert quiet.stdout.count("\n") == 4 and "Found" not in quiet.stdout
    cached = run_cli("lint", "--quiet")
    assert (cached.exit_code, cached.stdout) == (1, quiet.stdout)


def test_quiet_clean_run_prints_nothing_and_exits_0(ws: Path) -> None:
    for args in (["--select", "CX4"], ["--select", "CX4", "--statistics"]):
        result = run_cli("lint", "--no-cache", "-q", *args)
        assert (result.exit_code, result.stdout) == (0, ""), args
        assert run_cli("lint", "--no-cache", *args).stdout.startswith("All checks passed")


def test_quiet_statistics_keep_their_rows(ws: Path) -> None:
    result = run_cli("lint", "--no-cache", "-q", "--statistics")
    assert result.exit_code == 1 and result.stdout.splitlines()[0].endswith("CX101  warning  pseudo-profiling")


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_quiet_changes_no_other_format(ws: Path, fmt: str) -> None:
    assert run_cli("lint", "--no-cache", "-q", "-f", fmt).stdout == run_cli("lint", "--no-cache", "-f", fmt).stdout


def test_quiet_and_output_file_together(ws: Path) -> None:
    result = run_cli("lint", "--no-cache", "-q", "-o", "lint.txt")
    assert (result.exit_code, result.stdout) == (1, "")
    text = (ws / "lint.txt").read_text(encoding="utf-8")
    assert text.count("\n") == 4 and "Found" not in text
