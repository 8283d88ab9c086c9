"""feeling-contradicts-emotion (CX409) reads every word of the feeling (session 38, tester40 M5).

Only the feeling's first word counted: "Frustracja i pośpiech" scored +1 was reported, "Pośpiech i
frustracja" was not, nor "Zmęczenie i frustracja" or "Presja czasu i złość".  Now a clearly negative
emotion named anywhere, with no glad word or turn beside it, contradicts a score of 0 or more, and a
glad one named anywhere, with no sore word, negation or turn, contradicts a score below 0.  A mixed
feeling ("Ulga, ale i niepokój"), a sore word said mildly or denied ("bez stresu", "trochę
zniecierpliwiony") and a word that only begins as a sore one ("sprawy zawodowe") stay quiet.
"""

from __future__ import annotations

import pytest

from rule_helpers import EWA_MORTGAGE_HEAD, pos, run, where

MORTGAGE = EWA_MORTGAGE_HEAD + """\
  - id: wniosek
    name: Wniosek kredytowy
    touchpoints: [oddział banku, doradca kredytowy]
    feeling: "{feeling}"
    emotion: {emotion}
    barriers:
      - Doradca prosi o zaświadczenie o zarobkach drugi raz, bo pierwsze wygasło po 30 dniach
    opportunities:
      - action: Przyjmować zaświadczenie o zarobkach ważne 60 dni
        owner: Dyrektor ds. kredytów hipotecznych (Marek Nowicki)
"""


def lint(tmp_path, monkeypatch, feeling: str, emotion: int, lang: str = "pl"):
    text = MORTGAGE.format(lang=lang, feeling=feeling, emotion=emotion)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "feeling-contradicts-emotion")


@pytest.mark.parametrize(("feeling", "word", "lang"), [
    # tester40's feelings: the sore word after another one; none was reported before
    ("Pośpiech i frustracja", "frustracja", "pl"),
    ("Zmęczenie i frustracja", "frustracja", "pl"),
    ("Presja czasu i złość", "złość", "pl"),
    ("Czeka na decyzję banku, obawia się odmowy", "obawia", "pl"),
    ("Rushed and frustrated", "frustrated", "en"),
    ("Waiting for the valuation, anxious about the date", "anxious", "en"),
])
def test_a_sore_word_anywhere_contradicts_a_good_score_s38(tmp_path, monkeypatch, feeling, word, lang):
    text, found = lint(tmp_path, monkeypatch, feeling, 1, lang)
    line, column = pos(text, "emotion: 1")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("emotion: "))]
    assert found[0].message == (
        f"stage 'wniosek' feels '{word}' but its emotion is +1; score what the persona felt (-1 or -2) "
        "so that the pain shows on the curve")


@pytest.mark.parametrize(("feeling", "word", "lang"), [
    ("Spokój i zadowolenie", "zadowolenie", "pl"),
    ("Szybko i z ulgą", "ulgą", "pl"),
    ("Calm and relieved", "relieved", "en"),
])
def test_a_glad_word_anywhere_contradicts_a_low_score_s38(tmp_path, monkeypatch, feeling, word, lang):
    text, found = lint(tmp_path, monkeypatch, feeling, -2, lang)
    line, column = pos(text, "emotion: -2")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("emotion: "))]
    assert found[0].message == (
        f"stage 'wniosek' feels '{word}' but its emotion is -2; score what the persona felt (+1 or +2), "
        "or say in the feeling what hurt")


@pytest.mark.parametrize(("feeling", "emotion", "lang"), [
    # the first word already counted (guards: reported before and after, quiet at the right score)
    ("Frustracja i pośpiech", -1, "pl"),
    ("Pośpiech i frustracja", -2, "pl"),
    ("Spokój i zadowolenie", 1, "pl"),
    # mixed, mild, denied, gone: not clearly negative
    ("Ulga, ale i niepokój", 1, "pl"),
    ("Ulga, z lekkim niepokojem", 1, "pl"),
    ("Skupiona, trochę zniecierpliwiona", 0, "pl"),
    ("Szybko i bez stresu", 1, "pl"),
    ("Skupiona, nie czuje złości", 1, "pl"),
    ("Pośpiech, ale stres znika po SMS-ie z decyzją", 0, "pl"),
    ("Quick, no stress at all", 1, "en"),
    ("Busy, slightly annoyed", 0, "en"),
    ("Focused, stress-free checkout", 1, "en"),
    # words that only begin as a sore or glad one does
    ("Skupiona na sprawach zawodowych", 0, "pl"),
    ("Ceni polskie jabłka z sadu wujka", 0, "pl"),
    ("Kupuje bilet ulgowy i liczy raty", -1, "pl"),
    # glad, but a sore word beside it: mixed either way
    ("Zmęczona, ale zadowolona z decyzji", -1, "pl"),
])
def test_mixed_mild_and_other_words_stay_quiet_s38(tmp_path, monkeypatch, feeling, emotion, lang):
    _text, found = lint(tmp_path, monkeypatch, feeling, emotion, lang)
    assert found == []
