"""File format v1: every field loads, and every mistake is reported where the author made it."""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import JOURNEY_EN, JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL, position_of
from cxkit.model import JourneyMap, NegativePersona, Persona
from cxkit.model.persona import parse_age
from cxkit.model.validate import near_miss_kind, validate
from cxkit.yamlio import load_text


def load_valid(text: str):
    loaded = load_text(text)
    assert loaded.problems == []
    model, issues = validate(loaded.data)
    assert issues == [], issues
    return model


def schema_findings(text: str) -> list[tuple[int, int, str]]:
    """(line, column, message) for each schema issue, positioned as the lint engine does."""
    text = textwrap.dedent(text)
    loaded = load_text(text)
    assert loaded.problems == [], loaded.problems
    model, issues = validate(loaded.data)
    assert (model is None) == bool(issues)
    return [(*loaded.locate(i.path, key=i.at_key), i.message) for i in issues]


def only_finding(text: str) -> tuple[int, int, str]:
    found = schema_findings(text)
    assert len(found) == 1, found
    return found[0]


# --- valid documents ---------------------------------------------------------------------------


def test_polish_persona_loads_every_field():
    persona = load_valid(PERSONA_PL)
    assert isinstance(persona, Persona)
    assert persona.id == "tomek-audiofil"
    assert persona.lang == "pl"
    assert persona.owner == "zespół e-commerce"
    assert persona.summary.startswith("Programista backendu")
    demo = persona.demographics
    assert (demo.age, demo.gender, demo.location) == (34, "mężczyzna", "Kraków")
    assert demo.education == "wyższe techniczne"
    assert demo.occupation == "programista backendu"
    assert demo.income == "14 000 zł brutto miesięcznie"
    assert demo.household == "para bez dzieci"
    psycho = persona.psychographics
    assert psycho.values[0].text.startswith("Rzetelność")
    assert psycho.interests[0].text.startswith("Jazz")
    assert psycho.personality[0].text.startswith("Analityczny")
    assert psycho.lifestyle[0].text.startswith("Pracuje zdalnie")
    assert psycho.attitudes[0].text.startswith("Nie ufa")
    for name in ("goals", "needs", "pain_points", "motivations", "behaviours", "channels", "expectations"):
        assert getattr(persona, name), name
    assert persona.quote == "Bez wykresu pasma nie kupię nawet za 300 zł."
    assert persona.reviewed == dt.date(2026, 10, 1)


def test_trait_is_a_plain_string_or_text_with_sources():
    persona = load_valid(PERSONA_PL)
    plain, cited = persona.goals
    assert plain.text == "Kupić otwarte słuchawki do 1500 zł na najbliższe 5 lat"
    assert plain.sources == []
    assert cited.text == "Słuchać muzyki po 22:00 bez budzenia partnerki"
    assert cited.sources == ["wywiady-2026-09"]
    assert persona.pain_points[0].sources == ["wywiady-2026-09", "ankieta-2026-08"]


def test_sources_keep_type_date_sample_size_link_and_note():
    persona = load_valid(PERSONA_PL)
    first, second = persona.sources
    assert first.id == "wywiady-2026-09"
    assert first.type.value == "interview"
    assert first.date == dt.date(2026, 9, 14)
    assert first.n == 9
    assert first.link == "https://wiki.example.pl/badania/wywiady-2026-09"
    assert first.note == "Wywiady pogłębione z klientami sklepu"
    assert (second.type.value, second.n, second.link) == ("survey", 412, None)


@pytest.mark.parametrize(
    "source_type", ["interview", "survey", "analytics", "focus-group", "sales-data", "support", "desk-research", "other"]
)
def test_every_source_type_is_accepted(source_type):
    persona = load_valid(f"kind: persona\nid: ola\nname: Ola\nsources:\n  - id: s1\n    type: {source_type}\n")
    assert persona.sources[0].type.value == source_type


def test_negative_persona_has_reasons_substitutes_and_triggers():
    negative = load_valid(NEGATIVE_PL)
    assert isinstance(negative, NegativePersona)
    assert negative.demographics.age == "45-55"
    assert [r.text for r in negative.reasons][1] == "Kupuje pod wpływem impulsu, przy kasie"
    assert negative.substitutes[0].text == "Słuchawki dołączone do telefonu"
    assert negative.purchase_triggers[0].text.startswith("Gazetka")
    assert negative.abandon_triggers[0].text.startswith("Koszt dostawy")
    assert negative.sources[0].type.value == "sales-data"


