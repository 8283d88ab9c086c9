"""A path that names nothing gets the path it was most likely meant as, in lint, fmt, render and diff alike.

Before: `cxkit lint personas/ola.yml` beside `personas/ola.yaml` said only "no such file or
directory", and so did `cxkit lint persona/` beside `personas/`, while `cxkit diff` offered the
name close by in the same folder (and no name at all for a mistyped folder).  One helper now finds
it for every command (:func:`cxkit.discovery.near_path`): each name from the first that does not
exist on, a `.yml` for a `.yaml`, the folder mistyped too; none when two are as close.  Still exit 2.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app
from git_helpers import HAS_GIT

OLA = """\
kind: persona
id: ola-ksiegowa
name: Ola Wiśniewska
lang: pl
summary: Księgowa w biurze rachunkowym w Łodzi, rozlicza 40 firm jednoosobowych.
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 10. dnia następnego miesiąca
"""

MARK = """\
kind: persona
id: mark-plumber
name: Mark Hughes
lang: en
summary: Runs a two-van plumbing firm in Leeds and quotes jobs from his phone.
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "personas" / "mark.yaml").write_text(MARK, encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    return tmp_path


# The workspace says `lang = "pl"`: a path that names nothing is told in Polish (the English twin, "no such file or
# directory; did you mean …?", is tests/test_polish_paths_kinds_s39.py's).


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stderr


@pytest.mark.parametrize("command", [["lint"], ["fmt"], ["fmt", "--check"], ["render"]])
@pytest.mark.parametrize(("typed", "meant"), [
    ("personas/ola.yml", "personas/ola.yaml"),  # the other suffix
    ("persona/", "personas/"),  # the folder, its slash kept
    ("persony", "personas"),  # the Polish plural for the folder there is
    ("persona/ola.yml", "personas/ola.yaml"),  # both names
    ("./personas/mrak.yaml", "personas/mark.yaml"),  # two letters swapped
    ("Personas/ola.yaml", "personas/ola.yaml"),  # case, on a file system that keeps it
])
def test_a_mistyped_path_gets_the_one_meant(ws: Path, command: list[str], typed: str, meant: str) -> None:
    if command == ["render"] and meant.endswith("/"):
        pytest.skip("render takes files")
    assert run(*command, typed) == (2, f"cxkit: {typed.removeprefix('./')}: nie ma takiego pliku ani folderu; czy chodziło o {meant}?\n")


@pytest.mark.parametrize("typed", [
    "personas/kasia.yaml",  # nothing close
    "klienci/ola.yaml",  # no folder close, so no guess at the file
    "personas/ola.yaml/x.yaml",  # below a file
])
def test_nothing_close_nothing_offered(ws: Path, typed: str) -> None:
    assert run("lint", typed) == (2, f"cxkit: {typed}: nie ma takiego pliku ani folderu\n")


def test_a_hidden_file_is_not_offered(ws: Path) -> None:
    (ws / "personas" / ".szkic.yaml").write_text(OLA, encoding="utf-8")
    assert run("lint", "personas/szkic.yaml") == (2, "cxkit: personas/szkic.yaml: nie ma takiego pliku ani folderu\n")


def test_two_names_as_close_offer_neither(ws: Path) -> None:
    (ws / "personas" / "ola.yml").write_text(OLA.replace("ola-ksiegowa", "ola-kopia"), encoding="utf-8")
    (ws / "personas" / "ula.yaml").write_text(OLA.replace("ola-ksiegowa", "ula"), encoding="utf-8")
    # `ola.yaml`, `ola.yml`: `.yml` for `.yaml` is no guess here, both exist; `ela.yaml` is as close to `ola` as `ula`.
    assert run("lint", "personas/ela.yaml") == (2, "cxkit: personas/ela.yaml: nie ma takiego pliku ani folderu\n")


def test_a_yaml_name_is_offered_a_yaml_file_not_a_folder_or_a_backup(ws: Path) -> None:
    (ws / "personas" / "kasia.yaml.bak").write_text(OLA, encoding="utf-8")
    (ws / "kasia.yaml").mkdir()
    assert run("lint", "personas/kasia.yaml") == (2, "cxkit: personas/kasia.yaml: nie ma takiego pliku ani folderu\n")
    assert run("lint", "kasia.yml") == (2, "cxkit: kasia.yml: nie ma takiego pliku ani folderu\n")


def test_fmt_of_several_paths_names_the_missing_one(ws: Path) -> None:
    assert run("fmt", "--check", "personas/mark.yaml", "journeys", "personas/ola.yml") == (
        2, "cxkit: personas/ola.yml: nie ma takiego pliku ani folderu; czy chodziło o personas/ola.yaml?\n")


def test_guard_a_backslash_path_keeps_its_own_advice(ws: Path) -> None:
    code, err = run("lint", "personas\\ola.yaml")
    assert code == 2
    assert err.count("did you mean") == 1 and "folders are separated by / here" in err


@pytest.mark.skipif(not HAS_GIT, reason="git missing")
def test_guard_diff_says_it_once(ws: Path) -> None:
    code, err = run("diff", "personas/ola.yml", "personas/mark.yaml")
    assert (code, err) == (2, "cxkit: personas/ola.yml: nie ma takiego pliku ani folderu; czy chodziło o personas/ola.yaml?\n")


def test_a_folder_of_60000_names_is_searched_in_bounded_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cxkit.discovery import near_path

    monkeypatch.chdir(tmp_path)
    big = tmp_path / "generated"
    big.mkdir()
    for i in range(60000):
        (big / f"persona-{i:05d}.yaml").touch()
    start = time.process_time()
    assert near_path("generated/persona-00001.yml") == "generated/persona-00001.yaml"
    assert near_path("generated/persona-1234.yaml") is None  # persona-01234 and persona-12340 ... as close
    assert near_path("generated/persona-12345-.yaml") == "generated/persona-12345.yaml"
    assert near_path("generatd/persona-12345.yaml") == "generated/persona-12345.yaml"
    # Each a listing of 60,000 names; difflib over them all took most of a second each.
    assert time.process_time() - start < 2.0
