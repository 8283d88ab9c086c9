"""During a merge conflict, `cxkit diff` names the file plainly and says it once (session 28).

Before: `:journeys/ewa-wdraza-ksef.yaml:1:1: error CX000 unresolved merge conflict in the index ...`
(git's notation for a staged file, which reads as a typo to someone who does not know it), and
`cxkit diff` (the working tree against the index) said it again as the conflict markers of the
working tree's copy; `cxkit diff HEAD` on a terminal printed a file it could not read on stderr
and again under "Not compared" on stdout.
"""

from __future__ import annotations

import sys

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo
from terminal_helpers import cxkit_on_one_terminal

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro rachunkowe na KSeF w Faktura24
lang: pl
persona: ewa-ksiegowa-biuro
reviewed: 2026-11-20
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
EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: Ewa Żółkiewska
lang: pl
goals:
  - Wysłać wszystkie faktury klientów przez KSeF przed 10. dniem miesiąca
"""
PLAIN = ("journeys/ewa-wdraza-ksef.yaml:1:1: error CX000 unresolved merge conflict: git has no staged copy of this "
         "file, only its versions from both sides of the merge; resolve the conflict and `git add` the file, then "
         "compare what is staged [read-error]\n")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "faktura24")
    r.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY)
    r.write("personas/ewa-ksiegowa-biuro.yaml", EWA)
    r.commit("Podróż Ewy")
    r.git("checkout", "-q", "-b", "pr/etapy")
    r.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY.replace("emotion: -2", "emotion: -1"))
    r.commit("Etapy: emocje")
    r.git("checkout", "-q", "main")
    r.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY.replace("emotion: -2", "emotion: 0"))
    r.commit("Wdrożenie bez bólu")
    assert r.git("merge", "-q", "pr/etapy", check=False).returncode != 0
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize("args", [["--cached"], []])
def test_the_conflict_is_named_plainly_and_once(repo, args):
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", PLAIN)


def _on_a_terminal(cwd, *args: str) -> str:
    """What `cxkit ARGS` writes to one terminal for both its output and its errors."""
    return cxkit_on_one_terminal(cwd, list(args), {"COLUMNS": "100", "NO_COLOR": "1"})[0]


@pytest.mark.skipif(sys.platform == "win32", reason="no pty")
def test_a_file_not_compared_is_said_once_on_a_terminal(repo):
    shown = _on_a_terminal(repo.root, "diff", "HEAD")
    assert shown.count("unresolved merge conflict markers") == 1
    assert "Not compared: 1 file could not be read on one side" in shown


def test_guard_stderr_still_has_the_line_when_it_is_not_the_terminal(repo):
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 1
    assert result.stderr.startswith("journeys/ewa-wdraza-ksef.yaml:")
    assert "unresolved merge conflict markers" in result.stderr
    assert "unresolved merge conflict markers" in result.stdout
