"""pseudo-profiling (CX101): a pronoun after the summary's far age, and whose age that is (session 38, review88).

ce98c78e made any pronoun in the clause after the age name the persona as someone else, whoever opens the
summary ("Opiekunka, ok. 60 lat, odwiedza ją": the carer visits the persona).  Where that clause names a
subject of its own, a relative ("córka pomaga jej", "mieszka z nią córka", "her daughter helps her"), the
pronoun is the one the summary opens with, who is the persona: her age far from `demographics.age`
contradicts it and is reported, as it was before ce98c78e.  And "visits her twice a week" makes the persona
the one visited, as "looks after her on Tuesdays" does (fixLL38 left it reported).
"""

from __future__ import annotations

import pytest

from test_summary_age_contradiction_s37 import stated
from test_summary_kin_age_s37 import at_summary, found, persona

OWN_SUBJECT = [
    ("pl", "Kobieta, ok. 50 lat, córka pomaga jej z aplikacją mObywatel", "ok. 50 lat"),
    ("pl", "Kobieta, ok. 50 lat, mieszka z nią córka", "ok. 50 lat"),
    ("pl", "Księgowa, ok. 50 lat, mąż pomaga jej z aplikacją banku", "ok. 50 lat"),
    ("pl", "Księgowa z Lublina, ok. 50 lat, jej córka zamawia jej zakupy w Lidlu", "ok. 50 lat"),
    ("en", "Woman, about 50, her daughter helps her with the banking app", "about 50"),
    ("en", "Accountant from Leeds, about 50, her husband does the shopping for her", "about 50"),
]


@pytest.mark.parametrize(("lang", "summary", "said"), OWN_SUBJECT, ids=[s for _, s, _ in OWN_SUBJECT])
def test_a_relative_as_the_clauses_subject_keeps_the_pronoun_the_personas_s38(lang, summary, said):
    text = persona(lang, summary=summary, age=34)
    line, column = at_summary(text)
    assert found(text) == [(line, column, stated(said, 34))]


SOMEONE_ELSE = [
    ("en", "Carer from Age UK, about 60, visits her twice a week"),
    ("en", "Carer, about 60, visits her once a week and does the shopping"),
    ("pl", "Opiekunka, ok. 60 lat, odwiedza ją 2 razy w tygodniu"),
    ("pl", "Sąsiadka, ok. 70 lat, pilnuje jej syna po szkole"),
    ("en", "Carer, about 60, visits her and her son on Tuesdays"),
]


@pytest.mark.parametrize(("lang", "summary"), SOMEONE_ELSE, ids=[s for _, s in SOMEONE_ELSE])
def test_the_persona_as_the_object_keeps_the_age_someone_elses_s38(lang, summary):
    assert found(persona(lang, summary=summary, age=34)) == []


@pytest.mark.parametrize("summary", [
    "Woman, about 50, keeps up her twice-weekly swim at the leisure centre",
    "Kobieta, ok. 50 lat, mieszka w Lublinie",
])
def test_her_own_routine_is_no_pronoun_of_someone_else_s38(summary):
    lang = "pl" if "Kobieta" in summary else "en"
    text = persona(lang, summary=summary, age=34)
    said = "ok. 50 lat" if lang == "pl" else "about 50"
    line, column = at_summary(text)
    assert found(text) == [(line, column, stated(said, 34))]
