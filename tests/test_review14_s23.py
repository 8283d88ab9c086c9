"""Review 14 of this session's rules: false positives of missing-sources (CX301, R14-1),
feeling-contradicts-emotion (CX409, R14-2), mirrored-negative-persona (CX204, R14-3),
unowned-opportunity (CX403, R14-4) and vague-action (CX410, R14-5), with guards for the true
positives each rule was made for (tester10 F-M1, F-M3, F-H5, F-H6, L3)."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

# --- R14-1: missing-sources reads only notes that say their content is assumed -------------------

PERSONA_PL = """\
kind: persona
id: ola-mama-zakupy-online
name: Ola Nowak
lang: pl
behaviours:
  - Kupuje online przez aplikację Frisco co piątek po 20:00
sources:
  - {{id: zrodlo, type: {kind}, date: 2026-09-30, note: "{note}"}}
reviewed: 2026-11-20
"""

PERSONA_EN = """\
kind: persona
id: dan-heating-firm-owner
name: Dan Whitfield
lang: en
behaviours:
  - Sends quotes from his van on an iPad between two jobs, twice a day
sources:
  - {{id: source, type: {kind}, date: 2026-09-30, note: "{note}"}}
reviewed: 2026-11-20
"""


def sources(tmp_path, monkeypatch, template: str, kind: str, note: str):
    text = template.format(kind=kind, note=note)
    return text, run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")


@pytest.mark.parametrize(("template", "note"), [
    (PERSONA_PL, "Dane z GA4, domyślny model atrybucji; ścieżki z aplikacji"),
    (PERSONA_PL, "Zestawienie zamówień z CRM bez danych osobowych (RODO), styczeń–sierpień 2026"),
    (PERSONA_PL, "Eksport zgłoszeń z Zendeska, bez danych kontaktowych"),
    (PERSONA_PL, "Raport GUS 2024; weryfikacja założeń z warsztatu"),
    (PERSONA_PL, "Raport PIE, założenia metodologiczne na s. 4"),
    (PERSONA_PL, "Sprawdzenie hipotezy z warsztatu na danych GUS 2024"),
    (PERSONA_PL, "Założenia zespołu potwierdzone w 12 wywiadach z klientkami"),
    (PERSONA_EN, "Testing the assumption that families compare prices: GUS 2024 and Eurostat data"),
    (PERSONA_EN, "Hypothesis-driven analysis of 12 000 orders in BigQuery"),
    (PERSONA_EN, "Deloitte report: assumptions about Gen Z disproved"),
    (PERSONA_EN, "Sales export without data from 2020"),
    (PERSONA_EN, "Desk research: no interviews needed, sales data from Shopify"),
    (PERSONA_EN, "Validating our assumptions against Eurostat 2024 data"),
])
@pytest.mark.parametrize("kind", ["desk-research", "other"])
def test_desk_research_that_tests_assumptions_or_leaves_data_out_is_research(tmp_path, monkeypatch, template, note, kind):
    _text, found = sources(tmp_path, monkeypatch, template, kind, note)
    assert found == []


@pytest.mark.parametrize(("template", "note", "words"), [
    (PERSONA_PL, "Burza mózgów działu marketingu; założenia zespołu, bez rozmów z klientami", "Burza mózgów"),
    (PERSONA_PL, "Odwrotność persony Pawła", "Odwrotność persony"),
    (PERSONA_PL, "Założenia zespołu sprzedaży z warsztatu", "Założenia"),
    (PERSONA_PL, "Domysły zespołu sprzedaży", "Domysły"),
    (PERSONA_PL, "Hipotezy zespołu, jeszcze niezweryfikowane", "Hipotezy"),
    (PERSONA_PL, "Sprawdzone dane GA4; założenia zespołu o rodzinach", "założenia"),
    (PERSONA_EN, "Our assumptions from the kickoff", "assumptions"),
    (PERSONA_EN, "Brainstorm with the sales team", "Brainstorm"),
    (PERSONA_EN, "Proto-persona from the workshop", "Proto-persona"),
    (PERSONA_EN, "Assumptions of the team, not validated yet", "Assumptions"),
    (PERSONA_EN, "Assumptions not validated", "Assumptions"),
])
def test_a_note_that_says_it_is_assumed_is_still_reported(tmp_path, monkeypatch, template, note, words):
    text, found = sources(tmp_path, monkeypatch, template, "other", note)
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, f'"{note}"'))]
    assert f"is an assumption, not research (its note says '{words}')" in found[0].message


def test_format_docs_name_both_kinds_of_source_read(tmp_path):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "format.md").read_text(encoding="utf-8")
    assert "`type: other` or `type: desk-research`" in text and "bez danych osobowych" in text


# --- R14-2: feeling-contradicts-emotion on feelings that went away ------------------------------

JOURNEY = """\
kind: journey
id: ola-zamawia-zakupy
name: Ola zamawia zakupy na tydzień
lang: {lang}
persona: ola-mama-zakupy-online
stages:
  - id: platnosc
    name: Płatność
    touchpoints: [aplikacja Frisco]
    feeling: "{feeling}"
    emotion: {emotion}
    barriers:
      - Okno dostawy 3 godziny
    opportunities:
      - action: {action}
        owner: {owner}
        due: 2027-01-31
