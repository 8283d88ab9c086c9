"""`cxkit init` in a Polish workspace says on stderr what it says on stdout, in Polish (review of 590ab4fc):
the account of the steps became Polish ("błąd       personas/ …"), but the closing error still pointed to
"'failed' above", a word no line above carries, and the note on the language read from the documents stayed
English above the Polish account.  Where the account falls back to English whole (an agency's workspaces
found below), both stay English with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CliResult, run_cli

OLA = ("kind: persona\nid: {id}\nlang: pl\nname: Ola Biegaczka\nsummary: Ola ma 34 lata, mieszka w Krakowie i biega trzy razy "
       "w tygodniu.\ngoals:\n  - Kupić buty do biegania w górach przed sezonem\n")
SARAH = ("kind: persona\nid: {id}\nlang: en\nname: Sarah Baker\nsummary: Sarah is 42, lives in Leeds and runs a bakery.\n"
         "goals:\n  - Get paid for her orders within a week\n")


def _init(top: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *args: str) -> CliResult:
    """`cxkit init . ARGS` in ``top`` (made with its parents) after writing ``files`` (path: text) there. The tests
    give it a folder of its own below tmp_path: init reads the configs beside the one it sets up."""
    for rel, text in files.items():
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text(text, encoding="utf-8")
    top.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(top)
    return run_cli("init", ".", *args)


def test_a_failed_step_is_told_in_polish_by_the_word_of_its_line_s38(tmp_path: Path, monkeypatch) -> None:
    result = _init(tmp_path / "cx", monkeypatch, {"personas": "notatki"}, "--lang", "pl")  # a file where the folder goes
    assert result.exit_code == 2
    assert "błąd       personas/ (nie można go utworzyć: stoi tam plik o tej nazwie)" in result.stdout
    assert result.stderr == (
        "cxkit: nie udało się utworzyć plików i folderów obszaru roboczego: 3 (zob. wiersze „błąd” wyżej); usuń "
        "przyczynę i uruchom ponownie `cxkit init --examples`: init zachowa to, co już jest\n")
    assert "failed" not in result.stdout + result.stderr


def test_guard_a_failed_step_in_english_keeps_its_words_s38(tmp_path: Path, monkeypatch) -> None:
    result = _init(tmp_path / "cx", monkeypatch, {"personas": "notes"}, "--lang", "en")
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
    result = _init(tmp_path / "cx", monkeypatch, {f"persony/{pid}.yaml": OLA.format(id=pid) for pid in ids})
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("utworzono  cxkit.toml")
    assert result.stderr == (f"cxkit: język: pl (według dokumentów w tym folderze: {said}); inny język ustawia "
                             "`cxkit init --lang KOD`\n")


def test_no_clear_majority_is_told_in_polish_too_s38(tmp_path: Path, monkeypatch) -> None:
    files = {f"personas/{pid}.yaml": OLA.format(id=pid) for pid in ("ola", "ewa", "jan")}
    files.update({f"personas/{pid}.yaml": SARAH.format(id=pid) for pid in ("sarah", "amy")})
    result = _init(tmp_path / "cx", monkeypatch, files)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("utworzono  cxkit.toml")
    assert result.stderr == ("cxkit: język: pl (według dokumentów w tym folderze: 3 z 5 po polsku, bez wyraźnej "
                             "większości); inny język ustawia `cxkit init --lang KOD`\n")


def test_guard_english_documents_keep_the_english_note_s38(tmp_path: Path, monkeypatch) -> None:
    result = _init(tmp_path / "cx", monkeypatch,
                   {f"personas/{pid}.yaml": SARAH.format(id=pid) for pid in ("sarah", "amy")})
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("created  cxkit.toml")
    assert result.stderr == ("cxkit: language: en (from the documents here: 2 of 2 read as en); "
                             "`cxkit init --lang CODE` sets another\n")


def test_guard_an_account_that_falls_back_to_english_keeps_the_note_english_s38(tmp_path: Path, monkeypatch) -> None:
    """VS Code's lines (--editor) are not known in Polish: the whole account is English (590ab4fc), and so is
    the note on the language beside it, never one Polish line above English ones."""
    result = _init(tmp_path / "cx", monkeypatch, {f"persony/{pid}.yaml": OLA.format(id=pid) for pid in ("ola", "ewa")},
                   "--editor", "vscode")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("created  cxkit.toml"), result.stdout
    assert result.stderr == ("cxkit: language: pl (from the documents here: 2 of 2 read as pl); "
                             "`cxkit init --lang CODE` sets another\n")
