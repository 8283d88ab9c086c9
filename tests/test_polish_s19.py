"""Polish (and English) gaps an agency's tester found (tester_pl): purchase stages named by
what is bought or by the basket (F12)."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run

JOURNEY_PL = """\
kind: journey
id: marta-zamawia-karme
name: Marta zamawia karmę
lang: pl
persona: marta-karma
stages:
  - id: swiadomosc
    name: Świadomość
    touchpoints: [Reklama na Instagramie z rabatem 15%]
    emotion: 0
  - id: {id}
    name: {name}
    touchpoints: [Koszyk w aplikacji, płatność BLIK]
    emotion: -1
"""


def _journey(stage_id: str, name: str) -> str:
    return JOURNEY_PL.replace("{id}", stage_id).replace("{name}", name)


@pytest.mark.parametrize(("stage_id", "name"), [
    ("b", "Kupno karmy"),
    ("krok-2", "Zakup butów"),
    ("krok-2", "Zakup karmy online"),
    ("krok-2", "Kupno karmy przez aplikację"),
    ("koszyk", "Koszyk i kasa"),
    ("krok-2", "Koszyk"),
    ("step-2", "Cart and checkout"),
    ("basket", "Basket"),
])
def test_a_journey_that_ends_at_buying_a_thing_or_at_the_basket_is_reported(tmp_path, monkeypatch, stage_id, name):
    text = _journey(stage_id, name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
    line, col = pos(text, f"  - id: {stage_id}\n")
    assert [(f.code, f.line, f.column) for f in found] == [("CX405", line, col + len("  - id: "))]


@pytest.mark.parametrize("name", [
    "Zakup kolejnego worka", "Ponowny zakup karmy", "Zakup ponowny", "Zakupy cykliczne", "Kupno i dostawa",
    "Zakup karmy i dostawa", "Po zakupie karmy", "Porzucony koszyk", "Cart abandonment", "Abandoned basket",
    "Koszyk porzucony", "Zakup dodatkowych akcesoriów", "Przed zakupem",
])
def test_a_stage_after_or_before_buying_is_not_the_purchase(tmp_path, monkeypatch, name):
    text = _journey("krok-2", name)
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


def test_a_journey_that_goes_on_past_buying_the_food_is_not_reported(tmp_path, monkeypatch):
    text = _journey("kupno", "Kupno karmy") + """\
  - id: dostawa
    name: Dostawa pod klatkę
    touchpoints: [SMS od kuriera DPD]
    emotion: -1
"""
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []
