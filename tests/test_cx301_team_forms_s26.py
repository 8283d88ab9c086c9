"""missing-sources (CX301): more forms of the team's own opinion.

"Our sales team say…", "What our sales reps hear…", "Our public-sector team believes…" (a hyphenated or
two-word name before "team") and "Opinie naszych doradców / przedstawicieli / opiekunów…" were not
reported. Advisers, representatives and account carers count only with "our"/"nasz"; what the team
hears is excused by a counted sample, as what it says is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: {lang}
summary: {summary}
sources:
  - id: notatki
    type: other
    date: 2026-10-14
    note: "{note}"
reviewed: 2026-11-01
"""

SAAS = dict(id="dan-heating", name="Dan Okafor", lang="en",
            summary="Owner of a four-van heating firm in Bristol who invoices on Sunday evenings.")
COUNCIL = dict(id="head-of-revenues", name="Helen Price", lang="en",
               summary="Head of Revenues at a district council. Buys case-management software.")
BANK = dict(id="tomasz-blik", name="Tomasz Wrona", lang="pl",
            summary="Kierowca z Lublina, który płaci telefonem i zagląda do aplikacji banku codziennie rano.")
SELLER = dict(id="sprzedawca-allegro", name="Robert Mazur", lang="pl",
              summary="Sprzedawca na platformie Allegro, który wysyła 40 paczek z częściami rowerowymi dziennie.")
REP = dict(id="przedstawicielka-medyczna", name="Karolina Zięba", lang="pl",
           summary="Przedstawicielka medyczna firmy farmaceutycznej, która raportuje wizyty w CRM wieczorem.")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: dict, note: str) -> list[dict]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(PERSONA.format(**persona, note=note), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("persona", "note", "said"), [
    (SAAS, "Our sales team say trades owners hate contracts", "Our sales team say"),  # fail before (all six)
    (SAAS, "What our sales reps hear from trades firms", "our sales reps hear"),
    (SAAS, "Our field sales team hear that owners hate contracts", "Our field sales team hear"),
    (COUNCIL, "Our public-sector team believes councils buy at year end", "Our public-sector team believes"),
    (BANK, "Nasi doradcy uważają, że klienci 50+ boją się BLIK", "Nasi doradcy uważają"),
    (SELLER, "Opinie naszych opiekunów sprzedawców", "Opinie naszych opiekunów"),
])
def test_more_forms_of_the_teams_view_are_reported(tmp_path, monkeypatch, persona, note, said):
    found = lint(tmp_path, monkeypatch, persona, note)
    assert len(found) == 1, found
    assert f"is our own team's opinion, not research (its note says '{said}')" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (10, 11)


@pytest.mark.parametrize(("persona", "note"), [
    (REP, "Opinie przedstawicieli medycznych z 4 firm farmaceutycznych"),  # guards: not ours, or counted
    (BANK, "Opinie doradców kredytowych z innych banków"),
    (SAAS, "Customers say our support team is slow (40 calls)"),
    (SAAS, "The customer's finance team say invoicing is slow"),
    (SAAS, "Our team heard from 30 owners in discovery calls that contracts scare them"),
    (SAAS, "Our sales team's notes from 40 recorded discovery calls"),
])
def test_others_or_counted_are_not_reported(tmp_path, monkeypatch, persona, note):
    assert lint(tmp_path, monkeypatch, persona, note) == []
