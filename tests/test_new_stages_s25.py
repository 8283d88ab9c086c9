"""`cxkit new journey --stages service`: a journey that is no purchase starts from a service's stages
(tester15 F8: a city hall's "Wymiana dowodu osobistego" got Zakup, Po zakupie, Lojalność, Polecanie).

The default stays the purchase funnel; the service file lints as a fresh funnel file does (only its
TODOs and the missing review date) and `cxkit fmt --check` leaves it as it is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

SERVICE_IDS = ["need", "finding-out", "preparing", "applying", "waiting", "outcome", "using"]
FUNNEL_IDS = ["awareness", "consideration", "decision", "purchase", "post-purchase", "loyalty", "advocacy"]

PERSONA_PL = """\
kind: persona
id: halina-wrobel
name: Halina Wróbel
lang: pl
goals:
  - Wymienić dowód osobisty przed upływem terminu ważności, bez dwóch wizyt w urzędzie
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "halina-wrobel.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return tmp_path


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def stages_of(path: Path) -> list[tuple[str, str]]:
    doc = load_text(path.read_text(encoding="utf-8"))
    assert doc.problems == []
    return [(s["id"], s["name"]) for s in doc.data["stages"]]


def lint_rules(path: Path) -> set[str]:
    result = invoke("lint", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.stderr
    return {f["rule"] for f in json.loads(result.stdout)}


@pytest.mark.parametrize(("lang", "name", "names", "commerce"), [
    ("pl", "Wymiana dowodu osobistego",
     ["Potrzeba", "Szukanie informacji", "Przygotowanie", "Złożenie wniosku", "Oczekiwanie", "Decyzja", "Korzystanie"],
     r"klient|mark[aąię]|zakup|lojaln|polec|branż"),
    ("en", "Applying for a parking permit",
     ["Need", "Finding out", "Getting ready", "Applying", "Waiting", "Outcome", "Using it"],
     r"customer|brand|purchase|loyal|advoca|business"),
])
def test_service_stages_in_either_language_name_no_purchase(ws: Path, lang: str, name: str, names: list[str],
                                                            commerce: str) -> None:
    result = invoke("new", "journey", name, "--stages", "service", "--lang", lang, "--persona", "halina-wrobel",
                    "--no-input")
    assert result.exit_code == 0, result.stderr
    path = ws / result.stdout.strip()
    assert stages_of(path) == list(zip(SERVICE_IDS, names))
    text = path.read_text(encoding="utf-8")
    assert re.findall(commerce, text, re.IGNORECASE) == []
    # Only what a fresh template is meant to have: its TODOs and no review date, as the funnel's.
    assert lint_rules(path) == {"placeholder", "stale-review"}  # no date: stale (session 34)
    funnel = invoke("new", "journey", f"{name} 2", "--lang", lang, "--persona", "halina-wrobel", "--no-input")
    assert lint_rules(ws / funnel.stdout.strip()) == lint_rules(path)
    assert invoke("fmt", "--check", str(path)).exit_code == 0


def test_the_default_is_still_the_funnel(ws: Path) -> None:
    """Guard: without --stages (or with --stages funnel, in any case) nothing changed."""
    plain = invoke("new", "journey", "Zakup roweru", "--no-input")
    named = invoke("new", "journey", "Zakup hulajnogi", "--stages", "FUNNEL", "--no-input")
    assert plain.exit_code == named.exit_code == 0
    for result in (plain, named):
        assert [i for i, _ in stages_of(ws / result.stdout.strip())] == FUNNEL_IDS
    assert "Po zakupie" in (ws / plain.stdout.strip()).read_text(encoding="utf-8")


def test_an_existing_file_is_never_overwritten(ws: Path) -> None:
    """Guard: --stages service refuses as every `new` does (exit 1, the file as it was)."""
    first = invoke("new", "journey", "Wymiana dowodu osobistego", "--no-input")
    path = ws / first.stdout.strip()
    before = path.read_bytes()
    again = invoke("new", "journey", "Wymiana dowodu osobistego", "--stages", "service", "--no-input")
    assert again.exit_code == 1
    assert "już istnieje; nic nie zapisano" in again.stderr  # the fixture's workspace is Polish
    assert path.read_bytes() == before


def test_stages_is_for_journeys_and_takes_a_known_set(ws: Path) -> None:
    persona = invoke("new", "persona", "Halina Nowak", "--stages", "service", "--no-input")
    assert persona.exit_code == 2
    assert persona.stderr == "cxkit: --stages dotyczy tylko ścieżek klienta (cxkit new journey)\n"  # Polish workspace (s38)
    assert not (ws / "personas" / "halina-nowak.yaml").exists()
    unknown = invoke("new", "journey", "Wymiana dowodu", "--stages", "urzad", "--no-input")
    assert unknown.exit_code == 2
    assert "„urzad” nie jest żadną z wartości: „funnel”, „service”" in unknown.stderr  # Polish usage error (s40)
    assert not (ws / "journeys").exists()


def test_help_names_the_service_stages(ws: Path) -> None:
    help_text = " ".join(invoke("new", "--help").stdout.split())
    assert "--stages <funnel|service>" in help_text
    assert "service (need, finding out, getting ready, applying, waiting, outcome, using it" in help_text


def test_the_question_for_a_service_journeys_goal_names_no_customer() -> None:
    from cxkit.scaffold.prompts import ask_fields

    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        return "Dostać nowy dowód w 30 dni" if "końcu" in question else ""

    answers, persona = ask_fields("journey", "pl", known={}, persona="halina-wrobel", ask=ask, say=lambda _m: None,
                                  stages="service")
    assert asked == ["Co ta osoba chce mieć załatwione na końcu ścieżki (Enter zostawia TODO)"]
    assert answers == {"journey_goal": "Dostać nowy dowód w 30 dni"} and persona == "halina-wrobel"
