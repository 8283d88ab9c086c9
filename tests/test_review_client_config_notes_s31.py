"""`cxkit review` gives each client config of a monorepo its config notes, as `cxkit lint` does.

Review's notes (a pattern written in the wrong case) looked at the top config only: an agency's
client config `klient-a/cxkit.toml` with `exclude = ["personas/szkice"]` for a folder `Szkice/`
excludes nothing on Linux CI, and lint from the top said so; review of the same tree did not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import PERSONA_KAMIL as PERSONA
from cxkit.cli import app
from git_helpers import git


# The client's config is Polish, and so is its note (session 38; test_polish_notes_s38 has it in English).
SLIP = ("klient-a/cxkit.toml:3:12: wzorzec „personas/szkice” w kluczu exclude nie pasuje do żadnego sprawdzonego tu pliku "
        "(wielkość liter w nazwach ma znaczenie, jak w CI na Linuksie); czy chodziło o „personas/Szkice”?")


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum"]\n', encoding="utf-8")
    client = tmp_path / "klient-a"
    (client / "personas" / "Szkice").mkdir(parents=True)
    (client / "cxkit.toml").write_text('paths = ["personas"]\nlang = "pl"\nexclude = ["personas/szkice"]\n',
                                       encoding="utf-8")
    (client / "personas" / "kamil.yaml").write_text(PERSONA.format(id="kamil-nowak"), encoding="utf-8")
    (client / "personas" / "Szkice" / "k.yaml").write_text(PERSONA.format(id="szkic-kamila"), encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "klient A")
    kamil = client / "personas" / "kamil.yaml"
    kamil.write_text(kamil.read_text(encoding="utf-8").replace("trzech", "czterech"), encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_review_notes_a_client_configs_pattern_as_lint_does(agency: Path) -> None:
    """Fails before: review said nothing of the client's pattern."""
    _code, _out, err = run("review", "HEAD")
    assert f"cxkit: uwaga: {SLIP}\n" in err


def test_a_client_pattern_in_the_right_case_gives_no_note(agency: Path) -> None:
    """Guard: spelt as the folder is, the pattern excludes it, and nothing is noted."""
    config = agency / "klient-a" / "cxkit.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("szkice", "Szkice"), encoding="utf-8")
    _code, _out, err = run("review", "HEAD")
    assert "matches no file checked here" not in err
