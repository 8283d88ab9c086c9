"""`--files-from` and a list written on Windows: a byte-order mark first.

Notepad (and Windows PowerShell 5's `Out-File -Encoding utf8`) start a UTF-8 file with a BOM: the
first listed name was read with the mark in front, named no file and was skipped without a word
(a changed persona with findings, exit 0). Windows PowerShell 5's `git diff --name-only > list.txt`
writes UTF-16 with a BOM: its NULs made it a NUL-separated list of single letters, and the `.` and
`/` among them were folders to scan (the current folder; the whole disk).  The list is now read as
the text it is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MARTA = """kind: persona
id: marta-kawiarnia
name: Marta Kawiarnia
lang: pl
goals:
  - Ceni wysoką jakość
"""

OLEK = """kind: persona
id: olek-rowery
name: Olek Rowery
lang: pl
goals:
  - Lubi nowoczesne rozwiązania
"""


def lint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", *args], cwd=cwd, capture_output=True,
                          timeout=120, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"})
    out = subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())
    assert "Traceback" not in out.stderr, out.stderr
    return out


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "marta.yaml").write_text(MARTA, encoding="utf-8")
    (tmp_path / "olek.yaml").write_text(OLEK, encoding="utf-8")
    return tmp_path


def paths_reported(done: subprocess.CompletedProcess[str]) -> set[str]:
    return {f["path"] for f in json.loads(done.stdout)}


def test_utf8_bom_list_keeps_its_first_name(ws: Path) -> None:
    (ws / "lista.txt").write_bytes(b"\xef\xbb\xbfmarta.yaml\r\n")
    done = lint(ws, "--format", "json", "--files-from", "lista.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert paths_reported(done) == {"marta.yaml"}


def test_utf16_list_from_powershell_is_read_as_text(ws: Path) -> None:
    (ws / "lista.txt").write_bytes("marta.yaml\r\n".encode("utf-16"))  # with its BOM, as PowerShell 5 writes
    done = lint(ws, "--format", "json", "--files-from", "lista.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert paths_reported(done) == {"marta.yaml"}  # not olek.yaml, which a scan of `.` took in


def test_utf16_big_endian_list_on_stdin(ws: Path) -> None:
    data = "\ufeffmarta.yaml\n".encode("utf-16-be")
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "--format", "json", "--files-from", "-"],
                          cwd=ws, input=data, capture_output=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert {f["path"] for f in json.loads(proc.stdout)} == {"marta.yaml"}


def test_guard_nul_list_without_bom(ws: Path) -> None:
    (ws / "lista.txt").write_bytes(b"marta.yaml\0olek.yaml\0")
    done = lint(ws, "--format", "json", "--files-from", "lista.txt")
    assert done.returncode == 1
    assert paths_reported(done) == {"marta.yaml", "olek.yaml"}
