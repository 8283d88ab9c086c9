"""vague-feeling (CX412): a stage whose `feeling` is only "neutral", "OK", "Obojętny" or "Meh" names no
emotion (the method asks which emotions go with the customer at each stage)."""

from __future__ import annotations

import pytest

PAWEL = """\
kind: persona
id: pawel-audiofil
name: Paweł
lang: pl
goals:
  - Kupić słuchawki otwarte do 2 500 zł po odsłuchu w salonie w Gdańsku
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""


def _journey(feeling: str, emotion: int = 0, lang: str = "pl") -> str:
    return f"""\
kind: journey
id: pawel-kupuje
name: Paweł kupuje słuchawki
lang: {lang}
persona: pawel-audiofil
stages:
  - id: consideration
    name: Rozważanie
    touchpoints:
      - channel: forum
        description: Wątek o HD 600 na forum Audiostereo
    emotion: {emotion}
    feeling: "{feeling}"
"""


@pytest.mark.parametrize(("feeling", "emotion"), [
    ("neutralny", 0), ("Neutral", 0), ("OK", 1), ("Meh", 0), ("Obojętny", 0), ("Obojetna", 0), ("Fine", 0),
    ("Czuje się OK", 0), ("Feels fine", 1), ("Raczej neutralnie", 0), ("so-so", -1), ("Bez emocji", 0),
    ("nothing special", 0), ("Tak sobie", 0), ("spoko", 1),
])
def test_a_feeling_that_names_no_emotion(write, lint_json, feeling, emotion):
    write("personas/pawel.yaml", PAWEL)
    write("journeys/j.yaml", _journey(feeling, emotion))
    found = lint_json(".", select="vague-feeling").findings
    assert [(f["code"], f["severity"], f["line"], f["column"]) for f in found] == [("CX412", "info", 13, 14)]
    assert found[0]["message"] == (
        f"stage 'consideration': feeling '{feeling}' names no emotion; write what the persona felt there "
        "and why, as research heard it (unsure, impatient, relieved)")


@pytest.mark.parametrize("feeling", [
    "Zła i rozczarowana", "Niepewny, czy słuchawki otwarte nie będą za głośne w bloku",
    "Neutralnie, porównuje ceny w trzech sklepach", "OK with the price, unsure about the comfort",
    "Ulga", "Relieved", "Okazja! Cieszy się z rabatu", "Finally sure of the model",
])
def test_a_feeling_that_says_something(write, lint_json, feeling):
    write("personas/pawel.yaml", PAWEL)
    write("journeys/j.yaml", _journey(feeling))
    assert lint_json(".", select="vague-feeling").findings == []


def test_info_does_not_fail_the_run(write, lint_json):
    write("personas/pawel.yaml", PAWEL)
    write("journeys/j.yaml", _journey("neutral", lang="en"))
    result = lint_json(".", select="CX412")
    assert [f["code"] for f in result.findings] == ["CX412"] and result.exit_code == 0
