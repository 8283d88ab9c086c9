"""A folder's export on a terminal says a conflict once; a client's broken config fails render first (session 29).

1. `cxkit render . -f md` (or `-f html`, `-f json`) during a merge wrote the conflicted file's lint
   line on stderr and listed it again under "Could not be read" in the export on stdout: on one
   terminal the user read the conflict twice, as the terminal overview no longer does.
2. From the top of an agency's repository, a client's `cxkit.toml` that `cxkit lint` rejects (a
   rule misspelt in `ignore`) did not stop `cxkit render .`: it warned of a duplicate id in that
   client and exited 0. Now it fails first, with the config's located error, exit code 2, as lint.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo
from terminal_helpers import cxkit_on_one_terminal

PERSONA = """\
kind: persona
id: ewa-ksiegowa
name: Ewa Kowalska
lang: pl
summary: Księgowa w biurze rachunkowym w Poznaniu, prowadzi czterdziestu klientów.
goals:
  - Przenieść wszystkich klientów na KSeF przed terminem
pain_points:
  - Kreator przyjmuje jeden token naraz
"""

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro na KSeF
lang: pl
persona: ewa-ksiegowa
stages:
  - id: swiadomosc
    name: Świadomość
    doing: Czyta wątek w grupie „Księgowe w sieci” o terminach KSeF
    emotion: -1
  - id: wdrozenie
    name: Wdrożenie
    doing: Wkleja tokeny KSeF jeden po drugim
    emotion: -2
"""

CONFLICT = "unresolved merge conflict markers"

PRIYA = """\
kind: persona
id: priya-first-dog
name: Priya Shah
lang: en
summary: Adopted a retired greyhound and wants a vet who knows sighthounds.
goals:
  - Get Juno vaccinated within two weeks of adoption
"""


@pytest.fixture
def merging(tmp_path: Path) -> Repo:
    """A repository in the middle of a merge that conflicts in the persona's summary."""
    repo = Repo(tmp_path / "biuro")
    repo.write("personas/ewa.yaml", PERSONA)
    repo.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "persona i ścieżka")
    repo.git("checkout", "-q", "-b", "gdansk")
    repo.write("personas/ewa.yaml", PERSONA.replace("w Poznaniu", "w Gdańsku"))
    repo.git("commit", "-q", "-am", "Gdańsk")
    repo.git("checkout", "-q", "main")
    repo.write("personas/ewa.yaml", PERSONA.replace("w Poznaniu", "w Krakowie"))
    repo.git("commit", "-q", "-am", "Kraków")
    assert repo.git("merge", "gdansk", check=False).returncode != 0
    return repo


@pytest.mark.skipif(sys.platform == "win32", reason="no pty")
@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_an_export_on_a_terminal_says_a_conflict_once(merging: Repo, fmt: str) -> None:
    shown, code = cxkit_on_one_terminal(merging.root, ["render", ".", "-f", fmt], {"COLUMNS": "100", "NO_COLOR": "1"})
    assert shown.count(CONFLICT) == 1, shown
    assert ('"path": "personas/ewa.yaml"' if fmt == "json" else "personas/ewa.yaml:5:1") in shown
    assert "Ewa przenosi biuro na KSeF" in shown
    assert code == 1


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_an_export_redirected_keeps_the_line_on_stderr(merging: Repo, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(merging.root)
    result = run_cli("render", ".", "-f", fmt)
    assert result.exception is None and result.exit_code == 1
    assert result.stderr.count(CONFLICT) == 1  # for a script or a log
    assert result.stdout.count(CONFLICT) == 1


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two clients under one repository; zoo's config misspells a rule, and zoo holds a merge tool's backup."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for client in ("zoo", "weterynarz"):
        (tmp_path / client / "personas").mkdir(parents=True)
    (tmp_path / "zoo/cxkit.toml").write_text('lang = "pl"\nignore = ["stale-revew"]\n', encoding="utf-8")
    (tmp_path / "weterynarz/cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "zoo/personas/ewa.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "zoo/personas/ewa_BACKUP_4242.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "weterynarz/personas/priya.yaml").write_text(PRIYA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


@pytest.mark.parametrize("args", [[], ["-f", "md"], ["-f", "html"], ["-f", "json"], ["--layout", "stacked"]])
def test_a_client_config_lint_rejects_fails_render_first(agency: Path, args: list[str]) -> None:
    lint = run_cli("lint", ".")
    assert lint.exit_code == 2
    result = run_cli("render", ".", *args)
    assert result.exception is None
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == ("cxkit: zoo/cxkit.toml:2:11: ignore: nieznana reguła „stale-revew”; "
                             "czy chodziło o „stale-review”?\n")  # zoo's config says `lang = "pl"` (session 40)


def test_a_sound_client_beside_it_still_renders(agency: Path) -> None:
    result = run_cli("render", "weterynarz", "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert "Priya Shah" in result.stdout
