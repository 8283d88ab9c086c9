"""pseudo-profiling (CX101), the persona as a whole: a summary whose only generic part is the persona's
approximate age or age range ("Ola, ok. 35 lat, prowadzi sklep z ceramiką na Etsy…") is reported for the
age but is not counted as a generic summary in `vague-share`; a summary that says nothing beyond the
persona's demographics and generic traits (age, where it lives, whom it lives with: seed 002's
pseudo-profile) still is."""

from __future__ import annotations

import pytest

from cxkit.api import lint_text

HEAD = {
    "pl": "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n",
    "en": "kind: persona\nid: jane\nname: Jane Doe\nlang: en\n",
}
TAIL = "sources: [{id: s, type: survey, date: 2026-09-01, n: 600}]\nreviewed: 2026-11-01\n"
GENERIC = {"pl": ["Chce czuć się dobrze we własnym ciele", "Słaba obsługa klienta", "Ceni jakość"],
           "en": ["Wants to feel good in her own body", "Poor customer service", "Values quality"]}
SPECIFIC = {"pl": ["Zamawia karmę Brit Care w Zooplus co 6 tygodni", "Płaci BLIK-iem w Żabce przy Lipowej"],
            "en": ["Orders Brit Care from Zooplus every 6 weeks", "Pays by Apple Pay at the Headingley Co-op"]}


def _persona(lang: str, summary: str, traits: list[str]) -> str:
    return HEAD[lang] + f"summary: {summary}\n" + "behaviours:\n" + "".join(f"  - {t}\n" for t in traits) + TAIL


def _messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select="CX101", baseline=False)]


SPECIFIC_BUT_FOR_THE_AGE = [
    ("pl", "Ola, ok. 35 lat, prowadzi sklep z ceramiką na Etsy i traci klientów przy wysyłce za granicę",
     "ok. 35 lat"),
    ("pl", "Ma ok. 35 lat i co sobotę biega parkrun w Lasku Bielańskim", "ok. 35 lat"),
    ("pl", "Księgowa z Lublina, 30-35 lat, zamyka miesiąc w Symfonii w biurze na Czubach", "30-35 lat"),
    ("en", "Jane, about 35, runs a ceramics shop on Etsy and loses customers over shipping abroad", "about 35"),
    ("en", "Jane is around 40 and runs a café in Headingley", "around 40"),
    ("en", "A woman of about 35 from Croydon who shops at the Purley Way Aldi", "about 35"),
]


@pytest.mark.parametrize(("lang", "summary", "age"), SPECIFIC_BUT_FOR_THE_AGE,
                         ids=[s for _, s, _ in SPECIFIC_BUT_FOR_THE_AGE])
def test_a_summary_specific_but_for_its_age_is_reported_and_not_counted_as_generic(lang, summary, age):
    messages = _messages(_persona(lang, summary, GENERIC[lang]))
    # The age is still the segment's, and said so on the summary ...
    assert any(m.startswith(f'summary: "{age}" is ') for m in messages)
    # ... but the summary is no fourth generic trait: three traits are too few to judge the persona.
    assert not any("vague-share" in m for m in messages)
    # Nor does it tip two generic traits of four.
    assert not any("vague-share" in m for m in _messages(_persona(lang, summary, GENERIC[lang][:2] + SPECIFIC[lang])))


ONLY_DEMOGRAPHICS_AND_GENERIC = [
    ("pl", "Ma ok. 35 lat, mieszka w Warszawie, interesuje się modą."),
    ("pl", "Ma ok. 35 lat, mieszka w Warszawie."),
    ("pl", "Mama dwójki dzieci, ok. 35 lat, mieszka w Gdyni"),
    ("pl", "Kobieta, ok. 35 lat, z Warszawy, dba o zdrowie"),
    ("pl", "Ola ma ok. 35 lat, mieszka w Poznaniu i ceni jakość"),
    ("pl", "Kobieta 30-40 lat, z dużego miasta, dba o zdrowie"),
    ("en", "About 35, lives in London, interested in fashion."),
    ("en", "About 35, lives in London."),
    ("en", "Mum of two, about 35, lives in Croydon"),
    ("en", "Jane is about 35, lives in Leeds and values quality"),
    ("en", "Woman aged 30-40 from a big city, cares about health"),
]


@pytest.mark.parametrize(("lang", "summary"), ONLY_DEMOGRAPHICS_AND_GENERIC, ids=[s for _, s in ONLY_DEMOGRAPHICS_AND_GENERIC])
def test_a_summary_of_demographics_and_generic_traits_still_counts(lang, summary):
    share = [m for m in _messages(_persona(lang, summary, GENERIC[lang])) if "vague-share" in m]
    assert [m.split(":")[0] for m in share] == [
        "4 of 4 traits (the summary among them) are generic (100%, more than vague-share 50%)"]
    share = [m for m in _messages(_persona(lang, summary, GENERIC[lang][:2] + SPECIFIC[lang])) if "vague-share" in m]
    assert [m.split(":")[0] for m in share] == [
        "3 of 5 traits (the summary among them) are generic (60%, more than vague-share 50%)"]
