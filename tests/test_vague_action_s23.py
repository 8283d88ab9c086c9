"""An opportunity that wishes for better instead of naming a change (tester10 L3):
vague-action (CX410) at the action; one word of its own, a name or a number make it a change."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

PL = """\
kind: journey
id: pawel-kupuje-sluchawki
name: Paweł kupuje słuchawki
lang: pl
persona: pawel-audiofil
stages:
  - id: post-purchase
    name: Po zakupie
    touchpoints: [e-mail]
    emotion: -1
    barriers:
      - Zwrot pieniędzy za HD 600 trwał 19 dni
    opportunities:
      - action: {action}
        owner: Zespół e-commerce
"""

EN = """\
kind: journey
id: priya-evaluates-board
name: Priya evaluates the board tool
lang: en
persona: priya-ops-saas
stages:
  - id: loyalty
    name: Loyalty
    touchpoints: [renewal e-mail]
    emotion: -1
    pain_points:
      - Renewal price jumps 20% without notice
    opportunities:
      - action: {action}
        owner: Head of pricing
"""


def lint(tmp_path, monkeypatch, template, action):
    text = template.replace("{action}", action)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action")


@pytest.mark.parametrize("action", [
    "Poprawić doświadczenie klienta", "Poprawić proces", "Usprawnić obsługę klienta",
    "Zoptymalizować ścieżkę zakupową", "Zwiększyć konwersję", "Przeanalizować komunikację z klientami",
])
def test_a_polish_wish_is_reported_at_the_action(tmp_path, monkeypatch, action):
    text, found = lint(tmp_path, monkeypatch, PL, action)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, action))]
    assert found[0].message == (
        f"opportunity '{action}' names a wish, not a change; say what will change and where (a page, a message, a step)"
    )


@pytest.mark.parametrize("action", [
    "Improve the customer experience", "Improve communication", "Review pricing", "Work on customer satisfaction",
    "Optimise the journey",
])
def test_an_english_wish_is_reported_at_the_action(tmp_path, monkeypatch, action):
    text, found = lint(tmp_path, monkeypatch, EN, action)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, action))]


@pytest.mark.parametrize(("template", "action"), [
    (PL, "Zwracać pieniądze za słuchawki w 5 dni roboczych"),
    (PL, "Poprawić opisy rozmiarów w karcie produktu"),
    (PL, "Naprawić wklejanie kodu e-recepty w aplikacji"),
    (PL, "Dodać impedancję"),
    (PL, "TODO naprawić kasę"),
    (EN, "Review pricing for 40+ seats"),
    (EN, "Announce the renewal price 60 days ahead by e-mail"),
    (EN, "Improve the size guide on product pages"),
    (EN, "Fix checkout"),
])
def test_a_change_named_passes(tmp_path, monkeypatch, template, action):
    _text, found = lint(tmp_path, monkeypatch, template, action)
    assert found == []
