"""pseudo-profiling (session 20, review3 R3-1, R3-2, R3-3, R3-6, R3-7, R3-10..R3-14): what 8c5063d took
away from specific traits, and what it made slow.

8c5063d made labels, links and people no detail. The review found it took too much: a brand after an
opinion verb was taken for the speaker ("uważa Tołpę za…", R3-1), a shop's web address for a
reference (R3-2), "24/7" of a pharmacy and "na 5 gwiazdek" of a hotel for stress (R3-3), a source id
named after a channel erased the channel (R3-14), a shop in the persona's own name erased the shop
(R3-11), "pani Haliny" after the phrase and the shop "Piotr i Paweł" were taken for people (R3-6),
"badanie 03.2025" (a check-up) for a source label (R3-13); a value with thousands of labels took
quadratic time (R3-7); household / education examples came in both languages (R3-10); "&" never
joined two names of goods (R3-12, 46fc6f1).
"""

from __future__ import annotations

import time

import pytest

from cxkit.lint.vague import DocumentWords, matcher
from rule_helpers import pos, run

RULE = "pseudo-profiling"


def verdict(text: str, name: str | None = None, sources: tuple[str, ...] = ()):
    return matcher().analyse(text, DocumentWords.of(name, list(sources)))


# --- R3-1: the object of an opinion verb is what the persona thinks of, not who spoke -----------------

BRAND_AFTER_OPINION = [
    "Ceni jakość, uważa Tołpę za najlepszą markę do cery naczynkowej",
    "Zwraca uwagę na ceny, twierdzi Gemini jest najtańsze",
    "Ceni jakość, uważa Ziaję za sprawdzoną markę",
    "Zwraca uwagę na ceny, uważa Gemini za najtańszą aptekę",
    "Ceni jakość, wspomina Cerave jako markę od dermatologa",
    "Ceni jakość, deklaruje Cerave jako ulubioną markę",
    "Values quality, thinks Cerave is worth it",
    "Values quality, believes Nurofen works faster",
    "Values quality, says Boots Advantage Card points matter",
]

#: Who spoke, before the verb or (a given name, a title) right after it: still no detail.
SPEAKERS = [
    "Halina Wróblewska mówi, że dba o zdrowie",
    "Halina Wróblewska uważa, że dba o zdrowie",
    "Dba o zdrowie, mówi Olena",
    "Cares about health, says Olena Kowalenko",
    "Cares about health, says Mrs Patel",
    "Dba o zdrowie, jak mówi pani Kowalska",
    "Як каже Олена, dba o zdrowie",
]


@pytest.mark.parametrize("trait", BRAND_AFTER_OPINION)
def test_a_brand_after_an_opinion_verb_is_detail(trait):
    v = verdict(trait)
    assert v.matches, "the phrase is still found"
    assert not v.vague
    assert v.rescue.startswith("a named place, brand or person"), v.rescue


@pytest.mark.parametrize("trait", SPEAKERS)
def test_the_speaker_of_a_reporting_verb_is_still_no_detail(trait):
    v = verdict(trait)
    assert v.matches and v.vague, v.rescue


# --- R3-2: a shop's web address is where the persona buys -------------------------------------------

@pytest.mark.parametrize(("trait", "link"), [
    ("Zamawia leki na www.doz.pl, ceni szybką dostawę", "www.doz.pl"),
    ("Ceni szybką dostawę, zamawia na https://www.doz.pl", "https://www.doz.pl"),
    ("Values fast delivery, orders from www.boots.com", "www.boots.com"),
    ("Ceni wygodę, leki kupuje przez www.gemini.pl", "www.gemini.pl"),
])
def test_a_web_address_after_na_z_or_from_is_a_named_channel(trait, link):
    assert verdict(trait).rescue == f"a named channel ('{link}')"


@pytest.mark.parametrize("trait", [
    "Ceni jakość, https://drive.example.com/x",
    "Values quality, see www.example.com/notes/int-07",
    "Ceni jakość (https://drive.example.com/notatki)",
    "Ceni jakość, źródło: https://drive.example.com/x",
])
def test_a_link_to_notes_is_still_a_reference(trait):
    assert verdict(trait).vague


# --- R3-3: only a number beside the phrase stresses it -----------------------------------------------

@pytest.mark.parametrize("trait", [
    "Ceni wygodę, korzysta z apteki otwartej 24/7",
    "Values convenience, uses a 24/7 pharmacy",
    "Values convenience, uses a pharmacy open 24/7",
    "Ceni szybką dostawę, zamawia w sklepie czynnym 24/7",
    "Ceni wygodę, nocuje w hotelach na 5 gwiazdek",
    "Ceni wygodę, wybiera hotele na 5 gwiazdek",
])
def test_a_stress_number_of_something_else_is_a_number(trait):
    assert verdict(trait).rescue == "a number"


