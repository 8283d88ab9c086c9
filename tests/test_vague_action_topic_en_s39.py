"""vague-action (CX410): a topic alone is a wish in English as in Polish (session 39, review of 95cd71ad).

95cd71ad read what communication or contact is about as part of the goal's name: "Improve communication with
brokers about claim status" and "Poprawić komunikację odnośnie do statusu wniosku" are wishes.  In English
two of the same stayed changes: with no "with …" before the topic ("Improve communication about claim
status": an English goal head was read only as the head of the words before it), and with customers, whom
"with customers" did not count as whom ("z klientami" did).  Saying how it is told still makes a change.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

CLAIM = """\
kind: journey
id: tom-motor-claim
name: Tom claims for a rear-end collision
lang: en
persona: tom-fleet-driver
stages:
  - id: valuation
    name: Damage valuation
    touchpoints: [insurer app, broker]
    emotion: -2
    barriers:
      - The assessor comes after 9 days and nobody tells Tom where the claim is
    opportunities:
      - action: "{action}"
        owner: Head of motor claims (Joanna Wróbel)
"""


def lint(tmp_path, monkeypatch, action: str):
    text = CLAIM.format(action=action)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action")


WISHES = [
    "Improve communication about claim status", "Improve communication regarding delivery slots",
    "Improve communication with customers about claim status", "Improve contact with clients about delays",
]


@pytest.mark.parametrize("action", WISHES)
def test_a_topic_alone_is_a_wish_in_english_s39(tmp_path, monkeypatch, action):
    text, found = lint(tmp_path, monkeypatch, action)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{action}"'))]
    assert f"'{action}' names a wish" in found[0].message


CHANGES = [
    "Improve communication about claim status with a weekly e-mail",
    "Improve communication about claim status: text the customer at each step",
    "Improve communication with customers about claim status by SMS when it changes",
    "Improve contact with users about outages through a status page",
    "Improve contact form validation",
]


@pytest.mark.parametrize("action", CHANGES)
def test_saying_how_it_is_told_is_still_a_change_s39(tmp_path, monkeypatch, action):
    _text, found = lint(tmp_path, monkeypatch, action)
    assert found == []
