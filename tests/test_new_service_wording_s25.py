"""The wording of `cxkit new journey --stages service` (review18 R18-9, session 25).

The Polish service file speaks of "ta osoba" (the persona) and so in the feminine throughout: its
header said "co załatwiła" while every stage asked "co go tu zatrzymuje" and "czy mu przysługuje".
Its journey is a "ścieżka", as its heading and the render label say, not also a "podróż"; its last
stage asks what the person does with what they got, not the calque "jak żyje z wynikiem". The
funnel file, which speaks of "klient", is unchanged. The `--stages` help reads "not a purchase".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    return tmp_path


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def new_journey(ws: Path, stages: str, lang: str = "pl") -> str:
    result = invoke("new", "journey", "Wymiana dowodu osobistego", "--lang", lang, "--stages", stages,
                    "--persona", "halina-wrobel", "--no-input", "--dir", ".")
    assert result.exit_code == 0, result.stderr
    return (ws / "wymiana-dowodu-osobistego.yaml").read_text(encoding="utf-8")


def test_the_polish_service_file_speaks_of_the_person_in_one_gender(ws):
    text = new_journey(ws, "service")
    assert text.count('      - "TODO: co tu zatrzymuje albo spowalnia tę osobę"\n') == 7
    assert "#   bariery, które zatrzymują tę osobę," in text
    assert "czy jej to przysługuje" in text and "co dostała" in text
    # No masculine pronoun standing for the person (the decision's "czy go rozumie" is the result's).
    assert not re.search(r"\b(go zatrzymuj|mu przysługuje|załatwił\b|dostał\b)", text)


def test_the_polish_service_file_calls_the_journey_a_path_and_says_what_the_person_does_with_the_result(ws):
    text = new_journey(ws, "service")
    assert "podróż" not in text
    assert "# `id` persony, która przechodzi tę ścieżkę" in text
    assert 'summary: "TODO: dwa zdania o tym, co obejmuje ta ścieżka"' in text
    assert "  # Korzystanie: co robi z tym, co dostała: używa dokumentu lub świadczenia, przedłuża je, odwołuje się, " \
           "mówi o tym innym.\n" in text
    assert "żyje z wynikiem" not in text


def test_the_funnel_file_still_speaks_of_the_customer(ws):
    """Guard: the default file is the customer's, its words unchanged."""
    text = new_journey(ws, "funnel")
    # The customer is named, not "go": a pronoun would read as the persona's, who may be a woman.
    assert text.count('      - "TODO: co tu zatrzymuje albo spowalnia klienta"\n') == 7
    assert "# `id` persony, która przechodzi tę podróż" in text and "co obejmuje ta podróż" in text


def test_the_stages_help_says_not_a_purchase():
    out = invoke("new", "--help").stdout
    assert "a public service, a claim, any service that is not a purchase)" in " ".join(out.split())