def test_polish_journey_has_seven_stages_with_every_stage_field():
    journey = load_valid(JOURNEY_PL)
    assert isinstance(journey, JourneyMap)
    assert journey.persona == "tomek-audiofil"
    assert journey.goal == "Kupić otwarte słuchawki do 1500 zł"
    assert journey.reviewed == dt.date(2026, 10, 5)
    assert [s.id for s in journey.stages] == [
        "swiadomosc", "rozwazanie", "decyzja", "zakup", "doswiadczenie", "lojalnosc", "rekomendacja",
    ]
    assert [s.emotion for s in journey.stages] == [1, -1, 0, 2, 1, 1, 2]
    first, second = journey.stages[:2]
    assert (first.goal, first.doing, first.thinking, first.feeling) == (
        "Dowiedzieć się, że istnieją lepsze słuchawki", "Ogląda recenzje wieczorami",
        "Czy to różnica warta 1000 zł?", "Ciekawość",
    )
    assert first.love_points[0].text == "Rzetelne pomiary w recenzji"
    assert second.barriers[0].text.startswith("Brak wykresu")
    assert second.pain_points[0].sources == ["wywiady-2026-09"]
    assert journey.stages[2].metrics[0].text == "Konwersja karty produktu"
    opportunity = second.opportunities[0]
    assert (opportunity.action, opportunity.owner, opportunity.due, opportunity.status) == (
        "Dodać wykresy pomiarów do kart produktów", "zespół contentu", dt.date(2026, 12, 15), "planned",
    )


def test_journey_owner_summary_lang_and_sources():
    journey = load_valid(
        JOURNEY_HEAD
        + "lang: pl\nowner: zespół CX\nsummary: Zakup słuchawek przez internet, od recenzji do polecenia.\n"
        + "sources:\n  - id: analityka-2026-q3\n    type: analytics\n    date: 2026-09-30\n"
        + "stages:\n  - id: zakup\n    name: Zakup\n    barriers:\n      - text: 40% porzuca koszyk przy wyborze dostawy\n"
        + "        sources: [analityka-2026-q3]\n    opportunities:\n      - action: Darmowa dostawa od 500 zł\n        status: in-progress\n"
    )
    assert (journey.lang, journey.owner) == ("pl", "zespół CX")
    assert journey.summary.startswith("Zakup słuchawek")
    assert journey.sources[0].type.value == "analytics"
    assert journey.stages[0].barriers[0].sources == ["analityka-2026-q3"]
    assert journey.stages[0].opportunities[0].status == "in-progress"


def test_touchpoint_is_a_mapping_or_a_plain_string():
    journey = load_valid(JOURNEY_PL)
    mapped, plain = journey.stages[0].touchpoints
    assert (mapped.channel, mapped.description) == ("youtube", "Recenzja z pomiarami na kanale audio")
    assert (plain.channel, plain.description) == (None, "Wątek na forum audiofilów")


def test_a_number_as_a_touchpoint_is_read_as_text_as_a_trait_is():
    text = JOURNEY_EN.replace("  - id: awareness\n", "  - id: awareness\n    touchpoints: [112, 4.5]\n    pain_points: [42]\n", 1)
    assert text != JOURNEY_EN and "touchpoints: [112" in text
    stage = load_valid(text).stages[0]
    assert [(t.channel, t.description) for t in stage.touchpoints[:2]] == [(None, "112"), (None, "4.5")]
    assert stage.pain_points[0].text == "42"


@pytest.mark.parametrize("value", ["true", "null", "[]"])
def test_a_touchpoint_that_is_no_text_is_still_an_issue(value):
    text = JOURNEY_EN.replace("  - id: awareness\n", f"  - id: awareness\n    touchpoints: [{value}]\n", 1)
    [(_, _, message)] = [f for f in schema_findings(text) if "touchpoints" in f[2]]
    assert message.startswith("'stages[awareness].touchpoints[1st]' must be text, or a mapping with 'channel' and 'description', not ")


def test_english_documents_load():
    persona = load_valid(PERSONA_EN)
    journey = load_valid(JOURNEY_EN)
    assert persona.demographics.age == "30-40"
    assert persona.sources[0].type.value == "support"
    assert journey.stages[1].touchpoints[0].channel == "app"


@pytest.mark.parametrize("text", [PERSONA_PL, NEGATIVE_PL, JOURNEY_PL, PERSONA_EN, JOURNEY_EN])
def test_model_round_trips_through_its_own_dump(text):
    model = load_valid(text)
    again, issues = validate(model.model_dump(mode="json", exclude_none=True))
    assert issues == []
    assert again == model


