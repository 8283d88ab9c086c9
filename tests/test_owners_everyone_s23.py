"""Owners that are everyone at once (tester10 F-H6): "All teams", "Cały zespół", "We", "Marketing i
sprzedaż razem" name no one accountable, so unowned-opportunity (CX403) reports them at the owner;
one named team or person (also "Zespół płatności", "Team Growth", "Marketing (Anna K.)") passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from rule_helpers import pos, write

PL = """\
kind: journey
id: olena-zamawia-leki
name: Olena zamawia leki na stałe
lang: pl
persona: olena-kovalenko
stages:
  - id: zamowienie
    name: Zamówienie
    touchpoints: [aplikacja]
    emotion: -1
    barriers:
      - Kod z SMS-a nie wchodzi przy e-recepcie na leki refundowane
    opportunities:
      - action: Naprawić wklejanie kodu e-recepty w aplikacji
        owner: {owner}
        due: 2027-03-31
"""

EN = """\
kind: journey
id: priya-evaluates-board
name: Priya evaluates the board tool
lang: en
persona: priya-ops-saas
stages:
  - id: consideration
    name: Consideration
    touchpoints: [pricing page]
    emotion: -1
    barriers:
      - Per-seat price is not shown for warehouse users
    opportunities:
      - action: Show warehouse pricing on the pricing page
        owner: {owner}
        due: 2027-03-31
"""


def lint_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: str, owner: str) -> tuple[str, list[dict]]:
    text = template.replace("{owner}", owner)
    write(tmp_path, {"journeys/j.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX403", "journeys/j.yaml"])
    assert result.exit_code in (0, 1), result.output
    return text, json.loads(result.stdout)


def owner_at(text: str, owner: str) -> tuple[int, int]:
    line, column = pos(text, f"owner: {owner}")
    return line, column + len("owner: ")


@pytest.mark.parametrize("owner", [
    "Cały zespół", "cała firma", "Wszystkie działy", "Każdy pracownik", "Firma", "My",
    "Marketing i sprzedaż razem", "wszyscy pracownicy", "Każdy z nas",
])
def test_a_polish_owner_that_is_everyone_is_reported_at_the_owner(tmp_path, monkeypatch, owner):
    text, found = lint_owner(tmp_path, monkeypatch, PL, owner)
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX403", *owner_at(text, owner))]
    assert found[0]["message"] == (
        f"opportunity 'Naprawić wklejanie kodu e-recepty w aplikacji' has no single owner ('{owner}' is everyone, so no one); "
        "name the one team or person accountable for the fix"
    )


@pytest.mark.parametrize("owner", [
    "All teams", "The whole company", "Whole team", "All departments", "Us", "We", "Every team",
    "Marketing & Sales together", "the entire organisation", "All of us",
])
def test_an_english_owner_that_is_everyone_is_reported_at_the_owner(tmp_path, monkeypatch, owner):
    text, found = lint_owner(tmp_path, monkeypatch, EN, owner)
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX403", *owner_at(text, owner))]
    assert f"('{owner}' is everyone, so no one)" in found[0]["message"]


@pytest.mark.parametrize("owner", [
    "Zespół płatności", "Dział obsługi klienta", "Cały zespół płatności", "Zespół CX razem z IT",
    "Dział prawny z zespołem CX", "Zarząd", "Kierownik logistyki", "Zespół e-commerce (Marta Jezierska)",
])
def test_one_polish_team_or_person_is_an_owner(tmp_path, monkeypatch, owner):
    _text, found = lint_owner(tmp_path, monkeypatch, PL, owner)
    assert found == []


@pytest.mark.parametrize("owner", [
    "Team Growth", "Marketing (Anna K.)", "Growth product team", "Head of customer support", "Sales & Marketing",
    "Community manager", "Data import team", "Marketing",
])
def test_one_english_team_or_person_is_an_owner(tmp_path, monkeypatch, owner):
    _text, found = lint_owner(tmp_path, monkeypatch, EN, owner)
    assert found == []


def test_everyone_with_require_due_asks_for_the_date_too(tmp_path, monkeypatch):
    text = EN.replace("{owner}", "All teams").replace("        due: 2027-03-31\n", "")
    write(tmp_path, {"journeys/j.yaml": text, "cxkit.toml": '[rules.unowned-opportunity]\nrequire-due = true\n'})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX403", "journeys/j.yaml"])
    found = json.loads(result.stdout)
    assert result.exit_code == 1
    assert [f["message"] for f in found] == [
        "opportunity 'Show warehouse pricing on the pricing page' has no single owner ('All teams' is everyone, so no one) "
        "and no due date; name the one team or person accountable for the fix and by when"
    ]


def test_nobody_words_keep_their_own_message(tmp_path, monkeypatch):
    _text, found = lint_owner(tmp_path, monkeypatch, PL, "Wszyscy")
    assert "('Wszyscy' names nobody)" in found[0]["message"]
