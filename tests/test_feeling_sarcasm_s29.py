"""feeling-contradicts-emotion (CX409): a glad word said with sarcasm ("Zachwycony… akurat", "Happy,
yeah right", "(sarkazm)", an eye roll, the glad word in quotes) means what a negative score says, so
it is not reported; a sincere glad feeling scored negative still is, in Polish and in English."""

from __future__ import annotations

import pytest

PERSONA = """\
kind: persona
id: marta-wnetrza
name: Marta
lang: pl
goals:
  - Zamówić sofę trzyosobową do 4 000 zł z wniesieniem na 3. piętro bez windy
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 9}
"""


def _journey(feeling: str, emotion: int, lang: str = "pl") -> str:
    quoted = "'" + feeling.replace("'", "''") + "'"
    return f"""\
kind: journey
id: marta-zamawia-sofe
name: Marta zamawia sofę
lang: {lang}
persona: marta-wnetrza
stages:
  - id: delivery
    name: Dostawa
    touchpoints:
      - channel: phone
        description: Infolinia przewoźnika, trzecie przełożenie terminu
    feeling: {quoted}
    emotion: {emotion}
    pain_points:
      - Kurier przełożył dostawę trzeci raz, bez SMS-a
    opportunities:
      - action: Wysyłać SMS z nowym oknem dostawy w chwili przełożenia
        owner: Zespół logistyki
"""


@pytest.mark.parametrize(("feeling", "emotion", "lang"), [
    ("Zachwycony… akurat", -2, "pl"),
    ("Zachwycona, akurat! Trzeci raz czeka na kuriera", -2, "pl"),
    ("Zadowolona, też mi coś", -1, "pl"),
    ("Szczęśliwa, taa", -1, "pl"),
    ("Zadowolona… jasne", -1, "pl"),
    ("Zachwycona (sarkazm), trzeci raz ten sam formularz", -2, "pl"),
    ("Zadowolony, mówi ironicznie o czwartym telefonie", -1, "pl"),
    ("„Zadowolona” z trzeciego przełożenia", -2, "pl"),
    ("Zachwycona 🙄 kolejny SMS bez godziny", -1, "pl"),
    ("Happy, yeah right", -2, "en"),
    ("Delighted… yeah, right", -2, "en"),
    ("Thrilled, sure.", -1, "en"),
    ("Relieved /s", -1, "en"),
    ('"Delighted" with the fourth reschedule', -2, "en"),
    ("Happy, said sarcastically about the new form", -1, "en"),
])
def test_a_sarcastic_glad_word_scored_negative_is_not_reported(write, lint_json, feeling, emotion, lang):
    write("personas/marta.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, emotion, lang))
    assert lint_json(".", select="feeling-contradicts-emotion").findings == []


@pytest.mark.parametrize(("feeling", "lang"), [
    # No glad word opens these: they were never reported, and must not start to be.
    ("Great, another form to fill in", "en"),
    ("No super, znowu czekam", "pl"),
    ("Oh great, the courier moved it again", "en"),
])
def test_sarcasm_without_a_glad_opening_stays_clean(write, lint_json, feeling, lang):
    write("personas/marta.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, -2, lang))
    assert lint_json(".", select="feeling-contradicts-emotion").findings == []


@pytest.mark.parametrize(("feeling", "emotion", "word", "lang"), [
    ("Zachwycona, że kurier przyszedł akurat o 8", -1, "Zachwycona", "pl"),
    ("Zadowolona z szybkiej dostawy", -2, "Zadowolona", "pl"),
    ("Zadowolony, jasne instrukcje wniesienia", -1, "Zadowolony", "pl"),
    ("„Zadowolona z wniesienia na 3. piętro”", -1, "Zadowolona", "pl"),
    ("Happy with the fast refund", -1, "Happy", "en"),
    ("Relieved, the ironing service was booked too", -1, "Relieved", "en"),
    ("Delighted, surely the best sofa she has had", -2, "Delighted", "en"),
])
def test_a_sincere_glad_feeling_scored_negative_is_still_reported(write, lint_json, feeling, emotion, word, lang):
    write("personas/marta.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling, emotion, lang))
    found = lint_json(".", select="feeling-contradicts-emotion").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX409", 13)]
    assert found[0]["message"] == (f"stage 'delivery' feels '{word}' but its emotion is {emotion}; "
                                   "score what the persona felt (+1 or +2), or say in the feeling what hurt")
