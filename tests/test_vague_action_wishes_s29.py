"""vague-action (CX410): gathering feedback, building awareness and being close to the customer or of
their side ("Collect feedback", "Zbierać opinie", "Budować świadomość marki", "Być bliżej klienta",
"Stay customer-oriented") plan no change; said with where, when or how, they are one, and gathering
anything but feedback ("Collect payment at delivery") is one."""

from __future__ import annotations

import pytest

PERSONA = """\
kind: persona
id: ania-kawa
name: Ania
lang: pl
goals:
  - Dostać kawę ziarnistą w subskrypcji co 2 tygodnie, bez pilnowania zamówień
sources:
  - {id: wywiady-2026, type: interview, date: 2026-10-01, n: 10}
"""


def _journey(action: str, lang: str) -> str:
    quoted = "'" + action.replace("'", "''") + "'"
    return f"""\
kind: journey
id: ania-subskrypcja
name: Ania zakłada subskrypcję
lang: {lang}
persona: ania-kawa
stages:
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - channel: email
        description: E-mail z potwierdzeniem pierwszej dostawy
    emotion: -1
    barriers:
      - Nie wie, jak przesunąć termin kolejnej paczki
    opportunities:
      - action: {quoted}
        owner: Zespół CX
        due: 2030-06-30
"""


@pytest.mark.parametrize(("action", "lang"), [
    ("Collect feedback", "en"),
    ("Gather customer feedback", "en"),
    ("Collect more feedback from customers", "en"),
    ("Zbierać opinie", "pl"),
    ("Zbierać opinie klientów", "pl"),
    ("Zbieranie feedbacku od klientów", "pl"),
    ("Zbierac opinie klientow", "pl"),
    ("Budować świadomość marki", "pl"),
    ("Budowac swiadomosc marki", "pl"),
    ("Build brand awareness", "en"),
    ("Raise awareness", "en"),
    ("Stay customer-oriented", "en"),
    ("Be customer-centric", "en"),
    ("Stay close to customers", "en"),
    ("Być bliżej klienta", "pl"),
    ("Być zorientowanym na klienta", "pl"),
])
def test_a_wish_is_reported(write, lint_json, action, lang):
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey(action, lang))
    found = lint_json(".", select="vague-action").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX410", 16)]
    assert found[0]["message"] == (f"opportunity '{action}' names a wish, not a change; "
                                   "say what will change and where (a page, a message, a step)")


@pytest.mark.parametrize(("action", "lang"), [
    ("Collect feedback in the checkout with a 1-question survey by Q2", "en"),
    ("Zbierać opinie po dostawie SMS-em z linkiem do ankiety", "pl"),
    ("Collect payment at delivery", "en"),
    ("Zbierać płatności BLIK-iem przy odbiorze", "pl"),
    ("Zbierać płatności", "pl"),
    ("Build brand awareness among parents in Kraków with a 6-week Instagram campaign", "en"),
    ("Budować świadomość marki wśród biegaczy na Parkrun w Gdyni", "pl"),
    ("Raise awareness of the 30-day return window on the product page", "en"),
    ("Be closer to customers in the Gdańsk showroom on Saturdays", "en"),
    ("Być bliżej klienta w salonie w Gdańsku w soboty", "pl"),
    ("Stay in touch by SMS after the first invoice", "en"),
    ("Get the invoice to the customer the same day", "en"),
])
def test_a_change_stays_clean(write, lint_json, action, lang):
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey(action, lang))
    assert lint_json(".", select="vague-action").findings == []


def test_allow_makes_a_gathered_word_a_change(write, lint_json):
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey("Zbierać opinie klientów", "pl"))
    write("cxkit.toml", '[rules.vague-action]\nallow = ["klientów"]\n')
    assert lint_json(".", select="vague-action").findings == []
