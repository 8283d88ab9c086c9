"""vague-action (CX410): a channel or tool named beside a process's name makes the wish a change (session 37).

"Usprawnić proces likwidacji szkód SMS" (improve the claims process by SMS) was reported as a wish: "SMS"
was read as the third word of the process's name, while "… SMS-em" (a fourth word) and "… przez SMS" were
changes.  A channel or a tool (SMS, e-mail, a chatbot, push, WhatsApp, a phone call, QR, BLIK) is never a
word of a process's name now: it says how the process changes.  The app, the website, a form and the
hotline stay where a wish is made, and "Usprawnić proces likwidacji szkód" stays reported.
"""

from __future__ import annotations

import pytest

from claim_helpers import lint_action as lint
from rule_helpers import pos, where

@pytest.mark.parametrize(("action", "lang"), [
    ("Usprawnić proces likwidacji szkód SMS", "pl"),
    ("Usprawnić proces likwidacji szkód chatbotem", "pl"),
    ("Usprawnić proces likwidacji szkód WhatsApp", "pl"),
    ("Usprawnić obsługę zgłoszeń push", "pl"),
    ("Zoptymalizować proces zgłaszania szkody BLIK", "pl"),
    # "Improve the SMS claims process" names which process, as "the online quote experience" does: a wish
    # (review82, test_vague_action_channel_name_s37)
    ("Improve the claims process email", "en"),
    ("Streamline the claims handling chatbot", "en"),
])
def test_a_channel_beside_the_process_name_makes_it_a_change(tmp_path, monkeypatch, action, lang):
    _text, found = lint(tmp_path, monkeypatch, action, lang)
    assert found == []


@pytest.mark.parametrize(("action", "lang"), [
    # the brief's own guard: the process named, no channel
    ("Usprawnić proces likwidacji szkód", "pl"),
    ("Streamline the claims process", "en"),
    # the app, a form, the hotline are where a wish is made, not how it changes
    ("Usprawnić proces likwidacji szkód w aplikacji", "pl"),
    ("Usprawnić proces likwidacji szkód aplikacją", "pl"),
    ("Poprawić aplikację", "pl"),
    ("Poprawić obsługę na infolinii", "pl"),
    ("Improve the claims experience in the app", "en"),
    ("Improve the online quote experience", "en"),
])
def test_a_place_beside_the_process_name_leaves_the_wish(tmp_path, monkeypatch, action, lang):
    text, found = lint(tmp_path, monkeypatch, action, lang)
    line, column = pos(text, "action:")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("action: "))]
    assert found[0].message.startswith(f"opportunity '{action}' names a wish, not a change")