def test_extension_keys_are_allowed_at_every_level():
    model = load_valid(
        """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty
persona: ola-biegaczka
x-jira: CX-142
stages:
  - id: zakup
    name: Zakup
    x-figma: https://figma.example/ola
    touchpoints:
      - channel: web
        x-utm: newsletter
    barriers:
      - text: Brak rozmiaru 38
        x-waga: 3
    opportunities:
      - action: Powiadomienie o dostępności rozmiaru
        x-priorytet: wysoki
"""
    )
    assert model.stages[0].barriers[0].text == "Brak rozmiaru 38"
    persona = load_valid(
        "kind: persona\nid: ola\nname: Ola\nx-notes: [a, b]\ndemographics:\n  age: 29\n  x-pesel: nie zbieramy\n"
        "psychographics:\n  x-zrodlo: ankieta\nsources:\n  - id: s\n    type: survey\n    x-plik: wyniki.csv\n"
    )
    assert persona.demographics.age == 29
    assert "x-notes" not in persona.model_dump()


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_lang_accepts_pl_and_en(lang):
    assert load_valid(f"kind: persona\nid: ola\nname: Ola\nlang: {lang}\n").lang == lang


@pytest.mark.parametrize(("raw", "expected"), [
    ("29", 29), ('"30-40"', "30-40"), ('"65+"', "65+"), ("30-40", "30-40"),
    ('"35"', "35"), ("30−35", "30−35"),  # quoted; and with the minus sign (U+2212) typography puts in ranges
])
def test_age_accepts_a_number_or_a_range(raw, expected):
    persona = load_valid(f"kind: persona\nid: ola\nname: Ola\ndemographics:\n  age: {raw}\n")
    assert persona.demographics.age == expected


def test_parse_age_spans():
    assert parse_age(29) == (29, 29)
    assert parse_age("30-40") == (30, 40)
    assert parse_age("65+") == (65, 120)
    assert parse_age(" 35 ") == (35, 35)
    assert parse_age("30 − 35") == (30, 35)
    assert parse_age("thirty") is None
    assert parse_age(True) is None


# --- mistakes, each at its exact line and column ------------------------------------------------

PERSONA_HEAD = "kind: persona\nid: tomek-audiofil\nname: Tomek Wiśniewski\n"
JOURNEY_HEAD = "kind: journey\nid: tomek-kupuje\nname: Tomek kupuje słuchawki\npersona: tomek-audiofil\n"


@pytest.mark.parametrize(
    ("body", "needle", "fragment"),
    [
        ("behaviors:\n  - Czyta fora audio\n", "behaviors", "unknown field 'behaviors'; did you mean 'behaviours'?"),
        ("pain_point:\n  - Brak pomiarów\n", "pain_point", "did you mean 'pain_points'?"),
        ("qoute: Bez wykresu nie kupię\n", "qoute", "did you mean 'quote'?"),
        ("reasons:\n  - Za drogo\n", "reasons", "unknown field 'reasons'"),
        ("demographics:\n  occupaton: programista\n", "occupaton", "did you mean 'occupation'?"),
        ("psychographics:\n  value:\n    - Rzetelność\n", "value:", "did you mean 'values'?"),
        ("goals:\n  - text: Cisza po 22:00\n    source: [wywiady]\n", "source:", "did you mean 'sources'?"),
        ("sources:\n  - id: wywiady\n    type: interview\n    url: https://wiki\n", "url", "unknown field 'url' in 'sources[wywiady]'"),
    ],
)
def test_unknown_field_is_reported_at_its_key(body, needle, fragment):
    text = PERSONA_HEAD + body
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle)
    assert fragment in message
    # Where the author's own data may go, told only when no field is meant: with a "did you mean",
    # the `x-` advice would hide a misspelt field from every check (session 22, tester 6 F9).
    assert ("x-" in message) is ("did you mean" not in message)


