"""vague-action (CX410): a bank's, an insurer's or a SaaS team's change beside the new goal heads stays
a change (session 38, review of f6f961b9).

f6f961b9 made communication, satisfaction, availability, contact and a bank's services (payout,
valuation; wypłata, wycena) heads whose name beside them says no how.  With that some changes that
named what changes were reported as wishes: what the communication is about after "about",
"regarding", "dotyczącą" or "nt." (while "o statusie wniosku" stayed a change), an English head read as
the head of the words after it ("contact form validation", "payout notifications", "relationship
manager onboarding"), and a tool in the Polish instrumental plural after a service's name ("zdjęciami z
aplikacji", as "SMS-em" is a channel).  Each is a change again; the wishes of tester40 stay reported.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

CLAIM = """\
kind: journey
id: adam-szkoda-komunikacyjna
name: Adam zgłasza szkodę komunikacyjną
lang: {lang}
persona: adam-kierowca-floty
stages:
  - id: wycena-szkody
    name: Wycena szkody
    touchpoints: [aplikacja ubezpieczyciela, pośrednik ubezpieczeniowy]
    emotion: -2
    barriers:
      - Rzeczoznawca przyjeżdża po 9 dniach, a pośrednik nie wie, na jakim etapie jest wycena
    opportunities:
      - action: "{action}"
        owner: Kierownik likwidacji szkód (Joanna Wróbel)
"""


def lint(tmp_path, monkeypatch, action: str, lang: str):
    text = CLAIM.format(lang=lang, action=action)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action")


@pytest.mark.parametrize(("action", "lang"), [
    # what the communication is about, with how it is told (session 39: the topic alone is a wish,
    # test_vague_action_leftovers_s39.py)
    ("Poprawić komunikację z pośrednikami dotyczącą statusu wyceny SMS-em", "pl"),
    ("Poprawić komunikację z pośrednikami nt. statusu wyceny: SMS po każdej zmianie", "pl"),
    ("Improve communication with brokers about claim status by a weekly e-mail", "en"),
    ("Improve communication with intermediaries regarding valuation delays via a status page", "en"),
    # an English goal or service word before another noun is not that noun's head
    ("Improve contact form validation", "en"),
    ("Improve contact centre routing", "en"),
    ("Improve payout notifications", "en"),
    ("Improve valuation report layout", "en"),
    ("Improve relationship manager onboarding", "en"),
    # a tool after the service's name, in the instrumental plural
    ("Usprawnić wycenę szkód zdjęciami z aplikacji", "pl"),
    ("Usprawnić proces likwidacji szkód zdjęciami z aplikacji", "pl"),
    # how it is paid out or valued, and when, as "po szkodzie" was
    ("Usprawnić wypłatę odszkodowania przelewem natychmiastowym", "pl"),
    ("Usprawnić wycenę nieruchomości operatem online", "pl"),
    ("Improve contact with the agent after a claim", "en"),
    ("Poprawić kontakt z agentem przed oględzinami", "pl"),
])
def test_a_change_beside_a_goal_or_service_stays_quiet_s38(tmp_path, monkeypatch, action, lang):
    _text, found = lint(tmp_path, monkeypatch, action, lang)
    assert found == []


@pytest.mark.parametrize(("action", "lang"), [
    # guards: the wishes stay wishes
    ("Poprawić komunikację z pośrednikami", "pl"),
    ("Poprawić współpracę z warsztatami partnerskimi", "pl"),
    ("Usprawnić wycenę szkód", "pl"),
    ("Improve broker communication", "en"),
    ("Improve communication with brokers", "en"),
    ("Improve the communication of claim decisions", "en"),
    ("Increase customer satisfaction with the valuation", "en"),
    ("Improve the claims payout", "en"),
])
def test_the_wishes_are_still_reported_s38(tmp_path, monkeypatch, action, lang):
    text, found = lint(tmp_path, monkeypatch, action, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{action}"'))]