"""


def journey(tmp_path, monkeypatch, rule, *, feeling="Spokojna, zna aplikację", emotion=1, lang="pl",
            action="Skrócić okno dostawy do 1 godziny", owner="Zespół dostaw"):
    text = JOURNEY.format(lang=lang, feeling=feeling, emotion=emotion, action=action, owner=owner)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, rule)


@pytest.mark.parametrize(("feeling", "emotion", "lang"), [
    ("Stres znika po SMS-ie z kodem", 1, "pl"),
    ("Obawy o bezpieczeństwo znikają po zobaczeniu logo BLIK", 1, "pl"),
    ("Frustracja zniknęła po czacie z konsultantem", 1, "pl"),
    ("Niepokój mija, gdy widzi potwierdzenie SMS", 1, "pl"),
    ("Zmęczony po pracy, przegląda sklep z kanapy", 0, "pl"),
    ("Zła pogoda nie przeszkadza, zamawia z domu", 0, "pl"),
    ("Anxiety gone once the tracking link arrives", 1, "en"),
    ("Confusion resolved by the chat agent in two minutes", 1, "en"),
    ("Stressed no more: the courier called ahead", 1, "en"),
    ("Stress-free checkout", 2, "en"),
    ("Anxious to start using it", 1, "en"),
])
def test_a_bad_feeling_that_went_away_is_not_contradicted(tmp_path, monkeypatch, feeling, emotion, lang):
    _text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling=feeling, emotion=emotion, lang=lang)
    assert found == []


@pytest.mark.parametrize(("feeling", "word", "lang"), [
    ("Zdenerwowany, bo na pewno znowu spóźnienie", "Zdenerwowany", "pl"),
    ("Wściekły, bo paczka zniknęła z paczkomatu", "Wściekły", "pl"),
    ("Zła na siebie, że nie sprawdziła rozmiaru", "Zła", "pl"),
    ("Czuje się zmęczona ciągłym dzwonieniem na infolinię", "zmęczona", "pl"),
    ("Frustracja, kurier znowu się spóźnia", "Frustracja", "pl"),
    ("Angry that the parcel disappeared from the locker", "Angry", "en"),
    ("Anxious about the delivery date", "Anxious", "en"),
    ("Feels exhausted by the 12-step form", "exhausted", "en"),
    # Words of going away in another clause are about something else.
    ("Zdenerwowany, mija kolejny dzień bez paczki", "Zdenerwowany", "pl"),
    ("Frustrated, goes to the competitor", "Frustrated", "en"),
    ("Angry, lifts the phone to call again", "Angry", "en"),
])
def test_a_sore_feeling_scored_0_is_still_reported(tmp_path, monkeypatch, feeling, word, lang):
    text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling=feeling, emotion=0, lang=lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", pos(text, "emotion: 0")[0], pos(text, "emotion: 0")[1] + 9)]
    assert f"feels '{word}' but its emotion is 0" in found[0].message


# --- R14-4: unowned-opportunity on one team that works together, and the US team ----------------

@pytest.mark.parametrize("owner", ["Growth team, working together", "Zespół płatności (pracujemy razem)", "US",
                                   "Zespół CX razem z IT"])
def test_one_team_that_works_together_or_the_us_office_is_an_owner(tmp_path, monkeypatch, owner):
    _text, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner=f'"{owner}"')
    assert found == []


@pytest.mark.parametrize("owner", ["Marketing & Sales together", "Marketing i sprzedaż razem", "Sales + Marketing together",
                                   "us", "We", "wspólnie: IT i marketing"])
def test_teams_sharing_it_and_us_are_still_everyone(tmp_path, monkeypatch, owner):
    text, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner=f'"{owner}"')
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{owner}"'))]
    assert f"('{owner}' is everyone, so no one)" in found[0].message


# --- R14-5: vague-action on a price rise, and imperatives ---------------------------------------

@pytest.mark.parametrize("action", ["Raise prices", "Increase prices", "Podnieść ceny", "Zwiększyć ceny",
                                    "Poprawić komunikat błędu BLIK w kroku 3", "Popraw opisy rozmiarów w karcie produktu"])
def test_a_price_rise_and_a_named_change_are_no_wish(tmp_path, monkeypatch, action):
    _text, found = journey(tmp_path, monkeypatch, "vague-action", action=action)
    assert found == []


@pytest.mark.parametrize("action", ["Popraw doświadczenie klienta", "Usprawnij proces", "Zoptymalizuj stronę",
                                    "Poprawić komunikaty na stronie", "Uprościć proces zakupowy",
                                    "Improve communication", "Review pricing", "Zwiększyć sprzedaż"])
def test_imperatives_and_wishes_are_reported(tmp_path, monkeypatch, action):
    text, found = journey(tmp_path, monkeypatch, "vague-action", action=action)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, action))]
    assert found[0].message.startswith(f"opportunity '{action}' names a wish, not a change")


# --- R14-3: mirrored-negative-persona on a researched negative ----------------------------------

OLA = """\
kind: persona
id: ola-mama-zakupy-online
name: Ola Nowak
lang: pl
behaviours:
  - Kupuje online przez aplikację Frisco co piątek po 20:00
  - Płaci BLIK-iem, bo karta leży w domu
  - Czyta opinie o produktach ekologicznych na grupie „Mamy z Wrzeszcza”