@pytest.mark.parametrize(
    ("body", "needle", "fragment"),
    [
        ("goals: Kupić słuchawki do 1500 zł\n", "Kupić", "'goals' must be a list"),
        ("quote: [Bez wykresu, nie kupię]\n", "[Bez", "'quote' must be text, not a list"),
        ("demographics: 34\n", "34", "'demographics' must be a mapping"),
        ("demographics:\n  location: [Kraków, Warszawa]\n", "[Kraków", "'demographics.location' must be text"),
        ("psychographics:\n  interests: jazz\n", "jazz", "'psychographics.interests' must be a list"),
        ("sources:\n  id: wywiady\n", "id: wywiady", "'sources' must be a list"),
        ("goals:\n  - [Cisza, po 22]\n", "[Cisza", "'goals[1st]' must be text, or a mapping with 'text' and 'sources', not a list"),
        ("goals:\n  - true\n", "true", "'goals[1st]' must be text, or a mapping with 'text' and 'sources', not the boolean"),
        ("needs:\n  - ~\n", "~", "'needs[1st]' must be text, or a mapping with 'text' and 'sources', not nothing"),
        ("goals:\n  - '   '\n", "'   '", "'goals[1st]' is blank; write a value or remove the item"),
        ("goals:\n  - text: ''\n", "''", "'goals[1st].text' is empty"),
        ("sources:\n  - id: wywiady\n    type: survey\n    n: 0\n", "0\n", "'sources[wywiady].n' is 0; it must be at least 1"),
        ("sources:\n  - id: wywiady\n    type: survey\n    n: '412'\n", "'412'", "'sources[wywiady].n' must be a whole number"),
        ("reviewed: wczoraj\n", "wczoraj", "expected a date written as YYYY-MM-DD"),
        ("lang: cz\n", "cz\n", "'lang': 'cz' is no language code"),
    ],
)
def test_wrong_type_is_reported_at_the_value(body, needle, fragment):
    text = PERSONA_HEAD + body
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle)
    assert fragment in message


@pytest.mark.parametrize(
    ("text", "needle", "fragment"),
    [
        ("kind: persona\nid: tomek\n", "kind", "missing required field 'name'"),
        ("kind: persona\nname: Tomek\n", "kind", "missing required field 'id'"),
        (PERSONA_HEAD + "sources:\n  - type: interview\n    n: 9\n", "type: interview", "missing required field 'id' in 'sources[1st]'"),
        (PERSONA_HEAD + "sources:\n  - id: wywiady\n    n: 9\n", "id: wywiady", "missing required field 'type' in 'sources[wywiady]'"),
        (PERSONA_HEAD + "goals:\n  - sources: [wywiady]\n", "sources: [", "missing required field 'text' in 'goals[1st]'"),
        ("kind: journey\nid: tomek-kupuje\nname: Tomek kupuje\nstages:\n  - id: zakup\n    name: Zakup\n", "kind",
         "missing required field 'persona'"),
        ("kind: journey\nid: tomek-kupuje\nname: Tomek kupuje\npersona: tomek\n", "kind", "missing required field 'stages'"),
        (JOURNEY_HEAD + "stages:\n  - id: zakup\n    emotion: 1\n", "id: zakup", "missing required field 'name' in 'stages[zakup]'"),
        (JOURNEY_HEAD + "stages:\n  - id: zakup\n    name: Zakup\n    opportunities:\n      - owner: zespół\n",
         "owner", "missing required field 'action' in 'stages[zakup].opportunities[1st]'"),
    ],
)
def test_missing_required_field_is_reported_at_the_enclosing_mapping(text, needle, fragment):
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle)
    assert fragment in message


def test_bad_source_type_suggests_the_closest():
    text = PERSONA_HEAD + "sources:\n  - id: wywiady\n    type: interwiew\n"
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, "interwiew")
    assert "'sources[wywiady].type' must be one of" in message
    assert "did you mean 'interview'?" in message


def test_bad_source_type_without_a_near_match_lists_the_choices():
    text = PERSONA_HEAD + "sources:\n  - id: wywiady\n    type: kino\n"
    _, _, message = only_finding(text)
    assert "'focus-group'" in message and "did you mean" not in message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2026-02-30", "'2026-02-30' is not a real date (2026-02 has 28 days)"),
        ("2028-02-30", "'2028-02-30' is not a real date (2028-02 has 29 days)"),
        ("2026-04-31", "'2026-04-31' is not a real date (2026-04 has 30 days)"),
        ("2026-13-01", "'2026-13-01' is not a real date (dates are YYYY-MM-DD, and there is no month 13); did you mean 2026-01-13?"),
        ("2026-31-10", "'2026-31-10' is not a real date (dates are YYYY-MM-DD, and there is no month 31); did you mean 2026-10-31?"),
        ("2026-14-30", "'2026-14-30' is not a real date (dates are YYYY-MM-DD, and there is no month 14)"),
        ("2026-00-10", "'2026-00-10' is not a real date (dates are YYYY-MM-DD, and there is no month 0)"),
        ("2026-01-00", "'2026-01-00' is not a real date (days start at 1)"),
        ("0000-01-01", "'0000-01-01' is not a real date (there is no year 0)"),
        ("14.09.2026", "expected a date written as YYYY-MM-DD, got '14.09.2026'"),
        ("2026-9-14", "expected a date written as YYYY-MM-DD"),
        ("2026-09-14T10:00:00", "expected a date written as YYYY-MM-DD"),
        ("20260914", "expected a date written as YYYY-MM-DD"),
    ],
)
def test_bad_date_is_reported_at_the_value(value, fragment):
    text = PERSONA_HEAD + f"sources:\n  - id: wywiady\n    type: interview\n    date: {value}\n"
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, value)
    assert message.startswith("'sources[wywiady].date'")
    assert fragment in message


