"""missing-sources (CX301): a customer's board or CEO quoted in a note is research, not "our own team's opinion".

A source of type `other` with no `n` giving the team's own view ("Nasz zespół uważa…", "Zdaniem
zarządu…", "Management thinks…") is reported as "our own team's opinion, not research". A B2B
team's notes quote the customer's people in the same words: "Opinie zarządu klienta", "Zdaniem
prezesa firmy klienta", "their management thinks", "the client CEO says". Those were reported too.
A board, a management or a team is now the team's own when the note says "our"/"nasz", or names it
alone; a person's title (prezes, szef, sprzedawca, CEO) only with "our"/"nasz", since a chef
("szefowie kuchni") or a customer's CEO is as often meant.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

B2B_PL = """\
kind: persona
id: prezes-firmy-budowlanej
name: Tomasz Wrona
lang: pl
summary: Prezes firmy budowlanej zatrudniającej 40 osób pod Poznaniem. Sam zatwierdza zakup oprogramowania.
demographics:
  occupation: prezes zarządu, firma budowlana
sources:
  - id: notatki
    type: other
    date: 2026-10-14
    note: "{note}"
"""

B2B_EN = """\
kind: persona
id: ops-director-logistics
name: Sarah Mills
lang: en
summary: Operations director at a 200-person logistics firm in Leeds. Signs off software over 10k GBP.
demographics:
  occupation: operations director, logistics
sources:
  - id: notes
    type: other
    date: 2026-10-14
    note: "{note}"
"""

HORECA_PL = B2B_PL.replace("Prezes firmy budowlanej zatrudniającej 40 osób pod Poznaniem. Sam zatwierdza zakup "
                           "oprogramowania.", "Szefowa kuchni w bistro w Krakowie; zamawia u nas warzywa trzy razy "
                           "w tygodniu.").replace("prezes zarządu, firma budowlana", "szefowa kuchni")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: str, note: str) -> list[dict]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(template.format(note=note), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("template", "note"), [
    (B2B_PL, "Opinie zarządu klienta zebrane na warsztacie wdrożeniowym"),  # fail before (these eleven)
    (B2B_PL, "Zdaniem prezesa firmy klienta wdrożenie trwa za długo (notatka z rozmowy handlowej)"),
    (B2B_PL, "Opinie prezesów firm budowlanych zebrane na targach Budma 2026"),
    (B2B_PL, "Zarząd klienta uważa, że raporty są za wolne (notatka po spotkaniu)"),
    (B2B_PL, "Opinie kierownictwa 6 firm klientów z warsztatów"),
    (B2B_EN, "Call notes from Acme: their management thinks SSO is a must"),
    (B2B_EN, "Notes from 12 discovery calls; the client CEO says budget sign-off takes a quarter"),
    (B2B_EN, "Summary of 8 QBRs: the customer team believes the API is hard"),
    (B2B_EN, "Win/loss notes from 30 deals; the buyer's leadership says price decided"),
    (HORECA_PL, "Opinie szefów kuchni z 12 restauracji, które u nas zamawiają"),
    (HORECA_PL, "Zdaniem szefów kuchni dostawa po 10:00 jest bezużyteczna (rozmowy przy dostawach)"),
])
def test_the_customers_people_quoted_are_not_our_team(tmp_path, monkeypatch, template, note):
    assert lint(tmp_path, monkeypatch, template, note) == []


@pytest.mark.parametrize(("template", "note", "said"), [
    (B2B_PL, "Opinie naszego zespołu sprzedaży", "Opinie naszego zespołu"),  # guards: the team's own view
    (B2B_PL, "Zdaniem zarządu prezesi kupują po poleceniu", "Zdaniem zarządu"),
    (B2B_PL, "Zdaniem naszego zarządu prezesi kupują po poleceniu", "Zdaniem naszego zarządu"),
    (B2B_PL, "Przeczucie naszego prezesa", "Przeczucie naszego prezesa"),
    (B2B_PL, "Opinia działu handlowego", "Opinia działu handlowego"),
    (B2B_EN, "Management thinks ops directors are price sensitive", "Management thinks"),
    (B2B_EN, "Our CEO thinks ops directors want dashboards", "Our CEO thinks"),
    (B2B_EN, "The sales team's view of the typical buyer", "The sales team's view"),
    # A hunch is an assumption (missing-sources), but one the team owns is said to be its opinion.
    (B2B_EN, "Our CEO's hunch about ops directors", "Our CEO's hunch"),
    (B2B_EN, "Hunch of our head of sales", "Hunch of our head of sales"),
])
def test_the_teams_own_view_is_still_reported(tmp_path, monkeypatch, template, note, said):
    found = lint(tmp_path, monkeypatch, template, note)
    assert len(found) == 1
    assert f"is our own team's opinion, not research (its note says '{said}')" in found[0]["message"]
