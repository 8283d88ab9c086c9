"""missing-sources (CX301): more forms of the team's own opinion.

"Our sales team say…", "What our sales reps hear…", "Our public-sector team believes…" (a hyphenated or
two-word name before "team") and "Opinie naszych doradców / przedstawicieli / opiekunów…" were not
reported. Advisers, representatives and account carers count only with "our"/"nasz"; what the team
hears is excused by a counted sample, as what it says is.
"""

from __future__ import annotations

import pytest

from cx301_helpers import BANK, SAAS, lint

COUNCIL = dict(id="head-of-revenues", name="Helen Price", lang="en",
               summary="Head of Revenues at a district council. Buys case-management software.")
SELLER = dict(id="sprzedawca-allegro", name="Robert Mazur", lang="pl",
              summary="Sprzedawca na platformie Allegro, który wysyła 40 paczek z częściami rowerowymi dziennie.")
REP = dict(id="przedstawicielka-medyczna", name="Karolina Zięba", lang="pl",
           summary="Przedstawicielka medyczna firmy farmaceutycznej, która raportuje wizyty w CRM wieczorem.")


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
