"""vague-action (CX410): a channel that is a word of the process's name leaves the wish a wish (review of
session 37's cd570596).

cd570596 made any form of a channel's name end a process's name, so the process whose name holds one became
a change: "Usprawnić proces wysyłki powiadomień" (improve the process of sending notifications), "Usprawnić
proces obsługi czatu", "Improve the push notification process", "Improve the BLIK payment process" (all
reported before it).  A channel says how the process changes only after its name and in a form that says
"with" or "by" (SMS-em, chatbotem, telefonicznie, or an abbreviation not declined: "… szkód SMS"); a
genitive is a word of the name, and so is a channel before an English head, as "the online quote
experience" is.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

from test_vague_action_channel_s37 import lint

NAMED = [
    ("Usprawnić proces wysyłki powiadomień", "pl"), ("Usprawnić proces obsługi czatu", "pl"),
    ("Usprawnić proces obsługi newslettera", "pl"), ("Usprawnić proces obsługi telefonu", "pl"),
    ("Improve the push notification process", "en"), ("Improve the BLIK payment process", "en"),
    ("Streamline the chatbot handover process", "en"), ("Improve the newsletter signup process", "en"),
    ("Improve the phone claims process", "en"), ("Improve the SMS claims process", "en"),
]


@pytest.mark.parametrize(("action", "lang"), NAMED, ids=[a for a, _ in NAMED])
def test_a_channel_in_the_process_name_is_still_a_wish(tmp_path, monkeypatch, action, lang):
    text, found = lint(tmp_path, monkeypatch, action, lang)
    line, column = pos(text, "action:")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("action: "))]
    assert found[0].message.startswith(f"opportunity '{action}' names a wish, not a change")


@pytest.mark.parametrize(("action", "lang"), [
    ("Usprawnić proces likwidacji szkód telefonicznie", "pl"),
    ("Usprawnić proces likwidacji szkód SMS-em", "pl"),
    ("Usprawnić proces wysyłki powiadomień SMS-em", "pl"),
    ("Usprawnić obsługę czatu chatbotem", "pl"),
])
def test_a_channel_after_the_name_says_how(tmp_path, monkeypatch, action, lang):
    _text, found = lint(tmp_path, monkeypatch, action, lang)
    assert found == []