@pytest.mark.parametrize("field", ["reviewed"])
def test_bad_review_date_in_a_journey(field):
    text = JOURNEY_HEAD + f"{field}: 2026-02-30\nstages:\n  - id: zakup\n    name: Zakup\n"
    line, col, message = only_finding(text)
    assert (line, col) == (5, 11)
    assert "not a real date" in message


def test_bad_opportunity_due_date_and_status():
    text = JOURNEY_HEAD + (
        "stages:\n  - id: zakup\n    name: Zakup\n    opportunities:\n"
        "      - action: Wykresy pomiarów na karcie\n        due: 31.12.2026\n        status: todo\n"
    )
    found = schema_findings(text)
    assert [(line, col) for line, col, _ in found] == [position_of(text, "31.12.2026"), position_of(text, "todo")]
    assert "'stages[zakup].opportunities[1st].due'" in found[0][2]
    assert "'idea', 'planned', 'in-progress' or 'done'" in found[1][2]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("7", "'stages[zakup].emotion' is 7; an emotion runs from -2 (very negative) to +2 (very positive)"),
        ("-3", "'stages[zakup].emotion' is -3; an emotion runs from -2 (very negative) to +2 (very positive)"),
        ('"1"', "'stages[zakup].emotion' must be a whole number, not the text '1'"),
        ("true", "'stages[zakup].emotion' must be a whole number, not the boolean true"),
        ("1.5", "'stages[zakup].emotion' must be a whole number"),
        ("bardzo dobrze", "'stages[zakup].emotion' must be a whole number"),
        # Copied from a document: U+2212 or an en dash is no sign YAML reads.
        ("−1", "'stages[zakup].emotion' must be a whole number, not the text '−1'; YAML takes only the hyphen-minus '-' "
               "as a sign, not '−': write -1"),
        ("– 2", "not '–': write -2"),
    ],
)
def test_emotion_out_of_range_or_not_an_integer_is_on_the_emotion_line(value, fragment):
    text = JOURNEY_HEAD + f"stages:\n  - id: zakup\n    name: Zakup\n    emotion: {value}\n    feeling: Ulga\n"
    line, col, message = only_finding(text)
    emotion_line, emotion_col = position_of(text, "emotion")
    assert line == emotion_line
    assert col == emotion_col + len("emotion: ")
    assert fragment in message


@pytest.mark.parametrize("value", ["-2", "-1", "0", "1", "2", "+2"])
def test_emotion_accepts_minus_two_to_plus_two(value):
    journey = load_valid(JOURNEY_HEAD + f"stages:\n  - id: zakup\n    name: Zakup\n    emotion: {value}\n")
    assert journey.stages[0].emotion == int(value)


@pytest.mark.parametrize("bad", ["Tomek Audiofil", "tomek_Audiofil", "-tomek", "tomek-", "tomek--audiofil", "tomek.audiofil", "żaneta"])
def test_non_slug_id_is_reported_at_the_value(bad):
    text = f"kind: persona\nid: {bad}\nname: Tomek\n"
    line, col, message = only_finding(text)
    assert (line, col) == (2, 5)
    assert "'id' must be a slug" in message
    assert repr(bad) in message
    # What a slug is, as docs/format.md says it: underscores join groups too (`q3_2026`).
    assert "lowercase letters and digits joined by hyphens or underscores" in message


@pytest.mark.parametrize(
    ("where", "text", "needle"),
    [
        ("stage id", JOURNEY_HEAD + "stages:\n  - id: Zakup Online\n    name: Zakup\n", "Zakup Online"),
        ("journey persona", "kind: journey\nid: j\nname: J\npersona: Tomek\nstages:\n  - id: a\n    name: A\n", "Tomek"),
        ("source id", PERSONA_HEAD + "sources:\n  - id: Wywiady 2026\n    type: interview\n", "Wywiady 2026"),
        ("trait source", PERSONA_HEAD + "goals:\n  - text: Cisza\n    sources: [Wywiady 2026]\n", "Wywiady 2026"),
    ],
)
def test_non_slug_references_are_reported_at_the_value(where, text, needle):
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle), where
    assert "must be a slug" in message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("thirty", "age must be a number like 29 or a narrow range like \"32-36\""),
        ('"40-30"', "is not a plausible age or range"),
        ("130", "is not a plausible age or range"),
        ("-5", "is not a plausible age or range"),
        ("true", "age must be a number"),
        ("29.5", "age must be a number"),
        ("[30, 40]", "age must be a number"),
    ],
)
def test_bad_age_is_reported_at_the_value(value, fragment):
    text = PERSONA_HEAD + f"demographics:\n  age: {value}\n  location: Kraków\n"
    line, col, message = only_finding(text)
    assert (line, col) == (5, 8)
    assert message.startswith("'demographics.age'")
    assert fragment in message


