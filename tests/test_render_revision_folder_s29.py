"""`cxkit render main:journeys/` renders the folder as the revision holds it (session 29).

A reviewer wanting the overview of `main` beside a branch's was told the folder of a revision is
refused (check `main` out instead). Now a folder of a revision is rendered as a working-tree folder
is: every cxkit document in it, each named `main:PATH`, with what the config's `exclude` leaves out,
hidden folders and other YAML passed over, broken files listed, duplicate ids warned of.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: {name}
lang: pl
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 klientów na KSeF.
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 20. dnia
"""

MAREK = """\
kind: negative-persona
id: marek-szuka-darmowego
name: Marek szuka darmowego programu
lang: pl
summary: Jednoosobowa działalność, szuka darmowego programu do faktur.
reasons:
  - Nie zapłaci za abonament, dopóki urząd daje darmową aplikację
"""

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro rachunkowe na KSeF
lang: pl
persona: ewa-ksiegowa-biuro
stages:
  - id: swiadomosc
    name: {first}
    doing: Czyta o terminach KSeF na grupie „Księgowe w sieci”
    emotion: -1
"""


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Łucja", "GIT_AUTHOR_EMAIL": "l@example.pl",
           "GIT_COMMITTER_NAME": "Łucja", "GIT_COMMITTER_EMAIL": "l@example.pl",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """main holds Ewa, Marek and the journey; the branch, checked out, renames Ewa and drops Marek."""
    _write(tmp_path, {
        "cxkit.toml": 'lang = "pl"\nexclude = ["personas/szkice/**"]\n',
        "personas/ewa.yaml": EWA.format(name="Ewa Żółkiewska"),
        "personas/marek.yaml": MAREK,
        "personas/szkice/ewa-robocza.yaml": EWA.format(name="Ewa — szkic"),
        "personas/.archiwum/ewa-stara.yaml": EWA.format(name="Ewa — ukryta kopia"),
        "personas/tlumaczenia.yaml": "etykiety:\n  cel: Cel\n",
        "journeys/ewa-wdraza-ksef.yaml": JOURNEY.format(first="Świadomość"),
    })
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "Ewa, Marek i ścieżka")
    _git(tmp_path, "checkout", "-q", "-b", "pr/nowe-nazwisko")
    _write(tmp_path, {"personas/ewa.yaml": EWA.format(name="Ewa Żółkiewska-Nowak")})
    _git(tmp_path, "rm", "-q", "personas/marek.yaml")
    _git(tmp_path, "commit", "-q", "-am", "Nowe nazwisko, bez Marka")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def test_the_folder_as_main_holds_it(repo: Path) -> None:
    result = run_cli("render", "main:personas/", "-f", "json")
    assert result.exception is None and result.exit_code == 0, result.stderr
    docs = json.loads(result.stdout)["documents"]
    assert [(d["path"], d["document"]["name"]) for d in docs] == [
        ("main:personas/ewa.yaml", "Ewa Żółkiewska"),
        ("main:personas/marek.yaml", "Marek szuka darmowego programu"),
    ]
    here = json.loads(run_cli("render", "personas/", "-f", "json").stdout)["documents"]
    assert [d["document"]["name"] for d in here] == ["Ewa Żółkiewska-Nowak"]


def test_the_terminal_overview_of_a_revision(repo: Path) -> None:
    result = run_cli("render", "main:personas")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Zestawienie: main:personas"
    assert "Ewa Żółkiewska " in result.stdout and "Marek szuka" in result.stdout
    assert "Nowak" not in result.stdout and "szkic" not in result.stdout and "ukryta" not in result.stdout
    assert lines[-1] == "persony: 1 · persony negatywne: 1 · ścieżki: 0"


def test_the_markdown_export_names_each_file_by_its_revision(repo: Path) -> None:
    result = run_cli("render", "main:personas/", "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Zestawienie: main:personas\n")
    assert "<sub>main:personas/ewa.yaml</sub>" in result.stdout
    assert "<sub>main:personas/marek.yaml</sub>" in result.stdout


def test_the_whole_revision_from_the_top(repo: Path) -> None:
    result = run_cli("render", "main:.", "-f", "json")
    assert result.exit_code == 0, result.stderr
    paths = [d["path"] for d in json.loads(result.stdout)["documents"]]
    assert paths == ["main:personas/ewa.yaml", "main:personas/marek.yaml", "main:journeys/ewa-wdraza-ksef.yaml"]


def test_from_a_subfolder_with_a_path_from_there(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "journeys")
    result = run_cli("render", "main:./", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == ["main:journeys/ewa-wdraza-ksef.yaml"]
    one = run_cli("render", "main:./ewa-wdraza-ksef.yaml", "-f", "md")  # one file of it too
    assert one.stdout.endswith("<sub>main:journeys/ewa-wdraza-ksef.yaml</sub>\n"), one.stdout


def test_a_broken_file_and_a_duplicate_in_the_revision(repo: Path) -> None:
    _write(repo, {"personas/zla.yaml": "kind: persona\nid: zla\nname: [\n",
                  "personas/ewa_BACKUP_4312.yaml": EWA.format(name="Ewa Żółkiewska")})
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "po scaleniu")
    result = run_cli("render", "HEAD:personas", "-f", "md")
    assert result.exit_code == 1  # as for a working-tree folder with a broken file
    assert "`HEAD:personas/zla.yaml:3:8` CX001" in result.stdout
    # the workspace is Polish (lang = "pl"), and so since bb0498a2 is render's duplicate-id warning
    assert ("cxkit: ostrzeżenie: HEAD:personas/ewa.yaml:2:5: id „ewa-ksiegowa-biuro” występuje też w "
            "HEAD:personas/ewa_BACKUP_4312.yaml:2") in result.stderr


def test_a_client_folder_in_the_revision_reads_under_its_own_config(repo: Path) -> None:
    _write(repo, {"klient/cxkit.toml": 'lang = "pl"\nexclude = ["stare/**"]\n',
                  "klient/personas/ewa.yaml": EWA.format(name="Ewa u klienta"),
                  "klient/stare/ewa.yaml": EWA.format(name="Ewa — stara u klienta")})
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "klient")
    result = run_cli("render", "HEAD:.", "-f", "json")
    assert result.exit_code == 0, result.stderr  # the same id in two workspaces is no duplicate
    names = [d["document"]["name"] for d in json.loads(result.stdout)["documents"]]
    assert "Ewa u klienta" in names and "Ewa — stara u klienta" not in names


def test_a_folder_the_revision_does_not_hold_names_its_closest_file(repo: Path) -> None:
    result = run_cli("render", "main:persony/")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: main:persony: w „main” nie ma persony")  # a Polish workspace (session 41)