@pytest.mark.parametrize("trait", [
    "Dba o zdrowie 24/7",
    "Dba o zdrowie 24/7.",
    "Dba o zdrowie 24/7, ceni jakość",
    "24/7 dba o zdrowie",
    "Ceni jakość na 5 gwiazdek",
    "Ceni jakość naprawdę w 100%",
    "Ceni jakość 😊 10/10",
])
def test_a_stress_number_beside_the_phrase_is_no_detail(trait):
    assert verdict(trait).vague


# --- R3-14: a source id named after a channel ------------------------------------------------------

@pytest.mark.parametrize(("trait", "source"), [
    ("Values quality, reads Trustpilot reviews before switching suppliers", "trustpilot"),
    ("Zwraca uwagę na ceny, kupuje na Allegro", "allegro"),
    ("Ceni szybką dostawę, zamawia w DOZ", "doz"),
    ("Values quality, buys Boots own-brand vitamins", "boots"),
])
def test_a_source_id_in_running_text_is_the_channel_it_is_named_after(trait, source):
    assert not verdict(trait, "Agnieszka Nowak", (source,)).vague


@pytest.mark.parametrize(("trait", "source"), [
    ("Dba o zdrowie (trustpilot)", "trustpilot"),
    ("Ceni jakość, źródło: trustpilot", "trustpilot"),
    ("Ceni jakość, allegro", "allegro"),
    ("Dba o zdrowie (wywiady-2026-10)", "wywiady-2026-10"),
    ("Dba o zdrowie, wywiady-2026-10 i dalej", "wywiady-2026-10"),
])
def test_a_source_id_that_stands_as_a_label_is_still_no_detail(trait, source):
    assert verdict(trait, "Agnieszka Nowak", (source,)).vague


DAN = """\
    kind: persona
    id: dan-okafor
    name: Dan Okafor
    lang: en
    behaviours:
      - text: Values quality, reads Trustpilot reviews before switching suppliers
        sources: [trustpilot]
      - text: Values quality (trustpilot)
        sources: [trustpilot]
    sources:
      - {id: trustpilot, type: desk-research, date: 2026-10-01, note: 212 Trustpilot reviews}
    """


