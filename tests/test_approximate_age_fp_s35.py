"""pseudo-profiling (CX101): the approximate age found after a comma (session 35) is not a duration, a count or
a child's age ("Pracuje w tej samej firmie, ok. 20 lat, …", "Manages a team of drivers, about 40, …", "Mama
syna, ok. 16-letniego", "Mother of a son, about 17 years old"), while the persona's own still is."""

from __future__ import annotations

import pytest

from age_helpers import cx101_messages, persona


def _messages(lang: str, summary: str) -> list[str]:
    return cx101_messages(persona(lang, summary=summary))


QUIET = [
    ("pl", "Pracuje w tej samej firmie, ok. 20 lat, i nie planuje zmiany"),
    ("pl", "Mieszka na Ursynowie, ok. 15 lat, w bloku z wielkiej płyty"),
    ("pl", "Jeździ tą samą Skodą Octavią, ok. 18 lat, bez większych awarii"),
    ("pl", "Prowadzi firmę sprzątającą, ok. 20 lat, na Mokotowie"),
    ("pl", "Kredyt hipoteczny, ok. 25 lat, spłaca w PKO BP"),
    ("pl", "Bank: mBank, ok. 15 lat, nigdy nie zmieniała"),
    ("pl", "Zarządza zespołem kierowców, ok. 40, w dwóch bazach pod Poznaniem"),
    ("pl", "Zamówienia w miesiącu – ok. 25."),
    ("pl", "Ola ma około 20 i kilka zamówień tygodniowo na Allegro"),
    ("pl", "Mama syna, ok. 16-letniego, który gra w piłkę w MKS Pogoń"),
    ("pl", "Mama nastoletniej córki, ok. 15-letniej, dowozi ją na treningi"),
    ("pl", "Mama syna, ok. 17 lat, który zdaje maturę w maju"),
    ("pl", "Wnuczka, ok. 18 lat, uczy ją obsługi aplikacji mObywatel"),
    ("en", "Lived in Croydon for years, about 30, before moving to Brighton"),
    ("en", "Grew up in Bristol and moved away, about 20, to study in Leeds"),
    ("en", "Manages a team of drivers, about 40, across two depots in Kent"),
    ("en", "Orders per month – about 25."),
    ("en", "Mother of a son, about 17 years old, who is sitting his A-levels"),
    ("en", "Mum of a daughter, about 16 years old, who does her own shopping on ASOS"),
    ("en", "Her in-laws, about 70, live next door in Sutton"),
    ("en", "A colleague, about 30, recommended Vinted to her"),
]


@pytest.mark.parametrize(("lang", "summary"), QUIET, ids=[s for _, s in QUIET])
def test_a_duration_a_count_or_someone_elses_age_after_a_comma_is_not_reported(lang, summary):
    assert _messages(lang, summary) == []


OWN = [
    ("pl", "Księgowa z Lublina, ok. 35 lat, pracuje w biurze rachunkowym na Czubach", "ok. 35 lat"),
    ("pl", "Mama dwójki dzieci, ok. 35 lat, mieszka w Gdyni", "ok. 35 lat"),
    ("pl", "Ola ma ok. 30 i mieszka na Ursynowie", "ok. 30"),
    ("pl", "Kierownik sklepu, ok. 40 lat, zamawia towar w Makro", "ok. 40 lat"),
    ("en", "Mother of a teenage son, about 40, lives in Croydon", "about 40"),
    ("en", "Bookkeeper from Leeds, about 35, works at a practice in Headingley", "about 35"),
    ("en", "Jane is around 40 and runs a café in Headingley", "around 40"),
]


@pytest.mark.parametrize(("lang", "summary", "age"), OWN, ids=[s for _, s, _ in OWN])
def test_the_personas_own_approximate_age_is_still_reported(lang, summary, age):
    assert [m.split(" is ")[0] for m in _messages(lang, summary)] == [f'summary: "{age}"']


@pytest.mark.parametrize(("lang", "summary", "age"), [
    ("pl", "Bankowiec z Poznania, ok. 45 lat, jeździ rowerem do pracy", "ok. 45 lat"),
    ("pl", "Klientka Rossmanna, ok. 30 lat, zbiera punkty w aplikacji", "ok. 30 lat"),
    ("en", "Customer service agent, about 35, works nights at the Leeds call centre", "about 35"),
], ids=["bankowiec", "klientka", "customer-service"])
def test_a_persona_described_by_a_bank_or_its_customers_still_has_its_age_reported(lang, summary, age):
    assert [m.split(" is ")[0] for m in _messages(lang, summary)] == [f'summary: "{age}"']
