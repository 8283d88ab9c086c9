"""feeling-contradicts-emotion (CX409): a word past the feeling's first that is denied, missing or only
hoped for is not felt (session 38, review of 7b457402).

7b457402 read every word of the feeling, not only the first, and with that the words before a later
sore or glad word began to count: "Nie jest już sfrustrowany", "Nothing to worry about" scored +1 and
"Brak zadowolenia z obsługi", "Mało zadowolona", "Czeka na ulgę", "Pyta o ulgę podatkową", "Far from
happy" scored -2 were reported, though each says the score is right.  When they opened the feeling they
were quiet; they are quiet again wherever they stand.
"""

from __future__ import annotations

import pytest

from rule_helpers import EWA_MORTGAGE_DECISION, assert_at_the_emotion, run

def lint(tmp_path, monkeypatch, feeling: str, emotion: int, lang: str):
    text = EWA_MORTGAGE_DECISION.format(lang=lang, feeling=feeling, emotion=emotion)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "feeling-contradicts-emotion")


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Nie jest już sfrustrowany", "pl"),
    ("Nie czuje się już zestresowana", "pl"),
    ("Koniec stresu z papierami", "pl"),
    ("Myśli o stresie z poprzednim kredytem", "pl"),
    ("Nothing to worry about", "en"),
    ("Doesn't worry about the payment anymore", "en"),
    # none of it, its stopping, two denied at once, no trace of it
    ("Wszystko jasne, żadnego stresu", "pl"),
    ("Szybko, żadnych nerwów i obaw", "pl"),
    ("Po rozmowie z doradcą przestała się stresować", "pl"),
    ("Po stresie ani śladu", "pl"),
    ("Stopped worrying about the rate", "en"),
])
def test_a_denied_sore_word_past_the_first_is_no_pain_s38(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, feeling, 1, lang)
    assert found == []


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Brak zadowolenia z obsługi w oddziale", "pl"),
    ("Mało zadowolona z wyceny", "pl"),
    ("Niezbyt zadowolona", "pl"),
    ("Czeka na ulgę", "pl"),
    ("Pyta o ulgę podatkową", "pl"),
    ("Daleko mu do zadowolenia", "pl"),
    ("Far from happy", "en"),
    ("Barely satisfied", "en"),
    ("Hopes for relief", "en"),
    ("Asks about tax relief", "en"),
    ("Waiting for the relief of a decision", "en"),
])
def test_a_missing_or_hoped_for_glad_word_is_no_gladness_s38(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, feeling, -2, lang)
    assert found == []


@pytest.mark.parametrize(("feeling", "score", "word", "lang"), [
    # guards: the same words felt are still reported past the first word
    ("Czeka na decyzję i stres", 1, "stres", "pl"),
    ("Przyjmuje decyzję z ulgą", -2, "ulgą", "pl"),
    ("Poczucie ulgi", -2, "ulgi", "pl"),
    ("Waiting for the decision, nervous", 1, "nervous", "en"),
    # a preposition further back is of something else, not of the feeling
    ("Czeka na decyzję o kredycie, zestresowana", 1, "zestresowana", "pl"),
    ("Bez informacji o terminie, zdenerwowana", 0, "zdenerwowana", "pl"),
    ("Pieniądze na koncie, zadowolona", -1, "zadowolona", "pl"),
    ("Wypłata na czas, ulga", -2, "ulga", "pl"),
])
def test_the_same_words_felt_are_still_reported_s38(tmp_path, monkeypatch, feeling, score, word, lang):
    text, found = lint(tmp_path, monkeypatch, feeling, score, lang)
    assert_at_the_emotion(text, found, score)
    assert f"feels '{word}'" in found[0].message
