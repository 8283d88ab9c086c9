"""pseudo-profiling (CX101): an age in the summary is reported beside a city or a count only when it is the
persona's own ("Ma ok. 35 lat, mieszka w Warszawie"), not a relative's, a car's, a house's, a group's or a
duration ("Opiekuje się mamą, ok. 80-letnią", "Drives a Golf about 15 years old", "Ma ok. 30 lat
doświadczenia w branży")."""

from __future__ import annotations

import pytest

from age_helpers import cx101_messages as _messages, persona as _persona


SOMEONE_ELSES = [
    ("pl", "Opiekuje się mamą, ok. 80-letnią, w Gdańsku; leki zamawia w DOZ co miesiąc"),
    ("pl", "35-letnia pielęgniarka, której mąż, ok. 40-letni, pracuje nocami w Tesco"),
    ("pl", "Kupiła ok. 15-letnie auto od dealera w Radomiu za 9 000 zł"),
    ("pl", "Jeździ ok. 15-letnim Golfem, serwisuje go w ASO w Kaliszu"),
    ("pl", "Mieszka w ok. 80-letniej kamienicy na Nadodrzu we Wrocławiu"),
    ("pl", "Trenerka grupy seniorów 60-70 lat w klubie Gwardia w Warszawie"),
    ("pl", "Pracuje z młodzieżą 15-18 lat w domu kultury na Pradze"),
    ("pl", "Ma ok. 30 lat doświadczenia w branży budowlanej w Kielcach"),
    ("pl", "Ma około 20 lat stażu jako pielęgniarka w szpitalu MSWiA"),
    ("pl", "Ma ok. 40 lat kredytu hipotecznego w PKO do spłaty"),
    ("en", "Cares for her mother, about 80 years old, in Leeds; orders her prescriptions from Boots monthly"),
    ("en", "Bought a car about 15 years old from a dealer in Reading for £2,500"),
    ("en", "Lives in a house about 80 years old in Bath, heated by a 2009 Worcester boiler"),
    ("en", "Sells about 20 year old vintage bikes on eBay, 4 a month"),
    ("en", "Coaches a group of 60-70 year olds at the Brixton leisure centre"),
    ("en", "Teaches teenagers aged 15-18 at a sixth-form college in Reading"),
]


@pytest.mark.parametrize(("lang", "summary"), SOMEONE_ELSES, ids=[s for _, s in SOMEONE_ELSES])
def test_an_age_of_someone_or_something_else_in_a_specific_summary_is_not_reported(lang, summary):
    assert _messages(_persona(lang, summary=summary)) == []


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Opiekuje się mamą, ok. 80-letnią"),
    ("pl", "Ma ok. 30 lat doświadczenia w branży budowlanej"),
    ("en", "Has cared for her father, about 80 years old, since 2023"),
])
def test_a_trait_with_someone_elses_age_or_a_duration_is_not_an_approximate_age(lang, trait):
    assert _messages(_persona(lang, trait=trait)) == []


PERSONAS_OWN = [
    ("pl", "Ma ok. 35 lat, mieszka w Warszawie, interesuje się modą.", "ok. 35 lat"),
    ("pl", "Ola ma ok. 35 lat i od 2020 roku prowadzi warsztat w Kaliszu", "ok. 35 lat"),
    ("pl", "Kobieta 30-40 lat z Poznania, kupuje w Lidlu we wtorki", "30-40 lat"),
    ("pl", "Około 40-letni mężczyzna z Radomia, jeździ Skodą", "Około 40-letni"),
    ("en", "About 35, lives in London, interested in fashion.", "About 35"),
    ("en", "A 35-ish mum of two from Leeds", "35-ish"),
]


@pytest.mark.parametrize(("lang", "summary", "quoted"), PERSONAS_OWN, ids=[s for _, s, _ in PERSONAS_OWN])
def test_the_personas_own_approximate_age_or_range_is_still_reported(lang, summary, quoted):
    messages = _messages(_persona(lang, summary=summary))
    assert len(messages) == 1 and messages[0].startswith(f'summary: "{quoted}'), messages
