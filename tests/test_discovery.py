"""Which files a run reads: one file reached by two paths is one document.

An editor passes an absolute path where pre-commit passes a relative one, a
config lists a folder and a link to it, a persona file has a link beside it:
each of these read the same file twice, and duplicate-id then reported the
file against itself (and similar-personas compared it with itself).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PERSONA_PL
from cxkit.config import Config
from cxkit.discovery import discover
from cxkit.lint.engine import Selection, lint

RULES = ("duplicate-id", "similar-personas", "missing-negative-persona")
links = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def shown(*paths: str) -> list[tuple[str, bool]]:
    targets, _unreadable = discover(list(paths), Config(root=Path.cwd()))
    return [(t.display, t.explicit) for t in targets]


def found(*paths: str) -> list[tuple[str, str]]:
    return [(f.path, f.rule) for f in lint(list(paths), Config(root=Path.cwd()), Selection(select=RULES)).findings]


def test_a_file_named_twice_in_other_spellings_is_read_once(ws: Path) -> None:
    assert shown("personas/tomek.yaml", "personas//tomek.yaml", str(ws / "personas" / "tomek.yaml"),
                 "personas/../personas/tomek.yaml") == [("personas/tomek.yaml", True)]
    # Only the missing negative persona: no duplicate-id, no persona similar to itself.
    assert found("personas/tomek.yaml", str(ws / "personas" / "tomek.yaml")) == [("personas/tomek.yaml", "missing-negative-persona")]


def test_a_file_in_a_scanned_folder_and_named_too_is_read_once_and_counts_as_named(ws: Path) -> None:
    assert shown(".", str(ws / "personas" / "tomek.yaml")) == [("personas/tomek.yaml", True)]
    assert shown(str(ws / "personas" / "tomek.yaml"), ".") == [(str(ws / "personas" / "tomek.yaml").replace(os.sep, "/"), True)]


@links
def test_a_folder_and_a_link_to_it_are_read_once(ws: Path) -> None:
    os.symlink("personas", ws / "link")
    assert shown("personas", "link") == [("personas/tomek.yaml", False)]
    assert shown("link", "personas") == [("link/tomek.yaml", False)]
    assert found("personas", "link") == [("personas/tomek.yaml", "missing-negative-persona")]


@links
def test_a_link_to_a_file_beside_it_is_the_same_document(ws: Path) -> None:
    # Kept under the name that sorts first, whichever the file system lists first.
    os.symlink("tomek.yaml", ws / "personas" / "audiofil.yaml")
    assert shown(".") == [("personas/audiofil.yaml", False)]
    assert found(".") == [("personas/audiofil.yaml", "missing-negative-persona")]


def test_two_copies_are_still_two_documents(ws: Path) -> None:
    (ws / "personas" / "kopia.yaml").write_text(PERSONA_PL, encoding="utf-8")
    assert ("personas/tomek.yaml", "duplicate-id") in found(".")
