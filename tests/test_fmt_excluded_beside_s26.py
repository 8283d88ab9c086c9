"""`cxkit fmt` names a folder it passes over because `exclude` leaves it out, as `cxkit lint` does.

With `exclude = ["szkice/"]`, `cxkit fmt --check szkice personas` (a CI job's list of folders) or
`cxkit fmt --check szkice mkdocs.yml` passed szkice over without a word: the second exited 0 having
checked nothing at all, while `cxkit lint` of the same folders warns "szkice is excluded by the
configuration ..., so it was not checked" and names the files to give instead.  fmt now warns the
same way, worded for what it did (formatted, or checked with --check / --diff), with the command
that does it; the exit code stays what the other files make it.  Alone, such a folder is still a
usage error (exit 2).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

SZKIC_PL = """\
name: Grażyna Kowalczyk
kind: persona
id: grazyna-szkic
lang: pl
goals:
    - Chce zapłacić za prąd w aplikacji banku, bez logowania do e-BOK
"""

# Laid out already: fmt leaves it as it is.
MARK_EN = """\
kind: persona
id: mark-hughes
name: Mark Hughes
lang: en
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""

MKDOCS = "site_name: Dokumentacja zespołu CX\nnav:\n  - Start: index.md\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice/"]\n', encoding="utf-8")
    (tmp_path / "szkice").mkdir()
    (tmp_path / "szkice" / "grazyna.yaml").write_text(SZKIC_PL, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "mark.yaml").write_text(MARK_EN, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


CHECKED = ("cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder szkice, więc go nie sprawdzono; by mimo to sprawdzić "
           "jego pliki, wskaż je (cxkit fmt {mode} szkice/*.yaml)\n")  # the workspace says lang = "pl" (s39)


@pytest.mark.parametrize("mode", ["--check", "--diff"])
def test_beside_a_file_that_is_no_document_the_check_says_it_checked_nothing_there(ws: Path, mode: str) -> None:
    code, out, err = run("fmt", mode, "szkice", "mkdocs.yml")
    assert (code, out) == (0, "")
    assert err == CHECKED.format(mode=mode) + "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit; pominięto 1 plik (to nie dokument cxkit).\n"
    # lint says the same of the folder.
    assert "`exclude` w cxkit.toml pomija folder szkice, więc go nie sprawdzono" in run(
        "lint", "szkice", "personas")[2]


def test_beside_a_folder_it_checks(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "szkice", "personas")
    assert code == 0
    assert err == CHECKED.format(mode="--check") + "Bez zmian: 1 plik.\n"


def test_formatting_says_it_was_not_formatted_and_leaves_the_draft(ws: Path) -> None:
    code, _, err = run("fmt", "-q", "szkice", "personas")
    assert code == 0
    assert err == ("cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder szkice, więc go nie sformatowano; by mimo to "
                   "sformatować jego pliki, wskaż je (cxkit fmt szkice/*.yaml)\n")
    assert (ws / "szkice" / "grazyna.yaml").read_text(encoding="utf-8") == SZKIC_PL


def test_the_advice_checks_the_draft(ws: Path) -> None:
    assert run("fmt", "--check", "szkice/grazyna.yaml")[0] == 1


def test_a_linked_folder_is_told_the_folder_it_leads_to(ws: Path) -> None:
    try:
        os.symlink(os.path.join("..", "szkice"), ws / "personas" / "robocze")
    except OSError:
        pytest.skip("no symbolic links here")
    code, _, err = run("fmt", "--check", "personas/robocze", "personas/mark.yaml")
    assert code == 0
    assert ("cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder personas/robocze, więc go nie sprawdzono; by mimo to "
            "sprawdzić jego pliki, wskaż je (cxkit fmt --check szkice/*.yaml)\n") in err


def test_only_documents_warns_and_still_exits_0(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "--only-documents", "szkice")
    assert code == 0
    assert err.startswith(CHECKED.format(mode="--check"))


def test_guard_alone_it_is_still_a_usage_error(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "szkice")
    assert code == 2
    assert err.startswith("cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija szkice, jedyny wskazany folder")
    assert "warning" not in err


def test_guard_no_warning_when_nothing_is_excluded(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "personas", "mkdocs.yml")
    assert (code, err) == (0, "Bez zmian: 1 plik, pominięto 1 plik (to nie dokument cxkit).\n")
    code, _, err = run("fmt", "--check")
    assert "warning" not in err