@pytest.mark.parametrize(
    ("body", "needle", "fragment"),
    [
        ("stages: []\n", "[]", "'stages' is an empty list; it needs at least one item"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    touchpoints:\n      - chanel: web\n", "chanel",
         "did you mean 'channel'?"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    touchpoints:\n      - {}\n", "{}",
         "a touchpoint needs a channel or a description"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    touchpoints:\n      - [web, app]\n", "[web",
         "'stages[zakup].touchpoints[1st]' must be text, or a mapping with 'channel' and 'description', not a list"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    touchpoints:\n      - '  '\n", "'  '",
         "a touchpoint needs a channel or a description"),
        ("stages:\n  - id: zakup\n    name: Zakup\n  - id: decyzja\n    name: Decyzja\n  - id: zakup\n    name: Zakup 2\n",
         "zakup\n    name: Zakup 2", "'stages[3rd].id': two stages share the id 'zakup'"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    touchpoints:\n      - channel: web\n        description: [a]\n",
         "[a]", "'stages[zakup].touchpoints[1st].description' must be text"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    barriers: Brak rozmiaru\n", "Brak rozmiaru",
         "write each item on its own line starting with '- '"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    emocja: 1\n", "emocja", "unknown field 'emocja' in 'stages[zakup]'"),
        ("stages:\n  - id: zakup\n    name: Zakup\n    opportunities:\n      - action: Czat\n        ownr: zespół\n",
         "ownr", "did you mean 'owner'?"),
        ("stages:\n  - id: zakup\n    name: ''\n", "''", "'stages[zakup].name' is empty"),
        ("stage:\n  - id: zakup\n    name: Zakup\n", "stage:", "did you mean 'stages'?"),
    ],
)
def test_journey_mistakes_are_located(body, needle, fragment):
    text = JOURNEY_HEAD + body
    found = schema_findings(text)
    matching = [f for f in found if fragment in f[2]]
    assert matching, found
    assert matching[0][:2] == position_of(text, needle)


def test_source_ids_are_unique_within_a_document():
    text = PERSONA_HEAD + "sources:\n  - id: wywiady\n    type: interview\n  - id: ankieta\n    type: survey\n  - id: wywiady\n    type: support\n"
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, "wywiady", 2)
    assert "'sources[3rd].id': two sources share the id 'wywiady'" in message


def test_blank_name_is_an_issue():
    line, col, message = only_finding("kind: persona\nid: tomek\nname: '   '\n")
    assert (line, col) == (3, 7)
    assert "'name'" in message and "blank" in message


def test_negative_persona_reasons_must_be_a_list():
    text = "kind: negative-persona\nid: janusz\nname: Janusz\nreasons: za drogo\nreason:\n  - x\n"
    found = schema_findings(text)
    assert [(line, col) for line, col, _ in found] == [(4, 10), (5, 1)]
    assert "'reasons' must be a list" in found[0][2]
    # Renamed as "did you mean" would say, it would be a duplicate key (review5 R5-7).
    assert "beside 'reasons', which is already there: merge the two into 'reasons'" in found[1][2]


def test_flow_style_positions_count_characters_not_bytes():
    text = JOURNEY_HEAD + "stages:\n  - {id: zakup, name: Zakup żółtych słuchawek, emotion: 7}\n"
    line, col, _ = only_finding(text)
    assert (line, col) == position_of(text, "7}")


@pytest.mark.parametrize(
    ("text", "needle", "fragment"),
    [
        ("kind: persna\nid: tomek\nname: Tomek\n", "persna", "unknown kind 'persna'; did you mean 'persona'?"),
        ("kind: jorney\nid: j\n", "jorney", "did you mean 'journey'?"),
        ("kind: negative-persna\nid: j\n", "negative-persna", "did you mean 'negative-persona'?"),
        ("kind: faktura\nid: fv-1\n", "faktura", "expected one of: persona, negative-persona, journey"),
        ("id: tomek\nname: Tomek\n", "id", "missing `kind`"),
    ],
)
def test_kind_problems(text, needle, fragment):
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle)
    assert fragment in message


