"""`cxkit lint -` says, as a run on the saved file does, that a document in another language is checked
without the word rules: an editor's buffer in German got no note at all."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app

GERMAN = """\
kind: persona
id: anke-mueller
name: Anke Müller
lang: de
summary: Sachbearbeiterin aus Köln, die ihre Einkäufe für die ganze Woche am Sonntagabend bestellt.
goals:
  - text: Den Wocheneinkauf in zehn Minuten über die App bestellen
pain_points:
  - text: Die Lieferfenster am Samstag sind oft schon am Donnerstag ausgebucht
"""

ENGLISH = """\
kind: persona
id: dan-okafor
name: Dan Okafor
lang: en
summary: Owner of a four-van heating firm in Bristol who writes invoices on Sunday evenings.
goals:
  - text: Send each invoice the same day the job is signed off by the customer
"""

NOTE = "note: 1 document in de is checked without the word rules"


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "checked without the word rules" in line]


def _lint(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", *args], input=stdin)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def test_stdin_gives_the_note_a_file_run_gives(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "anke.yaml").write_text(GERMAN, encoding="utf-8")
    _code, from_file = _lint("anke.yaml")
    code, from_stdin = _lint("-", stdin=GERMAN)
    assert len(_notes(from_file)) == 1 and NOTE in _notes(from_file)[0]
    assert _notes(from_stdin) == _notes(from_file)
    assert code == 1  # missing-negative-persona and the rest, as before: the note changes no exit code


def test_stdin_in_a_workspace_counts_its_own_document_only(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "personas").mkdir()
    for name in ("a", "b"):
        (tmp_path / "personas" / f"{name}.yaml").write_text(GERMAN.replace("anke-mueller", f"anke-{name}"),
                                                            encoding="utf-8")
    _code, stderr = _lint("--stdin-filename", "personas/new.yaml", "-", stdin=GERMAN)
    assert [NOTE in line for line in _notes(stderr)] == [True]


def test_an_english_buffer_gets_no_note(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _code, stderr = _lint("-", stdin=ENGLISH)
    assert _notes(stderr) == []
