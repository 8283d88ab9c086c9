"""More of the pseudo-profiling detector's misreadings closed in session 23 (tester10's report).

1. The stem ``cen*`` (ceny, cenę) of "porównuje .. ceny" also took the brand "Ceneo": "Porównuje ceny w
   Ceneo" was reported, and the advice then suggested "czyta opinie na Ceneo".  A brand the lexicons
   know, capitalised after a sentence's first word, is read as the brand; the phrase is matched without
   it, when it still matches where it did.  Every example the advice gives passes the detector.
2. A web address without "www." ("czyta opinie na znanylekarz.pl", "reads reviews on which.co.uk") and an
   account's @handle were no named channel, while "na www.doz.pl" was.
3. A reason clause ("Ma mało czasu, bo opiekuje się mamą po udarze") did not rescue "little time";
   "bo jest zabiegana", "because she is busy" still do not.
4. A share of a group of people ("78% klientów takich jak on płaci BLIKiem", "7 na 10 klientek wraca…")
   passed, rescued by its number: the segment's figure is reported with its own message.
5. The persona's `quote` was never read: "Dla mnie liczy się jakość i dobra obsługa." passed.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.rules import profiling
from cxkit.lint.vague import load_lexicon, matcher


def vague(text: str) -> bool:
    return matcher().analyse(text).vague


def lint(tmp_path: Path, name: str, yaml_text: str) -> list[dict]:
    folder = tmp_path / "personas"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(textwrap.dedent(yaml_text).lstrip(), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout) if f["code"] == "CX101"]


# --- 1. a brand a stem would take ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Porównuje ceny w Ceneo",
    "Porównuje oferty w Ceneo",
    "Nie porównuje cen w Ceneo",
    "Nie porównuje cen na Ceneo, kupuje od razu w x-kom",
    "Porównuje ceny laptopów w Ceneo przed Black Weekiem",
])
def test_a_capitalised_brand_is_not_taken_by_a_stem(text):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == "a named channel or brand ('Ceneo')"


@pytest.mark.parametrize("text", [
    "Porównuje ceny",
    "Porównuje oferty przed zakupem",
    "Compares prices",
    "Dba o Zdrowie",          # a capitalised common word is no brand
    "Average Joe",            # a name the phrase is made of stays in it
    "Typowy Kowalski",
    "Value Seeker",
])
def test_phrases_without_a_brand_they_ran_over_are_reported_as_before(text):
    assert vague(text), matcher().analyse(text)


def _advice_examples() -> list[str]:
    examples = [ex for entry in load_lexicon().entries for ex in re.findall(r'"([^"]+)"', entry.hint)]
    for table in (profiling._HOUSEHOLD_EXAMPLE, profiling._OCCUPATION_EXAMPLE, profiling._EDUCATION_EXAMPLE,
                  profiling._QUOTE_EXAMPLE, profiling._PERSON_EXAMPLE, profiling._NOT_A_CUSTOMER):
        examples += table.values()
    return examples


def test_the_advice_never_suggests_what_the_detector_reports():
    examples = _advice_examples()
    assert len(examples) > 60  # every phrase's hint gives some
    m = matcher()
    reported = [ex for ex in examples if m.analyse(ex).vague or m.segment_statistic(ex)]
    assert reported == []


# --- 2. addresses without www., @handles -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "channel"), [
    ("Czyta opinie na doz.pl", "doz.pl"),
    ("Czyta opinie na znanylekarz.pl przed każdą wizytą u nowego specjalisty", "znanylekarz.pl"),
    ("Czyta opinie na opineo.pl", "opineo.pl"),
    ("Reads reviews on which.co.uk", "which.co.uk"),
    ("Follows the latest trends through @sincerelyjules but buys them second-hand", "@sincerelyjules"),
    ("Śledzi najnowsze trendy na profilu @maffashion_official", "@maffashion_official"),
])
def test_a_bare_address_or_a_handle_is_a_named_channel(text, channel):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"a named channel ('{channel}')"


@pytest.mark.parametrize("text", [
    "Czyta opinie (źródło: opineo.pl)",        # a source cited is no detail
    "Reads reviews (see which.co.uk)",
    "Czyta opinie, pisze na ania@firma.pl",    # an e-mail address names no channel
    "Czyta opinie na np.wiek",
    "Follows the latest trends",
])
def test_a_cited_address_an_email_or_no_address_is_not(text):
    assert vague(text), matcher().analyse(text)


# --- 3. a reason of the person's own ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ma mało czasu, bo opiekuje się mamą po udarze",
    "Has little time because she cares for her mother after a stroke",
])
def test_a_reason_clause_rescues(text):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue.startswith("a reason of its own")


@pytest.mark.parametrize("text", [
    "Ma mało czasu, bo jest zabiegana",
    "Has little time because she is busy",
    "Ma mało czasu, bo dużo pracuje",
    "Has little time because she works a lot",
    "Ceni jakość, bo jakość jest dla niej ważna",
    "Values quality because quality matters to her",
])
def test_a_generic_reason_does_not(text):
    assert vague(text), matcher().analyse(text)


# --- 4. a segment's figure as a trait ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "figure"), [
    ("78% klientów takich jak on płaci BLIKiem", "78% klientów"),
    ("9 na 10 osób w jego wieku woli aplikację niż oddział", "9 na 10 osób"),
    ("Aż 64% Polaków denerwuje się na kolejki w banku", "Aż 64% Polaków"),
    ("7 na 10 klientek wraca po pierwszym zakupie", "7 na 10 klientek"),
    ("78% of customers like him pay by card", "78% of customers"),
    ("7 out of 10 users open the app weekly", "7 out of 10 users"),
])
def test_a_share_of_a_group_is_the_segments_figure(text, figure):
    assert matcher().segment_statistic(text) == figure


@pytest.mark.parametrize("text", [
    "Płaci BLIKiem 3 razy w tygodniu",
    "Waży 78 kg i biega 3 razy w tygodniu",
    "Wydaje 30% pensji na czynsz",
    "Kupuje 2 z 3 produktów w Biedronce",
    "Płaci o 15% taniej niż klienci bez karty",
    "50% klientów jego sklepu to stali bywalcy",
    "60% of his clients are builders",
    "Like most customers, reads Trustpilot before buying",
])
def test_the_persons_own_numbers_are_not(text):
    assert matcher().segment_statistic(text) is None


def test_a_segment_statistic_is_reported_with_its_own_message(tmp_path):
    found = lint(tmp_path, "marek.yaml", """
        kind: persona
        id: marek-bank
        name: Marek
        lang: pl
        behaviours:
          - 78% klientów takich jak on płaci BLIKiem
          - 7 na 10 klientek wraca po pierwszym zakupie
          - Płaci BLIKiem 3 razy w tygodniu za zakupy w Żabce
        sources:
          - {id: crm-2026, type: sales-data, date: '2026-10-01'}
        """)
    lines = {f["line"]: f["message"] for f in found}
    assert sorted(lines) == [6, 7]
    assert lines[6].startswith('"78% klientów" is a figure of the segment, not a trait of this person')
    assert "cite that source's id" in lines[6]
    assert 'e.g. "płaci BLIK-iem za zakupy w Żabce' in lines[6]


def test_an_english_persona_gets_an_english_example_for_a_statistic(tmp_path):
    found = lint(tmp_path, "emily.yaml", """
        kind: persona
        id: emily
        name: Emily
        lang: en
        behaviours:
          - 7 out of 10 users open the app weekly
        """)
    assert len(found) == 1
    assert 'e.g. "pays by Apple Pay at the till' in found[0]["message"]


# --- 5. the quote ---------------------------------------------------------------------------------------

def test_a_generic_quote_is_reported_on_its_line(tmp_path):
    found = lint(tmp_path, "halina.yaml", """
        kind: persona
        id: halina
        name: Halina
        lang: pl
        goals:
          - Kupuje leki na nadciśnienie w aptece na Lipowej raz w miesiącu
        quote: Dla mnie liczy się jakość i dobra obsługa.
        """)
    assert len(found) == 1
    assert (found[0]["line"], found[0]["column"]) == (7, 8)
    message = found[0]["message"]
    assert message.startswith('quote: "liczy się jakość", "dobra obsługa" describe almost anyone; a quote is a '
                              "sentence one customer said in the research")
    assert "a sign it was invented" in message and "pani Halina z Lipowej" in message


def test_an_english_generic_quote_gets_english_advice(tmp_path):
    found = lint(tmp_path, "emily.yaml", """
        kind: persona
        id: emily
        name: Emily
        lang: en
        quote: I want a brand that understands me.
        """)
    assert [f["line"] for f in found] == [5]
    assert found[0]["message"].startswith('quote: built only from generic words ("want", "brand", "understands")')
    assert "logged me out twice at the till" in found[0]["message"]


@pytest.mark.parametrize("quote", [
    "Pani Ewa zawsze mi powie, czy to to samo, co brałam.",
    "Zanim kupię, przeczytam każdy wątek na forum.",
    "I gave up on the app after it logged me out twice at the till.",
    "If the van isn't at the merchant by 7, the whole day's job moves.",
])
def test_a_specific_quote_is_not(tmp_path, quote):
    found = lint(tmp_path, "p.yaml", f"""
        kind: persona
        id: p
        name: Ewa
        quote: "{quote}"
        """)
    assert found == []


# --- 6. numbers, names and words that say nothing of the person (tester10 F-M5, F-M6, L2) -----------------

@pytest.mark.parametrize("text", [
    "Dba o zdrowie 3 razy bardziej niż inni",        # compares her with everyone: stresses, as "w 100%"
    "Cares about health 3 times more than others",
    "Lubi promocje na Black Friday",                 # a sales day is a holiday, as "Christmas"
    "Loves Black Friday deals",
    "Loves Cyber Monday deals",
    "Jest świadomą konsumentką XXI wieku",           # a Roman numeral names nothing
    "Ufa farmaceucie",                               # one pharmacist nobody names, as "Ufa farmaceutom"
])
def test_words_that_only_look_specific_are_reported(text):
    assert vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Dba o zdrowie 3 razy bardziej niż mąż, który pali",
    "Dba o zdrowie, biega 3 razy w tygodniu",
    "Czeka na Black Friday, żeby kupić iPhone'a",
    "Kupuje meble w Black Red White",
    "Ceni jakość, gra w Final Fantasy VII",
    "Ufa farmaceutce z apteki na Lipowej",
])
def test_their_specific_neighbours_are_not(text):
    assert not vague(text), matcher().analyse(text)


@pytest.mark.parametrize(("occupation", "bare"), [
    ("Prezes", True), ("Prezeska", True), ("Prezes firmy", True),
    ("Prezes zarządu spółki budowlanej", False), ("Prezeska kancelarii notarialnej", False),
])
def test_prezes_is_a_title_that_names_no_trade(occupation, bare):
    assert matcher().bare_job_title(occupation) is bare


# --- 7. advice in the document's language; a negative persona asked why it does not buy (F-M8, F-M9) ------

def test_an_english_persona_gets_the_english_examples_of_a_phrase_both_lexicons_hold(tmp_path):
    found = lint(tmp_path, "sophie.yaml", """
        kind: persona
        id: sophie
        name: Sophie Turner
        lang: en
        behaviours:
          - Strives for a healthy work-life balance
        """)
    assert len(found) == 1
    assert "leaves the office at 4 pm on Fridays" in found[0]["message"]   # its own advice since session 24
    assert "w piątki" not in found[0]["message"]


def test_a_polish_persona_gets_the_polish_examples(tmp_path):
    found = lint(tmp_path, "ola.yaml", """
        kind: persona
        id: ola
        name: Ola
        lang: pl
        behaviours:
          - Ceni work-life balance
        """)
    assert len(found) == 1
    assert "w piątki wychodzi z biura o 15" in found[0]["message"]   # its own advice since session 24


def test_a_negative_personas_denied_phrase_is_asked_why_the_person_does_not_buy(tmp_path):
    found = lint(tmp_path, "n.yaml", """
        kind: negative-persona
        id: student
        name: Student
        lang: pl
        reasons:
          - Nie dba o zdrowie
          - Lubi promocje
        """)
    by_line = {f["line"]: f["message"] for f in found}
    # Quoted with its "nie" since session 38 (tester40 L15), so the message speaks of "the phrase it denies".
    assert by_line[6].startswith('"Nie dba o zdrowie" describes almost anyone, as the phrase it denies does; a '
                                 "negative persona says why this person is not one you design for: too dear or too "
                                 "cheap")
    assert "kupuje słuchawki za 150 zł" in by_line[6]
    assert "why this person is not one you design for" not in by_line[7]   # not denied: the phrase's own advice
    assert "price point" in by_line[7]


def test_an_english_negative_persona_too_and_a_persona_keeps_the_phrase_advice(tmp_path):
    found = lint(tmp_path, "n.yaml", """
        kind: negative-persona
        id: ben
        name: Bargain Ben
        lang: en
        reasons:
          - Doesn't value quality
        """)
    assert len(found) == 1 and "buys £20 earbuds at Argos" in found[0]["message"]
    found = lint(tmp_path, "n.yaml", """
        kind: persona
        id: ben
        name: Ben
        lang: en
        behaviours:
          - Doesn't value quality
        """)
    assert len(found) == 1 and "not a customer" not in found[0]["message"]


# --- 8. a channel beside a generation's label is its stereotype (F-M7) --------------------------------------

@pytest.mark.parametrize("text", [
    "As a Gen Z, he is a digital native who lives on TikTok",
    "Jako milenials żyje na TikToku",
])
def test_a_channel_beside_a_generation_does_not_rescue(text):
    assert vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Millennial, orders groceries on Ocado every Sunday",
    "Gen Z, pays for Spotify Premium for 4 years",
    "Ogląda recenzje sprzętu na TikToku przed każdym zakupem",
])
def test_what_the_person_does_there_still_does(text):
    assert not vague(text), matcher().analyse(text)


# --- 9. the same trait caught in both languages (F-M6) ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Seeks authentic experiences that reflect who she is",   # as "Szuka autentycznych doświadczeń"
    "Chętnie sięga po produkty ekologiczne",                 # as "Prefers eco-friendly products"
])
def test_the_other_languages_twin_is_reported_too(text):
    assert vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Seeks experiences like the Tatra cave tour she booked on GetYourGuide",
    "Kupuje ekologiczne kosmetyki Bielenda w Rossmannie",
    "Kupuje produkty ekologiczne na targu w Hali Mirowskiej w soboty",
])
def test_named_twins_are_not(text):
    assert not vague(text), matcher().analyse(text)


# --- 10. a weekday alone, and a brand written in lowercase -------------------------------------------------
# "Lubi promocje w piątek" was reported while "Likes deals on Friday" was rescued by the weekday's capital.
# One day is no habit and no name; a habit is a frequency ("w soboty", "on Fridays", "every Friday").

@pytest.mark.parametrize("text", [
    "Likes deals on Friday",
    "Lubi promocje w piątek",
    "Takes care of her health on Sunday",
    "Dba o zdrowie w piątek",
    "Has little time on Monday",
    "Ma mało czasu w poniedziałek",
    "Dba o zdrowie w niedzielę",       # folded it reads as the habit "w niedziele"; the "ę" says one Sunday
    "Lubi promocje w niedzielę",
])
def test_a_weekday_alone_is_no_detail_in_either_language(text):
    assert vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Likes deals on Fridays",
    "Lubi promocje w piątki",
    "Looks for deals every Friday",
    "Looks for deals on Friday mornings",
    "Stoi w długich kolejkach do kas samoobsługowych w Biedronce w soboty",
    "Long queues at Tesco Express on Saturdays",
    "Likes deals at Lidl on Friday",
    "Dba o zdrowie w niedziele",
    "Dba o zdrowie co niedzielę",
    "Dba o zdrowie w każdą niedzielę",
    "Korzysta z bankowości mobilnej tylko w niedzielę wieczorem",
    "Needs better reporting on churn for the Monday board call",   # the day names the meeting
])
def test_a_weekly_habit_or_a_named_place_still_counts(text):
    assert not vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Porównuje ceny w ceneo",
    "Porównuje oferty na ceneo",
    "Nie porównuje cen w ceneo",
    "porównuje ceny w ceneo przed zakupem laptopa",
])
def test_a_brand_in_lowercase_is_not_taken_by_a_stem_either(text):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == "a named channel or brand ('ceneo')"
