"""feeling-contradicts-emotion (CX409): relief or gladness at leaving the company or at an end
("Ulga, że to koniec współpracy z tym bankiem", "Relieved to cancel the subscription at last") is
the company's loss, so a low score is no contradiction, in Polish and in English alike."""

from __future__ import annotations

import pytest

PERSONA = """\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Przenieść konto osobiste do banku bez opłaty za kartę
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""


def _journey(feeling: str, emotion: int) -> str:
    return f"""\
kind: journey
id: ola-odchodzi
name: Ola odchodzi z banku
lang: pl
persona: ola
stages:
  - id: leaving
    name: Rezygnacja
    touchpoints:
      - channel: app
        description: Formularz zamknięcia konta w aplikacji
    feeling: "{feeling}"
    emotion: {emotion}
    pain_points:
      - Opłata za kartę wzrosła bez zapowiedzi
    opportunities:
      - action: Wysłać SMS 30 dni przed zmianą opłaty za kartę
        owner: Zespół komunikacji
"""


@pytest.mark.parametrize(("feeling", "emotion"), [
    ("Ulga, że to koniec współpracy z tym bankiem", -1),
    ("Zadowolona, że wreszcie może zrezygnować z tej usługi", -1),
    ("Zachwycona konkurencją", -2),
    ("Ulga po odejściu do innego banku", -1),
    ("Glad it's over", -1),
    ("Relieved to cancel the subscription at last", -1),
    ("Happy to leave for a competitor", -2),
    ("Relieved after cancelling the account", -1),
    ("Pleased to be quitting this bank", -1),
])
def test_relief_at_leaving_scored_low_is_not_reported(write, lint_json, feeling, emotion):
    write("personas/ola.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, emotion))
    assert lint_json(".", select="feeling-contradicts-emotion").findings == []


@pytest.mark.parametrize(("feeling", "emotion", "word"), [
    ("Ulga, że konto zamknięte w 5 minut", -1, "Ulga"),
    ("Zadowolona, że przelew doszedł od razu", -2, "Zadowolona"),
    ("Relieved the transfer arrived at once", -1, "Relieved"),
    ("Happy with the overall service", -1, "Happy"),
])
def test_glad_without_leaving_is_still_reported(write, lint_json, feeling, emotion, word):
    write("personas/ola.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, emotion))
    found = lint_json(".", select="feeling-contradicts-emotion").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX409", 13)]
    assert f"feels '{word}'" in found[0]["message"]