def test_near_miss_kind():
    assert near_miss_kind("persna") == "persona"
    assert near_miss_kind("Journey") == "journey"
    assert near_miss_kind("workflow") is None
    assert near_miss_kind(5) is None


@pytest.mark.parametrize(
    ("data", "fragment"),
    [([{"kind": "persona"}], "holds a list"), ("persona", "holds a single value"), (42, "holds a single value")],
)
def test_document_that_is_not_a_mapping(data, fragment):
    model, issues = validate(data)
    assert model is None
    assert len(issues) == 1 and issues[0].path == ()
    assert fragment in issues[0].message


# Arbitrary YAML-shaped data must yield issues, never an exception.
_yamlish = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from(["persona", "negative-persona", "journey"]),
    fields=st.dictionaries(
        st.sampled_from([
            "id", "name", "persona", "stages", "goals", "sources", "demographics", "psychographics",
            "reasons", "reviewed", "lang", "quote", "x-own", "behaviors",
        ]),
        _yamlish,
        max_size=6,
    ),
)
def test_validate_never_raises_on_arbitrary_data(kind, fields):
    model, issues = validate({"kind": kind, **fields})
    assert (model is None) == bool(issues)
    for issue in issues:
        assert isinstance(issue.message, str) and issue.message


@pytest.mark.parametrize(
    "blank",
    ['"\\u3000"', '"\\u00a0 \\t"', '"\\u2028"', '"\\x1c"', "' '"],
    ids=["ideographic space", "no-break space and tab", "line separator", "file separator", "space"],
)
def test_text_of_nothing_but_whitespace_is_blank_whatever_the_whitespace(blank):
    line, _col, message = only_finding(f"kind: persona\nid: tomek-audiofil\nname: {blank}\n")
    assert (line, message) == (3, "'name' is blank; this field is required, so write a value")


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("kind: persona\nid: tomek\nname: ~\n", "~", "'name' is empty; this field is required, so write a value"),
        ('kind: persona\nid: tomek\nname: "\\u00a0"\n', '"', "'name' is blank; this field is required, so write a value"),
        ("kind: persona\nid: ''\nname: Tomek\n", "''", "'id' is empty; this field is required, so write a value"),
        ("kind: persona\nid: ' '\nname: Tomek\n", "' '", "'id' is blank; this field is required, so write a value"),
        (JOURNEY_HEAD.replace("persona: tomek-audiofil", "persona: null") + "stages:\n  - id: zakup\n    name: Zakup\n",
         "null", "'persona' is empty; this field is required, so write a value"),
        (JOURNEY_HEAD + "stages:\n  - id: zakup\n    name: ~\n", "~", "'stages[zakup].name' is empty; this field is required, so write a value"),
        (JOURNEY_HEAD + "stages:\n  - id: zakup\n    name: Zakup\n    opportunities:\n      - action: ''\n", "''",
         "'stages[zakup].opportunities[1st].action' is empty; this field is required, so write a value"),
        (PERSONA_HEAD + "goals:\n  - text: ~\n", "~", "'goals[1st].text' is empty; this field is required, so write a value"),
        (PERSONA_HEAD + "goals:\n  - text: Cisza\n    sources: [~]\n", "~]", "'goals[1st].sources[1st]' is empty; write a value or remove the item"),
    ],
)
def test_an_empty_required_field_asks_for_a_value_not_its_removal(text, needle, expected):
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle)
    assert message == expected


