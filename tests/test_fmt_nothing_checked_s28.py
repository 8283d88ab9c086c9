"""`cxkit fmt` that laid out or checked no document says so, as `cxkit lint` does, with lint's exit code (0).

Before: `cxkit fmt --check personas/ola.yaml mkdocs.yml`, where personas/ola.yaml is a link into
`szkice/`, which `exclude` leaves out, warned about the link and ended "1 file skipped (not a cxkit
document)." with exit 0: nothing at all was checked, and nothing said so.  `cxkit lint` of a folder
without documents ends "Nothing to check: no cxkit documents found ..." (exit 0: an empty workspace
is valid; a run where everything named is excluded is refused, exit 2).  fmt now ends the same way
whenever it laid out no document: "Nothing to check: no cxkit documents found; 1 file skipped (not a
cxkit document)." (without --check / --diff: "Nothing to format"), exit 0 as lint's.  The workspace here is
Polish, and since session 37 so is that line: "Nie ma czego sprawdzać: …", as lint's.  Only the link
alone is still refused (exit 2), as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

SZKIC = """\
kind: persona
id: ola-szkic
name: Ola Wiśniewska
lang: pl
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 10. dnia następnego miesiąca
"""

MKDOCS = "site_name: Dokumentacja zespołu CX\nnav:\n  - Start: index.md\n"
WORKFLOW = "name: ci\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "300")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice/"]\n', encoding="utf-8")
    (tmp_path / "szkice").mkdir()
    (tmp_path / "szkice" / "ola.yaml").write_text(SZKIC, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    try:
        (tmp_path / "personas" / "ola.yaml").symlink_to("../szkice/ola.yaml")
    except OSError:
        pytest.skip("no symbolic links here")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (tmp_path / "ci.yml").write_text(WORKFLOW, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def link_warning(done: str, to_do: str, command: str) -> str:
    return (f"cxkit: warning: personas/ola.yaml leads to szkice/ola.yaml, which `exclude` leaves out (in cxkit.toml), "
            f"so it was not {done} through the link; name the file itself to {to_do} ({command} szkice/ola.yaml)\n")


@pytest.mark.parametrize("mode", ["--check", "--diff"])
def test_a_link_beside_other_yaml_says_nothing_was_checked(ws: Path, mode: str) -> None:
    code, out, err = run("fmt", mode, "personas/ola.yaml", "mkdocs.yml")
    assert (code, out) == (0, "")
    assert err == (link_warning("checked", "check it", f"cxkit fmt {mode}")
                   + "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit; pominięto 1 plik (to nie dokument cxkit).\n")
    code, _, err = run("fmt", mode, "personas/ola.yaml", "mkdocs.yml", "ci.yml")
    assert (code, err.splitlines()[-1]) == (0, "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit; pominięto 2 pliki (to nie dokumenty cxkit).")


def test_without_check_it_says_nothing_was_formatted(ws: Path) -> None:
    before = (ws / "szkice" / "ola.yaml").read_bytes()
    code, _, err = run("fmt", "personas/ola.yaml", "mkdocs.yml")
    assert code == 0
    assert err == (link_warning("laid out", "lay it out", "cxkit fmt")
                   + "Nie ma czego formatować: nie znaleziono dokumentów cxkit; pominięto 1 plik (to nie dokument cxkit).\n")
    assert (ws / "szkice" / "ola.yaml").read_bytes() == before


def test_quiet_keeps_the_warning_only(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "-q", "personas/ola.yaml", "mkdocs.yml")
    assert (code, err) == (0, link_warning("checked", "check it", "cxkit fmt --check"))


def test_lint_ends_a_run_without_documents_the_same_way(ws: Path) -> None:
    (ws / "inne").mkdir()
    (ws / "inne" / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    code, out, _ = run("lint", "--no-cache", "szkice", "inne")
    assert (code, out) == (0, "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit w 1 pliku.\n")
    code, _, err = run("fmt", "--check", "szkice", "inne")
    assert (code, err.splitlines()[-1]) == (0, "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit.")


def test_guard_the_link_alone_is_still_refused(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "personas/ola.yaml")
    assert code == 2 and err.startswith("cxkit: nothing to check: personas/ola.yaml, the only file named, is a link")


def test_guard_a_run_that_checked_a_document_keeps_its_counts(ws: Path) -> None:
    (ws / "personas" / "anna.yaml").write_text(SZKIC.replace("ola-szkic", "anna"), encoding="utf-8")
    code, _, err = run("fmt", "--check", "personas/anna.yaml", "mkdocs.yml")
    assert (code, err) == (0, "Bez zmian: 1 plik, pominięto 1 plik (to nie dokument cxkit).\n")
