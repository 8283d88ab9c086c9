"""vague-action (CX410): a comparative after what it is of is read the same with or without an article or
a possessive before the thing: "Make the delivery faster" names what is sped up as "Make delivery faster"
does, and "Make the checkout better and faster" is as much a wish as "Make checkout better and faster"."""

from __future__ import annotations

import pytest
import yaml

from cxkit.api import lint_text


def _journey(action: str, lang: str = "en") -> str:
    stage = {
        "id": "checkout", "name": "Checkout", "goal": "Pay for the washing machine",
        "touchpoints": [{"channel": "web", "description": "Bosch product page and basket"}],
        "doing": "Compares 3 models", "thinking": "Will it fit the 60 cm gap", "feeling": "Careful", "emotion": 0,
        "pain_points": ["The basket drops the 5-year warranty when the postcode is changed"],
        "opportunities": [{"action": action, "owner": "Checkout team", "due": "2027-03-01"}],
    }
    return yaml.safe_dump({"kind": "journey", "id": "j", "name": "J", "lang": lang, "persona": "p",
                           "goal": "Buy a washing machine within 2 weeks", "reviewed": "2026-11-01",
                           "stages": [stage]}, allow_unicode=True)


def _flagged(action: str) -> bool:
    return bool(lint_text(_journey(action), select="CX410", baseline=False))


@pytest.mark.parametrize("action", ["Make the delivery faster", "Make the app faster", "Make the refund quicker",
                                    "Make delivery faster", "Make our app faster"])
def test_sped_up_with_its_thing_named_is_no_wish_whatever_stands_before_it(action):
    assert not _flagged(action)


@pytest.mark.parametrize("action", ["Make the checkout better and faster", "Make checkout better and faster",
                                    "Make the checkout better", "Make it faster"])
def test_a_comparative_that_says_nothing_is_still_a_wish(action):
    assert _flagged(action)
