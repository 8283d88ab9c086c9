"""The schema's research-value hints read wholly in Polish in a Polish workspace: no English tail left after a
Polish start (a journey's persona written as a name, an emotion in words, a quarter, a fieldwork period), and the
count of unlisted unknown fields agrees with its noun."""

from __future__ import annotations

import pytest

from cxkit.lint.polish_reader import in_polish


def test_a_persona_written_as_a_name_is_told_wholly_in_polish():
    english = ("'persona' must be a slug (lowercase letters and digits joined by hyphens or underscores, e.g. "
               "'ola-runner'), not 'Kasia Wrona'; a journey names its persona by the `id:` written in the persona's "
               "file, not by its name")
    assert in_polish("schema", english) == (
        "`persona` musi być identyfikatorem (małe litery i cyfry połączone łącznikami lub podkreślnikami, np. "
        "„ola-runner”), a jest tu „Kasia Wrona”; ścieżka wskazuje personę przez `id:` zapisane w pliku persony, a nie "
        "przez jej imię")


def test_guard_a_slug_with_a_semicolon_in_its_quoted_value_keeps_the_value_whole():
    english = ("'id' must be a slug (lowercase letters and digits joined by hyphens or underscores, e.g. 'ola-runner'), "
               "not 'Ola; biegaczka'; did you mean 'ola-biegaczka'?")
    assert in_polish("schema", english) == (
        "`id` musi być identyfikatorem (małe litery i cyfry połączone łącznikami lub podkreślnikami, np. „ola-runner”), "
        "a jest tu „Ola; biegaczka”; czy chodziło o „ola-biegaczka”?")


@pytest.mark.parametrize(("n", "said"), [
    ("1", "1 kolejnego nieznanego pola"), ("2", "2 kolejnych nieznanych pól"), ("5", "5 kolejnych nieznanych pól"),
    ("1,204", "1 204 kolejnych nieznanych pól"),
])
def test_the_unlisted_unknown_fields_are_counted_in_agreement(n, said):
    english = (f"{n} more unknown fields in 'stages[platnosc]', from 'crm_1' on, are not listed one by one (only the "
               "first 20 of a mapping are); rename those meant as cxkit fields and put your own data under keys that "
               "start with 'x-'")
    assert in_polish("schema", english) == (
        f"nie wymieniono po kolei {said} w `stages[platnosc]`, od „crm_1” dalej (wymienia się tylko pierwsze 20 pól "
        "mapowania); zmień nazwy tych, które miały być polami cxkit, a własne dane trzymaj pod kluczami zaczynającymi "
        "się od `x-`")


@pytest.mark.parametrize("english", [
    "'stages[platnosc].emotion' must be a whole number, not the text 'tak sobie'; an emotion is a whole number from -2 "
    "(very negative) to +2 (very positive)",
    "'stages[platnosc].emotion' must be a whole number, not the number 0.8; an emotion is a whole number from -2 to +2: "
    "write 1",
    "'stages[platnosc].opportunities[1st].due': expected a date written as YYYY-MM-DD, got 'III kwartał 2027'; a date "
    "is one day: write 2027-09-30 for the end of Q3 2027 (or 2027-07-01 for its start)",
    "'stages[platnosc].opportunities[1st].due': expected a date written as YYYY-MM-DD, got 'koniec maja'; a date needs "
    "its year, month and day: did you mean 2027-05-31? (the year is a guess: write the one you mean)",
    "'sources[wywiady].date': expected a date written as YYYY-MM-DD, got '2026-11-12 - 2026-11-26'; it is a period, "
    "and the field holds one date: write its first day (2026-11-12) or its last (2026-11-26), and the period in `note`",
])
def test_research_value_hints_leave_no_english_behind(english):
    said = in_polish("schema", english)
    assert said is not None
    for word in (" write ", " the ", " is ", " got ", " year", " period"):
        assert word not in said, said


def test_a_polish_key_beside_its_english_field_is_named_as_a_key():
    english = ("unknown field 'cele', beside 'goals', which is already there: merge the two into 'goals', or keep "
               "yours under 'x-cele'")
    assert in_polish("schema", english) == (
        "nieznane pole `cele` obok `goals`, które już tu jest: połącz oba w `goals` albo zostaw swoje pod `x-cele`")


@pytest.mark.parametrize(("english", "polish_end"), [
    ("'goals' must be a list, not the text '-\\xa0Kupić bilet'; the dash is followed by a no-break space (U+00A0), so "
     "YAML reads no list item (pasted from a word processor?): replace it with an ordinary space",
     "po myślniku jest twarda spacja (U+00A0), więc YAML nie widzi elementu listy (wklejone z edytora tekstu?): zamień "
     "ją na zwykłą spację"),
    ("unknown field '\\xa0age' in 'demographics': it starts with a no-break space (U+00A0), which YAML reads as part of "
     "the key, not as indentation (pasted from a word processor?); replace it with an ordinary space",
     "zaczyna się od twardej spacji (U+00A0), którą YAML czyta jako część klucza, a nie jako wcięcie (wklejone z "
     "edytora tekstu?); zamień ją na zwykłą spację"),
    ("unknown field '\\xa0\\xa0age': it starts with 2 no-break spaces (U+00A0), which YAML reads as part of the key, "
     "not as indentation (pasted from a word processor?); replace them with ordinary spaces",
     "zaczyna się od 2 twardych spacji (U+00A0), które YAML czyta jako część klucza, a nie jako wcięcie (wklejone z "
     "edytora tekstu?); zamień je na zwykłe spacje"),
])
def test_one_pasted_space_is_a_feminine_spacja(english, polish_end):
    said = in_polish("schema", english)
    assert said is not None and said.endswith(polish_end), said
