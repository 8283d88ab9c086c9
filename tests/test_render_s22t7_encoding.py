"""Exports written to a standard output that is not UTF-8 (tester 7, F2).

A Windows teammate's `cxkit render journeys/x.yaml -f md > map.md` writes through the ANSI code page
(cp1252); a Polish map came out with `\\u0142` escapes and single cp1252 bytes, exit 0. An export is
UTF-8 whatever the console's encoding; the terminal view keeps the console's encoding, shows '?' for
what it lacks (never an escape, which also broke the frames) and says so on stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

CONFIG = 'paths = ["personas", "journeys"]\nlang = "pl"\n'

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
id: tomasz-rezygnuje
name: Tomasz rezygnuje z subskrypcji
lang: pl
persona: marta-biuro-rachunkowe
stages:
  - id: frustracja
    name: Frustracja
    doing: Próbuje wystawić fakturę w piwnicy, gdzie nie ma zasięgu
    thinking: „Znowu błąd połączenia z KSeF” · 3–5 dni czekania
    emotion: -2
  - id: powrot
    name: Powrót po pół roku
    doing: Wraca, bo jest tryb offline · „Wróć za 19 zł”
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "journeys" / "tomasz.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def cxkit(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "80", **env}
    environ.pop("CXKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "cxkit", "render", *args], cwd=cwd, capture_output=True,
                          env=environ, timeout=120, check=False)


NARROW = [
    pytest.param({"PYTHONIOENCODING": "cp1252"}, id="windows-cp1252"),
    pytest.param({"PYTHONIOENCODING": "latin-1"}, id="latin-1"),
    # A C locale with Python's UTF-8 mode and locale coercion off: ASCII.
    pytest.param({"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""},
                 id="LANG=C-ascii"),
]


@pytest.mark.parametrize("env", NARROW)
@pytest.mark.parametrize("fmt,ext", [("md", "md"), ("html", "html"), ("json", "json"), ("mmd", "mmd")])
def test_export_to_stdout_is_utf8_whatever_the_console_encoding(ws: Path, env: dict[str, str], fmt: str, ext: str) -> None:
    done = cxkit(ws, "journeys/tomasz.yaml", "-f", fmt, **env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    text = done.stdout.decode("utf-8")  # strict: a cp1252 byte (ó is 0xF3) fails here
    assert "\\u0" not in text
    assert "Próbuje wystawić fakturę" in text
    # The very bytes `-o FILE` writes.
    written = cxkit(ws, "journeys/tomasz.yaml", "-o", f"map.{ext}", **env)
    assert written.returncode == 0, written.stderr
    assert done.stdout == (ws / f"map.{ext}").read_bytes()


def test_json_export_through_cp1252_loads_with_the_polish_text(ws: Path) -> None:
    done = cxkit(ws, "journeys/tomasz.yaml", "-f", "json", PYTHONIOENCODING="cp1252")
    data = json.loads(done.stdout.decode("utf-8"))
    assert data["stages"][0]["doing"] == "Próbuje wystawić fakturę w piwnicy, gdzie nie ma zasięgu"
    assert data["stages"][1]["doing"] == "Wraca, bo jest tryb offline · „Wróć za 19 zł”"


def test_markdown_export_through_cp1252_keeps_every_letter(ws: Path) -> None:
    done = cxkit(ws, "journeys/tomasz.yaml", "-f", "md", PYTHONIOENCODING="cp1252")
    text = done.stdout.decode("utf-8")
    assert "| **Działania** | Próbuje wystawić fakturę w piwnicy, gdzie nie ma zasięgu |" in text
    assert "„Wróć za 19 zł”" in text


def test_html_export_through_cp1252_is_what_its_charset_says(ws: Path) -> None:
    done = cxkit(ws, "journeys/tomasz.yaml", "-f", "html", PYTHONIOENCODING="cp1252")
    text = done.stdout.decode("utf-8")
    assert '<meta charset="utf-8">' in text
    assert "Powrót po pół roku" in text


def _framed(text: str) -> list[str]:
    return [line for line in text.splitlines() if line[:1] in "+|"]


def test_terminal_view_on_cp1252_shows_question_marks_and_says_so(ws: Path) -> None:
    done = cxkit(ws, "journeys/tomasz.yaml", PYTHONIOENCODING="cp1252")
    assert done.returncode == 0
    text = done.stdout.decode("cp1252")
    assert "\\u" not in text  # never the stream's escapes (Dzia\\u0142ania)
    assert "Dzia?ania" in text and "Próbuje wystawi? faktur?" in text
    # Six characters for one no longer push the frame out: every framed line is 80 columns.
    widths = {cell_len(line) for line in _framed(text)}
    assert widths == {80}, widths
    err = done.stderr.decode("cp1252")
    assert err.startswith("cxkit: standard output's encoding (cp1252) has no ")
    assert "U+0142" in err and "PYTHONIOENCODING=utf-8" in err and "-o map.txt" in err
    assert err.count("\n") == 1


def test_terminal_view_on_latin1_names_the_letters_it_lacks_only(ws: Path) -> None:
    done = cxkit(ws, "journeys/tomasz.yaml", PYTHONIOENCODING="latin-1")
    err = done.stderr.decode("latin-1")
    assert "U+0142" in err  # ł
    assert "U+00F3" not in err and "ó" not in err  # latin-1 has ó: shown, not lost
    assert "Próbuje" in done.stdout.decode("latin-1")


def test_terminal_view_on_utf8_is_as_before(ws: Path) -> None:
    """Guard: a UTF-8 stdout gets every letter and the drawn frames, and no note."""
    done = cxkit(ws, "journeys/tomasz.yaml", PYTHONIOENCODING="utf-8")
    assert done.stderr == b""
    text = done.stdout.decode("utf-8")
    assert "Działania" in text and "╭" in text and "?" not in text.replace("Dlaczego?", "")
