"""`--files-from` and a file called `-`: the list names a file, never the document on standard input.

`git diff --name-only` prints a file called `-` as `-`.  Handed on to lint and fmt as a path, that
`-` read standard input: `cxkit lint --files-from list.txt < other.yaml` checked other.yaml under the
name `-` (exit 1 for findings in a file nobody listed), `cxkit fmt --files-from list.txt` laid out
stdin to stdout, and beside another listed file it was a usage error (exit 2) about a `-` nobody
typed.  A listed `-` is now the file `./-`, which --only-documents (implied) skips like any file
without a .yaml or .yml name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PERSONA_DASH = """kind: persona
id: kasia-ankieta
name: Kasia Ankieta
lang: pl
goals:
  - Ceni wysoką jakość
"""

PERSONA_OTHER = """kind: persona
id: marek-serwis
name: Marek Serwis
lang: pl
goals:
  - Chce oddać rower do serwisu w sobotę przed 10:00, bo w tygodniu pracuje do 18:00
"""


def cxkit(cwd: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=120, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"})
    out = subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())
    assert "Traceback" not in out.stderr, out.stderr
    return out


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "-").write_text(PERSONA_DASH, encoding="utf-8")
    (tmp_path / "marek.yaml").write_text(PERSONA_OTHER, encoding="utf-8")
    (tmp_path / "lista.txt").write_text("-\n", encoding="utf-8")
    return tmp_path


def test_listed_dash_does_not_read_stdin(ws: Path) -> None:
    done = cxkit(ws, "lint", "--format", "json", "--files-from", "lista.txt", stdin=PERSONA_DASH.encode())
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stdout + done.stderr


def test_listed_dash_from_stdin_list_is_no_document(ws: Path) -> None:
    done = cxkit(ws, "lint", "--files-from", "-", stdin=b"-\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "Nothing to check: no file named is a cxkit document that `exclude` leaves in.\n"


def test_listed_dash_beside_another_file(ws: Path) -> None:
    done = cxkit(ws, "lint", "--format", "json", "--files-from", "-", stdin=b"marek.yaml\n-\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert {f["path"] for f in json.loads(done.stdout)} == {"marek.yaml"} and done.stderr == ""


def test_fmt_listed_dash_does_not_lay_out_stdin(ws: Path) -> None:
    unsorted = "id: kasia-ankieta\n" + PERSONA_DASH.replace("id: kasia-ankieta\n", "")
    done = cxkit(ws, "fmt", "--files-from", "lista.txt", stdin=unsorted.encode())
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""
    assert "Nothing to format" in done.stderr


def test_guard_listed_dot_slash_dash_yaml_is_checked(ws: Path) -> None:
    (ws / "-.yaml").write_text(PERSONA_DASH, encoding="utf-8")
    done = cxkit(ws, "lint", "--format", "json", "--files-from", "-", stdin=b"-.yaml\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert '"path": "-.yaml"' in done.stdout


def test_guard_positional_dash_beside_files_from_is_refused(ws: Path) -> None:
    done = cxkit(ws, "lint", "--files-from", "lista.txt", "-")
    assert done.returncode == 2
    assert "--files-from reads a list of files" in done.stderr