sources:
  - {id: wywiady-2026-09, type: interview, date: 2026-09-12, n: 8}
"""

JAN = """\
kind: negative-persona
id: jan-robi-zakupy-w-osiedlowym
name: Jan Kowalczyk
lang: pl
reasons:
  - Nie kupuje online przez aplikację
  - Nie płaci BLIK-iem
{more}
sources:
  - {id: wywiady-nieklienci, type: interview, date: 2026-10-02, n: 6}
"""

OWN = ("  - Codzienny spacer do sklepu osiedlowego to dla niego spotkanie z sąsiadami\n"
       "  - Minimalna kwota zamówienia 150 zł to dla niego zakupy na tydzień, a kupuje na jeden dzień")


def test_two_denials_beside_two_researched_reasons_are_no_mirror(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": OLA, "personas/jan.yaml": JAN.replace("{more}", OWN)},
                "mirrored-negative-persona")
    assert found == []


def test_two_denials_beside_one_reason_of_its_own_are_still_a_mirror(tmp_path, monkeypatch):
    text = JAN.replace("{more}", OWN.splitlines()[0])
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": OLA, "personas/jan.yaml": text}, "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/jan.yaml", *pos(text, "jan-robi"))]
    assert found[0].message.startswith("negative persona 'jan-robi-zakupy-w-osiedlowym' mirrors persona "
                                       "'ola-mama-zakupy-online' (personas/ola.yaml): 2 of its 3 reasons")


def test_three_denials_of_four_are_still_a_mirror_in_english(tmp_path, monkeypatch):
    persona = ("kind: persona\nid: dan\nname: Dan Whitfield\nlang: en\nbehaviours:\n"
               "  - Reads reviews on Trustpilot before buying\n  - Pays with Apple Pay on his iPhone\n"
               "  - Orders boiler parts from Screwfix every Monday\n"
               "sources:\n  - {id: interviews, type: interview, date: 2026-10-01, n: 9}\n")
    neg = ("kind: negative-persona\nid: not-dan\nname: Not Dan\nlang: en\nreasons:\n"
           "  - Doesn't read reviews on Trustpilot\n  - Never pays with Apple Pay\n"
           "  - Doesn't order boiler parts from Screwfix\n  - Buys whatever the wholesaler has on the counter that morning\n"
           "sources:\n  - {id: interviews, type: interview, date: 2026-10-01, n: 9}\n")
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": persona, "personas/not-dan.yaml": neg}, "mirrored-negative-persona")
    assert [(f.path, f.line) for f in found] == [("personas/not-dan.yaml", 2)]
    assert "3 of its 4 reasons deny or repeat its traits" in found[0].message
