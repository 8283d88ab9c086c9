"""`cxkit lint --format github` ends with a summary (stderr, and GitHub's step summary when asked),
`--statistics` of a clean run says so, and `cxkit cache clear` finds the cache `cxkit lint` uses,
for a workspace in a subfolder too.

The workspace is a repository whose cxkit workspace lives in `marketing/personas/`, as in a
monorepo: a Polish persona with unfilled placeholders and a clean English one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
owner: zespół e-commerce
summary: TODO opisać po wywiadach
goals:
  - text: Przebiec półmaraton w Poznaniu poniżej 2 godzin
    sources: [wywiady-2026-09]
  - TBD
"""

DAN_EN = """\
kind: persona
id: dan-heating
name: Dan Carter
lang: en
owner: growth team
summary: Owns a six-person heating firm and does the invoicing himself on Sunday evenings.
goals:
  - text: Send every invoice on the day the job is finished
    sources: [interviews-2026-10]
"""

PASSED = "All checks passed (1 document in 1 file)."


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with its cxkit workspace in marketing/personas/; the repository's top is the current folder."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    ws = root / "marketing" / "personas"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    (ws / "personas" / "ola.yaml").write_text(OLA_PL, encoding="utf-8")
    (ws / "personas" / "dan.yaml").write_text(DAN_EN, encoding="utf-8")
    monkeypatch.chdir(root)
    for name in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    return root


def cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def run(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """cxkit in its own process, so that a second and third run are served from the cache."""
    return subprocess.run(
        [sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1", "CXKIT_SETTLE_SECONDS": "0", **env},
    )


# --- --statistics of a clean run --------------------------------------------------------------


def test_statistics_of_a_clean_run_say_all_checks_passed(repo: Path) -> None:
    ws = repo / "marketing" / "personas"
    (ws / "personas" / "ola.yaml").unlink()
    runs = [run(ws, "lint", "--statistics", "--select", "placeholder") for _ in range(3)]  # lints, unpacks, reprints
    for proc in runs:
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, PASSED + "\n", "")
    # JSON stays an empty array: that is what a program reading it expects.
    assert run(ws, "lint", "--statistics", "--format", "json", "--select", "placeholder").stdout == "[]\n"


def test_statistics_of_an_empty_folder_say_so_and_warn(repo: Path) -> None:
    (repo / "notatki").mkdir()
    (repo / "notatki" / "zakupy.yaml").write_text("- mleko\n- chleb\n", encoding="utf-8")
    result = cli("lint", "--no-cache", "--statistics", "notatki")
    assert (result.exit_code, result.stdout) == (0, "All checks passed (0 documents in 1 file).\n")
    assert "warning: no cxkit documents found in notatki" in result.stderr


