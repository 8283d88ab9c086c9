"""missing-sources (CX301): a note that says which customer data a source leaves out ("without
customers' personal data", "bez danych klientów indywidualnych") or whose customers it did not
ask ("without customers of ours") is research; "no customer data" alone is an assumption."""

from __future__ import annotations

import pytest


def _persona(note: str, typ: str = "desk-research") -> str:
    return f"""\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Kupić słuchawki otwarte do 2 500 zł po odsłuchu w salonie w Gdańsku
sources:
  - id: zrodlo
    type: {typ}
    date: 2026-10-01
    note: "{note}"
"""


@pytest.mark.parametrize("note", [
    "Desk research of Eurostat tables without customers' personal data",
    "Anonymised ticket export, no customer data beyond the ticket text",
    "Panel study by Kantar without customers of ours, only competitors' buyers",
    "Eksport z CRM bez danych klientów indywidualnych, tylko firmy",
    "Eksport z CRM bez danych klientow indywidualnych, tylko firmy",
    "Raport sprzedaży 2025 bez danych klientów poza numerem zamówienia",
    "Sales data 2025 with no customer data other than the postcode",
])
def test_what_a_source_leaves_out_is_no_assumption(write, lint_json, note):
    write("personas/ola.yaml", _persona(note))
    assert lint_json(".", select="missing-sources").findings == []


@pytest.mark.parametrize(("note", "said"), [
    ("Team workshop on sticky notes, no customer data", "no customer data"),
    ("Workshop with the sales team, without customers", "without customers"),
    ("Warsztat zespołu bez udziału klientów, w biurze w Gdyni", "bez udziału klientów"),
    ("Burza w zespole, bez danych od klientów.", "bez danych od klientów"),
])
def test_a_source_without_customers_is_still_an_assumption(write, lint_json, note, said):
    write("personas/ola.yaml", _persona(note, "other"))
    found = lint_json(".", select="missing-sources").findings
    assert [f["code"] for f in found] == ["CX301"]
    assert f"its note says '{said}'" in found[0]["message"]
