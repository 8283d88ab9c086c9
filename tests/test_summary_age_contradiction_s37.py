"""pseudo-profiling (CX101): the persona's own age in the summary against `demographics.age`, a dash before
the age, and whose a pronoun after it is (review of session 37's d0d8ad96).

d0d8ad96 dropped any age more than ten years from `demographics.age` unless the text opened with "Ma",
"She is" and the like, so the pseudo-profile itself went quiet when the template's age was filled in:
`summary: "Kobieta, ok. 50 lat, mieszka w Lublinie"` beside `demographics.age: 34` (reported before it).
In the summary, the person it opens with is the persona (d0d8ad96's own reading), and an age in that
person's clause is hers: far from `demographics.age` it contradicts it, and is reported with the age
`demographics.age` gives.  In a trait a far age stays someone else's ("Klient, ok. 60 lat"), and a label
"Wiek:" says it is the persona's.

Also: a dash opens the age's clause as a comma does ("Dziadek – około 80 lat, płaci kartą w Biedronce" is
the persona, as "Dziadek, około 80 lat, …" is); a Polish possessive that opens the clause after the age is
the opener's ("Babcia, ok. 70 lat, jej wnuk zainstalował aplikację"); "recommended her Vinted" makes "her"
the persona as someone else, as "poleciła jej Vinted" does.
"""

from __future__ import annotations

import pytest

from test_summary_kin_age_s37 import at_summary, found, persona

APPROXIMATE = ("is an approximate age, a range by another name; give one age in demographics.age and name the life "
               "stage that matters (first child, retirement, moving out)")


def stated(said: str, age: int) -> str:
    what = "an approximate age, a range by another name" if not said[0].isdigit() and "her " not in said else (
        "an age range")
    return f'summary: "{said}" is {what}, and demographics.age already gives {age}: write that age here, or leave ' \
           "the age to demographics.age"


CONTRADICTS = [
    ("pl", "Kobieta, ok. 50 lat, mieszka w Lublinie", "ok. 50 lat"),
    ("pl", "Księgowa, ok. 50 lat, mieszka w Lublinie na Czubach", "ok. 50 lat"),
    ("pl", "Kobieta 45-55 lat, mieszka w Lublinie na Czubach", "45-55 lat"),
    ("pl", "Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją", "ok. 70 lat"),
    ("en", "Bookkeeper, about 50, lives in Headingley", "about 50"),
    ("en", "Woman in her 50s, lives in Headingley", "her 50s"),
    ("en", "Grandma, about 70, pays for her prescriptions at Boots", "about 70"),
]


@pytest.mark.parametrize(("lang", "summary", "said"), CONTRADICTS, ids=[s for _, s, _ in CONTRADICTS])
def test_the_personas_own_age_far_from_demographics_age_is_reported(lang, summary, said):
    text = persona(lang, summary=summary, age=34)
    line, column = at_summary(text)
    assert found(text) == [(line, column, stated(said, 34))]


def test_a_far_age_in_a_trait_is_still_someone_elses():
    assert found(persona("pl", trait="Klient, ok. 60 lat", age=34)) == []
    assert found(persona("en", trait="Her regular courier is about 50", age=34)) == []


@pytest.mark.parametrize(("lang", "trait", "said"), [("pl", "Wiek: 45-55 lat", "45-55 lat"), ("en", "Age: 45-55", "45-55")])
def test_an_age_label_makes_a_traits_far_age_the_personas(lang, trait, said):
    [(_, _, message)] = found(persona(lang, trait=trait, age=34))
    assert message == (f'"{said}" is an age range, and demographics.age already gives 34: write that age here, or '
                       "leave the age to demographics.age")


@pytest.mark.parametrize(("lang", "summary", "said"), [
    ("pl", "Dziadek – około 80 lat, płaci kartą w Biedronce", "około 80 lat"),
    ("pl", "Dziadek - około 80 lat, płaci kartą w Biedronce", "około 80 lat"),
    ("pl", "Księgowa z Lublina – ok. 50 lat, prowadzi biuro na Czubach", "ok. 50 lat"),
    ("en", "Grandpa – about 80, pays by card at Tesco", "about 80"),
])
def test_a_dash_before_the_age_opens_its_clause_as_a_comma_does(lang, summary, said):
    text = persona(lang, summary=summary)
    line, column = at_summary(text)
    assert found(text) == [(line, column, f'summary: "{said}" {APPROXIMATE}')]


@pytest.mark.parametrize(("lang", "summary"), [
    ("pl", "Jej dziadek – około 80 lat, płaci kartą w Biedronce"),
    ("pl", "Dziadek – około 80 lat, płaci jej rachunki kartą"),
    ("pl", "Księgowa z Lublina – opiekuje się mamą, ok. 80-letnią"),
])
def test_a_dash_leaves_someone_elses_age_someone_elses(lang, summary):
    assert found(persona(lang, summary=summary)) == []
    # and a trait that opens with a relative and a dash is the relative's, as with a comma
    assert found(persona(lang, trait="Dziadek – około 80 lat, płaci kartą w Biedronce")) == []


@pytest.mark.parametrize(("lang", "summary", "said"), [
    ("pl", "Babcia, ok. 70 lat, jej wnuk zainstalował aplikację DOZ", "ok. 70 lat"),
    ("pl", "Babcia, ok. 70 lat, jej wnuczka pomaga z aplikacją DOZ", "ok. 70 lat"),
    ("en", "Grandma, about 70, shows her Instagram to friends", "about 70"),
    ("en", "Grandma, about 70, sends her Mum photos on WhatsApp", "about 70"),
])
def test_a_possessive_of_the_opener_leaves_the_age_the_personas(lang, summary, said):
    text = persona(lang, summary=summary)
    line, column = at_summary(text)
    assert found(text) == [(line, column, f'summary: "{said}" {APPROXIMATE}')]


@pytest.mark.parametrize(("lang", "summary"), [
    ("en", "A colleague, about 30, recommended her Vinted"),
    ("en", "A friend from work, about 30, showed her Monzo"),
    ("pl", "Babcia, ok. 70 lat, podlewa jej kwiaty"),
    ("pl", "Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted"),
])
def test_the_persona_as_an_object_after_the_age_makes_it_someone_elses(lang, summary):
    assert found(persona(lang, summary=summary)) == []


OTHERS_AFTER_THE_OPENER = [
    # someone else named in the opener: the far age is theirs, as d0d8ad96 read it
    ("pl", "Opiekunka osób starszych, ok. 80-letnich, z Lublina"),
    ("pl", "Trenerka seniorów, 60-70 lat, prowadzi zajęcia w Lublinie"),
    ("pl", "Mama nastolatków, 13-16 lat, mieszka w Lublinie"),
    ("pl", "Córka starszej pani, ok. 80 lat, z Lublina"),
    ("en", "Carer for elderly clients, about 80, in Leeds"),
    ("en", "Daughter of an elderly mum, about 80, in Leeds"),
]


@pytest.mark.parametrize(("lang", "summary"), OTHERS_AFTER_THE_OPENER, ids=[s for _, s in OTHERS_AFTER_THE_OPENER])
def test_a_far_age_after_someone_else_in_the_opener_is_theirs(lang, summary):
    assert found(persona(lang, summary=summary, age=34)) == []
