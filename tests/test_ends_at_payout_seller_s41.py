"""journey-ends-at-purchase (CX405): money paid out is a lender's sale only in a journey about a loan (session 41).

Session 41 made "Wypłata środków" and "Funds released" the purchase for a bank's mortgage journey.  A
marketplace seller's journey ends there too, at the seller's earnings paid out: the seller's purchase, the
sign-up, lies behind it, and the payout is the service used (the method's stages: purchase, then use).  Those
phrases name no loan, so they are the purchase only in a journey that speaks of a loan; "Uruchomienie kredytu"
and "Loan drawdown" name it themselves; a team's own `purchase-stages` words count wherever they stand.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

SELLER = """\
kind: journey
id: anna-sprzedaje
name: {title}
lang: {lang}
persona: anna-sprzedawczyni
stages:
  - id: rejestracja
    name: {first}
    emotion: 0
    touchpoints: [{where}]
  - id: sprzedaz
    name: {second}
    emotion: 1
    touchpoints: [{where}]
  - id: {id}
    name: {name}
    emotion: 1
    touchpoints: [{where}]
"""
PL = dict(title="Anna sprzedaje rękodzieło w serwisie aukcyjnym", lang="pl", first="Rejestracja konta sprzedawcy",
          second="Sprzedaż i wysyłka", where="panel sprzedawcy")
EN = dict(title="Anna sells her crafts on a marketplace", lang="en", first="Seller sign-up",
          second="Sale and shipping", where="seller dashboard")


@pytest.mark.parametrize(("words", "stage_id", "name"), [
    (PL, "wyplata", "Wypłata środków"),
    (PL, "wyplata-srodkow", "Wypłata środków"),
    (PL, "srodki", "Środki wypłacone"),
    (EN, "payout", "Funds released"),
    (EN, "payout", "Funds disbursed"),
    (EN, "funds-released", "Funds released"),
])
def test_a_seller_journey_ending_at_the_payout_is_not_at_a_purchase_s41(tmp_path, monkeypatch, words, stage_id, name):
    text = SELLER.format(**words, id=stage_id, name=name)
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


@pytest.mark.parametrize(("words", "title", "name"), [
    (PL, "Anna bierze pożyczkę na rozwój sklepu", "Wypłata środków"),  # the journey's name speaks of a loan
    (EN, "Anna takes a business loan", "Funds released"),
    (PL, PL["title"], "Uruchomienie kredytu"),  # the stage names the loan itself
    (EN, EN["title"], "Loan drawdown"),
])
def test_money_paid_out_in_a_loan_journey_stays_the_purchase_s41(tmp_path, monkeypatch, words, title, name):
    text = SELLER.format(**{**words, "title": title}, id="koniec", name=name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
    line, column = pos(text, "  - id: koniec")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]


def test_money_credited_to_the_seller_is_no_loan_s41(tmp_path, monkeypatch):
    text = SELLER.format(**{**EN, "second": "Sale credited to the seller's balance"}, id="payout", name="Funds released")
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


def test_a_loan_named_only_in_an_earlier_stage_makes_the_payout_the_purchase_s41(tmp_path, monkeypatch):
    text = SELLER.format(**{**PL, "first": "Wniosek o kredyt firmowy"}, id="wyplata", name="Wypłata środków")
    assert len(run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")) == 1


@pytest.mark.parametrize("option", ["extend-purchase-stages", "purchase-stages"])
def test_a_team_that_lists_the_payout_itself_is_told_s41(tmp_path, monkeypatch, option):
    text = SELLER.format(**PL, id="wyplata", name="Wypłata środków")
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase",
                **{option: ["wypłata środków"]})
    assert [f.code for f in found] == ["CX405"]
