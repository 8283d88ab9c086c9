"""pseudo-profiling (CX101): an approximate age given to a relative or an acquaintance the trait or summary
opens with is theirs, not the persona's age bracket ("Babcia, ok. 85 lat", "Grandma, about 85", "Koleżanka
z pracy, ok. 30 lat, poleciła jej Vinted", "Her colleague from work, about 30"); the persona's own age
opened by a word of its role still is ("Mama, ok. 35 lat", "Babcia trojga wnuków, ok. 65 lat", "Grandma of
three, about 65", "Żona rolnika, ok. 45 lat")."""

from __future__ import annotations

import pytest

from age_helpers import cx101_messages, persona
from cxkit.lint.vague import _vague_ages, normalise

SOMEONE_ELSES = [
    ("pl", "Babcia, ok. 85 lat"),
    ("pl", "Babcia, ok. 85 lat, mieszka z nią w Radomiu i płaci za leki w DOZ"),
    ("pl", "Dziadek – około 80 lat, odbiera wnuki z przedszkola na Bielanach"),
    ("pl", "Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted"),
    ("pl", "Kolega z pracy, ok. 30 lat, poleca jej aplikację Revolut"),
    ("pl", "Sąsiadka zza ściany, ok. 70 lat, podlewa jej kwiaty, gdy wyjeżdża do Gdyni"),
    ("pl", "Przyjaciółka Marta, ok. 35 lat, namówiła ją na jogę w Zdrofit"),
    ("pl", "Jej mama z Gdyni, ok. 60 lat, zamawia leki przez aplikację DOZ"),
    ("pl", "Sąsiadka mieszkająca obok, ok. 70 lat, odbiera jej paczki z InPostu"),
    ("en", "Grandma, about 85"),
    ("en", "Grandma, about 85, lives with them in Leeds and pays for her prescriptions at Boots"),
    ("en", "A friend from work, about 30, recommended Vinted to her"),
    ("en", "Her colleague from work, about 30, recommended Vinted"),
    ("en", "The neighbour, around 70, takes in her Amazon parcels"),
    ("en", "A friend who lives in Hove, about 30, got her into parkrun"),
    ("en", "A friend of hers, about 30, recommended Monzo"),
]


#: Of them, those that say nothing of whose: in a summary (session 37) the person it opens with is the persona
#: (a grandmother, a neighbour), and the age hers; tests/test_summary_kin_age_s37.py reports them there, and
#: tests/test_summary_age_contradiction_s37.py the grandfather with a dash, read as with a comma (review82).
SUMMARY_IS_PERSONA = {"Babcia, ok. 85 lat", "Grandma, about 85", "The neighbour, around 70, takes in her Amazon parcels",
                      "Dziadek – około 80 lat, odbiera wnuki z przedszkola na Bielanach"}


@pytest.mark.parametrize(("lang", "text"), SOMEONE_ELSES, ids=[t for _, t in SOMEONE_ELSES])
def test_a_relatives_or_acquaintances_age_is_not_the_personas(lang, text):
    assert [text[a:b] for a, b in _vague_ages(text, normalise(text))] == []
    if text not in SUMMARY_IS_PERSONA:
        assert not any("approximate age" in m for m in cx101_messages(persona(lang, summary=text)))
    assert not any("approximate age" in m for m in cx101_messages(persona(lang, trait=text)))


OWN = [
    ("pl", "Mama, ok. 35 lat", "ok. 35 lat"),
    ("pl", "Babcia trojga wnuków, ok. 65 lat, mieszka w Sopocie", "ok. 65 lat"),
    ("pl", "Żona rolnika, ok. 45 lat, prowadzi agroturystykę pod Sandomierzem", "ok. 45 lat"),
    ("pl", "Żona i mama, ok. 40 lat, mieszka na Ursynowie", "ok. 40 lat"),
    ("pl", "Szefowa kuchni w bistro, ok. 40 lat, zamawia w Makro", "ok. 40 lat"),
    ("pl", "Księgowa z Lublina, ok. 35 lat, pracuje w biurze rachunkowym na Czubach", "ok. 35 lat"),
    ("en", "Mum, about 35", "about 35"),
    ("en", "Grandma of three, about 65, lives in Hove", "about 65"),
    ("en", "Wife and mum of two, about 40, lives in Croydon", "about 40"),
    ("en", "Bookkeeper from Leeds, about 35, works at a practice in Headingley", "about 35"),
]


@pytest.mark.parametrize(("lang", "summary", "age"), OWN, ids=[s for _, s, _ in OWN])
def test_the_personas_own_age_opened_by_its_role_is_still_reported(lang, summary, age):
    assert [m.split(" is ")[0] for m in cx101_messages(persona(lang, summary=summary))] == [f'summary: "{age}"']
