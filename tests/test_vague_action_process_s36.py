"""vague-action (CX410): naming the process is not naming the change (session 36, tester38 M2).

"Usprawnić proces" was reported, "Usprawnić proces likwidacji szkód" was not: one word of the
process's name made the wish pass, although it names no change.  These are a claims department's
most common workshop sticky notes.  Now the name of a process, journey or experience beside its word
counts as a place does; what follows a break or a word that says how is read as before, and a
change stays quiet.
"""

from __future__ import annotations

import pytest

from claim_helpers import CLAIM
from claim_helpers import lint_action as lint
from rule_helpers import pos, run, where

@pytest.mark.parametrize(("action", "lang"), [
    # tester38's sticky notes; each went unreported before, as did the rest of this list
    ("Usprawnić proces likwidacji szkód", "pl"),
    ("Zoptymalizować proces zgłaszania szkody", "pl"),
    ("Zwiększyć satysfakcję klientów z procesu zakupu", "pl"),
    ("Improve the claims experience", "en"),
    ("Streamline the claims process", "en"),
    ("Improve the online quote experience", "en"),
    # and their kin: three words of a name, a service, a journey, "claims handling", "the process of"
    ("Zoptymalizować proces zgłaszania szkody komunikacyjnej", "pl"),
    ("Usprawnić obsługę zgłoszeń szkód", "pl"),
    ("Usprawnić proces likwidacji szkód w aplikacji", "pl"),
    ("Wprowadzić zmiany w procesie likwidacji szkód", "pl"),
    ("Improve claims handling", "en"),
    ("Improve the process of reporting a claim", "en"),
    ("Improve the car insurance purchase journey", "en"),
])
def test_a_wish_that_names_its_process_is_reported(tmp_path, monkeypatch, action, lang):
    text, found = lint(tmp_path, monkeypatch, action, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f"\"{action}\""))]
    assert found[0].message == (
        f"opportunity '{action}' names a wish, not a change; say what will change and where (a page, a message, "
        "a step)")


@pytest.mark.parametrize(("action", "lang"), [
    # real changes of a claims department (guards: quiet before and after)
    ("Dodać SMS z numerem szkody po zgłoszeniu", "pl"),
    ("Skrócić formularz zgłoszenia z 14 do 6 pól", "pl"),
    # a process named, then the change: after a break, a word of how, a number
    ("Usprawnić proces likwidacji szkód: SMS z numerem szkody po zgłoszeniu", "pl"),
    ("Usprawnić proces likwidacji szkód, wysyłając SMS z numerem", "pl"),
    ("Usprawnić proces likwidacji szkód przez dodanie SMS-a z numerem szkody", "pl"),
    ("Uprościć proces zakupu polisy do jednego ekranu", "pl"),
    ("Poprawić proces zwrotów: etykieta zwrotna do wydruku w domu", "pl"),
    ("Poprawić doświadczenie klientów w procesie zakupu polisy — kalkulator składki na stronie głównej", "pl"),
    ("Improve the claims process by sending an SMS with the claim number", "en"),
    ("Streamline the claims process with automatic photo estimates", "en"),
    ("Improve the quote flow: prefill the car model from the registration number", "en"),
    ("Streamline the claims process to 3 steps", "en"),
    ("Improve the 3-step checkout process", "en"),
    # a repair names what is broken, as "Fix checkout" does
    ("Naprawić proces zgłaszania szkody", "pl"),
])
def test_a_change_beside_a_named_process_stays_quiet(tmp_path, monkeypatch, action, lang):
    _text, found = lint(tmp_path, monkeypatch, action, lang)
    assert found == []


def test_allow_keeps_a_process_name_a_change(tmp_path, monkeypatch):
    action = "Usprawnić proces likwidacji szkód"
    _text, found = lint(tmp_path, monkeypatch, action, "pl")
    assert len(found) == 1
    _text, found = lint(tmp_path, monkeypatch, action, "pl", allow=["likwidacji"])
    assert found == []  # a team whose "likwidacja" is one named step of theirs says so


def test_the_whole_claim_journey_reports_its_five_wishes_and_not_its_changes(tmp_path, monkeypatch):
    actions = ["Usprawnić proces likwidacji szkód", "Zoptymalizować proces zgłaszania szkody",
               "Zwiększyć satysfakcję klientów z procesu zakupu", "Improve the claims experience",
               "Streamline the claims process", "Dodać SMS z numerem szkody po zgłoszeniu",
               "Skrócić formularz zgłoszenia z 14 do 6 pól"]
    text = CLAIM.format(lang="pl", action=actions[0]) + "".join(
        f"      - action: \"{a}\"\n        owner: Dyrektor likwidacji szkód (Jan Kowalczyk)\n" for a in actions[1:])
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action")
    assert [f.line for f in found] == [pos(text, a)[0] for a in actions[:5]]
