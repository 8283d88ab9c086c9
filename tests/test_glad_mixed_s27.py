"""feeling-contradicts-emotion (CX409), glad side: a glad opening followed by a second clause after a
semicolon, "yet" / "still" / "nadal" / "wciąż", or a word of shock, terror, guilt or regret is a
mixed feeling, not a clearly glad one, so a score of -1 or -2 is no contradiction."""

from __future__ import annotations

import pytest

PERSONA = """\
kind: persona
id: ewa
name: Ewa
lang: pl
goals:
  - Zatwierdzać faktury do 50 tys. zł z telefonu w mniej niż 2 minuty
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 9}
"""


def _journey(feeling: str, emotion: int) -> str:
    return f"""\
kind: journey
id: ewa-zamawia
name: Ewa zamawia
lang: pl
persona: ewa
stages:
  - id: decision
    name: Decyzja
    touchpoints:
      - channel: web
        description: Demo platformy na Teams z handlowcem
    feeling: "{feeling}"
    emotion: {emotion}
    pain_points:
      - Cennik pokazuje cenę dopiero po demo
    opportunities:
      - action: Pokazać cenę za 10 użytkowników na stronie cennika
        owner: Zespół marketingu produktu
"""


@pytest.mark.parametrize("feeling", [
    "Pleased with the demo; the price shocks him",
    "Zadowolony z dema; cena go szokuje",
    "Happy with the discount, terrified of the deadline",
    "Relieved yet guilty",
    "Ulga, wciąż czeka na wynik biopsji",
    "Zadowolona z rabatu, nadal czeka na fakturę korygującą",
    "Relieved, still sorry he waited so long",
    "Zadowolona z obsługi, przykro jej z powodu opóźnienia",
    "Relieved the test is negative, regrets calling so late",
])
def test_a_glad_opening_with_a_second_feeling_is_mixed(write, lint_json, feeling):
    write("personas/ewa.yaml", PERSONA)
    write("journeys/ewa-zamawia.yaml", _journey(feeling, -1))
    assert lint_json(".", select="feeling-contradicts-emotion").findings == []


@pytest.mark.parametrize(("feeling", "word"), [
    ("Zachwycona, że demo trwało tylko 20 minut", "Zachwycona"),
    ("Delighted and relieved", "Delighted"),
    ("Happy with the terrific demo", "Happy"),
    ("Zadowolona, ze cena jest nizsza", "Zadowolona"),
])
def test_a_clearly_glad_feeling_scored_below_zero_is_still_reported(write, lint_json, feeling, word):
    write("personas/ewa.yaml", PERSONA)
    write("journeys/ewa-zamawia.yaml", _journey(feeling, -2))
    found = lint_json(".", select="feeling-contradicts-emotion").findings
    assert [f["code"] for f in found] == ["CX409"]
    assert f"feels '{word}' but its emotion is -2" in found[0]["message"]
