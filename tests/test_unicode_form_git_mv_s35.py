"""The Unicode-form hint in a git checkout (session 35): a decomposed (NFD) file or folder that git
tracks is renamed with `git mv`, not `convmv`, which renames it on disk only (git then shows the
tracked name deleted and a new one untracked). Untracked, or outside git: `convmv`, as before."""

from __future__ import annotations

import subprocess
import unicodedata

from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

OLA = """kind: persona
id: ola
name: Ola Żółć
lang: pl
summary: Właścicielka kwiaciarni w Łodzi, zamawia żółte róże co poniedziałek przez aplikację hurtowni.
goals:
  - Szybciej zamawiać kwiaty
"""
NFD_FOLDER = unicodedata.normalize("NFD", "z spacją")
NFD_FILE = unicodedata.normalize("NFD", "łąka.yaml")


def _git(*args: str) -> None:
    subprocess.run(["git", *args], check=True, capture_output=True)


def _checkout(tmp_path, monkeypatch, *, commit: bool = True) -> None:
    enter_workspace(tmp_path, monkeypatch, git_identity=True)
    (tmp_path / NFD_FOLDER).mkdir()
    (tmp_path / NFD_FOLDER / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / NFD_FILE).write_text(OLA.replace("id: ola", "id: laka"), encoding="utf-8")
    _git("init", "-q", "-b", "main", ".")
    if commit:
        _git("add", ".")
        _git("commit", "-qm", "z macOS")


def test_a_tracked_decomposed_folder_gets_git_mv(tmp_path, monkeypatch):
    """Fails before: `(convmv -f utf-8 -t utf-8 --nfc --notest -r 'z spacją')` for a folder git tracks."""
    _checkout(tmp_path, monkeypatch)
    for command in (["lint"], ["render"]):
        result = CliRunner().invoke(app, [*command, "z spacją/ola.yaml"])
        assert result.exit_code == 2, result.output
        said = result.stderr
        assert "its name is decomposed (NFD" in said
        assert f"rename it to the composed form with git, which tracks it (git mv '{NFD_FOLDER}' 'z spacją')" in said
        assert "convmv" not in said


def test_a_tracked_decomposed_file_gets_git_mv(tmp_path, monkeypatch):
    """Fails before: `convmv … 'łąka.yaml'`. The new name is the composed one, as a shell word."""
    _checkout(tmp_path, monkeypatch)
    said = CliRunner().invoke(app, ["lint", "łąka.yaml"]).stderr
    assert f"(git mv '{NFD_FILE}' łąka.yaml)" in said, said


def test_an_untracked_name_in_a_checkout_keeps_convmv(tmp_path, monkeypatch):
    """A guard: git mv would refuse a name git does not track."""
    _checkout(tmp_path, monkeypatch, commit=False)
    said = CliRunner().invoke(app, ["lint", "z spacją/ola.yaml"]).stderr
    assert f"(convmv -f utf-8 -t utf-8 --nfc --notest -r '{NFD_FOLDER}')" in said and "git mv" not in said


def test_outside_git_keeps_convmv(tmp_path, monkeypatch):
    """A guard: no repository, no git advice."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / NFD_FILE).write_text(OLA, encoding="utf-8")
    said = CliRunner().invoke(app, ["lint", "łąka.yaml"]).stderr
    assert f"(convmv -f utf-8 -t utf-8 --nfc --notest -r '{NFD_FILE}')" in said and "git mv" not in said
