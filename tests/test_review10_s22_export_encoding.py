"""`cxkit diff -f markdown|json` and `cxkit review` write UTF-8 to stdout whatever the console's
encoding (review10, as `cxkit render` does since tester 7 F2).

A Windows teammate's `cxkit review origin/main > review.md` (stdout redirected: the ANSI code page,
cp1252) wrote `\\u017c` escapes for the letters cp1252 lacks and single cp1252 bytes for the rest
(ó is 0xF3): a file no UTF-8 reader takes, a JSON no parser loads, with exit 0/1 as if all was well.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from git_helpers import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PERSONA = """\
kind: persona
id: marta-biuro-rachunkowe
name: Marta Kowalczyk
lang: pl
summary: Właścicielka biura rachunkowego w Łodzi, obsługuje 46 firm.
goals:
  - Wystawić 300 faktur w KSeF do 10. dnia miesiąca
"""

JOURNEY = """\
kind: journey
id: marta-przechodzi-na-ksef
name: Marta przechodzi na KSeF
lang: pl
persona: marta-biuro-rachunkowe
stages:
  - id: rejestracja
    name: Rejestracja
    doing: Zakłada konto z NIP-em biura
    emotion: 0
  - id: polaczenie
    name: Połączenie z KSeF
    doing: Wkleja token i czeka na UPO
    emotion: -1
"""

NARROW = [
    pytest.param({"PYTHONIOENCODING": "cp1252"}, id="windows-cp1252"),
    pytest.param({"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""},
                 id="LANG=C-ascii"),
]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["personas", "journeys"]\nlang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "journeys" / "ksef.yaml").write_text(JOURNEY, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "mapa")
    changed = JOURNEY.replace("Wkleja token i czeka na UPO", "Wkleja token, czeka na UPO i dzwoni do księgowej")
    (tmp_path / "journeys" / "ksef.yaml").write_text(changed, encoding="utf-8")
    return tmp_path


def cxkit(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", **env}
    environ.pop("CXKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, env=environ,
                          timeout=120, check=False)


@pytest.mark.parametrize("env", NARROW)
@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_diff_export_to_stdout_is_utf8(repo: Path, env: dict[str, str], fmt: str) -> None:
    done = cxkit(repo, "diff", "HEAD", "-f", fmt, **env)
    assert done.returncode == 1, done.stderr
    text = done.stdout.decode("utf-8")  # strict: a cp1252 byte fails here
    assert "\\u0" not in text
    assert "dzwoni do księgowej" in text
    if fmt == "json":
        assert any("księgowej" in json.dumps(item, ensure_ascii=False) for item in json.loads(text))
    else:
        assert "`marta-przechodzi-na-ksef` · `journeys/ksef.yaml`" in text
    # The very bytes a UTF-8 console gets.
    assert done.stdout == cxkit(repo, "diff", "HEAD", "-f", fmt, PYTHONIOENCODING="utf-8").stdout


@pytest.mark.parametrize("env", NARROW)
@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_review_to_stdout_is_utf8(repo: Path, env: dict[str, str], fmt: str) -> None:
    done = cxkit(repo, "review", "HEAD", "-f", fmt, **env)
    assert done.returncode in (0, 1), done.stderr
    text = done.stdout.decode("utf-8")
    assert "\\u0" not in text
    assert "dzwoni do księgowej" in text
    if fmt == "json":
        json.loads(text)
    assert done.stdout == cxkit(repo, "review", "HEAD", "-f", fmt, PYTHONIOENCODING="utf-8").stdout


def test_git_driver_markdown_is_utf8(repo: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "cp1252",
           "GIT_EXTERNAL_DIFF": f"{sys.executable} -m cxkit diff --git-driver -f md"}
    env.pop("CXKIT_DEBUG", None)
    done = subprocess.run(["git", "diff", "HEAD"], cwd=repo, capture_output=True, env=env, timeout=120, check=False)
    text = done.stdout.decode("utf-8")
    assert "→ `b/journeys/ksef.yaml`" in text and "dzwoni do księgowej" in text


def test_diff_text_keeps_the_console_encoding(repo: Path) -> None:
    """Guard: the text view is for reading in the console, in its encoding (as render's terminal view)."""
    done = cxkit(repo, "diff", "HEAD", PYTHONIOENCODING="utf-8")
    assert "dzwoni do księgowej" in done.stdout.decode("utf-8")


# --- line breaks (review10 R10-6) ---------------------------------------------------------------
# On Windows standard output is a text stream that writes each "\n" as "\r\n". Exports went through
# the byte buffer only on a console that was not UTF-8, so `cxkit render -f md > map.md` gave LF in
# a cp1252 console and CR LF with PYTHONUTF8=1 (the encoding cxkit's own note recommends): other
# bytes than `-o map.md`, and than a teammate's. The stream is emulated here as Windows opens it.

_WINDOWS_STDOUT = (
    "import io, sys\n"
    "enc = sys.argv.pop(1)\n"
    "sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding=enc, errors='strict', newline='\\r\\n')\n"
    "sys.argv[0] = 'cxkit'\n"
    "from cxkit.cli import main\n"
    "main()\n"
)


def windows(cwd: Path, encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    environ = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"}
    environ.pop("CXKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-c", _WINDOWS_STDOUT, encoding, *args], cwd=cwd, capture_output=True,
                          env=environ, timeout=120, check=False)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_render_export_has_the_line_breaks_of_the_file_on_any_windows_console(repo: Path, encoding: str) -> None:
    done = windows(repo, encoding, "render", "journeys/ksef.yaml", "-f", "md")
    assert done.returncode == 0, done.stderr
    assert b"\r\n" not in done.stdout and "Połączenie z KSeF".encode() in done.stdout
    assert windows(repo, encoding, "render", "journeys/ksef.yaml", "-o", "map.md").returncode == 0
    assert done.stdout == (repo / "map.md").read_bytes()


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
@pytest.mark.parametrize("args", [("diff", "HEAD", "-f", "md"), ("diff", "HEAD", "-f", "json"), ("review", "HEAD")])
def test_diff_and_review_have_one_kind_of_line_break_on_any_windows_console(repo: Path, encoding: str,
                                                                           args: tuple[str, ...]) -> None:
    done = windows(repo, encoding, *args)
    assert done.returncode in (0, 1), done.stderr
    assert b"\r\n" not in done.stdout and "księgowej".encode() in done.stdout
    assert done.stdout == cxkit(repo, *args, PYTHONIOENCODING="utf-8").stdout


def test_the_terminal_view_keeps_the_console_s_line_breaks(repo: Path) -> None:
    """Guard: the view is the console's text, CR LF on Windows, as any program's output there."""
    done = windows(repo, "utf-8", "render", "journeys/ksef.yaml")
    assert done.returncode == 0, done.stderr
    assert b"\r\n" in done.stdout and b"\n" not in done.stdout.replace(b"\r\n", b"")
