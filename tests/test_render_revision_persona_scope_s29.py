"""A journey rendered from a git revision names the persona lint would find there (session 29).

`cxkit render main:journeys/ewa.yaml` looked the journey's persona up in every YAML file of the
revision, so an old copy kept in `archiwum/` (outside the config's `paths`, or left out by its
`exclude`) named the heading when it sorted first — while `cxkit render journeys/ewa.yaml` named
the persona of `personas/`. The revision's lookup now follows the config as the working tree's
does: its `paths`, its `exclude`, and no folder with a config of its own (another client's).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: {name}
lang: pl
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 klientów na KSeF.
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 20. dnia
"""

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro rachunkowe na KSeF
lang: pl
persona: ewa-ksiegowa-biuro
stages:
  - id: swiadomosc
    name: Świadomość
    doing: Czyta o terminach KSeF na grupie „Księgowe w sieci”
    emotion: -1
"""

CURRENT = "Ewa Żółkiewska"
ARCHIVED = "Ewa Nowak (wersja z 2024)"


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Łucja", "GIT_AUTHOR_EMAIL": "l@example.pl",
           "GIT_COMMITTER_NAME": "Łucja", "GIT_COMMITTER_EMAIL": "l@example.pl",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


def _repo(root: Path, config: str, archive: str = "archiwum/ewa-2024.yaml", extra: dict[str, str] | None = None) -> Path:
    files = {"cxkit.toml": config, "personas/ewa.yaml": EWA.format(name=CURRENT),
             "journeys/ewa-wdraza-ksef.yaml": JOURNEY, archive: EWA.format(name=ARCHIVED), **(extra or {})}
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "Ewa, jej ścieżka i stara wersja w archiwum")
    return root


def _persona_line(*args: str) -> str:
    result = run_cli("render", *args, "-f", "md")
    assert result.exception is None and result.exit_code == 0, result.stderr
    return result.stdout.splitlines()[2]


@pytest.mark.parametrize("config", [
    'paths = ["personas", "journeys"]\nlang = "pl"\n',
    'exclude = ["archiwum/**"]\nlang = "pl"\n',
])
def test_the_revision_names_the_persona_the_working_tree_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               config: str) -> None:
    _repo(tmp_path, config)
    monkeypatch.chdir(tmp_path)
    here = _persona_line("journeys/ewa-wdraza-ksef.yaml")
    there = _persona_line("main:journeys/ewa-wdraza-ksef.yaml")
    assert f"Persona: {CURRENT} (`ewa-ksiegowa-biuro`)" in here
    assert there == here


def test_a_client_folder_in_the_revision_is_another_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, 'lang = "pl"\n', archive="klient/personas/ewa.yaml", extra={"klient/cxkit.toml": 'lang = "pl"\n'})
    monkeypatch.chdir(tmp_path)
    assert f"Persona: {CURRENT} (" in _persona_line("main:journeys/ewa-wdraza-ksef.yaml")


def test_from_a_subfolder_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, 'paths = ["personas", "journeys"]\nlang = "pl"\n')
    monkeypatch.chdir(tmp_path / "journeys")
    assert f"Persona: {CURRENT} (" in _persona_line("main:./ewa-wdraza-ksef.yaml")


def test_a_persona_only_outside_the_paths_is_not_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, 'paths = ["personas", "journeys"]\nlang = "pl"\n')
    monkeypatch.chdir(tmp_path)
    _git(tmp_path, "rm", "-q", "personas/ewa.yaml")
    _git(tmp_path, "commit", "-q", "-m", "Ewa tylko w archiwum")
    line = _persona_line("main:journeys/ewa-wdraza-ksef.yaml")
    assert ARCHIVED not in line
    assert "Persona: `ewa-ksiegowa-biuro`" in line  # the id alone, as the working tree's render shows it


def test_without_a_config_the_folder_above_the_journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard: no config, no scope; the revision's persona beside the journey is found.
    (tmp_path / "biuro").mkdir()
    root = tmp_path / "biuro"
    for rel, text in {"personas/ewa.yaml": EWA.format(name=CURRENT), "journeys/ewa-wdraza-ksef.yaml": JOURNEY}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "Ewa")
    monkeypatch.chdir(root)
    assert f"Persona: {CURRENT} (" in _persona_line("main:journeys/ewa-wdraza-ksef.yaml")
