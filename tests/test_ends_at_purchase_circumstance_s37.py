"""journey-ends-at-purchase (CX405): a purchase with when, where, through whom or why (session 37).

An insurer's last stage is often the purchase with a circumstance after the thing bought: "Zakup polisy
turystycznej przed wyjazdem", "Zakup polisy OC po kolizji", "Zakup OC i AC w pakiecie", "Buying travel
insurance before the trip", "Policy bought through an agent in the branch".  None was reported: "przed",
"po", "before" and "after" made every name a later purchase, a second thing after "i" had to be a way of
paying, "bought" had to end the name, and "Buying" with no "the" was read as "Buying decision".  Now a
circumstance after a preposition is read as part of the purchase, while a time that makes it a later
one, a step past it and a second step stay unreported.
"""

from __future__ import annotations

import pytest

from purchase_helpers import SALES, last_stage
from rule_helpers import pos, run, where


ENDS = [
    # the tester's four, and their English twins (none was reported before)
    ("Zakup polisy turystycznej przed wyjazdem", "pl"), ("Zakup polisy przez agenta w salonie", "pl"),
    ("Zakup OC i AC w pakiecie", "pl"), ("Zakup polisy OC po kolizji", "pl"),
    ("Buying travel insurance before the trip", "en"), ("Policy bought through an agent in the branch", "en"),
    # the same shape, other words: not a list of these names
    ("Kupno roweru cargo u dealera w Poznaniu", "pl"), ("Zakup ubezpieczenia podczas rezerwacji wycieczki", "pl"),
    ("Zakup biletu przed koncertem", "pl"), ("Zakup polisy OC po raz pierwszy", "pl"),
    ("Buying car insurance through a broker", "en"), ("Travel insurance bought before the trip", "en"),
    ("Purchase of travel insurance at the airport", "en"), ("Buy tickets", "en"),
]


@pytest.mark.parametrize(("name", "lang"), ENDS, ids=[n for n, _ in ENDS])
def test_a_purchase_with_its_circumstance_is_the_last_purchase_stage(tmp_path, monkeypatch, name, lang):
    text, found = last_stage(tmp_path, monkeypatch, name, lang)
    line, column = pos(text, "id: k")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + 4)]
    assert found[0].message.startswith(f"the journey ends at 'k' ({name}); add what happens after the purchase")


NOT_ENDS = [
    # a repeat purchase is loyalty, whatever follows it
    ("Zakup kolejnej polisy po roku", "pl"), ("Zakup polisy po roku", "pl"), ("Zakup polisy po 12 miesiącach", "pl"),
    ("Zakup polisy po wygaśnięciu poprzedniej", "pl"), ("Zakup polisy OC po raz drugi", "pl"),
    ("Zakup polisy dla drugiego auta po kolizji", "pl"), ("Buying a policy after a year", "en"),
    ("Policy bought after the old one expired", "en"), ("Buying travel insurance again before the trip", "en"),
    # named for something after the purchase
    ("Zakup i pierwsze użycie", "pl"), ("Zakup roweru i pierwsze użycie", "pl"), ("Zakup roweru i pierwsza jazda", "pl"),
    ("Onboarding po zakupie", "pl"), ("Zakup polisy po zakupie auta", "pl"),
    ("Zakup polisy przed wyjazdem i zgłoszenie szkody", "pl"), ("Zakup polisy OC i pierwsza szkoda", "pl"),
    ("Buying the bike after delivery", "en"), ("Policy bought and first claim", "en"), ("Purchase and setup", "en"),
    ("Claim paid after the repair", "en"), ("Refund issued after return", "en"),
    # a noun of buying before no goods
    ("Buying decision before the trip", "en"), ("Buying guide", "en"), ("Pay rise", "en"),
]


@pytest.mark.parametrize(("name", "lang"), NOT_ENDS, ids=[n for n, _ in NOT_ENDS])
def test_a_later_purchase_or_a_step_past_it_is_not_the_purchase(tmp_path, monkeypatch, name, lang):
    _text, found = last_stage(tmp_path, monkeypatch, name, lang)
    assert found == []


def test_a_journey_that_goes_on_after_such_a_purchase_is_not_reported(tmp_path, monkeypatch):
    text = SALES.format(lang="pl", name="Zakup polisy turystycznej przed wyjazdem") + """\
  - id: podroz
    name: Zgłoszenie szkody z Chorwacji przez aplikację
    touchpoints: [aplikacja]
    emotion: -2
"""
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []
