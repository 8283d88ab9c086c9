"""Polish (and English) gaps an agency's tester found (tester_pl): purchase stages named by
what is bought or by the basket (F12)."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run

JOURNEY_PL = """\
kind: journey
id: marta-zamawia-karme
name: Marta zamawia karmę
lang: pl
persona: marta-karma
stages:
  - id: swiadomosc
    name: Świadomość
    touchpoints: [Reklama na Instagramie z rabatem 15%]
    emotion: 0
  - id: {id}
    name: {name}
    touchpoints: [Koszyk w aplikacji, płatność BLIK]
    emotion: -1
"""


def _journey(stage_id: str, name: str) -> str:
    return JOURNEY_PL.replace("{id}", stage_id).replace("{name}", name)


@pytest.mark.parametrize(("stage_id", "name"), [
    ("b", "Kupno karmy"),
    ("krok-2", "Zakup butów"),
    ("krok-2", "Zakup karmy online"),
    ("krok-2", "Kupno karmy przez aplikację"),
    ("koszyk", "Koszyk i kasa"),
    ("krok-2", "Koszyk"),
    ("step-2", "Cart and checkout"),
    ("basket", "Basket"),
])
def test_a_journey_that_ends_at_buying_a_thing_or_at_the_basket_is_reported(tmp_path, monkeypatch, stage_id, name):
    text = _journey(stage_id, name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
    line, col = pos(text, f"  - id: {stage_id}\n")
    assert [(f.code, f.line, f.column) for f in found] == [("CX405", line, col + len("  - id: "))]


@pytest.mark.parametrize("name", [
    "Zakup kolejnego worka", "Ponowny zakup karmy", "Zakup ponowny", "Zakupy cykliczne", "Kupno i dostawa",
    "Zakup karmy i dostawa", "Po zakupie karmy", "Porzucony koszyk", "Cart abandonment", "Abandoned basket",
    "Koszyk porzucony", "Zakup dodatkowych akcesoriów", "Przed zakupem",
])
def test_a_stage_after_or_before_buying_is_not_the_purchase(tmp_path, monkeypatch, name):
    text = _journey("krok-2", name)
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


def test_a_journey_that_goes_on_past_buying_the_food_is_not_reported(tmp_path, monkeypatch):
    text = _journey("kupno", "Kupno karmy") + """\
  - id: dostawa
    name: Dostawa pod klatkę
    touchpoints: [SMS od kuriera DPD]
    emotion: -1
"""
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


# F5: a no-break space (U+00A0, as Word, Outlook and Excel paste it after a colon in Polish text)
# where YAML needs an ordinary space is named where it is, with the fix; before, the raw parser
# message pointed at the line after it (past the end of a file).

def _lint_json(tmp_path, monkeypatch, text: str, select: str = "yaml-syntax") -> list[dict]:
    import json

    from conftest import run_cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas/zofia.yaml").write_bytes(text.encode("utf-8"))
    result = run_cli("lint", "--select", select, "-f", "json", "personas/zofia.yaml")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("text", "line", "column", "key"), [
    ("kind: persona\nid: zofia\nname:\u00a0Zofia\nbehaviours:\n  - Kupuje w Żabce\n", 3, 6, "name"),
    ("kind: persona\nid: zofia\nname: Zofia\nreviewed:\u00a02026-11-02\n", 4, 10, "reviewed"),
    ("kind: persona\nid: zofia\nname: Zofia\nbehaviours:\n  - text:\u00a0Kupuje w Żabce\n    sources: [w]\n", 5, 10,
     "text"),
    ("kind: persona\r\nid: zofia\r\nname:\u00a0Zofia\r\nbehaviours:\r\n  - Kupuje w Żabce\r\n", 3, 6, "name"),
    ("kind: persona\nid: zofia\nname:\u202fZofia\ngoals:\n  - Kupić karmę\n", 3, 6, "name"),
])
def test_a_no_break_space_after_a_key_is_named_at_its_place(tmp_path, monkeypatch, text, line, column, key):
    found = _lint_json(tmp_path, monkeypatch, text)
    assert [(f["line"], f["column"], f["code"]) for f in found] == [(line, column, "CX001")]
    assert "no-break space (U+" in found[0]["message"]
    assert f"after `{key}:`" in found[0]["message"]
    assert "replace it with a space" in found[0]["message"]


def test_a_no_break_space_in_the_indentation_is_named_at_its_place(tmp_path, monkeypatch):
    text = "kind: persona\nid: zofia\nname: Zofia\nbehaviours:\n  - Kupuje\u00a0w Żabce\n\u00a0 - Płaci kartą\n"
    found = _lint_json(tmp_path, monkeypatch, text)
    assert [(f["line"], f["column"]) for f in found] == [(6, 1)]
    assert found[0]["message"] == ("invalid YAML: a no-break space (U+00A0) in the indentation (pasted from a word "
                                   "processor?); YAML indents with ordinary spaces: replace it with a space")


def test_a_no_break_space_in_text_is_text(tmp_path, monkeypatch):
    # In a value, or after a colon inside a trait's text, it is the author's: no finding, and
    # another error nearby is not blamed on it.
    ok = ("kind: persona\nid: zofia\nname: Zofia\u00a0Nowak\nbehaviours:\n  - Uwaga:\u00a0kupuje\u00a0w Żabce\n"
          "  - Płaci kartą, 1\u00a0200 zł miesięcznie\n")
    assert _lint_json(tmp_path, monkeypatch, ok) == []
    broken = ok + "  - [Płaci BLIK-iem\n"
    found = _lint_json(tmp_path, monkeypatch, broken)
    assert len(found) == 1 and "no-break" not in found[0]["message"]
    # A tab keeps its own message.
    tab = "kind: persona\nid: zofia\nname: Zofia\nbehaviours:\n  - Kupuje w Żabce\n\t- Płaci kartą\n"
    assert "a tab character here" in _lint_json(tmp_path, monkeypatch, tab)[0]["message"]


# F13, F14: a date written with the month's name, and a number with its thousands grouped, are
# told the value to write, as a date written 05.11.2026 already was.

SOURCED = """\
kind: persona
id: zofia
name: Zofia Wróbel
lang: pl
sources:
  - id: ankieta
    type: survey
    date: {date}
    n: {n}
