"""vague-action (CX410): session 38's reviewers' leftovers (session 39).

- "Improve the broker portal" was a change: a portal is where a wish is made, as the app and the website
  are ("Improve the app"), and a broker is whom it is for.
- "Poprawić komunikację z pośrednikami o statusie wniosku" was a change: what communication is about says
  of what, as "the communication of claim decisions" does, not how (the method plans who, when and in what
  way: a status SMS, a page, a step); with a channel or a how after it, it stays a change.
- "Usprawnić wycenę nieruchomości AVM" stays a wish: "wycena AVM" is a kind of valuation by its name, as
  "the SMS claims process" is a process; "modelem AVM zamiast operatu" says how.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

MORTGAGE = """\
kind: journey
id: ewa-kredyt-hipoteczny
name: Ewa bierze kredyt hipoteczny przez pośrednika
lang: {lang}
persona: ewa-pierwsze-mieszkanie
stages:
  - id: wniosek
    name: Wniosek i wycena
    touchpoints: [portal pośrednika, doradca Expander]
    emotion: -2
    barriers:
      - Pośrednik przez 3 tygodnie nie wie, na jakim etapie jest wniosek i wycena
    opportunities:
      - action: "{action}"
        owner: Zespół sprzedaży pośredniej (Marta Lis)
"""


def lint(tmp_path, monkeypatch, action: str, lang: str):
    text = MORTGAGE.format(lang=lang, action=action)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action")


WISHES = [
    ("Improve the broker portal", "en"), ("Poprawić portal pośrednika", "pl"),
    ("Poprawić komunikację z pośrednikami o statusie wniosku", "pl"),
    ("Poprawić komunikację z pośrednikami w sprawie statusu wniosku", "pl"),
    ("Poprawić komunikację odnośnie do statusu wniosku", "pl"),
    ("Poprawić komunikację z pośrednikami dotyczącą statusu wyceny", "pl"),
    ("Improve communication with brokers about claim status", "en"),
    ("Improve communication with intermediaries regarding valuation delays", "en"),
    ("Usprawnić wycenę nieruchomości AVM", "pl"),
]


@pytest.mark.parametrize(("action", "lang"), WISHES, ids=[a for a, _ in WISHES])
def test_a_portal_or_a_topic_alone_is_a_wish_s39(tmp_path, monkeypatch, action, lang):
    text, found = lint(tmp_path, monkeypatch, action, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{action}"'))]
    assert f"'{action}' names a wish" in found[0].message or f"„{action}” wyraża życzenie" in found[0].message


CHANGES = [
    ("Improve the broker portal: show the application's status on the dashboard", "en"),
    ("Add the application status with its date to the broker portal", "en"),
    ("Poprawić komunikację z pośrednikami o statusie wniosku SMS-em po każdej zmianie", "pl"),
    ("Improve communication with brokers about claim status by a weekly e-mail", "en"),
    ("Wysyłać pośrednikom SMS o statusie wniosku po każdej zmianie etapu", "pl"),
    ("Usprawnić wycenę nieruchomości modelem AVM zamiast operatu", "pl"),
]


@pytest.mark.parametrize(("action", "lang"), CHANGES, ids=[a for a, _ in CHANGES])
def test_saying_how_is_a_change_s39(tmp_path, monkeypatch, action, lang):
    _text, found = lint(tmp_path, monkeypatch, action, lang)
    assert found == []
