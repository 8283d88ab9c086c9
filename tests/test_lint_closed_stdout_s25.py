"""`cxkit lint >&-`: a report that cannot be written is exit 2 with one line (tester16 F11).

With standard output closed, cxkit puts the null device where it was (so no file it opens takes
the number), and the report went there: lost, with exit 0 on a clean run and 1 on findings, and
nothing on stderr.  A full disk (`> /dev/full`) was already exit 2.  A reader that stops early
(`cxkit lint | head -1`) is another matter: the command runs to its end and exits by its findings,
quietly (tests/test_output_streams.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

VAGUE = """kind: persona
id: ola-biegaczka
name: Ola Biegaczka
lang: pl
goals:
  - Dba o zdrowie
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    for path in (EXAMPLES / "pl" / "personas").glob("*.yaml"):
        (tmp_path / "personas" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    return tmp_path


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CI", "GITLAB_CI")}
    out.update(NO_COLOR="1", COLUMNS="100")
    return out


def run_closed(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache", *args], cwd=cwd, env=env(),
        stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1), timeout=120,
    )


SAID = ("cxkit: cannot write the report: standard output was closed when cxkit started; "
        "give --output-file FILE, or send it to /dev/null\n")


@pytest.mark.parametrize("fmt", ["text", "json", "gitlab", "sarif", "github", "junit"])
def test_a_clean_run_with_stdout_closed_is_exit_2_with_one_line(ws: Path, fmt: str) -> None:
    proc = run_closed(ws, "--format", fmt)
    assert (proc.returncode, proc.stderr) == (2, SAID)


def test_findings_with_stdout_closed_are_exit_2_too(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").write_text(VAGUE, encoding="utf-8")
    proc = run_closed(ws, "--format", "gitlab")
    assert (proc.returncode, proc.stderr) == (2, SAID)


def test_with_an_output_file_a_closed_stdout_does_not_matter(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").write_text(VAGUE, encoding="utf-8")
    proc = run_closed(ws, "--format", "gitlab", "-o", "gl-code-quality.json")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    report = json.loads((ws / "gl-code-quality.json").read_text(encoding="utf-8"))
    assert {e["location"]["path"] for e in report} >= {"personas/ola.yaml"}


def test_a_reader_that_stops_early_is_still_quiet_and_exits_by_the_findings(ws: Path) -> None:
    # `cxkit lint | head -1` under `set -o pipefail`: no traceback, no line, the findings' exit code.
    for n in range(60):
        (ws / "personas" / f"ola-{n:02}.yaml").write_text(VAGUE.replace("ola-biegaczka", f"ola-{n:02}"), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache"], cwd=ws, env=env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 1
    assert first.startswith(b"personas/") and err == "", err
