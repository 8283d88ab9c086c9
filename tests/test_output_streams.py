"""A reader that stops early (`| head`) or a closed output changes neither what a command does nor its exit code.

CI gates run with `set -o pipefail`: `cxkit lint | head -50` must fail on
findings however many there are, not pass once the output outgrows the pipe.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

VAGUE = """\
kind: persona
id: persona-{n}
name:   Persona {n}
goals:
    -   Dba o zdrowie i ceni wysoką jakość
    -   Mieszka w dużym mieście
    -   Values quality and wants to save time
behaviours: [ "Lubi ładne rzeczy" ]
"""

#: Enough output to fill a pipe several times over.
FILES = 150


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("streams")
    (root / "personas").mkdir()
    for n in range(FILES):
        (root / "personas" / f"p{n:03}.yaml").write_text(VAGUE.format(n=n), encoding="utf-8")
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    return root


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CI")}
    out.update(NO_COLOR="1", COLUMNS="100")
    return out


def read_a_little(cwd: Path, *args: str) -> tuple[int, bytes, str]:
    """Run cxkit, read the start of its output, then close the pipe as `head` does."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    start = proc.stdout.read(200)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(timeout=120), start, err


def no_crash(err: str) -> None:
    assert "Traceback" not in err and "Exception ignored" not in err and "internal error" not in err, err


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_lint_into_a_reader_that_stops_early_still_fails_on_findings(workspace: Path, fmt: str) -> None:
    code, start, err = read_a_little(workspace, "lint", "--no-cache", "--format", fmt)
    assert start and code == 1, (code, err)
    no_crash(err)


def test_lint_statistics_and_a_cached_run_into_a_reader_that_stops_early(workspace: Path) -> None:
    for args in (("--statistics",), (), ()):  # the second plain run prints its stored output
        code, start, err = read_a_little(workspace, "lint", *args)
        assert start and code == 1, (args, code, err)
        no_crash(err)


def test_fmt_check_diff_into_a_reader_that_stops_early_still_reports_changes(workspace: Path) -> None:
    code, start, err = read_a_little(workspace, "fmt", "--check", "--diff", "personas")
    assert start.startswith(b"---") and code == 1, (code, start, err)
    no_crash(err)
    # Every file was still checked: the summary counts them all.
    assert f"{FILES} files would be reformatted." in err, err


def test_lint_with_standard_output_closed_is_an_error(workspace: Path) -> None:
    # The report cannot be written: exit 2 with one line, never a pass (tester16 F11).
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache", "personas/p000.yaml"], cwd=workspace, env=env(),
        stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1), timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("cxkit: cannot write the report: standard output was closed") and proc.stderr.count("\n") == 1
    no_crash(proc.stderr)


def test_unbuffered_output_keeps_stdout_and_stderr_in_order(workspace: Path) -> None:
    # PYTHONUNBUFFERED (python -u), common in CI images: each diff comes before its "would reformat".
    files = ["personas/p000.yaml", "personas/p001.yaml"]
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "fmt", "--check", "--diff", *files], cwd=workspace,
        env={**env(), "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith(("--- ", "would reformat", "2 files"))]
    assert lines == [
        "--- a/personas/p000.yaml", "would reformat personas/p000.yaml",
        "--- a/personas/p001.yaml", "would reformat personas/p001.yaml",
        "2 files would be reformatted.",
    ], proc.stdout
