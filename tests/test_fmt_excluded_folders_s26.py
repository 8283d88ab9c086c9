"""`cxkit fmt` on folders that `exclude` leaves out entirely: refused as `cxkit lint` refuses them.

With `exclude = ["szkice/"]`, `cxkit fmt szkice` (or `--check`, a CI job's folder) printed "0 files
left unchanged" and exited 0: a check that read nothing passed.  `cxkit lint szkice` exits 2, "nothing
to check", and names the files to give instead.  fmt now does the same (exit 2, "nothing to format"),
for the folders named, the configured `paths`, a linked folder into the excluded one (whose advice names
the folder the link leads to: fmt does not write through such a link) and a folder of a nested
workspace whose own config excludes it.  A named folder beside others that are formatted, and
--only-documents (a hook), stay as they were.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

# Laid out by hand in a workshop: fmt would reorder and reindent it.
SZKIC_PL = """\
name: Grażyna Kowalczyk
kind: persona
id: grazyna-szkic
lang: pl
goals:
    - Chce zapłacić za prąd w aplikacji banku, bez logowania do e-BOK
"""

MESSY_EN = """\
name: Mark Hughes
kind: persona
id: mark-hughes
lang: en
goals:
    - Send a quote from the van within 10 minutes of leaving the site
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice/"]\n', encoding="utf-8")
    (tmp_path / "szkice").mkdir()
    (tmp_path / "szkice" / "grazyna.yaml").write_text(SZKIC_PL, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "mark.yaml").write_text(MESSY_EN, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("mode", "verb"), [((), "format"), (("--check",), "check"), (("--diff",), "check")])
def test_a_named_folder_exclude_leaves_out_is_a_usage_error(ws: Path, mode: tuple[str, ...], verb: str) -> None:
    """The advice keeps --check / --diff: run as given, it checks the drafts and rewrites nothing."""
    code, out, err = run("fmt", *mode, "szkice")
    assert (code, out) == (2, "")
    advice = " ".join(("cxkit fmt", *mode, "szkice/*.yaml"))
    nothing, anyway = {"format": ("formatować", "sformatować"), "check": ("sprawdzać", "sprawdzić")}[verb]
    assert err == (f"cxkit: nie ma czego {nothing}: `exclude` w cxkit.toml pomija szkice, jedyny wskazany folder; by mimo "
                   f"to {anyway} jego pliki, wskaż je ({advice})\n")  # lang = "pl" (s39)
    assert (ws / "szkice" / "grazyna.yaml").read_text(encoding="utf-8") == SZKIC_PL
    # The same condition and exit code as lint's.
    assert run("lint", "szkice")[0] == 2


def test_the_advice_lays_the_files_out(ws: Path) -> None:
    assert run("fmt", "--check", "szkice/grazyna.yaml")[0] == 1  # named files are formatted, as the advice says
    assert run("fmt", "szkice/grazyna.yaml")[0] == 0
    assert (ws / "szkice" / "grazyna.yaml").read_text(encoding="utf-8") != SZKIC_PL


def test_configured_paths_that_are_all_excluded(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('paths = ["szkice"]\nexclude = ["szkice/"]\n', encoding="utf-8")
    code, _, err = run("fmt", "--check")
    assert code == 2
    assert err.startswith("cxkit: nothing to check: szkice, the only folder `paths` names, is excluded")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_linked_folder_into_the_excluded_one_is_told_the_real_folder(ws: Path) -> None:
    (ws / "personas" / "szkice").symlink_to("../szkice")
    code, _, err = run("fmt", "--check", "personas/szkice")
    assert code == 2
    assert err.startswith("cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija personas/szkice, jedyny wskazany "
                          "folder;"), err
    assert err.endswith("wskaż je (cxkit fmt --check szkice/*.yaml)\n")  # not through the link, which fmt refuses
    assert run("lint", "personas/szkice")[0] == 2


def test_a_nested_workspace_excluding_its_own_folder(ws: Path) -> None:
    client = ws / "klienci" / "bank"
    (client / "robocze").mkdir(parents=True)
    (client / "cxkit.toml").write_text('lang = "pl"\nexclude = ["robocze/"]\n', encoding="utf-8")
    (client / "robocze" / "grazyna.yaml").write_text(SZKIC_PL, encoding="utf-8")
    code, _, err = run("fmt", "--check", "klienci/bank/robocze")
    assert code == 2
    assert "`exclude` w klienci/bank/cxkit.toml pomija" in err and "(cxkit fmt --check klienci/bank/robocze/*.yaml)" in err


def test_guard_an_excluded_folder_beside_another_is_passed_over(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "szkice", "personas")
    assert code == 1
    assert "do przeformatowania: personas/mark.yaml" in err and "nothing to" not in err and "nie ma czego" not in err


def test_guard_only_documents_skips_without_an_error(ws: Path) -> None:
    code, _, _ = run("fmt", "--check", "--only-documents", "szkice")
    assert code == 0
    assert run("lint", "--only-documents", "szkice")[0] == 0