#: How Python would show a value; a message for authors shows none of these.
PYTHON_REPR = re.compile(r"\bNone\b|\bTrue\b|\bFalse\b|\[\]|\{\}|\b(?:int|float|bool|NoneType|str|dict|list) [-\d'\[{(]|\((?:int|float|bool|NoneType|str)\)")


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        (PERSONA_HEAD + "sources:\n  - id: wywiady\n    type: null\n", "null",
         "'sources[wywiady].type' is empty; write one of 'interview', 'survey', 'analytics', 'focus-group', 'sales-data', "
         "'support', 'desk-research' or 'other'"),
        (PERSONA_HEAD + "sources:\n  - id: wywiady\n    type: True\n", "True",
         "'sources[wywiady].type' must be one of 'interview', 'survey', 'analytics', 'focus-group', 'sales-data', "
         "'support', 'desk-research' or 'other', not the boolean true"),
        (PERSONA_HEAD + "sources:\n  - id: wywiady\n    type: []\n", "[]", "'sources[wywiady].type' must be one of 'interview', "
         "'survey', 'analytics', 'focus-group', 'sales-data', 'support', 'desk-research' or 'other', not a list"),
        (PERSONA_HEAD + "lang: {}\n", "{}", "'lang': write a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not a mapping"),
        (PERSONA_HEAD + "lang: false\n", "false", "'lang': write a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not the boolean false"),
        (PERSONA_HEAD + "reviewed: true\n", "true", "'reviewed': expected a date written as YYYY-MM-DD, got the boolean true"),
        (PERSONA_HEAD + "reviewed: []\n", "[]", "'reviewed': expected a date written as YYYY-MM-DD, got a list"),
        (PERSONA_HEAD + "demographics:\n  age: {}\n", "{}",
         "'demographics.age': age must be a number like 29 or a narrow range like \"32-36\", got a mapping"),
        (PERSONA_HEAD + "demographics:\n  age: TRUE\n", "TRUE",
         "'demographics.age': age must be a number like 29 or a narrow range like \"32-36\", got the boolean true"),
        (JOURNEY_HEAD + "stages:\n  - id: zakup\n    name: Zakup\n    emotion: 1.5\n", "1.5",
         "'stages[zakup].emotion' must be a whole number, not the number 1.5; an emotion is a whole number from -2 to +2: "
         "write 1 or 2, whichever the research supports"),
        (JOURNEY_HEAD + "stages:\n  - id: zakup\n    name: Zakup\n    opportunities:\n      - action: Czat\n        status: false\n",
         "false", "'stages[zakup].opportunities[1st].status' must be one of 'idea', 'planned', 'in-progress' or 'done', not the boolean false"),
        ("kind: true\nid: tomek\n", "true", "`kind` must be text, not the boolean true; expected one of: persona, negative-persona, journey"),
        ("kind: []\nid: tomek\n", "[]", "`kind` must be text, not a list; expected one of: persona, negative-persona, journey"),
        ("kind: ''\nid: tomek\n", "''", "`kind` is empty; expected one of: persona, negative-persona, journey"),
    ],
)
def test_messages_name_values_in_plain_words_not_python(text, needle, expected):
    line, col, message = only_finding(text)
    assert (line, col) == position_of(text, needle)
    assert message == expected
    assert not PYTHON_REPR.search(message)


@pytest.mark.parametrize(("data", "words"), [(42, "a single value (a number)"), (True, "a single value (true or false)"),
                                             ("Tomek", "a single value (text)"), (None, "nothing")])
def test_a_document_that_is_one_value_is_named_in_words(data, words):
    """Named by its kind, never quoted: a file that is no document may be a key or a password file."""
    [issue] = validate(data)[1]
    assert words in issue.message
    assert "Tomek" not in issue.message and "42" not in issue.message
    assert not PYTHON_REPR.search(issue.message)


@pytest.mark.parametrize("text", ['"\\u3000Ola\\u3000"', "Ola", '" x "'])
def test_text_with_something_besides_whitespace_is_accepted(text):
    assert schema_findings(f"kind: persona\nid: tomek-audiofil\nname: {text}\n") == []


@pytest.mark.parametrize(("written", "meant"), [
    ("wywiad", "interview"), ("Wywiady IDI", "interview"), ("ankieta", "survey"), ("Ankieta CAWI", "survey"),
    ("dane sprzedażowe", "sales-data"), ("zgłoszenia do BOK", "support"), ("analityka", "analytics"),
    ("grupa fokusowa", "focus-group"), ("raport GUS", "desk-research"), ("interwiew", "interview"),
])
def test_a_source_type_in_polish_or_the_authors_words_gets_a_suggestion(written, meant):
    text = PERSONA_HEAD + f"sources:\n  - id: s\n    type: {written}\n"
    _line, _col, message = only_finding(text)
    assert message.endswith(f"not '{written}'; did you mean '{meant}'?")


@pytest.mark.parametrize(("written", "meant"), [("w trakcie", "in-progress"), ("zrobione", "done"), ("pomysł", "idea")])
def test_an_opportunity_status_in_polish_gets_a_suggestion(written, meant):
    text = JOURNEY_HEAD + ("stages:\n  - id: zakup\n    name: Zakup\n    opportunities:\n"
                           f"      - action: Dodać BLIK\n        owner: Zespół płatności\n        status: {written}\n")
    _line, _col, message = only_finding(text)
    assert message.endswith(f"not '{written}'; did you mean '{meant}'?")


def test_a_source_type_with_no_likely_meaning_gets_no_guess():
    _line, _col, message = only_finding(PERSONA_HEAD + "sources:\n  - id: s\n    type: kino\n")
    # No guess; since s38 (tester41 M3) the advice for research of a kind the list lacks: `other`, named in `note`.
    assert "did you mean" not in message
    assert message.endswith("not 'kino'; for research of another kind write `type: other` and name the method in "
                            "`note:` (`note: kino`)")
