"""`cxkit fmt` that finds no document where it looked says so, as `cxkit lint` does.

A workspace whose `paths` lead to a folder without cxkit documents (a typo in `paths`, documents
saved as plain YAML without `kind:`) gave `cxkit fmt --check` in CI only "0 files would be left
unchanged.", exit 0, while `cxkit lint` of the same folder warns "no cxkit documents found in
persony (looked for ...)".  fmt now gives the same warning (also with -q, which keeps warnings); the
exit code stays 0, as lint's does: an empty workspace is valid.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

# Saved by a spreadsheet export: the fields of a persona, without `kind:`.
BEZ_RODZAJU = """\
imie: Grażyna Kowalczyk
miasto: Lublin
cele:
  - Zapłacić za prąd w aplikacji banku
"""

ANNA = """\
kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Umówić wizytę u lekarza przez aplikację w mniej niż 3 minuty
"""

# The workspace is Polish, and so are the warning and the summary (session 37), in fmt as in lint.
WARNING = ("cxkit: ostrzeżenie: nie znaleziono dokumentów cxkit w persony (szukano plików *.yaml / *.yml z kind: "
           "persona, negative-persona lub journey)\n")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\npaths = ["persony"]\n', encoding="utf-8")
    (tmp_path / "persony").mkdir()
    (tmp_path / "persony" / "grazyna.yaml").write_text(BEZ_RODZAJU, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("args", "summary"), [
    (("--check",), "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit.\n"),
    (("--diff",), "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit.\n"),
    ((), "Nie ma czego formatować: nie znaleziono dokumentów cxkit.\n"),
    (("--check", "-q"), ""),
    (("--check", "persony"), "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit.\n"),
])
def test_the_configured_or_named_folder_without_documents_is_named(ws: Path, args: tuple[str, ...], summary: str) -> None:
    code, out, err = run("fmt", *args)
    assert (code, out) == (0, "")
    assert err == WARNING + summary
    # The same sentence lint says of the same folder.
    assert WARNING in run("lint")[2]


def test_guard_a_named_file_that_is_no_document_is_counted_not_warned(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "persony/grazyna.yaml")
    assert (code, err) == (0, "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit; pominięto 1 plik (to nie dokument cxkit).\n")


def test_guard_a_folder_with_a_document(ws: Path) -> None:
    (ws / "persony" / "anna.yaml").write_text(ANNA, encoding="utf-8")
    code, _, err = run("fmt", "--check")
    assert (code, err) == (0, "Bez zmian: 1 plik.\n")


def test_guard_a_hook_given_no_document(ws: Path) -> None:
    code, _, err = run("fmt", "--only-documents", "persony/grazyna.yaml")
    assert (code, err) == (0, "Nothing to format: no file named is a cxkit document that `exclude` leaves in.\n")
