"""journey-ends-at-purchase (CX405): the phrasings session 37's reviewers left (session 38).

- "Buying plan", "Purchase plan", "Pay plan": a plan of buying or of pay, as "Pay plan review" is, not a
  plan bought; they were reported because "plan" is also a word where a purchase may end ("Buy the Team
  plan", "Buy annual plan", which still are).
- "Zakup roweru i kasku": a second thing bought in the genitive, as the first is, was read as the next step
  ("Zakup biletu i podróż", in the nominative, still is).
- "Zakup polisy po szkodzie" was reported while "Buying insurance after a claim" was not: a claim is made
  on a policy already held, so neither is the first purchase ("szkodzie" stemmed past the claim words).
- "Buying car and home insurance" was quiet: "and" stopped the look for the goods bought.
"""

from __future__ import annotations

import pytest

from purchase_helpers import assert_ends_at_last_stage, journey_ending_at, last_stage

#: A bike shop's journey; the last stage (`id: k`) is the one under test.
JOURNEY = journey_ending_at("marek-kupuje-rower", "Marek kupuje rower do dojazdów", "marek", "porownanie",
                            "Porównanie modeli w sklepie i na Ceneo", "ceneo.pl", "sklep")


def ends(tmp_path, monkeypatch, name: str, lang: str):
    return last_stage(tmp_path, monkeypatch, name, lang, JOURNEY)


ENDS = [
    # a second thing in the genitive, as the first
    ("Zakup roweru i kasku", "pl"), ("Zakup nowego roweru i kasku", "pl"), ("Kupno roweru oraz akcesoriów", "pl"),
    ("Zakup roweru cargo i kasku w sklepie", "pl"), ("Zakup karmy i zabawki", "pl"),
    # two kinds of insurance after "and"
    ("Buying car and home insurance", "en"), ("Buying car and home insurance online", "en"),
    # a plan bought stays a purchase
    ("Buy the Team plan", "en"), ("Buy annual plan", "en"), ("Buy a plan", "en"),
]


@pytest.mark.parametrize(("name", "lang"), ENDS, ids=[n for n, _ in ENDS])
def test_the_purchase_with_a_second_thing_is_reported_s38(tmp_path, monkeypatch, name, lang):
    text, found = ends(tmp_path, monkeypatch, name, lang)
    assert_ends_at_last_stage(text, found, name)


QUIET = [
    # a plan of buying or of pay
    ("Buying plan", "en"), ("Purchase plan", "en"), ("Pay plan", "en"), ("Buying plans", "en"),
    # a claim: the policy was held before
    ("Zakup polisy po szkodzie", "pl"), ("Zakup polisy po szkodzie całkowitej", "pl"),
    ("Buying insurance after a claim", "en"),
    # the next step in the nominative, not a second thing bought
    ("Zakup roweru i pierwsza jazda", "pl"), ("Zakup roweru i opinia w Google", "pl"),
    ("Zakup karnetu i treningi", "pl"), ("Zakup roweru i odbioru", "pl"), ("Zakup roweru i montażu", "pl"),
    ("Buying the bike and a first ride", "en"),
]


@pytest.mark.parametrize(("name", "lang"), QUIET, ids=[n for n, _ in QUIET])
def test_a_plan_a_claim_or_the_next_step_is_not_the_purchase_s38(tmp_path, monkeypatch, name, lang):
    _text, found = ends(tmp_path, monkeypatch, name, lang)
    assert found == []

