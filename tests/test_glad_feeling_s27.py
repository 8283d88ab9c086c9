"""feeling-contradicts-emotion (CX409) both ways: a clearly glad feeling ("Delighted and relieved",
"Zachwycona, że…", "Ulga") scored -1 or -2 contradicts its score as a furious one scored 0 does."""

from __future__ import annotations

import pytest

PERSONA = """\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Kupić słuchawki otwarte do 2 500 zł po odsłuchu w salonie w Gdańsku
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""


def _journey(feeling: str, emotion: int) -> str:
    return f"""\
kind: journey
id: ola-kupuje
name: Ola kupuje
lang: pl
persona: ola
stages:
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - channel: sms
        description: SMS z kodem odbioru z paczkomatu
    feeling: "{feeling}"
    emotion: {emotion}
    pain_points:
      - Paczkomat przy domu był pełny
    opportunities:
      - action: Pokazać w koszyku zapełnienie paczkomatu przy domu
        owner: Zespół e-commerce
"""


@pytest.mark.parametrize(("feeling", "emotion", "word"), [
    ("Delighted and relieved", -2, "Delighted"),
    ("Zachwycona, że paczka przyszła dzień wcześniej", -1, "Zachwycona"),
    ("Zadowolona", -2, "Zadowolona"),
    ("Czuje ulgę", -1, "ulgę"),
    ("Szczesliwa, ze juz ma sluchawki", -1, "Szczesliwa"),
    ("Happy with the delivery", -1, "Happy"),
])
def test_a_glad_feeling_scored_negative(write, lint_json, feeling, emotion, word):
    write("personas/ola.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, emotion))
    found = lint_json(".", select="feeling-contradicts-emotion").findings
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX409", 13, 14)]
    assert found[0]["message"] == (f"stage 'post-purchase' feels '{word}' but its emotion is {emotion}; "
                                   "score what the persona felt (+1 or +2), or say in the feeling what hurt")


@pytest.mark.parametrize(("feeling", "emotion"), [
    ("Delighted and relieved", 1),
    ("Zadowolona z ceny, ale zła na kuriera", -1),
    ("Nie jest zadowolona", -2),
    ("Not happy", -1),
    ("Niezadowolona", -2),
    ("Unhappy", -2),
    ("Relieved but still worried", -1),
    ("Zadowolona na początku, potem rozczarowana", -2),
    ("Happy at first, then let down", -2),
    ("Zadowolona z ceny, mniej z dostawy", -1),
    ("Happy to wait a day for a cheaper courier", -1),
    ("Zachwyt dźwiękiem, niepewność co do wygody noszenia", -1),
    ("Zadowolona, że nie musiała dzwonić", -1),
    ("Pleased with the sound, unsure about the fit", -1),
])
def test_not_clearly_glad_or_scored_so(write, lint_json, feeling, emotion):
    write("personas/ola.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, emotion))
    assert lint_json(".", select="feeling-contradicts-emotion").findings == []


def test_a_furious_feeling_scored_zero_is_still_reported(write, lint_json):
    write("personas/ola.yaml", PERSONA)
    write("journeys/j.yaml", _journey("Wściekła, że paczkomat był pełny", 0))
    found = lint_json(".", select="CX409").findings
    assert [f["message"].split(";")[0] for f in found] == ["stage 'post-purchase' feels 'Wściekła' but its emotion is 0"]
