"""The notes about a config that does not do what it was written for, and the messages of an archived client.

- A pattern in the wrong case (`Szkice` for `szkice/`) written under `extend-exclude` was called
  "the exclude pattern", and one taken over from an extended config was placed in the config
  extending it: the note names the key and the file that write it.
- A run answered whole by the lint cache said neither that note nor the one of a misnamed config
  (`cxkit.toml.txt`); `cxkit fmt --check` said neither at all.
- An archived client whose config `extend`s the top config inherits the top's `exclude` of the
  archive: the message that nothing is checked names that pattern and the file it comes from.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PERSONA_FLORIST

ROOT = Path(__file__).resolve().parent.parent

PERSONA = PERSONA_FLORIST


def run(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "200"}
    env.pop("CXKIT_CACHE_DIR", None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=ws, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def klient(tmp_path: Path) -> Path:
    """An agency's top config excluding `Archiwum` (in the wrong case), and a client extending it that adds `Szkice`."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["Archiwum"]\n', encoding="utf-8")
    client = tmp_path / "kwiaciarnia"
    for folder, ident, name in (("personas", "ewa-florystka", "Ewa Florystka"),
                                ("szkice", "ewa-szkic", "Ewa Szkic"), ("archiwum", "ewa-stara", "Ewa Stara")):
        (client / folder).mkdir(parents=True)
        (client / folder / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name=name), encoding="utf-8")
    (client / "cxkit.toml").write_text('extend = "../cxkit.toml"\nextend-exclude = ["Szkice"]\n', encoding="utf-8")
    return client


# The workspaces are Polish, and so are their notes (session 38; test_polish_notes_s38 has them in English).
SZKICE = ("cxkit: uwaga: cxkit.toml:2:19: wzorzec „Szkice” w kluczu extend-exclude nie pasuje do żadnego sprawdzonego tu "
          "pliku (wielkość liter w nazwach ma znaczenie, jak w CI na Linuksie); czy chodziło o „szkice”?")
ARCHIWUM = ("cxkit: uwaga: ../cxkit.toml:2:12: wzorzec „Archiwum” w kluczu exclude (w ../cxkit.toml, który rozszerza "
            "cxkit.toml) nie pasuje do żadnego sprawdzonego tu pliku (wielkość liter w nazwach ma znaczenie, jak w CI "
            "na Linuksie); czy chodziło o „archiwum”?")


def test_the_case_note_names_the_key_and_the_config_that_write_the_pattern(klient: Path) -> None:
    proc = run(klient, "lint", "--no-cache", "--exit-zero", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert SZKICE in proc.stderr.splitlines(), proc.stderr
    assert ARCHIWUM in proc.stderr.splitlines(), proc.stderr


def test_a_run_answered_by_the_cache_says_the_notes_again(klient: Path) -> None:
    (klient / "cxkit.toml.txt").write_text('lang = "pl"\n', encoding="utf-8")
    first = run(klient, "lint", "--exit-zero", "-f", "json")
    second = run(klient, "lint", "--exit-zero", "-f", "json")
    assert (klient / ".cxkit_cache").is_dir()
    assert first.stdout == second.stdout
    assert second.stderr == first.stderr, (first.stderr, second.stderr)
    assert SZKICE in second.stderr and "cxkit.toml.txt nie jest czytany" in second.stderr


def test_guard_a_warm_run_with_nothing_to_say_says_nothing(klient: Path) -> None:
    (klient / "cxkit.toml").write_text('extend = "../cxkit.toml"\nextend-exclude = ["szkice"]\n', encoding="utf-8")
    (klient.parent / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum"]\n', encoding="utf-8")
    for _ in range(2):
        proc = run(klient, "lint", "--exit-zero", "-f", "json")
        assert "note" not in proc.stderr and "uwaga" not in proc.stderr, proc.stderr  # a Polish note too (s38)


def test_fmt_check_says_the_same_notes(klient: Path) -> None:
    (klient / "cxkit.toml.txt").write_text('lang = "pl"\n', encoding="utf-8")
    proc = run(klient, "fmt", "--check")
    lines = proc.stderr.splitlines()
    assert SZKICE in lines and ARCHIWUM in lines, proc.stderr
    assert any(line.startswith("cxkit: uwaga: cxkit.toml.txt nie jest czytany") for line in lines), proc.stderr


def test_a_misnamed_config_beside_documents_is_named_by_fmt_check(tmp_path: Path) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ewa.yaml").write_text(PERSONA.format(id="ewa", name="Ewa Nowak"), encoding="utf-8")
    (tmp_path / "cxkit.toml.txt").write_text('lang = "pl"\n', encoding="utf-8")
    proc = run(tmp_path, "fmt", "--check")
    assert ("cxkit: note: cxkit.toml.txt is not read: cxkit's config is a file named exactly cxkit.toml (or "
            "[tool.cxkit] in pyproject.toml), so the files here were checked with the default settings; rename it "
            "(mv cxkit.toml.txt cxkit.toml)") in proc.stderr.splitlines(), proc.stderr


@pytest.fixture
def archiwum(tmp_path: Path) -> Path:
    """An archived client in the agency's `archiwum/`, its config extending the top one that excludes the archive."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum"]\n', encoding="utf-8")
    client = tmp_path / "archiwum" / "stara-kwiaciarnia"
    (client / "personas").mkdir(parents=True)
    (client / "personas" / "ewa.yaml").write_text(PERSONA.format(id="ewa", name="Ewa Nowak"), encoding="utf-8")
    (client / "cxkit.toml").write_text('extend = "../../cxkit.toml"\n', encoding="utf-8")
    return client


@pytest.mark.parametrize("command", [["lint"], ["fmt", "--check"]])
def test_an_archived_client_is_told_of_the_exclude_it_inherits(archiwum: Path, command: list[str]) -> None:
    proc = run(archiwum, *command)
    assert proc.returncode == 2, proc.stderr
    assert ("excluded by the configuration ('archiwum' in the exclude of ../../cxkit.toml, which cxkit.toml "
            "extends: an `exclude` written in cxkit.toml replaces it)") in proc.stderr, proc.stderr


def test_the_no_documents_note_names_the_inherited_pattern(archiwum: Path) -> None:
    (archiwum.parent.parent / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum/**/personas/*.yaml"]\n',
                                                      encoding="utf-8")
    proc = run(archiwum, "lint")
    assert proc.returncode == 0, proc.stderr
    assert "nie znaleziono dokumentów cxkit w ." in proc.stderr  # a Polish workspace (session 37)
    assert ("`exclude` pominął personas/ewa.yaml (przez 'archiwum/**/personas/*.yaml' w kluczu exclude w "
            "../../cxkit.toml, który rozszerza cxkit.toml)") in proc.stderr, proc.stderr  # the workspace is Polish, and so is the note (s38)


def test_guard_an_own_exclude_in_the_archived_client_checks_it(archiwum: Path) -> None:
    (archiwum / "cxkit.toml").write_text('extend = "../../cxkit.toml"\nexclude = []\n', encoding="utf-8")
    proc = run(archiwum, "lint", "--exit-zero")
    assert proc.returncode == 0 and "sprawdzono 1 dokument." in proc.stdout, (proc.stdout, proc.stderr)  # Polish
    assert "excluded" not in proc.stderr, proc.stderr