"""


@pytest.mark.parametrize(("written", "meant"), [
    ("3 października 2026", "2026-10-03"),
    ("3 października 2026 r.", "2026-10-03"),
    ("03 paź 2026", "2026-10-03"),
    ("1 maja 2026", "2026-05-01"),
    ("15 Grudnia 2026", "2026-12-15"),
    ("3 X 2026", "2026-10-03"),
    ("3.X.2026", "2026-10-03"),
    ("3 October 2026", "2026-10-03"),
    ("3rd Oct 2026", "2026-10-03"),
    ("Oct 3, 2026", "2026-10-03"),
    ("October 3rd, 2026", "2026-10-03"),
    ("Sept. 5, 2026", "2026-09-05"),
])
def test_a_date_with_the_month_named_is_told_its_iso_form(tmp_path, monkeypatch, written, meant):
    found = _lint_json(tmp_path, monkeypatch, SOURCED.format(date=written, n=120), "schema")
    assert [(f["line"], f["column"], f["message"]) for f in found] == [
        (8, 11, f"'sources[ankieta].date': expected a date written as YYYY-MM-DD, got {written!r}; did you mean {meant}?")]


# "grudzień 2026" (a month without its day) is told to add the day: see test_dates_s22t6.py.
@pytest.mark.parametrize("written", ["31 lutego 2026", "3 smarch 2026", "3 listopada 26"])
def test_a_named_month_date_that_is_no_day_gets_no_guess(tmp_path, monkeypatch, written):
    found = _lint_json(tmp_path, monkeypatch, SOURCED.format(date=written, n=120), "schema")
    assert [f["message"] for f in found] == [
        f"'sources[ankieta].date': expected a date written as YYYY-MM-DD, got {written!r}"]


@pytest.mark.parametrize(("written", "shown", "meant"), [
    ("1 200", "'1 200'", 1200),
    ("1\u00a0200", "'1\\xa0200'", 1200),  # the no-break space Excel copies, shown as such
    ("1\u202f200", "'1\\u202f200'", 1200),
    ("12 345 678", "'12 345 678'", 12345678),
    ("1,200", "'1,200'", 1200),
])
def test_a_number_with_a_thousands_separator_is_told_the_number(tmp_path, monkeypatch, written, shown, meant):
    found = _lint_json(tmp_path, monkeypatch, SOURCED.format(date="2026-10-03", n=written), "schema")
    assert [(f["line"], f["column"], f["message"]) for f in found] == [
        (9, 8, f"'sources[ankieta].n' must be a whole number, not the text {shown}; write the number without a thousands "
               f"separator: n: {meant}")]


@pytest.mark.parametrize("written", ["1 20", "1,5", "1 200 osób", "12 34"])
def test_a_number_that_is_not_grouped_thousands_gets_no_guess(tmp_path, monkeypatch, written):
    found = _lint_json(tmp_path, monkeypatch, SOURCED.format(date="2026-10-03", n=written), "schema")
    assert len(found) == 1 and "separator" not in found[0]["message"]


# F2: Polish stock phrases that passed pseudo-profiling, and their English twins; the same words
# beside detail stay quiet. "Kocha swojego psa" is kept a trait: it says she has a dog.

F2_VAGUE = [
    "Lubi dobre piwo", "Ceni relacje z dostawcą", "Szuka sprawdzonego partnera biznesowego",
    "Dba o higienę jamy ustnej", "Szuka zaufanego partnera biznesowego", "Ceni dobre relacje z dostawcami",
    "Stawia na długoterminowe relacje z dostawcami", "Ceni relacje biznesowe", "Dba o higienę",
    "Dba o higienę osobistą", "Lubi piwo", "Likes good beer", "Values relationships with suppliers",
    "Values good relationships with suppliers", "Looking for a trusted business partner",
    "Cares about oral hygiene", "Takes care of her dental health",
]
F2_SPECIFIC = [
    "Kocha swojego psa", "Traktuje psa jak członka rodziny",
    "Pije piwo z Browaru Stu Mostów w piątki po pracy", "Lubi piwo rzemieślnicze z lokalnych browarów w Poznaniu",
    "Ceni relacje z dostawcą: od 12 lat kupuje stal w Stalprofilu",
    "Szuka sprawdzonego partnera biznesowego do dystrybucji kosmetyków w drogeriach Rossmann",
    "Dba o higienę jamy ustnej: nitkuje zęby po kolacji i co pół roku chodzi na skaling",
    "Dba o higienę psa: kąpie go co miesiąc w groomerze na Ratajach", "Pracuje jako higienistka stomatologiczna",
    "Buduje relacje z kontrahentami na targach Poleko co listopad", "Zależy jej na relacjach z sąsiadami",
    "Mieszka z partnerem", "Wants a reliable partner", "Szuka partnera biznesowego",
    "Likes good beer from Cloudwater on Fridays",
    "Values relationships with suppliers: visits the Łódź mill twice a year",
]


@pytest.mark.parametrize("trait", F2_VAGUE)
def test_polish_stock_phrases_and_their_twins_are_generic(trait):
    from cxkit.lint.vague import matcher

    assert matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", F2_SPECIFIC)
def test_the_same_words_beside_detail_or_a_real_fact_stay_quiet(trait):
    from cxkit.lint.vague import matcher

    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


def test_the_testers_persona_gets_a_finding_for_each_stock_phrase(tmp_path, monkeypatch):
    doc = """\
