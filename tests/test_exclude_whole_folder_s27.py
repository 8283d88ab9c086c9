"""A folder `exclude` leaves out whole is not entered: a config in it is not read (session 27 review).

`exclude = ["archiwum/**"]` (or `archiwum/*`) leaves out everything that lies in archiwum/, as the
README says of a trailing `/**`, yet lint, fmt and render went into the folder, met
`archiwum/cxkit.toml` (an old copy's or a client's config, kept in the archive) and took the folder
for a workspace of its own: a broken one stopped the run (exit 2), a good one had its documents
checked under its own rules. Such a config governs only files `exclude` leaves out. A pattern for
only some of what lies in the folder (`archiwum/*.yaml`) still lets the scan in, and a folder or
file named on the command line is checked under its own config, as before.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

BROKEN = 'lang = "pl"\npaths = 3\n'
VAGUE = "kind: persona\nid: {id}\nname: Ola Nowak\nlang: pl\nsummary: Typowa klientka\n"


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("NO_COLOR", "1")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "GITHUB_ACTIONS"):
        monkeypatch.delenv(var, raising=False)


def invoke(*args: str, cwd: Path):
    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def agency(top: Path, archive: str, pattern: str, archive_config: str = BROKEN) -> None:
    """A top with one client taken from cxkit's own examples and an archive folder holding a config."""
    examples = Path(__file__).resolve().parent.parent / "examples" / "pl"
    for kind in ("personas", "journeys"):
        for src in sorted((examples / kind).glob("*.yaml")):
            dest = top / "klient" / kind / src.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(src.read_bytes())
    (top / "klient" / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    folder = top / archive
    (folder / "personas").mkdir(parents=True)
    (folder / "cxkit.toml").write_text(archive_config, encoding="utf-8")
    (folder / "personas" / "ola.yaml").write_text(VAGUE.format(id="ola-archiwum"), encoding="utf-8")
    (top / "cxkit.toml").write_text(f'lang = "pl"\nexclude = ["{pattern}"]\n', encoding="utf-8")


WHOLE = ["archiwum/**", "archiwum/*", "archiwum/**/*", "/archiwum/**", "./archiwum/*", "**/archiwum/**"]


@pytest.mark.parametrize("pattern", WHOLE)
def test_a_broken_config_in_a_folder_left_out_whole_stops_nothing(tmp_path: Path, pattern: str) -> None:
    agency(tmp_path, "archiwum", pattern)
    lint = invoke("lint", "--format", "json", cwd=tmp_path)
    assert (lint.exit_code, lint.stdout.strip(), lint.stderr) == (0, "[]", "")
    fmt = invoke("fmt", "--check", cwd=tmp_path)
    assert fmt.exit_code == 0, fmt.stderr
    assert fmt.stderr.strip() == "Bez zmian: 4 pliki."  # the top config says lang = "pl"
    render = invoke("render", ".", "-f", "md", cwd=tmp_path)
    assert render.exit_code == 0, render.stderr
    assert "ola-archiwum" not in render.stdout and "pawel-kupuje-sluchawki-otwarte" in render.stdout


@pytest.mark.parametrize("pattern", ["archiwum/**", "archiwum/*"])
def test_the_rest_keeps_its_own_exit_code(tmp_path: Path, pattern: str) -> None:
    """A finding outside the archive is exit 1, as without the archive's config."""
    agency(tmp_path, "archiwum", pattern)
    (tmp_path / "klient" / "personas" / "ewa.yaml").write_text(VAGUE.format(id="ewa"), encoding="utf-8")
    lint = invoke("lint", "--format", "json", cwd=tmp_path)
    assert lint.exit_code == 1, lint.stderr
    assert {f["path"] for f in json.loads(lint.stdout)} == {"klient/personas/ewa.yaml"}


@pytest.mark.parametrize("pattern", ["archiwum/**", "archiwum/*"])
def test_a_good_config_there_does_not_bring_its_documents_in(tmp_path: Path, pattern: str) -> None:
    """A valid config of the archive's own, with rules of its own, is not a workspace to check."""
    own = 'lang = "pl"\nfail-level = "info"\n[rules.pseudo-profiling]\nseverity = "error"\n'
    agency(tmp_path, "archiwum", pattern, own)
    lint = invoke("lint", "--format", "json", cwd=tmp_path)
    assert (lint.exit_code, json.loads(lint.stdout)) == (0, [])
    stats = invoke("lint", cwd=tmp_path)
    assert stats.stdout.strip() == "Wszystko w porządku (sprawdzono 4 dokumenty w 4 plikach)."


@pytest.mark.parametrize("archive", ["archiwum_źródeł", "Stare wersje/zespół sprzedaży", "Zażółć"])
def test_polish_folder_names(tmp_path: Path, archive: str) -> None:
    pattern = f"{archive}/**"
    agency(tmp_path, archive, pattern)
    lint = invoke("lint", cwd=tmp_path)
    assert lint.exit_code == 0, lint.stderr
    assert lint.stdout.strip() == "Wszystko w porządku (sprawdzono 4 dokumenty w 4 plikach)."


def test_a_folder_spelt_decomposed_is_left_out_by_the_composed_pattern(tmp_path: Path) -> None:
    """macOS and unzip may name the folder with a `z` and a combining accent; the config spells `ź`."""
    decomposed = unicodedata.normalize("NFD", "archiwum_źródeł")
    agency(tmp_path, decomposed, "archiwum_źródeł/*")
    assert invoke("lint", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("pattern", ["archiwum/*.yaml", "archiwum/personas/**", "archiwum/cxkit.toml"])
def test_a_pattern_for_some_of_the_folder_still_reads_its_config(tmp_path: Path, pattern: str) -> None:
    """Guard: the config governs files `exclude` leaves in, so lint reads it and stops at it."""
    agency(tmp_path, "archiwum", pattern)
    lint = invoke("lint", cwd=tmp_path)
    assert lint.exit_code == 2
    assert lint.stderr.startswith("cxkit: archiwum/cxkit.toml:2:1: zła wartość `paths`")  # the config is Polish, and so is its error (s38)


@pytest.mark.parametrize("pattern", ["archiwum", "archiwum/"])
def test_a_pattern_for_the_folder_itself_as_before(tmp_path: Path, pattern: str) -> None:
    """Guard: the folder itself matched was never entered."""
    agency(tmp_path, "archiwum", pattern)
    assert invoke("lint", cwd=tmp_path).exit_code == 0


def test_a_folder_below_one_that_holds_other_files(tmp_path: Path) -> None:
    """`archiwum/*/**` leaves out each folder in archiwum/, not archiwum's own files: a config in
    archiwum/2024/ is not read, and the document directly in archiwum/ is checked."""
    agency(tmp_path, "archiwum/2024", "archiwum/*/**")
    (tmp_path / "archiwum" / "ewa.yaml").write_text(VAGUE.format(id="ewa"), encoding="utf-8")
    lint = invoke("lint", "--format", "json", cwd=tmp_path)
    assert lint.exit_code == 1, lint.stderr
    assert {f["path"] for f in json.loads(lint.stdout)} == {"archiwum/ewa.yaml"}


def test_init_agrees_with_lint(tmp_path: Path) -> None:
    agency(tmp_path, "archiwum", "archiwum/**")
    assert invoke("lint", cwd=tmp_path).exit_code == 0
    init = invoke("init", "--no-examples", cwd=tmp_path)
    assert init.exit_code == 0, init.stderr


def test_a_folder_named_on_the_command_line_is_read_under_its_own_config(tmp_path: Path) -> None:
    """Guard: a folder named is checked under the nearest config, as before: the archive's own (broken)
    config when it has one, else the top's, whose `exclude` leaves it out (nothing to check, exit 2)."""
    agency(tmp_path, "archiwum", "archiwum/**")
    lint = invoke("lint", "archiwum", cwd=tmp_path)
    assert lint.exit_code == 2
    assert lint.stderr.startswith("cxkit: archiwum/cxkit.toml:2:1: zła wartość `paths`")  # the config is Polish, and so is its error (s38)
    (tmp_path / "archiwum" / "cxkit.toml").unlink()
    lint = invoke("lint", "archiwum", cwd=tmp_path)
    assert lint.exit_code == 2
    assert lint.stderr.startswith("cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija archiwum, jedyny wskazany "
                                  "folder;"), lint.stderr  # the top's config says lang = "pl" (s39)


def test_a_file_named_there_is_checked_under_the_config_beside_it(tmp_path: Path) -> None:
    """Guard: a file named is always checked, under the nearest config, as before: the archive's good
    config makes pseudo-profiling an error there."""
    own = 'lang = "pl"\n[rules.pseudo-profiling]\nseverity = "error"\n'
    agency(tmp_path, "archiwum", "archiwum/**", own)
    lint = invoke("lint", "--format", "json", "archiwum/personas/ola.yaml", cwd=tmp_path)
    assert lint.exit_code == 1
    found = {(f["rule"], f["severity"]) for f in json.loads(lint.stdout)}
    assert ("pseudo-profiling", "error") in found


@pytest.mark.parametrize(("pattern", "folder", "whole"), [
    ("archiwum/**", "archiwum", True),
    ("archiwum/**", "klient/archiwum", True),  # at any depth, as the pattern matches
    ("/archiwum/**", "klient/archiwum", False),
    ("archiwum/***", "archiwum", True),
    ("archiwum/**/**", "archiwum", True),
    ("archiwum/*/*", "archiwum", False),  # archiwum's own files are left in
    ("archiwum/*/*", "archiwum/2024", True),
    ("archiwum/*.yaml", "archiwum", False),
    ("stare/../archiwum/*", "archiwum", True),
    ("../wspólne/**", "../wspólne", True),
])
def test_which_folders_a_pattern_leaves_out_whole(pattern: str, folder: str, whole: bool) -> None:
    from cxkit.discovery import is_excluded_folder

    assert is_excluded_folder(folder, [pattern]) is whole
