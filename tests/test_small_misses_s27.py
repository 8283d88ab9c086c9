"""Small misses of four rules, in Polish and English: a city size in brackets or as a range
(pseudo-profiling, CX101), "Wszystko OK" and "It's fine" (vague-feeling, CX412), the nouns of wish
verbs, "Monitorowanie satysfakcji klientów" (vague-action, CX410), and "Nie dla niej" / "Not for her"
as the only reason (negative-without-reasons, CX202). What says more stays clean."""

from __future__ import annotations

import pytest

from trait_helpers import one_trait_persona as _persona


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Mieszka w dużym mieście (ok. 700 tys. mieszkańców)"),
    ("pl", "Mieszka w mieście 100-200 tys."),
    ("en", "Lives in a large city (over 1 million)"),
])
def test_cx101_a_city_size_in_brackets_or_a_range_is_no_detail(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    found = lint_json(".", select="pseudo-profiling").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX101", 6)]


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Mieszka w dużym mieście (12 km od pracy)"),
    ("pl", "Mieszka w mieście 100-200 tys., 15 minut rowerem od biura"),
    ("en", "Lives in a large city (20 minutes by tram from the office)"),
])
def test_cx101_a_number_of_its_own_in_brackets_still_rescues(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    assert lint_json(".", select="pseudo-profiling").findings == []


def _journey(lang: str, feeling: str = "Niepewny, czy kod przyjdzie na czas", action: str = "Wysłać SMS z kodem") -> str:
    return f"""\
kind: journey
id: j-{lang}
name: Journey {lang}
lang: {lang}
persona: p-{lang}
stages:
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - channel: sms
        description: SMS z kodem odbioru z paczkomatu
    emotion: 0
    feeling: "{feeling}"
    barriers:
      - Kod odbioru przychodzi po 2 godzinach
    opportunities:
      - action: "{action}"
        owner: Zespół e-commerce
        due: 2030-06-30
"""


@pytest.mark.parametrize(("lang", "feeling"), [
    ("pl", "Wszystko OK"), ("pl", "Emocje neutralne"), ("pl", "W porządku"), ("pl", "Jako tako"),
    ("en", "It's fine"), ("en", "All good"), ("en", "Indifferent"),
])
def test_cx412_a_feeling_that_names_no_emotion(write, lint_json, lang, feeling):
    write("personas/p.yaml", _persona(lang, "Odbiera paczki z paczkomatu przy Biedronce na Zaspie"))
    write("journeys/j.yaml", _journey(lang, feeling=feeling))
    found = lint_json(".", select="vague-feeling").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX412", 13)]


@pytest.mark.parametrize(("lang", "feeling"), [
    ("pl", "Wszystko OK, ale kod przyszedł po 2 godzinach"),
    ("pl", "Wszystko jasne, spokojna o odbiór"),
    ("en", "It's fine until the code arrives late"),
    ("en", "All good, relieved the locker is near"),
])
def test_cx412_a_feeling_that_says_more_is_clean(write, lint_json, lang, feeling):
    write("personas/p.yaml", _persona(lang, "Odbiera paczki z paczkomatu przy Biedronce na Zaspie"))
    write("journeys/j.yaml", _journey(lang, feeling=feeling))
    assert lint_json(".", select="vague-feeling").findings == []


@pytest.mark.parametrize(("lang", "action"), [
    ("pl", "Monitorowanie satysfakcji klientów"),
    ("pl", "Śledzenie opinii"),
    ("pl", "Zbadanie satysfakcji klientów"),
    ("en", "Monitoring customer satisfaction"),
])
def test_cx410_a_wish_in_a_verbal_noun(write, lint_json, lang, action):
    write("personas/p.yaml", _persona(lang, "Odbiera paczki z paczkomatu przy Biedronce na Zaspie"))
    write("journeys/j.yaml", _journey(lang, action=action))
    found = lint_json(".", select="vague-action").findings
    assert [f["code"] for f in found] == ["CX410"]


@pytest.mark.parametrize(("lang", "action"), [
    ("pl", "Monitorowanie czasu dostarczenia SMS-a z kodem co tydzień w Grafanie"),
    ("pl", "Śledzenie opinii o paczkomatach na Google Maps po zmianie kuriera"),
    ("en", "Monitoring SMS delivery time weekly in Grafana"),
])
def test_cx410_a_noun_that_names_what_and_where_is_a_change(write, lint_json, lang, action):
    write("personas/p.yaml", _persona(lang, "Odbiera paczki z paczkomatu przy Biedronce na Zaspie"))
    write("journeys/j.yaml", _journey(lang, action=action))
    assert lint_json(".", select="vague-action").findings == []


def _negative(lang: str, reasons: list[str]) -> str:
    lines = "".join(f"  - '{r}'\n" for r in reasons)
    return (f"kind: negative-persona\nid: not-her\nname: Not her\nlang: {lang}\nreasons:\n{lines}"
            "sources:\n  - {id: lost-trials, type: analytics, date: 2026-10-12, n: 310}\n")


@pytest.mark.parametrize(("lang", "reason"), [
    ("pl", "Nie dla niej"),
    ("pl", "Nie jest dla niej odpowiednia"),
    ("en", "Not for her"),
    ("en", "Not suitable for them"),
])
def test_cx202_not_for_her_as_the_only_reason(write, lint_json, lang, reason):
    write("personas/neg.yaml", _negative(lang, [reason]))
    found = lint_json(".", select="CX202").findings
    assert [f["code"] for f in found] == ["CX202"]
    assert "only say this person is not your audience" in found[0]["message"]


@pytest.mark.parametrize(("lang", "reason"), [
    ("pl", "Nie stać jej na abonament 49 zł miesięcznie"),
    ("pl", "Nie ma dla niej czasu w tygodniu, pracuje na dwie zmiany"),
    ("en", "Not for her budget: £14 a month is more than her phone bill"),
])
def test_cx202_a_reason_with_words_of_its_own(write, lint_json, lang, reason):
    write("personas/neg.yaml", _negative(lang, [reason]))
    assert lint_json(".", select="CX202").findings == []
