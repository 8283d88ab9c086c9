"""`cxkit --version > /dev/full` and the other printing commands: a full disk or a closed standard
output is exit 2 with one line, as it is for `cxkit lint`, never a traceback or a silent exit 0.

`--help` and `--version` print before any command runs, so a command's own handling never saw their
error: a Python traceback and exit 1 (the code that says "findings").  `cxkit schema >&-` wrote the
schema into the null device that stands in for the closed descriptor and exited 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRINTING = [
    ["--version"], ["--help"], ["-h"], ["lint", "--help"], ["new", "--help"], ["init", "-h"],
    ["rule", "CX101"], ["rule", "pseudo-profiling"], ["rules"], ["schema"], ["schema", "persona"],
]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1", "COLUMNS": "100"}


def run(args: list[str], cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env(), stderr=subprocess.PIPE,
                          text=True, timeout=120, **kwargs)  # type: ignore[call-overload]


@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_a_full_disk_is_exit_2_with_one_line(args: list[str], tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        proc = run(args, tmp_path, stdout=full)
    assert (proc.returncode, proc.stderr) == (2, "cxkit: No space left on device\n")


@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_a_standard_output_closed_at_start_is_exit_2_with_one_line(args: list[str], tmp_path: Path) -> None:
    proc = run(args, tmp_path, preexec_fn=lambda: os.close(1))
    assert (proc.returncode, proc.stderr) == (
        2, "cxkit: cannot write to standard output: it was closed when cxkit started\n")


@pytest.mark.parametrize("args", [["--version"], ["rule", "CX101"], ["schema"]], ids=" ".join)
def test_a_reader_that_stops_early_is_no_error(args: list[str], tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "cxkit", *args], cwd=tmp_path, env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()  # `| head -c1`
    err = proc.stderr.read()
    assert (proc.wait(timeout=120), err) == (0, b"")


def test_a_printed_version_still_reads_and_exits_0(tmp_path: Path) -> None:
    proc = run(["--version"], tmp_path, stdout=subprocess.PIPE)
    assert proc.returncode == 0 and proc.stdout.startswith("cxkit ") and proc.stderr == ""


def test_a_closed_stdout_after_a_failed_run_says_only_why_it_failed(tmp_path: Path) -> None:
    # `cxkit rule CX999 >&-`: the unknown rule is the error; no second line about the output.
    proc = run(["rule", "CX999"], tmp_path, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "closed" not in proc.stderr, proc.stderr


def test_a_command_whose_product_is_a_file_still_writes_it_with_stdout_closed(tmp_path: Path) -> None:
    # `cxkit new persona X >&-`: the persona is what was asked for; the line naming it may be dropped.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    proc = run(["new", "persona", "Zofia Nowak", "--no-input"], tmp_path, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 0 and proc.stderr.startswith("cxkit: uwaga: 16 miejsc TODO")  # no write error
    assert (tmp_path / "personas" / "zofia-nowak.yaml").is_file()
    # `cxkit render` prints what was asked for: refused as the others are.
    shown = run(["render", "personas/zofia-nowak.yaml"], tmp_path, preexec_fn=lambda: os.close(1))
    assert (shown.returncode, shown.stderr) == (2, "cxkit: cannot write to standard output: it was closed when cxkit started\n")
