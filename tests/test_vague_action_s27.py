"""vague-action (CX410): watching ("Monitorować opinie klientów", "Track satisfaction"), raising
awareness and being more of something ("Be more customer-centric") plan no change; a watch or a
"be more" that says what and where still does."""

from __future__ import annotations

import pytest

DAN = """\
kind: persona
id: dan-heating
name: Dan
lang: en
goals:
  - Send each invoice the same day the job is signed off
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""


def _journey(action: str, lang: str) -> str:
    return f"""\
kind: journey
id: dan-switches
name: Dan switches invoicing
lang: {lang}
persona: dan-heating
stages:
  - id: post-purchase
    name: Post-purchase
    touchpoints:
      - channel: email
        description: Welcome e-mail with the import guide
    emotion: -1
    barriers:
      - The import of 300 customers from Excel fails on the postcode column
    opportunities:
      - action: "{action}"
        owner: Onboarding team
        due: 2030-06-30
"""


@pytest.mark.parametrize(("action", "lang"), [
    ("Be more customer-centric", "en"),
    ("Be more proactive", "en"),
    ("Być bardziej proaktywnym", "pl"),
    ("Stać się bardziej zorientowanym na klienta", "pl"),
    ("Raise awareness", "en"),
    ("Zwiększyć świadomość marki", "pl"),
    ("Monitorować opinie klientów", "pl"),
    ("Monitorowac opinie klientow", "pl"),
    ("Śledzić satysfakcję klientów", "pl"),
    ("Track customer satisfaction", "en"),
    ("Monitor feedback", "en"),
])
def test_a_watch_or_a_be_more_is_a_wish(write, lint_json, action, lang):
    write("personas/dan.yaml", DAN)
    write("journeys/j.yaml", _journey(action, lang))
    found = lint_json(".", select="vague-action").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX410", 16)]
    assert found[0]["message"] == (f"opportunity '{action}' names a wish, not a change; "
                                   "say what will change and where (a page, a message, a step)")


@pytest.mark.parametrize(("action", "lang"), [
    ("Monitor NPS weekly after the checkout change", "en"),
    ("Track refund status in the Zendesk dashboard", "en"),
    ("Monitorować czas importu 300 klientów z Excela w panelu", "pl"),
    ("Be more open about delivery costs at checkout", "en"),
    ("Skrócić formularz zamówienia z 14 do 6 pól", "pl"),
    ("Stay in touch by SMS after the first invoice", "en"),
    ("Być bliżej klienta w salonie w Gdańsku w soboty", "pl"),
])
def test_a_change_stays_clean(write, lint_json, action, lang):
    write("personas/dan.yaml", DAN)
    write("journeys/j.yaml", _journey(action, lang))
    assert lint_json(".", select="vague-action").findings == []
