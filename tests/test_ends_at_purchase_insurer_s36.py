"""journey-ends-at-purchase (CX405) and an insurer's last stages (session 36, tester38 H1).

An insurer's sales journey ends at "Zakup polisy OC", "Zawarcie umowy ubezpieczenia" or "Opłacenie
składki", a shop's at "Zakup roweru cargo": a thing bought of two words, the legal word for concluding
a contract, the Polish word for a premium.  None was reported.  Now each is, in a Polish and an English
workspace, while journeys that go on past the purchase, and last stages about use, renewal, claims,
recommendation or a repeat purchase ("Zakup kolejnej polisy po roku": loyalty, in the method's stages)
are left alone, and so are a fine, a tax and a social-security contribution.
"""

from __future__ import annotations

import pytest

from purchase_helpers import last_stage
from rule_helpers import pos, run, where


@pytest.mark.parametrize("name", [
    # a thing bought of several words (every name in this list went unreported before)
    "Zakup polisy OC", "Zakup polisy OC/AC", "Kupno polisy OC", "Kupno ubezpieczenia OC", "Zakup roweru cargo",
    "Zakup butów biegowych", "Zakup karmy dla psa", "Zakup polisy OC w aplikacji mobilnej", "Kupuje buty biegowe",
    # concluding a contract, a policy signed, concluded, issued or bought out
    "Zawarcie umowy", "Zawarcie umowy ubezpieczenia", "Zawarcie umowy (ubezpieczenia)", "Zawarcie polisy",
    "Wykupienie polisy", "Wykupienie ubezpieczenia OC", "Podpisanie polisy", "Wystawienie polisy",
    # the premium paid
    "Opłacenie składki", "Płatność składki", "Zapłata składki", "Opłacenie pierwszej składki",
    # done
    "Polisa wystawiona", "Składka opłacona",
])
def test_an_insurers_or_a_shops_last_purchase_stage_is_reported_in_polish(tmp_path, monkeypatch, name):
    text, found = last_stage(tmp_path, monkeypatch, name)
    line, column = pos(text, "id: k")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + 4)]  # at the last stage's id
    # A contract with no word of insurance is a contract's end (session 41, tester49 L2): what follows it is named so,
    # as a person's contract (this journey names no company's sales cycle), not a B2B one's data migration.
    advice = ("add what happens after the contract (getting started, the first real use, getting help, renewing or "
              "ending it)" if name == "Zawarcie umowy" else
              "add what happens after the purchase (using what was bought, getting help, coming back, recommending it)")
    assert found[0].message == f"the journey ends at 'k' ({name}); {advice}"


@pytest.mark.parametrize("name", [
    "Purchase of the car policy", "Policy bought", "Policy issued", "Car policy purchased", "Buys a cargo bike",
    "Pay the premium",  # reported before too: the English twin of "Opłacenie składki"
])
def test_an_english_last_purchase_stage_is_reported(tmp_path, monkeypatch, name):
    _text, found = last_stage(tmp_path, monkeypatch, name, lang="en")
    assert [f.code for f in found] == ["CX405"]


@pytest.mark.parametrize(("name", "lang"), [
    # a repeat purchase is the loyalty stage of the method (seeds: "Lojalność … kolejne zakupy", "ponowny zakup")
    ("Zakup kolejnej polisy po roku", "pl"), ("Zakup polisy AC dla drugiego auta", "pl"),
    ("Opłacenie kolejnej składki", "pl"), ("Płatność składki za kolejny rok", "pl"), ("Repeat purchase", "en"),
    # use, renewal, claims, recommendation
    ("Korzystanie z polisy", "pl"), ("Odnowienie polisy", "pl"), ("Zgłoszenie szkody", "pl"),
    ("Wypłata odszkodowania", "pl"), ("Polecenie agentki", "pl"), ("Claim paid", "en"), ("Refund issued", "en"),
    ("Policy renewal", "en"),
    # two things, the second past the purchase
    ("Zakup roweru cargo i odbiór w sklepie", "pl"), ("Zakup roweru cargo – odbiór w sklepie", "pl"),
    ("Zakup polisy OC, pierwsza szkoda", "pl"),
    # paid but never bought; a policy closed; a contract of employment
    ("Opłacenie składki ZUS", "pl"), ("Zapłata składki zdrowotnej", "pl"), ("Płatność składki członkowskiej", "pl"),
    ("Opłacenie zaległego podatku od nieruchomości", "pl"), ("Zamknięcie polisy", "pl"),
    ("Podpisanie umowy o pracę", "pl"),
    # "purchase" that is not one
    ("Purchase decision", "en"), ("Decision to purchase", "en"), ("Post-purchase", "en"),
])
def test_a_last_stage_past_the_purchase_or_no_purchase_is_left_alone(tmp_path, monkeypatch, name, lang):
    _text, found = last_stage(tmp_path, monkeypatch, name, lang)
    assert found == []


def test_a_journey_that_goes_on_past_the_new_purchase_words_passes(tmp_path, monkeypatch):
    text = """\
kind: journey
id: krystyna-oc
name: Krystyna kupuje OC i zgłasza szkodę
persona: krystyna
stages:
  - id: zakup-polisy-oc
    name: Zakup polisy OC
    emotion: 1
  - id: oplacenie-skladki
    name: Opłacenie składki
    emotion: 0
  - id: zgloszenie-szkody
    name: Zgłoszenie szkody
    emotion: -2
  - id: zakup-kolejnej
    name: Zakup kolejnej polisy po roku
    emotion: 1
"""
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []
    cut = text[:text.index("  - id: zgloszenie-szkody")]
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": cut}, "journey-ends-at-purchase")
    assert [(f.line, f.message.split(";")[0]) for f in found] == [
        (9, "the journey ends at 'oplacenie-skladki' (Opłacenie składki)")]
