"""journey-ends-at-purchase (CX405): what follows "i" / "and" after the thing bought (review of session 37).

1ef472f1 read a second thing bought after "i" ("Zakup OC i AC w pakiecie") by reading whatever followed "i"
as another thing bought, so a last stage named for the purchase and the step after it ("Zakup biletu i
podróż", "Zakup polisy i pakiet powitalny", "Buying the policy and the welcome call") was reported as a
journey that ends at the purchase, though the journey goes past it.  A second thing is now read as bought
only when it is goods a journey sells so (a policy, a kind of cover, a ticket, a subscription) or is said
to be bought with the first ("w pakiecie", "razem", "in a bundle").
"""

from __future__ import annotations

import pytest

from purchase_helpers import last_stage
from rule_helpers import pos, where


NEXT_STEP = [
    ("Zakup biletu i podróż", "pl"), ("Zakup polisy i pakiet powitalny", "pl"), ("Zakup polisy i telefon powitalny", "pl"),
    ("Zakup polisy i ankieta NPS", "pl"), ("Zakup roweru i opinia w Google", "pl"), ("Zakup karnetu i trening", "pl"),
    ("Zakup polisy i wypłata odszkodowania", "pl"), ("Zakup polisy OC i przegląd auta", "pl"),
    ("Buying the policy and the welcome call", "en"), ("Purchase of the policy and welcome pack", "en"),
    ("Buying tickets and the trip", "en"), ("Buying the bike and writing a review", "en"),
    ("Buying the policy at the agent's office and leaving feedback", "en"),
]


@pytest.mark.parametrize(("name", "lang"), NEXT_STEP, ids=[n for n, _ in NEXT_STEP])
def test_the_step_after_and_is_not_a_second_thing_bought(tmp_path, monkeypatch, name, lang):
    _text, found = last_stage(tmp_path, monkeypatch, name, lang)
    assert found == []


SECOND_THING = [
    ("Zakup OC i AC w pakiecie", "pl"), ("Zakup OC i NNW", "pl"), ("Zakup OC i AC", "pl"),
    ("Zakup roweru i kasku w zestawie", "pl"), ("Zakup polisy OC i ubezpieczenia domu", "pl"),
    ("Buying the bike and a helmet together", "en"), ("Buying a car policy and travel insurance", "en"),
]


@pytest.mark.parametrize(("name", "lang"), SECOND_THING, ids=[n for n, _ in SECOND_THING])
def test_a_second_thing_bought_is_still_the_purchase(tmp_path, monkeypatch, name, lang):
    text, found = last_stage(tmp_path, monkeypatch, name, lang)
    line, column = pos(text, "id: k")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + 4)]


@pytest.mark.parametrize("name", ["Pay plan review", "Buying plan for the new office", "Purchase plan upgrade"])
def test_a_plan_with_no_article_after_a_noun_of_buying_is_no_purchase(tmp_path, monkeypatch, name):
    # 1ef472f1 let "buy"/"pay"/"purchase" with no "the" name a purchase before a plan; "Pay plan review" is a
    # plan of pay, and none of these was reported before it ("Buy the Team plan" still is: it says "the").
    _text, found = last_stage(tmp_path, monkeypatch, name, "en")
    assert found == []
    text, found = last_stage(tmp_path, monkeypatch, "Pays for the Team plan", "en")
    assert len(found) == 1