def test_lint_keeps_a_channel_that_is_also_a_source_id(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": DAN}, RULE)
    assert [(f.line, f.column) for f in found] == [pos(DAN, "Values quality (trustpilot)")]


# --- R3-11: a shop in the persona's own name ----------------------------------------------------------

@pytest.mark.parametrize(("trait", "name"), [
    ("Values quality, buys Boots own-brand vitamins", "Boots Betty"),
    ("Zwraca uwagę na ceny, Ziko to jej apteka", "Ziko Zosia"),
])
def test_a_shop_the_persona_is_named_after_is_still_detail(trait, name):
    assert not verdict(trait, name).vague


@pytest.mark.parametrize(("trait", "name"), [
    ("Betty dba o zdrowie", "Boots Betty"),
    ("Ceni jakość, Wróblewska", "Halina Wróblewska"),
    ("Dba o zdrowie Haliny", "Halina Wróblewska"),
])
def test_the_persona_s_own_given_name_and_surname_are_still_no_detail(trait, name):
    assert verdict(trait, name).vague


# --- R3-6: a person the persona deals with, a shop named after people -----------------------------------

@pytest.mark.parametrize("trait", [
    "Dba o zdrowie, chodzi do pani Haliny z apteki na rogu",
    "Dba o zdrowie mamy, pani Haliny",
    "Piotr i Paweł to jej sklep, ceni jakość",
])
def test_a_pharmacist_after_the_phrase_or_a_shop_named_after_people_is_detail(trait):
    assert not verdict(trait).vague


@pytest.mark.parametrize("trait", [
    "Pani Halina mówi, że dba o zdrowie",
    "Dba o zdrowie (pani Halina)",
    "Dba o zdrowie, według pani Haliny",
    "Piotr i Olena dbają o zdrowie",
])
def test_a_title_before_the_phrase_in_brackets_or_beside_a_verb_is_still_no_detail(trait):
    assert verdict(trait).vague


# --- R3-13: "badanie" or "klientka" and a date in running text -----------------------------------------

@pytest.mark.parametrize("trait", [
    "Dba o zdrowie, ostatnie badanie 03.2025",
    "Zwraca uwagę na ceny; klientka 2019-2024",
])
def test_a_check_up_or_a_customer_since_with_a_date_is_a_number(trait):
    assert verdict(trait).rescue == "a number"


@pytest.mark.parametrize("trait", [
    "Dba o zdrowie (badanie 2026-10)",
    "Ceni jakość (klientka 2019-2024)",
    "Dba o zdrowie, źródło: badanie 2026-10",
    "Ceni jakość (respondentka 3)",
])
def test_a_study_or_a_customer_label_in_brackets_or_after_a_cue_is_no_detail(trait):
    assert verdict(trait).vague


# --- R3-12: "&" joins two names of goods as "and" does --------------------------------------------------

def test_an_ampersand_joins_two_names_of_goods():
    assert verdict("Pays attention to prices of copper & brass fittings").rescue == (
        "what it is about ('copper & brass fittings')"
    )
    assert verdict("Pays attention to prices of copper&brass fittings").rescue is not None
    assert verdict("Pays attention to prices of copper & brass").vague
    assert verdict("Pays attention to prices & quality").vague


# --- R3-10: examples in the document's language ----------------------------------------------------------

DEMOGRAPHICS = """\
    kind: persona
    id: p
    name: {name}
    lang: {lang}
    demographics:
      household: {household}
      education: {education}
    goals:
      - {goal}
    """


@pytest.mark.parametrize(("lang", "name", "household", "education", "goal", "shown", "hidden"), [
    ("pl", "Halina Wróblewska", "Rodzina z dziećmi", "Wyższe",
     "Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik",
     ("mąż i dwóch synów", "technik farmaceutyczny"), ("night-shift", "BSc Nursing")),
    ("en", "Dan Okafor", "Family with kids", "University degree",
     "Quotes a combi swap within 24 hours of the survey",
     ("night-shift", "BSc Nursing"), ("mąż i dwóch synów", "technik farmaceutyczny")),
])
def test_household_and_education_give_an_example_in_the_document_s_language(
    tmp_path, monkeypatch, lang, name, household, education, goal, shown, hidden
):
    text = DEMOGRAPHICS.format(lang=lang, name=name, household=household, education=education, goal=goal)
    found = run(tmp_path, monkeypatch, {"p.yaml": text}, RULE)
    household_msg, education_msg = (f.message for f in found)
    assert shown[0] in household_msg and hidden[0] not in household_msg
    assert shown[1] in education_msg and hidden[1] not in education_msg


# --- the reviewer's file-level repro ----------------------------------------------------------------

PHARMACY = """\
    kind: persona
    id: agnieszka-apteka
    name: Agnieszka Nowak
    lang: pl
    behaviours:
      - Ceni jakość, uważa Tołpę za najlepszą markę do cery naczynkowej
      - Zwraca uwagę na ceny, twierdzi Gemini jest najtańsze
      - Zamawia leki na www.doz.pl, ceni szybką dostawę
      - Ceni wygodę, korzysta z apteki otwartej 24/7
      - Ceni jakość (wywiady-2026-10)
    sources:
      - id: wywiady-2026-10
        type: interview
        date: 2026-10-14
        n: 12
    """


def test_lint_reports_only_the_labelled_trait_of_the_review_s_pharmacy_persona(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/agnieszka.yaml": PHARMACY}, RULE)
    assert [(f.line, f.column) for f in found] == [pos(PHARMACY, "Ceni jakość (wywiady")]


# --- R3-7: time in proportion to the value's length ---------------------------------------------------

def test_a_value_with_thousands_of_labels_is_linted_in_linear_time(tmp_path, monkeypatch):
    # Notes pasted into one motivation: 5,000 lines of three source ids each, 360 kB. Time that grows
    # with the digits times the labels (as it did: ~15 s on this machine) fails the bound; in
    # proportion to the length it is well under a second.
    ids = ("wywiady-2026-10-14", "faktury-2026-10-14", "ankieta-2026-09")
    pasted = f"Dba o zdrowie ({', '.join(ids)}). " * 5000
    sources = "".join(f"      - {{id: {i}, type: desk-research, date: 2026-10-14}}\n" for i in ids)
    text = PHARMACY.replace("    sources:\n", f"    motivations:\n      - \"{pasted.strip()}\"\n    sources:\n{sources}", 1)
    start = time.process_time()
    found = run(tmp_path, monkeypatch, {"personas/agnieszka.yaml": text}, RULE)
    seconds = time.process_time() - start
    line = pos(text, "motivations:")[0] + 1
    assert [f.message[:15] for f in found if f.line == line] == ['"Dba o zdrowie"']
    assert seconds < 5, f"linting one 360 kB value took {seconds:.1f} s"