kind: persona
id: marta-karma
name: Marta Żółkiewska
lang: pl
behaviours:
  - Lubi dobre piwo
  - Ceni relacje z dostawcą
  - Szuka sprawdzonego partnera biznesowego
  - Kocha swojego psa
  - Dba o higienę jamy ustnej
  - Co 6 tygodni zamawia 12-kg worek karmy Brit Care przez apteczkę zoologiczną na Ratajach
"""
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": doc}, "pseudo-profiling")
    assert sorted(f.line for f in found if f.line >= 6) == [6, 7, 8, 10]


# F10: a country or a region as demographics.location is the area of a segment, not where one
# person lives (as "duże miasto" is not); a city named beside it makes it a place.

def _located(location: str) -> str:
    return ("kind: persona\nid: marta-karma\nname: Marta Żółkiewska\nlang: pl\ndemographics:\n"
            f"  location: {location}\nbehaviours:\n  - Co 6 tygodni zamawia 12-kg worek karmy Brit Care przez "
            "apteczkę zoologiczną na Ratajach\n")


@pytest.mark.parametrize(("location", "quoted"), [
    ("Polska", '"Polska"'), ("Wielkopolska", '"Wielkopolska"'), ("Polska zachodnia", '"Polska zachodnia"'),
    ("Europa Środkowa", '"Europa Środkowa"'), ("cała Polska", '"cała Polska"'), ("woj. mazowieckie", '"woj. mazowieckie"'),
    ("Dolny Śląsk", '"Dolny Śląsk"'), ("Wieś w Wielkopolsce", '"Wieś", "Wielkopolsce"'), ("UK", '"UK"'),
    ("United Kingdom", '"United Kingdom"'), ("the Midlands", '"the Midlands"'), ("Wales", '"Wales"'),
    ("Central Europe", '"Central Europe"'), ("Stany Zjednoczone", '"Stany Zjednoczone"'),
])
def test_a_country_or_a_region_alone_is_a_category(tmp_path, monkeypatch, location, quoted):
    text = _located(location)
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": text}, "pseudo-profiling")
    assert [(f.line, f.column) for f in found] == [pos(text, location)]
    assert found[0].message == (
        f'location "{location}" is a category ({quoted}), not a place: name the city, and the district if it '
        'matters (e.g. "Kraków, Podgórze")')  # a Polish persona's example only, since session 39 (tester43 F6)


@pytest.mark.parametrize("location", [
    "Poznań, Jeżyce", "Poznań, Wielkopolska", "Wrocław, Dolny Śląsk", "Gdańsk, Pomorze", "Ruda Śląska",
    "Gorzów Wielkopolski", "Polska Cerekiew", "Koło", "Nowy Jork, USA", "Cardiff, Wales", "Leeds, Yorkshire",
    "North London", "South Shields", "Trójmiasto", "Kraków", "Niemcy, Berlin",
    # As "Wieś pod Poznaniem" and "Przedmieścia Wrocławia": the city is named.
    "okolice Poznania", "Swarzędz, okolice Poznania",
])
def test_a_place_named_beside_a_region_or_a_city_alone_is_a_place(tmp_path, monkeypatch, location):
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": _located(location)}, "pseudo-profiling") == []


def test_a_region_in_a_trait_is_no_finding(tmp_path, monkeypatch):
    # The regions are read for the location only: a trait may name a country.
    from cxkit.lint.vague import matcher

    for trait in ("Zamawia karmę z Niemiec, bo w Polsce jest o 20% droższa", "Jeździ na Mazury co lipiec",
                  "Wysyła paczki do UK przez InPost dwa razy w miesiącu"):
        assert not matcher().analyse(trait).vague


# F15: trait-overlap compares traits after Polish inflection, but subject-verb agreement changes
# two words at once (plural: "Kurierzy ... zostawiają"; past tense: "Zamawiała ... płaciła"), and
# "BLIK-iem" / "BLIKiem" are both correct Polish: the same trait slipped through.

PERSONA_F15 = """\
kind: persona
id: marta-karma
name: Marta Żółkiewska
lang: pl
pain_points:
  - Kurier DPD zostawia 12-kg worek pod klatką na Os. Piastowskim 24
