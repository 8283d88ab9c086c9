"""missing-sources (CX301): a source whose note says it had no customers in it ("Team workshop on
sticky notes, no customer data", "bez udziału klientów") is an assumption, not research."""

from __future__ import annotations

import pytest


def _persona(note: str, typ: str = "other") -> str:
    return f"""\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Kupić słuchawki otwarte do 2 500 zł po odsłuchu w salonie w Gdańsku
sources:
  - id: warsztat
    type: {typ}
    date: 2026-10-01
    note: "{note}"
"""


@pytest.mark.parametrize(("note", "said"), [
    ("Team workshop on sticky notes, no customer data", "no customer data"),
    ("Warsztat zespołu z karteczkami, bez danych od klientów", "bez danych od klientów"),
    ("Warsztat zespołu marketingu bez udziału klientów", "bez udziału klientów"),
    ("Warsztat zespolu marketingu bez udzialu klientow", "bez udzialu klientow"),
    ("Workshop with the sales team, without customers", "without customers"),
    ("Empathy map from the kick-off, no user input", "no user input"),
])
def test_a_source_without_customers_is_an_assumption(write, lint_json, note, said):
    write("personas/ola.yaml", _persona(note))
    found = lint_json(".", select="missing-sources").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX301", 11)]
    assert f"is an assumption, not research (its note says '{said}')" in found[0]["message"]


@pytest.mark.parametrize("note", [
    "Ankieta bez danych osobowych, 412 odpowiedzi klientów",
    "Customer data export from the CRM, no personal data",
    "Warsztat z 8 klientkami w Gdańsku",
    "Sticky-note synthesis of 14 customer interviews",
])
def test_research_with_customers_stays_clean(write, lint_json, note):
    write("personas/ola.yaml", _persona(note))
    assert lint_json(".", select="missing-sources").findings == []
