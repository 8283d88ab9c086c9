"""`cxkit diff -o/--output-file FILE` (session 38, tester40's L14: render, review and lint take an output file, diff
said "No such option: -o").  The semantics are review's: written atomically at the end, the exit code unchanged,
nothing written (nor replaced) on exit 2, and the same refusals before anything is compared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from diff_helpers import ANNA_APPLIES
from git_helpers import committed, needs_git

OLD = ANNA_APPLIES
NEW = OLD.replace("emotion: -1", "emotion: -2\n    barriers: [Doradca prosi o zaświadczenie na papierze]")


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "old.yaml").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(NEW, encoding="utf-8")
    return tmp_path


def _diff(*args: str):
    return CliRunner().invoke(app, ["diff", *args], env={"COLUMNS": "200", "NO_COLOR": "1"})


@pytest.mark.parametrize(("fmt", "start"), [
    ("text", "anna-hipoteka  new.yaml\n"), ("markdown", "## cxkit diff: "), ("json", "[\n  {\n    \"op\": "),
    ("html", "<!DOCTYPE html>"),
])
def test_each_format_goes_to_the_file_as_it_goes_to_stdout(pair: Path, fmt: str, start: str) -> None:
    shown = _diff("old.yaml", "new.yaml", "-f", fmt)
    written = _diff("old.yaml", "new.yaml", "-f", fmt, "-o", "zmiany.out")
    assert (shown.exit_code, written.exit_code) == (1, 1), written.output
    assert written.stdout == ""
    report = (pair / "zmiany.out").read_text(encoding="utf-8")
    assert report == shown.stdout and report.startswith(start)
    # Its own previous diff in that format is replaced without --force; the same files give exit 0 and say so.
    same = _diff("old.yaml", "old.yaml", "-f", fmt, "-o", "zmiany.out")
    assert same.exit_code == 0, same.output
    assert (pair / "zmiany.out").read_text(encoding="utf-8") == _diff("old.yaml", "old.yaml", "-f", fmt).stdout


def test_stat_and_dash(pair: Path) -> None:
    assert _diff("old.yaml", "new.yaml", "--stat", "-o", "stat.txt").exit_code == 1
    stat = (pair / "stat.txt").read_text(encoding="utf-8")
    assert stat == _diff("old.yaml", "new.yaml", "--stat").stdout and stat.startswith(" new.yaml | ")
    dash = _diff("old.yaml", "new.yaml", "-o", "-")
    assert dash.exit_code == 1 and dash.stdout.startswith("anna-hipoteka  new.yaml")


@pytest.mark.parametrize(("name", "said"), [
    # In Polish, as the workspace's config says lang = "pl" (s39); a form not yet said in Polish stays English whole.
    ("raport.yaml", "to nazwa pliku YAML albo TOML (dokumentu albo konfiguracji?), a diff zapisuje tekst, Markdown, "
                    "JSON albo HTML"),
    ("cxkit.toml", "ten plik to YAML albo TOML"),
    ("new.yaml", "ten plik to YAML albo TOML"),
    ("notatki.md", "the file is not a previous diff report, which the report would replace; give another file "
                   "name, or add --force to replace it"),
    ("stary.html", "the file is a diff report in html, not in the markdown this writes"),
    ("link.md", "it is a symbolic link"),
    ("", "--output-file: the value is empty"),
])
def test_refused_before_anything_is_compared_and_nothing_written(pair: Path, name: str, said: str) -> None:
    (pair / "notatki.md").write_text("Notatki z warsztatu: zapytać o nadpłaty\n", encoding="utf-8")
    (pair / "stary.html").write_text(_diff("old.yaml", "new.yaml", "-f", "html").stdout, encoding="utf-8")
    os.symlink("notatki.md", pair / "link.md")
    before = {p.name: p.read_bytes() for p in pair.iterdir() if p.is_file()}
    result = _diff("old.yaml", "new.yaml", "-f", "md", "-o", name)
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert result.stdout == ""
    assert {p.name: p.read_bytes() for p in pair.iterdir() if p.is_file()} == before


def test_force_replaces_what_is_no_diff_but_never_a_document(pair: Path) -> None:
    (pair / "notatki.md").write_text("Notatki z warsztatu\n", encoding="utf-8")
    assert _diff("old.yaml", "new.yaml", "-f", "md", "-o", "notatki.md", "--force").exit_code == 1
    assert (pair / "notatki.md").read_text(encoding="utf-8").startswith("## cxkit diff: ")
    result = _diff("old.yaml", "new.yaml", "-o", "old.yaml", "--force")
    assert result.exit_code == 2 and (pair / "old.yaml").read_text(encoding="utf-8") == OLD


def test_on_exit_2_an_old_report_is_left_as_it_was(pair: Path) -> None:
    assert _diff("old.yaml", "new.yaml", "-o", "zmiany.txt").exit_code == 1
    kept = (pair / "zmiany.txt").read_bytes()
    result = _diff("old.yaml", "brak.yaml", "-o", "zmiany.txt")
    assert result.exit_code == 2 and "brak.yaml" in result.stderr
    assert (pair / "zmiany.txt").read_bytes() == kept
    assert _diff("old.yaml", "brak.yaml", "-o", "nowy.txt").exit_code == 2 and not (pair / "nowy.txt").exists()


def test_the_git_driver_takes_no_output_file(pair: Path) -> None:
    result = _diff("--git-driver", "-o", "x.txt", "new.yaml", "old.yaml", "0" * 40, "100644", "new.yaml", "0" * 40,
                   "100644")
    # A Polish workspace: refused in Polish since session 41 (the English: test_polish_review_s41.py).
    assert result.exit_code == 2 and "--output-file i --git-driver nie idą w parze" in result.stderr
    assert not (pair / "x.txt").exists()


@needs_git
def test_a_revision_diff_to_a_file_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    english = OLD.replace("lang: pl", "lang: en").replace("Wniosek kredytowy", "Mortgage application")
    repo = committed(tmp_path / "bank", monkeypatch, {"journeys/anna.yaml": english})
    repo.write("journeys/anna.yaml", english.replace("emotion: -1", "emotion: 1"))
    result = _diff("HEAD", "-f", "md", "-o", "changes.md")
    assert result.exit_code == 1 and result.stdout == "", result.output
    report = (repo.root / "changes.md").read_text(encoding="utf-8")
    assert report == _diff("HEAD", "-f", "md").stdout
    assert "- **changed** 1. Mortgage application (`wniosek`) › Emotion: `-1` (negative) → `+1` (positive)" in report
