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


def test_a_file_in_a_scanned_folder_and_named_too_is_read_once_and_shown_as_named(ws: Path) -> None:
    named = str(ws / "personas" / "tomek.yaml")
    assert shown(".", named) == shown(named, ".") == [(named.replace(os.sep, "/"), True)]
    assert shown(".", "personas/tomek.yaml") == [("personas/tomek.yaml", True)]


@links
def test_a_file_a_scan_found_through_a_link_is_shown_as_named(ws: Path) -> None:
    (ws / "journeys").mkdir()
    os.symlink(os.path.join("..", "personas", "tomek.yaml"), ws / "journeys" / "link.yaml")
    assert shown("journeys", "personas/tomek.yaml") == [("personas/tomek.yaml", True)]


@links
def test_a_folder_and_a_link_to_it_are_read_once(ws: Path) -> None:
    os.symlink("personas", ws / "link")
    assert shown("personas", "link") == [("personas/tomek.yaml", False)]
    assert shown("link", "personas") == [("link/tomek.yaml", False)]
    assert found("personas", "link") == [("personas/tomek.yaml", "missing-negative-persona")]


@links
def test_a_link_to_a_file_is_the_same_document_shown_under_the_files_own_name(ws: Path) -> None:
    # Whichever sorts or is listed first: the file's own name is what its author looks for.
    os.symlink("tomek.yaml", ws / "personas" / "audiofil.yaml")
    os.symlink(os.path.join("personas", "tomek.yaml"), ws / "a-link.yaml")
    assert shown(".") == [("personas/tomek.yaml", False)]
    assert found(".") == [("personas/tomek.yaml", "missing-negative-persona")]
    # Two links to a file outside the scan: the one sorted first.
    assert shown("personas/audiofil.yaml", "a-link.yaml") == [("personas/audiofil.yaml", True)]


def test_two_copies_are_still_two_documents(ws: Path) -> None:
    (ws / "personas" / "kopia.yaml").write_text(PERSONA_PL, encoding="utf-8")
    assert ("personas/tomek.yaml", "duplicate-id") in found(".")


def test_hard_links_are_two_files_so_fmt_lays_out_both(ws: Path) -> None:
    # Two names of their own (not a link to the other): fmt writes each, and lint reads each.
    from typer.testing import CliRunner

    from cxkit.cli import app

    os.link(ws / "personas" / "tomek.yaml", ws / "personas" / "zz-kopia.yaml")
    assert shown(".") == [("personas/tomek.yaml", False), ("personas/zz-kopia.yaml", False)]
    (ws / "personas" / "tomek.yaml").unlink()
    (ws / "personas" / "zz-kopia.yaml").unlink()
    scrambled = "name: Tomek\nid: tomek\nkind: persona\n"
    (ws / "personas" / "tomek.yaml").write_text(scrambled, encoding="utf-8")
    os.link(ws / "personas" / "tomek.yaml", ws / "personas" / "zz-kopia.yaml")
    runner = CliRunner()
    assert runner.invoke(app, ["fmt", "personas"]).exit_code == 0
    assert runner.invoke(app, ["fmt", "--check", "personas"]).exit_code == 0


@links
def test_a_files_own_name_wins_over_a_link_found_by_an_earlier_path(ws: Path) -> None:
    (ws / "journeys").mkdir()
    os.symlink(os.path.join("..", "personas", "tomek.yaml"), ws / "journeys" / "link.yaml")
    assert shown("journeys", "personas") == [("personas/tomek.yaml", False)]


@links
def test_a_file_named_through_a_link_is_not_also_its_own_context(ws: Path) -> None:
    # With a config, named files are checked against the rest of the workspace: not against themselves.
    (ws / "cxkit.toml").write_text('paths = ["personas"]\n', encoding="utf-8")
    os.symlink(os.path.join("personas", "tomek.yaml"), ws / "a-link.yaml")
    from cxkit.config import load_config

    result = lint(["a-link.yaml"], load_config(), Selection(select=RULES))
    assert [(f.path, f.rule, "1 persona but" in f.message) for f in result.findings] == [
        ("a-link.yaml", "missing-negative-persona", True)]


@pytest.mark.parametrize("key", ["Kind", "KIND", " kind"])
def test_a_document_whose_kind_key_is_misspelt_in_its_case_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    # A folder scan passed over `Kind: persona` without a word: the persona was never checked.
    (tmp_path / "personas").mkdir()
    text = PERSONA_PL.replace("kind: persona", f"{key!r}: persona" if key.startswith(" ") else f"{key}: persona", 1)
    (tmp_path / "personas" / "ola.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "personas" / "lista.yaml").write_text("- mleko\n- chleb\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = lint(["."], Config(root=tmp_path), Selection(select=("schema",)))
    assert [(f.path, f.line, f.message) for f in result.findings] == [
        ("personas/ola.yaml", 1, f"unknown key {key!r}; did you mean 'kind'? (keys are lower case)")
    ]
    assert result.documents == 1


@pytest.mark.parametrize("suffix", [".YAML", ".Yaml", ".YML"])
def test_a_scan_finds_documents_whose_suffix_is_in_capitals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    # Tools on Windows write `Persona.YAML`; a folder scan passed it over without a word.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / f"Tomek{suffix}").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = lint(["."], Config(root=tmp_path), Selection(select=("schema",)))
    assert result.files_checked == 1 and result.documents == 1
    assert shown(".") == [(f"personas/Tomek{suffix}", False)]
