"""pseudo-profiling (CX101): an approximate age after a comma, a semicolon or the person's name is the
persona's own ("Księgowa z Lublina, ok. 35 lat", "Jane is around 40 and runs…", "Mama, ok. 35 lat") and is
reported in the summary beside a city as the one opening it is; someone else's age, a duration or a count
there is not ("Opiekuje się mamą, ok. 80-letnią", "ok. 30 lat doświadczenia", "The queue is around 40")."""

from __future__ import annotations

import pytest

from age_helpers import cx101_messages as _messages, persona as _persona
from cxkit.lint.vague import _vague_ages, normalise


OWN = [
    ("pl", "Księgowa z Lublina, ok. 35 lat, pracuje w biurze rachunkowym na Czubach", "ok. 35 lat"),
    ("pl", "Mama dwójki dzieci, ok. 35 lat, mieszka w Gdyni", "ok. 35 lat"),
    ("pl", "Pielęgniarka; około 45 lat; pracuje w szpitalu im. Barlickiego w Łodzi", "około 45 lat"),
    ("pl", "Ola, około 40 l., prowadzi kwiaciarnię na Rubinkowie w Toruniu", "około 40 l."),
    ("en", "Jane is around 40 and runs a café in Headingley", "around 40"),
    ("en", "Jane's about 35 and works nights at the Leeds Tesco", "about 35"),
    ("en", "She is about 35 and works nights at the Leeds Tesco", "about 35"),
    ("en", "A woman of about 35 from Croydon who shops at the Purley Way Aldi", "about 35"),
    ("en", "Mum of two, about 35, lives in Croydon", "about 35"),
    ("en", "Bookkeeper from Leeds, about 35, works at a practice in Headingley", "about 35"),
]


@pytest.mark.parametrize(("lang", "summary", "age"), OWN, ids=[s for _, s, _ in OWN])
def test_the_personas_approximate_age_after_a_comma_or_its_name_is_reported_in_the_summary(lang, summary, age):
    messages = _messages(_persona(lang, summary=summary))
    assert messages == [f'summary: "{age}" is an approximate age, a range by another name; give one age in '
                        "demographics.age and name the life stage that matters (first child, retirement, moving out)"]


@pytest.mark.parametrize(("lang", "trait", "age"), [
    ("pl", "Mama, ok. 35 lat", "ok. 35 lat"),
    ("pl", "Mama, około 40-letnia", "około 40-letnia"),
    ("en", "Mum, about 35", "about 35"),
    ("en", "Mother of a teenage son, about 40", "about 40"),
])
def test_the_person_a_trait_opens_with_is_no_one_else(lang, trait, age):
    messages = _messages(_persona(lang, trait=trait))
    assert len(messages) == 1 and messages[0].startswith(f'"{age}" is an approximate age')


#: The mother of about 80, the 30 years' experience and the teenagers aged 15-18 stood here too: they are
#: test_summary_age_owner_s34's SOMEONE_ELSES, tested there.
SOMEONE_ELSES_OR_NO_AGE = [
    ("pl", "Jej syn, ok. 16 lat, sam zamawia części do roweru na Bikestacji"),
    ("pl", "Ma męża, ok. 40 lat, który pracuje nocami w Tesco w Lublinie"),
    ("pl", "Ma psa, ok. 15 lat, i wychodzi z nim na Błonia"),
    ("pl", "Kupiła auto, ok. 15 lat, od dealera w Radomiu za 9 000 zł"),
    ("pl", "Pracuje w Tesco w Lublinie od ok. 20 lat, na kasie"),
    ("pl", "Pracuje w Tesco, ok. 20 lat pracowała na kasie w Lublinie"),
    ("pl", "Zamawia z Allegro, ok. 20 razy w roku, zawsze do Paczkomatu"),
    ("en", "Cares for her mum, about 80, in Leeds; orders her prescriptions from Boots"),
    ("en", "Her son, about 16, orders bike parts from Wiggle"),
    ("en", "The queue is around 40 and moves slowly at the Leeds Tesco"),
    ("en", "Her BMI is around 30 and her GP in Leeds wants it lower"),
    ("en", "A team of about 20 from the Leeds office uses Slack"),
    ("en", "Jane is around 40 minutes from the nearest Sainsbury's"),
    ("en", "Has worked at the Leeds Tesco for about 20 years, on the tills"),
    ("en", "Has lived in Leeds, about 20 years, in the same terrace in Headingley"),
    ("en", "Orders from Ocado, about 20 times a year"),
    ("en", "Jane is around 40 years into her career at the NHS in Leeds"),
]


@pytest.mark.parametrize(("lang", "summary"), SOMEONE_ELSES_OR_NO_AGE, ids=[s for _, s in SOMEONE_ELSES_OR_NO_AGE])
def test_someone_elses_age_a_duration_or_a_count_in_a_specific_summary_is_not_reported(lang, summary):
    assert _messages(_persona(lang, summary=summary)) == []


@pytest.mark.parametrize("text", [
    "Ma psa, ok. 15 lat", "Kupiła auto, ok. 15 lat", "Pracuje w Tesco, ok. 20 lat pracowała na kasie",
    "Has worked at Tesco, about 20 years", "Orders from Ocado, about 20 times a year", "The queue is around 40 and",
    "Her BMI is around 30 and", "A team of about 20 from Leeds", "around 40 years into her career",
    "Opiekuje się mamą, ok. 80-letnią", "Ma ok. 30 lat doświadczenia, pracuje w Kielcach",
])
def test_the_scan_finds_no_age_there(text):
    assert [text[a:b] for a, b in _vague_ages(text, normalise(text))] == []


@pytest.mark.parametrize(("text", "age"), [
    ("Księgowa z Lublina, ok. 35 lat", "ok. 35 lat"), ("Jane is around 40 and runs a café", "around 40"),
    ("Mama, ok. 35 lat", "ok. 35 lat"), ("Mum, about 35", "about 35"),
    ("Kasjerka w Tesco, ok. 40-letnia", "ok. 40-letnia"),
    ("Bookkeeper from Leeds, about 35, works nights", "about 35"), ("Pielęgniarka – ok. 45 lat", "ok. 45 lat"),
])
def test_the_scan_finds_the_age(text, age):
    assert [text[a:b] for a, b in _vague_ages(text, normalise(text))] == [age]
