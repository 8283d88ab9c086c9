"""`cxkit render .` on a terminal says a file it could not read once (session 28).

Before: during a merge, `cxkit render .` wrote the conflicted file's lint line on stderr and
listed the same file, with the same problem, under "Could not be read" in the overview on
stdout; on a terminal both land on one screen, so the user read the conflict twice.  Now, when
stdout and stderr are one terminal, the overview's list is the only copy of each file's first
problem (further problems of the file are still written on stderr).  Redirected, both keep
their lines, as `cxkit diff` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo
from terminal_helpers import cxkit_on_one_terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no pty")

PERSONA = """\
kind: persona
id: ewa-ksiegowa
name: Ewa Kowalska
lang: pl
summary: Księgowa w biurze rachunkowym w Poznaniu, prowadzi czterdziestu klientów.
goals:
  - Przenieść wszystkich klientów na KSeF przed terminem
frustrations:
  - Kreator przyjmuje jeden token naraz
"""

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro na KSeF
lang: pl
persona: ewa-ksiegowa
stages:
  - id: swiadomosc
    name: Świadomość
    doing: Czyta wątek w grupie „Księgowe w sieci” o terminach KSeF
    feeling: Niepokój
    emotion: -1
  - id: wdrozenie
    name: Wdrożenie
    doing: Wkleja tokeny KSeF jeden po drugim
    feeling: Frustracja
    emotion: -2
"""

CONFLICT = "unresolved merge conflict markers"


@pytest.fixture
def merging(tmp_path: Path) -> Repo:
    """A repository in the middle of a merge that conflicts in the persona's summary."""
    repo = Repo(tmp_path / "biuro")
    repo.write("personas/ewa.yaml", PERSONA)
    repo.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "persona i ścieżka")
    repo.git("checkout", "-q", "-b", "gdansk")
    repo.write("personas/ewa.yaml", PERSONA.replace("w Poznaniu", "w Gdańsku"))
    repo.git("commit", "-q", "-am", "Gdańsk")
    repo.git("checkout", "-q", "main")
    repo.write("personas/ewa.yaml", PERSONA.replace("w Poznaniu", "w Krakowie"))
    repo.git("commit", "-q", "-am", "Kraków")
    assert repo.git("merge", "gdansk", check=False).returncode != 0
    assert "<<<<<<<" in (repo.root / "personas/ewa.yaml").read_text(encoding="utf-8")
    return repo


def _on_a_terminal(cwd: Path, *args: str) -> tuple[str, int]:
    """Run cxkit with stdout and stderr on one pseudo-terminal: what the user sees, and the exit code."""
    return cxkit_on_one_terminal(cwd, list(args), {"COLUMNS": "100", "NO_COLOR": "1"})


def test_a_conflict_is_said_once_on_a_terminal(merging: Repo) -> None:
    shown, code = _on_a_terminal(merging.root, "render", ".")
    assert shown.count(CONFLICT) == 1, shown
    assert "personas/ewa.yaml:5:1" in shown
    assert "Ewa przenosi biuro na KSeF" in shown  # the journey that loads is still in the overview
    assert code == 1


def test_two_broken_files_each_said_once(merging: Repo) -> None:
    merging.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY.replace("    emotion: -2\n", "    emotion: -7\n"))
    shown, code = _on_a_terminal(merging.root, "render", ".")
    assert shown.count(CONFLICT) == 1, shown
    assert shown.count("journeys/ewa-wdraza-ksef.yaml:16:14") == 1, shown
    assert code == 1


def test_a_second_problem_of_a_file_still_reaches_stderr(merging: Repo) -> None:
    # The overview lists a file with its first problem; the others are said on stderr, once.
    merging.write("journeys/ewa-wdraza-ksef.yaml",
                  JOURNEY.replace("    emotion: -1\n", "    emotion: -9\n").replace("    emotion: -2\n", "    emotion: -7\n"))
    shown, code = _on_a_terminal(merging.root, "render", ".")
    assert shown.count("journeys/ewa-wdraza-ksef.yaml:11:14") == 1, shown
    assert shown.count("journeys/ewa-wdraza-ksef.yaml:16:14") == 1, shown
    assert code == 1


def test_redirected_both_keep_their_lines(merging: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(merging.root)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("render", ".")
    assert result.exception is None
    assert result.exit_code == 1
    assert result.stderr.count(CONFLICT) == 1  # for a script or a log
    assert result.stdout.count(CONFLICT) == 1  # in the overview's "Could not be read"


def test_one_file_on_a_terminal_keeps_its_error(merging: Repo) -> None:
    # No overview for one file: the error is the only place the conflict is said.
    shown, code = _on_a_terminal(merging.root, "render", "personas/ewa.yaml")
    assert shown.count(CONFLICT) == 1, shown
    assert code == 2
