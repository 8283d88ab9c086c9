"""When review knows the change renamed a persona's id, the journey that still names the old id is
told the new one only, not lint's guess by spelling first.

`persona 'p12-klient' does not exist in the workspace; did you mean 'p42-klient' (Klient 42)?; this
change renamed persona 'p12-klient' to 'p12-klient-kierowca' (…)`: the guess pointed at another
persona, one digit away.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

PERSONA = """\
kind: persona
id: {ident}
name: {name}
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
goals:
  - {goal}
"""

JOURNEY = """\
kind: journey
id: zakup-oc
name: Zakup OC
lang: pl
owner: Zespół CX (Anna Kowal)
persona: p12-klient
reviewed: 2026-11-20
stages:
  - id: zgloszenie
    name: Zgłoszenie
    doing: Dzwoni na infolinię i podaje numer polisy
    emotion: -1
"""


@pytest.fixture()
def renamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "persony").mkdir()
    (tmp_path / "persony" / "p12.yaml").write_text(
        PERSONA.format(ident="p12-klient", name="Kierowca floty", goal="Zgłosić szkodę z trasy w pięć minut"), encoding="utf-8")
    (tmp_path / "persony" / "p42.yaml").write_text(
        PERSONA.format(ident="p42-klient", name="Klient 42 (Gdańsk)", goal="Porównać ceny OC wieczorem"), encoding="utf-8")
    (tmp_path / "sciezki").mkdir()
    (tmp_path / "sciezki" / "j12.yaml").write_text(JOURNEY, encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    p12 = tmp_path / "persony" / "p12.yaml"
    p12.write_text(p12.read_text(encoding="utf-8").replace("id: p12-klient", "id: p12-klient-kierowca"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-06"}.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def test_the_renamed_id_is_the_only_suggestion(renamed: Path) -> None:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", "-f", "json"])
    assert result.exit_code == 1, result.output
    introduced = json.loads(result.stdout)["introduced"]
    assert [p["message"] for p in introduced if p["rule"] == "unknown-persona"] == [
        "persona „p12-klient” nie istnieje w obszarze roboczym; ta zmiana przemianowała personę „p12-klient” na "
        "„p12-klient-kierowca” (persony/p12.yaml)"]


def test_lint_alone_still_guesses_by_spelling(renamed: Path) -> None:
    """Without a review there is no rename to know of: lint's own suggestion stands."""
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "sciezki/j12.yaml"])
    messages = [f["message"] for f in json.loads(result.stdout) if f["rule"] == "unknown-persona"]
    assert messages == ["persona „p12-klient” nie istnieje w obszarze roboczym; czy chodziło o „p42-klient” (Klient 42 "
                        "(Gdańsk))?"]
