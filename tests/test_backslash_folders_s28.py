"""Folders written on Windows in `paths`, `persona-dir`, `journey-dir` and `cxkit new --dir`.

`paths = ["piwo-jasne\\\\personas"]` was refused as naming no folder, and `persona-dir` so written made
`cxkit new` create one folder literally named `piwo-jasne\\personas` (after which `paths` "existed").
A backslash now separates folders there, as it already did in `exclude`; a drive path is an error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Piwosz z Żywca, który wybiera piwo do grilla.
goals:
  - Kupić skrzynkę jasnego na sobotniego grilla bez jeżdżenia do hurtowni
"""


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1", "COLUMNS": "200"}


def cx(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=ws, env=env(), capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    for folder, ident in (("piwo-jasne/personas", "jan-jasny"), ("bezalkoholowe-zero/personas", "ewa-zero")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name=ident.title()), encoding="utf-8")
    return tmp_path


def test_paths_and_persona_dir_with_backslashes_name_the_folders_meant(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\npaths = ["piwo-jasne\\\\personas", "bezalkoholowe-zero\\\\"]\n'
                                   'persona-dir = "piwo-jasne\\\\personas"\n', encoding="utf-8")
    proc = cx(ws, "lint", "--no-cache", "--exit-zero", "-f", "json")
    assert proc.returncode == 0 and "none of them exists" not in proc.stderr, proc.stderr
    assert "piwo-jasne/personas/jan-jasny.yaml" in proc.stdout and "bezalkoholowe-zero/personas/ewa-zero.yaml" in proc.stdout
    made = cx(ws, "new", "persona", "Jan Kowal", "--no-input")
    assert made.returncode == 0, made.stderr
    assert (ws / "piwo-jasne" / "personas" / "jan-kowal.yaml").is_file()
    assert not [p for p in os.listdir(ws) if "\\" in p]


def test_journey_dir_with_a_backslash(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('journey-dir = "piwo-jasne\\\\sciezki"\n', encoding="utf-8")
    made = cx(ws, "new", "journey", "Zakup na grilla", "--no-input", "--lang", "pl")
    assert made.returncode == 0, made.stderr
    assert (ws / "piwo-jasne" / "sciezki" / "zakup-na-grilla.yaml").is_file()
    assert not [p for p in os.listdir(ws) if "\\" in p]


def test_new_dir_with_a_backslash(ws: Path) -> None:
    made = cx(ws, "new", "persona", "Ala Nowak", "--no-input", "--dir", "nowe\\personas")
    assert made.returncode == 0, made.stderr
    assert (ws / "nowe" / "personas" / "ala-nowak.yaml").is_file()
    assert not [p for p in os.listdir(ws) if "\\" in p]


def test_new_dir_of_a_folder_really_named_with_a_backslash_is_kept(ws: Path) -> None:
    (ws / "stare\\rzeczy").mkdir()
    made = cx(ws, "new", "persona", "Ala Nowak", "--no-input", "--dir", "stare\\rzeczy")
    assert made.returncode == 0, made.stderr
    assert (ws / "stare\\rzeczy" / "ala-nowak.yaml").is_file()


@pytest.mark.parametrize("key, value", [("persona-dir", "C:\\\\ws\\\\personas"), ("paths", ["D:/ws/piwo-jasne"]),
                                        ("journey-dir", "C:/journeys")])
def test_a_drive_path_is_a_located_error(ws: Path, key: str, value: object) -> None:
    written = f'"{value}"' if isinstance(value, str) else f'["{value[0]}"]'  # type: ignore[index]
    (ws / "cxkit.toml").write_text(f'lang = "pl"\n{key} = {written}\n', encoding="utf-8")
    for args in (("lint", "--no-cache"), ("new", "persona", "Jan Kowal", "--no-input")):
        proc = cx(ws, *args)
        # In Polish: the workspace says `lang = "pl"` (English before session 40).
        assert proc.returncode == 2 and proc.stderr.startswith(f"cxkit: cxkit.toml:2:1: zła wartość `{key}`: "), proc.stderr
        assert "ścieżka Windows niczego tu nie wskazuje" in proc.stderr and proc.stderr.count("\n") == 1
    assert sorted(os.listdir(ws)) == ["bezalkoholowe-zero", "cxkit.toml", "piwo-jasne"]


def test_new_dir_as_a_drive_path_is_refused(ws: Path) -> None:
    proc = cx(ws, "new", "persona", "Ala Nowak", "--no-input", "--dir", "C:\\ws\\personas")
    assert proc.returncode == 2 and proc.stderr.startswith("cxkit: --dir 'C:\\\\ws\\\\personas': a Windows path"), proc.stderr
    assert '("personas")' in proc.stderr
    assert sorted(os.listdir(ws)) == ["bezalkoholowe-zero", "piwo-jasne"]
