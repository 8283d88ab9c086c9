"""The note on git-ignored files that look like cxkit documents, on a warm run (session 23).

- RT22-4: its answer is kept beside the lint cache with what it looked at, so a warm run stats the
  ignored folders and the files it read instead of listing a folder of generated files and reading
  50 of them; the note stays right when a file there changes kind, or one is added or removed.
- R8-7: a translation table git ignores (`kind: persona`, `goals: Cele`) is not counted: lint's
  own finding tells it apart, and `cxkit init` does not count it either.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import cxkit.discovery as discovery
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
ADAM = EWA.replace("ewa-farmaceutka", "adam-kurier").replace("Ewa Zielińska", "Adam Wiśniewski")
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: apteka-{i}
spec:
  replicas: 2
"""
TRANSLATION = "kind: persona\nname: Imię\ngoals: Cele\npain_points: Punkty bólu\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, capture_output=True)
    _write(tmp_path, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\n')
    _write(tmp_path, ".gitignore", "gen/\n")
    _write(tmp_path, "personas/ewa-farmaceutka.yaml", EWA)
    for i in range(40):  # fewer than the 50 files the note reads: every one is looked at
        _write(tmp_path, f"gen/deploy-{i:03}.yaml", DEPLOYMENT.format(i=i))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written: trust their times
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint(*args: str) -> str:
    """The run's stderr (the notes); the one persona checked and clean."""
    result = run_cli("lint", *args)
    assert result.exception is None, repr(result.exception)
    assert "Wszystko w porządku (sprawdzono 1 dokument w" in result.stdout, result.stdout
    assert result.exit_code == 0
    return result.stderr


def _note(shown: str) -> str:
    return (
        # The workspace is Polish, and so is the note (session 38; test_polish_notes_s38 has it in English).
        f"cxkit: uwaga: git ignoruje tu jeszcze 1 plik, który wygląda jak dokument cxkit, więc go nie sprawdzono "
        f"({shown}); wskaż go (cxkit lint {shown}) albo ustaw respect-gitignore = false w cxkit.toml; by go nie "
        'sprawdzać i nie widzieć tej uwagi, dodaj "gen" do exclude w tej samej konfiguracji\n'
    )


def _watch(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """The folders the note lists and the files it reads, from now on."""
    listed: list[str] = []
    read: list[str] = []
    scandir, head = os.scandir, discovery._head

    def counting_scandir(path: str = ".") -> object:
        listed.append(os.fspath(path))
        return scandir(path)

    def counting_head(path: str) -> bytes | None:
        read.append(path)
        return head(path)

    monkeypatch.setattr(discovery.os, "scandir", counting_scandir)
    monkeypatch.setattr(discovery, "_head", counting_head)
    return listed, read


@needs_git
def test_a_warm_run_lists_no_ignored_folder_and_reads_none_of_its_files(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(repo, "gen/adam-szkic.yaml", ADAM)
    assert _lint() == _note("gen/adam-szkic.yaml")
    listed, read = _watch(monkeypatch)
    assert _lint() == _note("gen/adam-szkic.yaml")  # the same note, from what the first run found
    assert [p for p in listed if "gen" in Path(p).parts] == []
    assert read == []


@needs_git
def test_a_file_that_changes_kind_in_an_ignored_folder_changes_the_note(repo: Path) -> None:
    assert _lint() == ""
    # The folder keeps its entries (its time is unchanged): the file's own times tell.
    _write(repo, "gen/deploy-007.yaml", ADAM)
    assert _lint() == _note("gen/deploy-007.yaml")
    _write(repo, "gen/deploy-007.yaml", DEPLOYMENT.format(i=7))
    assert _lint() == ""


@needs_git
def test_a_file_added_or_removed_in_an_ignored_folder_changes_the_note(repo: Path) -> None:
    assert _lint() == ""
    _write(repo, "gen/klienci/adam-kurier.yaml", ADAM)  # in a new folder below the ignored one
    assert _lint() == _note("gen/klienci/adam-kurier.yaml")
    (repo / "gen/klienci/adam-kurier.yaml").unlink()
    assert _lint() == ""
    _write(repo, "gen/adam-kurier.yaml", ADAM)
    assert _lint() == _note("gen/adam-kurier.yaml")


@needs_git
def test_no_cache_neither_uses_nor_keeps_the_answer(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(repo, "gen/adam-szkic.yaml", ADAM)
    assert _lint("--no-cache") == _note("gen/adam-szkic.yaml")
    assert not (repo / ".cxkit_cache").exists()
    assert _lint() == _note("gen/adam-szkic.yaml")
    listed, read = _watch(monkeypatch)
    assert _lint("--no-cache") == _note("gen/adam-szkic.yaml")
    assert "./gen/adam-szkic.yaml" in read


@needs_git
def test_a_damaged_memo_is_passed_over(repo: Path) -> None:
    _write(repo, "gen/adam-szkic.yaml", ADAM)
    assert _lint() == _note("gen/adam-szkic.yaml")
    memo = repo / ".cxkit_cache" / "lookalikes-v1.json"
    assert memo.is_file()
    for junk in ('{"x": 1}', "[1, 2]", "{nie json", '{"k": {"seen": [["gen", [1, 2]]], "found": [], "stopped": false}}'):
        memo.write_text(junk, encoding="utf-8")
        assert _lint() == _note("gen/adam-szkic.yaml")


@needs_git
def test_an_ignored_translation_table_is_not_counted(repo: Path) -> None:
    # Review 8 (R8-7): lint tells a file like this to leave it out, and init does not count it.
    _write(repo, "gen/locales/pl/persona.yaml", TRANSLATION)
    assert _lint("--no-cache") == ""
    # A draft beside it still is; so is a persona that does not parse, by its kind line.
    _write(repo, "gen/adam-szkic.yaml", ADAM)
    assert _lint("--no-cache") == _note("gen/adam-szkic.yaml")
    (repo / "gen/adam-szkic.yaml").unlink()
    _write(repo, "gen/zepsuta.yaml", "kind: persona\nid: ola\nname: Ola\ngoals: [Kupić bilet\n")
    assert _lint("--no-cache") == _note("gen/zepsuta.yaml")