behaviours:
  - Zamawia w niedzielę wieczorem przez aplikację, płaci BLIK-iem
  - Czyta recenzje karmy na forum Dogomania przed każdym zakupem
  - Jeździ na rowerze do parku Cytadela z psem
"""


def _negative_f15(*reasons: str) -> str:
    lines = "".join(f"  - {r}\n" for r in reasons)
    return ("kind: negative-persona\nid: janusz-okazje\nname: Janusz Okazja\nlang: pl\nreasons:\n" + lines
            + "substitutes:\n  - Karma z Lidla za 49 zł\n")


@pytest.mark.parametrize("reason", [
    "Kurierzy DPD zostawiają 12-kg worek pod klatką na Os. Piastowskim 24",
    "Kurier DPD zostawił 12-kg worek pod klatką na Os. Piastowskim 24",
    "Zamawiała w niedzielę wieczorem przez aplikację, płaciła BLIK-iem",
    # Not "Zamawiali ... płacili": a past plural's -li is a plain l, as "niedzieli" is (review2 R2-1).
    "Zamawia w niedzielę wieczorem przez aplikację, płaci BLIKiem",
    "Czytają recenzje karmy na forum Dogomania przed każdym zakupem",
    "Czytała recenzje karmy na forum Dogomania przed każdym zakupem",
    "Jeździła na rowerze do parku Cytadela z psem",
])
def test_a_trait_restated_in_the_plural_or_the_past_is_an_overlap(tmp_path, monkeypatch, reason):
    files = {"personas/marta.yaml": PERSONA_F15, "personas/janusz.yaml": _negative_f15(reason)}
    found = run(tmp_path, monkeypatch, files, "trait-overlap")
    assert [(f.path, f.code) for f in found] == [("personas/janusz.yaml", "CX203")], found


@pytest.mark.parametrize("reason", [
    # Other traits that share words stay apart: a negation, another number, another thing done.
    "Kurierzy DPD nie zostawiają worków pod klatką na Os. Piastowskim 24",
    "Kurierzy DPD zostawiają 20-kg worek pod klatką na Os. Piastowskim 24",
    "Zamawiała w sobotę rano w sklepie, płaciła gotówką",
    "Nie czytała recenzji karmy na forum Dogomania przed zakupem",
    "Jeździła samochodem do parku Cytadela bez psa",
    "Kanał na YouTube o karmieniu psów ogląda co tydzień",
])
def test_traits_that_share_inflected_words_but_differ_stay_apart(tmp_path, monkeypatch, reason):
    files = {"personas/marta.yaml": PERSONA_F15, "personas/janusz.yaml": _negative_f15(reason)}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


def test_inflected_forms_share_their_stems():
    from cxkit.lint.textnorm import normalise

    for same in (("kurier", "kurierzy"), ("zostawia", "zostawiają", "zostawił", "zostawiła"),
                 ("zamawia", "zamawiał", "zamawiała", "zamawiały"), ("płaci", "płacił", "płaciła"),
                 ("czyta", "czytają", "czytała"), ("rower", "rowerze"), ("BLIKiem", "BLIK-iem", "BLIK"),
                 ("kanał", "kanału"), ("szkoła", "szkole", "szkoły"), ("stały", "stałe", "stałych"),
                 ("zdrowie", "zdrowiem"), ("niedziela", "niedzielę", "niedzieli")):
        assert len({normalise(w) for w in same}) == 1, [normalise(w) for w in same]
    # A plain l is no past tense's ł (review2 R2-1): nouns in -al/-el keep it, in English too.
    for apart in (("kupuje", "kurier"), ("płaci", "placek"), ("czyta", "czysty"), ("label", "lab"), ("hotel", "hot"),
                  ("terminal", "termin"), ("terminalu", "terminie"), ("model", "modę"), ("modele", "modę"),
                  ("personal", "person"), ("digital", "digit"), ("fotel", "foto"), ("portal", "port")):
        assert len({normalise(w) for w in apart}) == len(apart)
