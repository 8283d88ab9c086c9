"""`cxkit render REV:PATH` renders the file as that revision holds it, as `git show REV:PATH` reads it.

A PM reviewing a pull request typed `cxkit render main:journeys/ewa-wdraza-ksef.yaml` and was told
"no such file or directory; did you mean journeys/ewa-wdraza-ksef.yaml?" — following the hint
rendered the branch's new version, believed to be main's. Now the revision's file is rendered
(named `main:journeys/…` in every view, its persona looked up in that revision too), and a path or
revision that is not there is an error that never points at the working tree's file.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

CONFIG = 'paths = ["personas", "journeys"]\nlang = "pl"\n'

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: {name}
lang: pl
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 klientów na KSeF.
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 20. dnia
reviewed: 2026-11-20
"""

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro rachunkowe na KSeF
lang: pl
persona: ewa-ksiegowa-biuro
reviewed: 2026-11-20
stages:
  - id: swiadomosc
    name: {first}
    doing: Czyta o terminach KSeF na grupie „Księgowe w sieci”
    emotion: {emotion}
  - id: wdrozenie
    name: Wdrożenie
    doing: Importuje faktury zakupowe 62 klientów
    emotion: 1
"""


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Łucja", "GIT_AUTHOR_EMAIL": "l@example.pl",
           "GIT_COMMITTER_NAME": "Łucja", "GIT_COMMITTER_EMAIL": "l@example.pl"}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """main holds the first versions; the branch pr/ksef-update, checked out, renames the persona
    and changes the journey's first stage."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA.format(name="Ewa Żółkiewska"), encoding="utf-8")
    (tmp_path / "journeys/ewa-wdraza-ksef.yaml").write_text(
        JOURNEY.format(first="Świadomość", emotion=-1), encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "Ewa i jej ścieżka")
    _git(tmp_path, "checkout", "-q", "-b", "pr/ksef-update")
    (tmp_path / "personas/ewa-ksiegowa-biuro.yaml").write_text(
        EWA.format(name="Ewa Żółkiewska-Nowak"), encoding="utf-8")
    (tmp_path / "journeys/ewa-wdraza-ksef.yaml").write_text(
        JOURNEY.format(first="Pierwsze sygnały", emotion=-2), encoding="utf-8")
    _git(tmp_path, "commit", "-q", "-am", "Nowe nazwisko, nowy etap")
    return tmp_path


def _render(*args: str):
    return CliRunner().invoke(app, ["render", *args], env={"COLUMNS": "80", "NO_COLOR": "1"})


def test_a_file_of_a_revision_is_rendered_as_that_revision_holds_it(repo: Path) -> None:
    result = _render("main:journeys/ewa-wdraza-ksef.yaml", "--layout", "panels")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == "│ Persona: Ewa Żółkiewska (ewa-ksiegowa-biuro)                                 │"
    assert "main:journeys/ewa-wdraza-ksef.yaml" in result.stdout
    assert "Świadomość" in result.stdout and "Pierwsze sygnały" not in result.stdout
    assert "-1 źle" in result.stdout and "bardzo źle" not in result.stdout
    # The working tree's file is still the branch's version.
    branch = _render("journeys/ewa-wdraza-ksef.yaml")
    assert "Pierwsze sygnały" in branch.stdout and "Ewa Żółkiewska-Nowak" in branch.stdout


def test_an_export_of_a_revision_names_it(repo: Path) -> None:
    result = _render("main:journeys/ewa-wdraza-ksef.yaml", "-f", "markdown")
    assert result.exit_code == 0, result.output
    assert "<sub>main:journeys/ewa-wdraza-ksef.yaml</sub>" in result.stdout
    assert "Persona: Ewa Żółkiewska (`ewa-ksiegowa-biuro`)" in result.stdout
    persona = _render("HEAD~1:personas/ewa-ksiegowa-biuro.yaml", "-f", "html")
    assert persona.exit_code == 0 and "<h1>Ewa Żółkiewska</h1>" in persona.stdout


def test_a_path_from_the_current_folder_is_read_as_git_reads_it(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "journeys")
    result = _render("main:./ewa-wdraza-ksef.yaml")
    assert result.exit_code == 0, result.output
    assert "Świadomość" in result.stdout


@pytest.mark.parametrize("given, said", [  # a Polish workspace: said in Polish since session 41
    ("main:journeys/ewa-wdraza-ksf.yaml",
     "main:journeys/ewa-wdraza-ksf.yaml: w „main” nie ma journeys/ewa-wdraza-ksf.yaml; "
     "czy chodziło o main:journeys/ewa-wdraza-ksef.yaml?"),
    ("mian:journeys/ewa-wdraza-ksef.yaml",
     "mian:journeys/ewa-wdraza-ksef.yaml: nie ma takiego pliku ani folderu, nie jest to też plik rewizji gita "
     "(REV:PATH): nieznana rewizja „mian”: git nie zna takiej gałęzi, tagu ani commitu"),
])
def test_what_a_revision_does_not_hold_is_said_without_the_working_trees_file(repo: Path, given: str, said: str) -> None:
    result = _render(given)
    assert result.exit_code == 2
    assert result.stderr == f"cxkit: {said}\n"
    assert "did you mean journeys/" not in result.stderr


def test_a_file_whose_name_has_a_colon_is_still_that_file(repo: Path) -> None:
    (repo / "journeys/main:kopia.yaml").write_text(JOURNEY.format(first="Kopia robocza", emotion=0), encoding="utf-8")
    result = _render("journeys/main:kopia.yaml")
    assert result.exit_code == 0, result.output
    assert "Kopia robocza" in result.stdout
