"""`cxkit fmt --fix` on a file it cannot read (Windows-1250, broken YAML) says that nothing in it was fixed
and why, not "0 fixes made; no schema finding left"; a file not in UTF-8 whose encoding lint tells gets the
command to convert it (iconv) and the editor's way; the file is left as it was (tester40's L12)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import TOMASZ_JOURNEY_HEAD, en_ws, pl_ws  # noqa: F401  (the fixtures)

#: tester40's workshop journey (branch `win`), saved by Excel/Notepad in Windows-1250: Polish letters and an em dash.
JOURNEY_PL = ("# Reklamacja transakcji kartowej — warsztat z Zespołem Reklamacji 2026-09-19\n" + TOMASZ_JOURNEY_HEAD
              + """\
  - id: zgloszenie
    name: Zgłoszenie reklamacji w oddziale
    touchpoints: [Oddział przy Krakowskim Przedmieściu]
    emotion: -1
""")

JOURNEY_EN = """\
kind: journey
id: tom-disputes-payment
name: Tom disputes a card payment — £34.90 taken twice
persona: tom-retired-teacher
lang: en
stages:
  - id: report
    name: Report at the branch
    touchpoints: [Briggate branch]
    emotion: -1
"""


def test_a_windows_1250_file_is_not_fixed_and_is_told_how_to_convert_pl_s38(pl_ws: Path) -> None:
    raw = JOURNEY_PL.encode("cp1250")
    (pl_ws / "j.yaml").write_bytes(raw)
    result = run_cli("fmt", "--fix", "j.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        "cxkit: uwaga: j.yaml: fmt nie zmienia kodowania pliku; przekonwertuj go na UTF-8 poleceniem "
        "`iconv -f WINDOWS-1250 -t UTF-8 j.yaml > j.yaml.utf8 && mv j.yaml.utf8 j.yaml` albo w edytorze (Zapisz jako… "
        "z kodowaniem UTF-8), potem uruchom fmt jeszcze raz",
        "Nie do sformatowania: 1 plik. Wprowadzono 0 poprawek; 1 pliku nie dało się odczytać, więc go nie poprawiono "
        "(błąd powyżej mówi dlaczego).",
    ]
    assert "nie zostało żadnego zgłoszenia" not in result.stderr
    assert (pl_ws / "j.yaml").read_bytes() == raw


def test_a_windows_1252_file_is_told_how_to_convert_en_s38(en_ws: Path) -> None:
    raw = JOURNEY_EN.encode("cp1252")
    (en_ws / "j.yaml").write_bytes(raw)
    result = run_cli("fmt", "--fix", "j.yaml")
    assert result.exit_code == 1
    note, summary = result.stderr.splitlines()[-2:]
    assert note.startswith("cxkit: note: j.yaml: fmt does not change a file's encoding; convert it to UTF-8 with `iconv -f ")
    assert note.endswith(" -t UTF-8 j.yaml > j.yaml.utf8 && mv j.yaml.utf8 j.yaml`, or in an editor (save as… with the "
                         "UTF-8 encoding), then run fmt again")
    assert summary == ("1 file could not be formatted. 0 fixes made; 1 file could not be read, so nothing in it was fixed "
                       "(the error above says why).")
    assert (en_ws / "j.yaml").read_bytes() == raw


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv here")
def test_the_command_given_converts_the_file_s38(pl_ws: Path) -> None:
    (pl_ws / "j.yaml").write_bytes(JOURNEY_PL.encode("cp1250"))
    note = run_cli("fmt", "--fix", "j.yaml").stderr.splitlines()[-2]
    command = note.split("`")[1]
    subprocess.run(command, shell=True, check=True, cwd=pl_ws)
    assert (pl_ws / "j.yaml").read_text(encoding="utf-8") == JOURNEY_PL
    assert run_cli("lint", "--no-cache", "--select", "yaml-syntax,schema", "j.yaml").exit_code == 0


def test_broken_yaml_beside_a_fixed_file_counts_both_s38(en_ws: Path) -> None:
    (en_ws / "bad.yaml").write_text("kind: persona\nid: ola\nname: [Ola\ngoals:\n  - Run 10 km a week\n", encoding="utf-8")
    (en_ws / "ok.yaml").write_text("kind: Persona\nid: tom\nname: Tom Barker\nlang: en\ngoals:\n  - Get back the £34.90\n",
                                   encoding="utf-8")
    result = run_cli("fmt", "--fix", "bad.yaml", "ok.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "1 file reformatted, 1 file could not be formatted. 1 fix made; 1 file could not be read, so nothing in it was "
        "fixed (the error above says why).")
    assert "convert it to UTF-8" not in result.stderr  # UTF-8 already: no encoding advice


def test_a_readable_file_still_says_no_schema_finding_left_s38(pl_ws: Path) -> None:
    (pl_ws / "p.yaml").write_text("kind: Persona\nid: ola\nname: Ola Nowak\nlang: pl\ncele:\n  - Biega 10 km w tygodniu\n",
                                  encoding="utf-8")
    result = run_cli("fmt", "--fix", "p.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        "Przeformatowano 1 plik. Wprowadzono 2 poprawki; nie zostało żadnego zgłoszenia schematu.")
