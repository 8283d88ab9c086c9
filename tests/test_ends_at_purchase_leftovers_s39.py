"""journey-ends-at-purchase (CX405): session 38's reviewers' leftovers (session 39).

- "Zakup roweru i serwisu" was reported while "Zakup roweru i montażu" and "i odbioru" were not: servicing
  is past the purchase as assembly is, but the stem of "serwisu" missed the one of "serwis".
- "Zakup laptopa i plecaka" was missed: a second thing in a masculine genitive in "-a" beside a first one in
  "-a" is bought with it ("Zakup mieszkania i przeprowadzka", a feminine nominative, is the next step).
- "Pay rise and travel insurance" was reported: "pay" before "rise" is an employee's pay, not a payment.
"""

from __future__ import annotations

import pytest

from purchase_helpers import assert_ends_at_last_stage, journey_ending_at, last_stage
from rule_helpers import run

#: A shop's journey; the last stage (`id: k`) is the one under test.
JOURNEY = journey_ending_at("laptop-na-studia", "Kasia kupuje laptopa na studia", "kasia-studentka", "porownanie",
                            "Porównanie modeli na Ceneo i w Media Expert", "ceneo.pl", "sklep")


def ends(tmp_path, monkeypatch, name: str, lang: str):
    return last_stage(tmp_path, monkeypatch, name, lang, JOURNEY)


ENDS = [
    ("Zakup laptopa i plecaka", "pl"), ("Zakup auta i fotelika", "pl"), ("Kupno laptopa oraz plecaka", "pl"),
    ("Zakup laptopa i plecaka w sklepie", "pl"),
    # what was reported before stays so
    ("Zakup roweru i kasku", "pl"), ("Pay for travel insurance", "en"), ("Buying car and home insurance", "en"),
]


@pytest.mark.parametrize(("name", "lang"), ENDS, ids=[n for n, _ in ENDS])
def test_two_things_bought_are_the_purchase_s39(tmp_path, monkeypatch, name, lang):
    text, found = ends(tmp_path, monkeypatch, name, lang)
    assert_ends_at_last_stage(text, found, name)


QUIET = [
    # servicing is past the purchase, in any case
    ("Zakup roweru i serwisu", "pl"), ("Zakup roweru i serwis", "pl"), ("Zakup roweru i montażu", "pl"),
    # a feminine noun in "-a", the next step
    ("Zakup mieszkania i przeprowadzka", "pl"), ("Zakup laptopa i ankieta NPS", "pl"),
    ("Zakup auta i rejestracja", "pl"), ("Zakup laptopa i wysyłka", "pl"), ("Zakup auta i pierwsza jazda", "pl"),
    # an employee's pay
    ("Pay rise and travel insurance", "en"), ("Pay review and health insurance", "en"), ("Pay rise", "en"),
]


@pytest.mark.parametrize(("name", "lang"), QUIET, ids=[n for n, _ in QUIET])
def test_servicing_the_next_step_or_pay_is_not_the_purchase_s39(tmp_path, monkeypatch, name, lang):
    _text, found = ends(tmp_path, monkeypatch, name, lang)
    assert found == []


def test_a_journey_that_goes_on_after_two_things_bought_is_quiet_s39(tmp_path, monkeypatch):
    text = JOURNEY.format(lang="pl", name="Zakup laptopa i plecaka") + """\
  - id: uzytkowanie
    name: Pierwszy semestr z laptopem
    touchpoints: [infolinia]
    emotion: 0
"""
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []
