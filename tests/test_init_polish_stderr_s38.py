"""`cxkit init` in a Polish workspace says on stderr what it says on stdout, in Polish (review of 590ab4fc):
the account of the steps became Polish ("błąd       personas/ …"), but the closing error still pointed to
"'failed' above", a word no line above carries, and the note on the language read from the documents stayed
English above the Polish account.  Where the account falls back to English whole (an agency's workspaces
found below), both stay English with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

OLA = ("kind: persona\nid: {id}\nlang: pl\nname: Ola Biegaczka\nsummary: Ola ma 34 lata, mieszka w Krakowie i biega trzy razy "
       "w tygodniu.\ngoals:\n  - Kupić buty do biegania w górach przed sezonem\n")
SARAH = ("kind: persona\nid: {id}\nlang: en\nname: Sarah Baker\nsummary: Sarah is 42, lives in Leeds and runs a bakery.\n"
         "goals:\n  - Get paid for her orders within a week\n")


def test_a_failed_step_is_told_in_polish_by_the_word_of_its_line_s38(tmp_path: Path, monkeypatch) -> None:
    top = tmp_path / "cx"  # a folder of its own: init reads the configs beside the one it sets up
    top.mkdir()
    (top / "personas").write_text("notatki", encoding="utf-8")  # a file where the folder goes
    monkeypatch.chdir(top)
    result = run_cli("init", ".", "--lang", "pl")
    assert result.exit_code == 2
    assert "błąd       personas/ (nie można go utworzyć: stoi tam plik o tej nazwie)" in result.stdout
    assert result.stderr == (
        "cxkit: nie udało się utworzyć plików i folderów obszaru roboczego: 3 (zob. wiersze „błąd” wyżej); usuń "
        "przyczynę i uruchom ponownie `cxkit init --examples`: init zachowa to, co już jest\n")
    assert "failed" not in result.stdout + result.stderr


def test_guard_a_failed_step_in_english_keeps_its_words_s38(tmp_path: Path, monkeypatch) -> None:
    top = tmp_path / "cx"  # a folder of its own: init reads the configs beside the one it sets up
    top.mkdir()
    (top / "personas").write_text("notes", encoding="utf-8")
    monkeypatch.chdir(top)
    result = run_cli("init", ".", "--lang", "en")
    assert result.exit_code == 2
    assert "failed   personas/ (cannot create it: a file of that name is in the way)" in result.stdout
    assert result.stderr == (
        "cxkit: 3 of the workspace's files and folders could not be made (see 'failed' above); fix that and run "
        "`cxkit init --examples` again: it keeps what is there\n")


@pytest.mark.parametrize(("ids", "said"), [
    (("ola", "ewa"), "2 z 2 po polsku"),
    (("ola", "ewa", "jan"), "3 z 3 po polsku"),
])
def test_the_language_read_from_polish_documents_is_told_in_polish_s38(tmp_path, monkeypatch, ids, said) -> None:
    top = tmp_path / "cx"  # a folder of its own: init reads the configs beside the one it sets up
    top.mkdir()
    (top / "persony").mkdir()
    for pid in ids:
        (top / "persony" / f"{pid}.yaml").write_text(OLA.format(id=pid), encoding="utf-8")
    monkeypatch.chdir(top)
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("utworzono  cxkit.toml")
    assert result.stderr == (f"cxkit: język: pl (według dokumentów w tym folderze: {said}); inny język ustawia "
                             "`cxkit init --lang KOD`\n")


def test_no_clear_majority_is_told_in_polish_too_s38(tmp_path: Path, monkeypatch) -> None:
    top = tmp_path / "cx"  # a folder of its own: init reads the configs beside the one it sets up
    top.mkdir()
    (top / "personas").mkdir()
    for pid in ("ola", "ewa", "jan"):
        (top / "personas" / f"{pid}.yaml").write_text(OLA.format(id=pid), encoding="utf-8")
    for pid in ("sarah", "amy"):
        (top / "personas" / f"{pid}.yaml").write_text(SARAH.format(id=pid), encoding="utf-8")
    monkeypatch.chdir(top)
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("utworzono  cxkit.toml")
    assert result.stderr == ("cxkit: język: pl (według dokumentów w tym folderze: 3 z 5 po polsku, bez wyraźnej "
                             "większości); inny język ustawia `cxkit init --lang KOD`\n")


def test_guard_english_documents_keep_the_english_note_s38(tmp_path: Path, monkeypatch) -> None:
    top = tmp_path / "cx"  # a folder of its own: init reads the configs beside the one it sets up
    top.mkdir()
    (top / "personas").mkdir()
    for pid in ("sarah", "amy"):
        (top / "personas" / f"{pid}.yaml").write_text(SARAH.format(id=pid), encoding="utf-8")
    monkeypatch.chdir(top)
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("created  cxkit.toml")
    assert result.stderr == ("cxkit: language: en (from the documents here: 2 of 2 read as en); "
                             "`cxkit init --lang CODE` sets another\n")


def test_guard_an_account_that_falls_back_to_english_keeps_the_note_english_s38(tmp_path: Path, monkeypatch) -> None:
    """VS Code's lines (--editor) are not known in Polish: the whole account is English (590ab4fc), and so is
    the note on the language beside it, never one Polish line above English ones."""
    top = tmp_path / "cx"
    (top / "persony").mkdir(parents=True)
    for pid in ("ola", "ewa"):
        (top / "persony" / f"{pid}.yaml").write_text(OLA.format(id=pid), encoding="utf-8")
    monkeypatch.chdir(top)
    result = run_cli("init", ".", "--editor", "vscode")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("created  cxkit.toml"), result.stdout
    assert result.stderr == ("cxkit: language: pl (from the documents here: 2 of 2 read as pl); "
                             "`cxkit init --lang CODE` sets another\n")
