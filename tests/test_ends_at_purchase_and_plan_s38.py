"""journey-ends-at-purchase (CX405): two neighbours of d9996cc8 (session 38, review88).

- d9996cc8 let the look for the goods bought go on past "and" ("Buying car and home insurance"); it went past
  any "and", so a purchase noun before a stage of its own became the purchase: "Purchase intent and policy
  quote", "Buying criteria and insurance options" (a quote, options compared: a journey that ends there has
  not bought yet).  Goods after "and" name what is bought only where the thing bought ends with them.
- d9996cc8 made a plan right after "buy", "pay" or "purchase" a plan of buying ("Buying plan", "Purchase plan",
  "Pay plan"); "Buy plan" and "Buys plan", the verb before the plan bought as in "Buy a plan", went with them.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, where
from test_ends_at_purchase_gaps_s38 import ends

ENDS = [
    ("Buying car and home insurance", "en"), ("Buying travel and health insurance online", "en"),
    ("Buying bike and insurance", "en"), ("Buying car and home insurance via the app", "en"),
    ("Buy plan", "en"), ("Buys plan", "en"), ("Buy plan online", "en"), ("Buy a plan", "en"),
]


@pytest.mark.parametrize(("name", "lang"), ENDS, ids=[n for n, _ in ENDS])
def test_goods_bought_after_and_and_a_plan_bought_are_the_purchase_s38(tmp_path, monkeypatch, name, lang):
    text, found = ends(tmp_path, monkeypatch, name, lang)
    line, column = pos(text, "id: k")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + 4)]


QUIET = [
    ("Purchase intent and policy quote", "en"), ("Buying criteria and insurance options", "en"),
    ("Buying decision and ticket prices", "en"), ("Buying car and home insurance renewal", "en"),
    ("Buying plan", "en"), ("Purchase plan", "en"), ("Pay plan", "en"), ("Buying plans", "en"),
]


@pytest.mark.parametrize(("name", "lang"), QUIET, ids=[n for n, _ in QUIET])
def test_a_stage_of_its_own_after_and_or_a_plan_of_buying_is_not_the_purchase_s38(tmp_path, monkeypatch, name,
                                                                                   lang):
    assert ends(tmp_path, monkeypatch, name, lang)[1] == []
