"""A git-ignored persona beside checked documents is mentioned, once, on stderr.

Before, only a run that checked no document said that git-ignored ones were skipped: a draft
persona in `szkice/` (ignored) beside the team's checked personas went unmentioned.  Now a run
that checked documents says, in one note on stderr, how many ignored files look like cxkit
documents (by their `kind:` line, no YAML read) and how to check them.  It is no finding: the
exit code and standard output (JSON, SARIF, GitHub) stay as they were.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git missing")

EWA = """\
kind: persona
id: ewa-farmaceutka
name: Ewa Zielińska
lang: pl
goals:
  - text: Odebrać leki na receptę w aptece przy pracy w ciągu 2 godzin od zamówienia
"""

DAN = """\
kind: persona
id: dan-plumber
name: Dan Hughes
lang: en
goals:
  - text: Send every invoice from the van before driving to the next job
"""

NOTES = "tytuł: notatki z wywiadów\nuczestnicy: 6\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, capture_output=True)
    _write(tmp_path, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\n')
    _write(tmp_path, "personas/ewa-farmaceutka.yaml", EWA)
    # Notes beside the workspace's documents, not in persona-dir (there they are CX002 since session 40).
    _write(tmp_path, "badania/notatki.yaml", NOTES)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint(*args: str):
    result = run_cli("lint", *args)
    assert result.exception is None, repr(result.exception)
    return result


@needs_git
@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_ignored_personas_beside_checked_ones_are_told_once(repo: Path, cache: list[str]) -> None:
    _write(repo, ".gitignore", "szkice/\npersonas/*-szkic.yaml\n")
    _write(repo, "szkice/marek-kierowca.yaml", EWA.replace("ewa-farmaceutka", "marek-kierowca"))
    _write(repo, "personas/ola-szkic.yaml", EWA.replace("ewa-farmaceutka", "ola-szkic"))
    _write(repo, "szkice/notatki.yaml", NOTES)  # ignored, but no document: not counted
    for _ in range(2):  # the second run of the cached case answers from the cache
        result = _lint(*cache)
        assert result.exit_code == 0
        assert "Wszystko w porządku (sprawdzono 1 dokument w" in result.stdout
        assert result.stderr == (  # the workspace is Polish, and so is the note (s38)
            "cxkit: uwaga: git ignoruje tu jeszcze 2 pliki, które wyglądają jak dokumenty cxkit, więc ich nie sprawdzono "
            "(personas/ola-szkic.yaml, ...); wskaż je (cxkit lint personas/ola-szkic.yaml) albo ustaw "
            "respect-gitignore = false w cxkit.toml; by ich nie sprawdzać i nie widzieć tej uwagi, dodaj "
            '"personas/ola-szkic.yaml", "szkice" do exclude w tej samej konfiguracji\n'
        )


@needs_git
def test_one_ignored_persona_is_named(repo: Path) -> None:
    _write(repo, ".gitignore", "personas/*-szkic.yaml\n")
    _write(repo, "personas/ola-szkic.yaml", EWA.replace("ewa-farmaceutka", "ola-szkic"))
    result = _lint("--no-cache")
    assert result.stderr == (  # the workspace is Polish, and so is the note (s38)
        "cxkit: uwaga: git ignoruje tu jeszcze 1 plik, który wygląda jak dokument cxkit, więc go nie sprawdzono "
        "(personas/ola-szkic.yaml); wskaż go (cxkit lint personas/ola-szkic.yaml) albo ustaw respect-gitignore = false "
        'w cxkit.toml; by go nie sprawdzać i nie widzieć tej uwagi, dodaj "personas/ola-szkic.yaml" do exclude w tej samej konfiguracji\n'
    )
    # The ways out it names work, and then it is quiet.
    named = _lint("--no-cache", "personas/ola-szkic.yaml")
    assert "sprawdzono 1 dokument w 1 pliku" in named.stdout and named.stderr == ""
    _write(repo, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\nrespect-gitignore = false\n')
    scanned = _lint("--no-cache")
    assert "(sprawdzono 2 dokumenty w" in scanned.stdout and scanned.stderr == ""


@needs_git
@pytest.mark.parametrize("fmt", ["json", "sarif", "github"])
def test_machine_formats_keep_stdout_clean_and_the_exit_code(repo: Path, fmt: str) -> None:
    _write(repo, ".gitignore", "szkice/\n")
    _write(repo, "szkice/marek-kierowca.yaml", EWA.replace("ewa-farmaceutka", "marek-kierowca"))
    _write(repo, "personas/dan-plumber.yaml", DAN.replace("  - text: Send", "  - txt: Send"))  # a schema error
    result = _lint("--no-cache", "--format", fmt)
    assert result.exit_code == 1
    if fmt != "github":
        json.loads(result.stdout)  # nothing but the report on stdout
    assert "git ignores" not in result.stdout and "git ignoruje" not in result.stdout
    assert result.stderr.count("git ignoruje tu jeszcze 1 plik") == 1  # the workspace is Polish, and so is the note (s38)


@needs_git
def test_quiet_when_git_ignores_only_tools_and_notes(repo: Path) -> None:
    _write(repo, ".gitignore", "node_modules/\nszkice/\n")
    _write(repo, "node_modules/ui/persona.yaml", "kind: persona\nid: x\nname: X\n")  # a tool's folder: not looked into
    _write(repo, "szkice/notatki.yaml", NOTES)
    result = _lint("--no-cache")
    assert result.exit_code == 0 and result.stderr == ""


@needs_git
def test_the_look_is_capped(repo: Path) -> None:
    _write(repo, ".gitignore", "archiwum/\n")
    for i in range(60):
        _write(repo, f"archiwum/persona-{i:02}.yaml", EWA.replace("ewa-farmaceutka", f"persona-{i:02}"))
    result = _lint("--no-cache")
    assert "git ignoruje tu jeszcze co najmniej 50 plików" in result.stderr  # the workspace is Polish, and so is the note (s38)
    assert result.stderr.count("\n") == 1
