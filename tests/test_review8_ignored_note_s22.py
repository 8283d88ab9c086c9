"""Review 8 of the note on git-ignored files that look like cxkit documents (session 22).

- Its cost stays small in a repository with thousands of ignored YAML files: at most a few dozen
  files are resolved and read, whatever the number ignored; one huge ignored folder (or one of
  generated files) does not hide a draft persona in another.
- It speaks only of the folders the run searched (`cxkit lint personas/` says nothing of an
  ignored `szkice/` beside it), and `exclude` silences it, as it now says.
"""

from __future__ import annotations

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
MAREK = EWA.replace("ewa-farmaceutka", "marek-kierowca").replace("Ewa Zielińska", "Marek Nowak")


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, capture_output=True)
    _write(tmp_path, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\n')
    _write(tmp_path, "personas/ewa-farmaceutka.yaml", EWA)
    _write(tmp_path, "szkice/marek-kierowca.yaml", MAREK)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint(*args: str):
    result = run_cli("lint", "--no-cache", *args)
    assert result.exception is None, repr(result.exception)
    assert "Wszystko w porządku (sprawdzono 1 dokument w" in result.stdout
    return result


@needs_git
def test_thousands_of_ignored_files_cost_a_few_reads_and_hide_no_draft(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An ignored folder of generated files sorted before the drafts, and generated files ignored one by one.
    _write(repo, ".gitignore", "szkice/\nartefakty/\n*.gen.yaml\n")
    for i in range(1500):
        _write(repo, f"artefakty/a{i:04}.yaml", "x: 1\n")
        _write(repo, f"api/m{i:04}.gen.yaml", "x: 1\n")
    resolved: list[str] = []
    real = discovery._real

    def counting(path: str) -> str:
        resolved.append(path)
        return real(path)

    monkeypatch.setattr(discovery, "_real", counting)
    scan_resolves = len(resolved)
    result = _lint()
    assert "szkice/marek-kierowca.yaml" in result.stderr and "git ignoruje tu jeszcze co najmniej 1 plik" in result.stderr
    # The scan itself resolves one name per folder; the note at most one per file it reads (50).
    from_note = [p for p in resolved[scan_resolves:] if p.endswith(".yaml")]
    assert len(from_note) <= 50, len(from_note)


@needs_git
def test_a_folder_named_is_told_only_of_its_own_ignored_files(repo: Path) -> None:
    _write(repo, ".gitignore", "szkice/\npersonas/*-szkic.yaml\n")
    assert _lint("personas/").stderr == ""  # szkice/ is beside personas/, not in it
    _write(repo, "personas/ola-szkic.yaml", EWA.replace("ewa-farmaceutka", "ola-szkic"))
    told = _lint("personas/").stderr
    assert "(personas/ola-szkic.yaml)" in told and "szkice" not in told


@needs_git
def test_exclude_silences_the_note_as_it_says(repo: Path) -> None:
    # Everything in web/ is ignored, so git names web/ itself; the persona in it is excluded.  (A
    # translation table there is not counted at all since session 23: tests/test_ignored_note_memo_s23.py.)
    _write(repo, ".gitignore", "szkice/\nweb/locales/gen/\n")
    _write(repo, "web/locales/gen/persona.yaml", EWA.replace("ewa-farmaceutka", "ola-sprzedawczyni"))
    told = _lint().stderr
    assert told.endswith('by ich nie sprawdzać i nie widzieć tej uwagi, dodaj "szkice", "web" do exclude w tej samej konfiguracji\n')  # Polish (s38)
    _write(repo, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\nexclude = ["szkice", "web/locales"]\n')
    assert _lint().stderr == ""


@needs_git
def test_one_file_is_a_cxkit_document_in_the_singular(repo: Path) -> None:
    _write(repo, ".gitignore", "szkice/\n")
    assert _lint().stderr == (  # the workspace is Polish, and so is the note (s38)
        "cxkit: uwaga: git ignoruje tu jeszcze 1 plik, który wygląda jak dokument cxkit, więc go nie sprawdzono "
        "(szkice/marek-kierowca.yaml); wskaż go (cxkit lint szkice/marek-kierowca.yaml) albo ustaw "
        'respect-gitignore = false w cxkit.toml; by go nie sprawdzać i nie widzieć tej uwagi, dodaj "szkice" do exclude '
        'w tej samej konfiguracji\n'
    )


@needs_git
def test_a_folder_many_times_its_share_gives_its_first_files_by_name(repo: Path) -> None:
    # Read-through 22 (RT22-4): a folder over 16 times its share is not sorted whole; its share is still its
    # first files by name, so the draft named first is found and the one named last is past the look.
    from cxkit.config import load_config

    _write(repo, ".gitignore", "szkice/\ngen/\n")
    for i in range(1800):
        _write(repo, f"gen/m{i:04}.yaml", f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sklep-{i}\n")
    _write(repo, "gen/a-ola.yaml", EWA.replace("ewa-farmaceutka", "ola-biegaczka").replace("Ewa Zielińska", "Ola Nowak"))
    _write(repo, "gen/z-adam.yaml", MAREK.replace("marek-kierowca", "adam-kurier"))
    config = load_config(cwd=repo)
    discovery.discover(["."], config)
    assert discovery.ignored_lookalikes(config, entries=100) == (
        [("gen/a-ola.yaml", "gen"), ("szkice/marek-kierowca.yaml", "szkice")], True)
    # With room for the whole folder, the one named last is found too.
    assert discovery.ignored_lookalikes(config, reads=2000, entries=4000) == (
        [("gen/a-ola.yaml", "gen"), ("gen/z-adam.yaml", "gen"), ("szkice/marek-kierowca.yaml", "szkice")], False)
