"""`--files-from` in UTF-16 without a byte-order mark, and `-j 0`.

A list PowerShell 7 or a .NET tool wrote as UTF-16LE without a mark was read as a NUL-separated list
of letters: "19 listed paths were skipped: c, l, i, …", then "Nothing to check" and exit 0, a CI gate
that passed having checked nothing.  `-j 0` was refused; it now
means as many processes as the machine has (the default), as `xz -T0` reads it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxkit.pathlist import split_list

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Klientka mleczarni, która kupuje kefir na śniadanie.
goals:
  - Kupić kefir bez laktozy w osiedlowym sklepie przed siódmą rano
"""


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1", "COLUMNS": "200"}


def cx(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=ws, env=env(), capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    for ident in ("ola-kefir", "łucja-maślanka"):
        (tmp_path / "personas" / f"{ident}.yaml").write_text(PERSONA.format(id=ident.replace("ł", "l").replace("ś", "s"),
                                                                          name=ident.title()), encoding="utf-8")
    return tmp_path


NAMES = "personas/ola-kefir.yaml\r\npersonas/łucja-maślanka.yaml\r\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("command", ["lint", "fmt"])
def test_a_utf16_list_without_a_mark_is_read_as_text(ws: Path, codec: str, command: str) -> None:
    (ws / "lista.txt").write_bytes(NAMES.encode(codec))
    args = ("lint", "--no-cache", "--exit-zero") if command == "lint" else ("fmt", "--check")
    proc = cx(ws, *args, "--files-from", "lista.txt")
    # The workspace is Polish: the skip note and fmt's summary are Polish (session 37), and looked for in both languages.
    assert proc.returncode == 0 and not any(w in proc.stderr for w in ("skipped", "pominięt")), proc
    assert not any(w in proc.stdout + proc.stderr for w in ("Nothing to", "Nie ma czego")), proc
    assert ("w 2 plikach" in proc.stdout) if command == "lint" else ("Bez zmian: 2 pliki" in proc.stderr), proc


def test_lists_that_are_no_utf16_are_read_as_before() -> None:
    assert split_list(b"personas/ola-kefir.yaml\0personas/a.yaml\0") == ["personas/ola-kefir.yaml", "personas/a.yaml"]
    assert split_list(b"a.yaml\0b.yaml\0") == ["a.yaml", "b.yaml"]
    assert split_list("personas/ola.yaml\n".encode("utf-16")) == ["personas/ola.yaml"]  # with its mark
    assert split_list(NAMES.encode("utf-16-le")) == ["personas/ola-kefir.yaml", "personas/łucja-maślanka.yaml"]


@pytest.mark.parametrize("command", [("lint", "--no-cache", "-f", "json"), ("fmt", "--check", "--no-cache")])
def test_jobs_0_is_every_core(ws: Path, command: tuple[str, ...]) -> None:
    auto = cx(ws, *command, "-j", "0", "personas")
    one = cx(ws, *command, "--jobs", "1", "personas")
    assert auto.returncode == one.returncode and auto.returncode in (0, 1), auto.stderr
    assert (auto.stdout, auto.stderr) == (one.stdout, one.stderr)


def test_a_negative_jobs_is_still_refused(ws: Path) -> None:
    proc = cx(ws, "lint", "-j", "-1", "personas")
    assert proc.returncode == 2
    # The workspace is Polish: so is the usage error (session 40); the refusal and its exit code as before.
    assert proc.stderr.startswith("cxkit: zła wartość '--jobs' / '-j': ma być co najmniej 0, a nie -1; zobacz `")
