"""tester13's findings on the journey and language rules, with realistic Polish and English stages.

H2: feeling-contradicts-emotion (CX409) read "brak" after the sore word as the feeling going away, so
"Frustracja przez brak informacji" at emotion 0 passed (and unaddressed-pain with it).
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

JOURNEY = """\
kind: journey
id: ewa-odbiera-leki
name: Ewa odbiera leki
lang: {lang}
persona: ewa-apteka
stages:
  - id: odbior
    name: {name}
    touchpoints: {touchpoints}
    doing: {doing}
    feeling: "{feeling}"
    emotion: {emotion}
    opportunities:
      - action: "{action}"
        owner: "{owner}"
        due: 2027-05-31
"""


def journey(tmp_path, monkeypatch, rule, *, lang="pl", name="Odbiór w aptece", touchpoints="[store]",
            doing="Odbiera leki w aptece przy Piotrkowskiej", feeling="Spokojna, zna aptekę", emotion=1,
            action="Wysyłać SMS, gdy lek dotrze do apteki", owner="Zespół aplikacji mobilnej", **options):
    text = JOURNEY.format(lang=lang, name=name, touchpoints=touchpoints, doing=doing, feeling=feeling,
                          emotion=emotion, action=action, owner=owner)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, rule, **options)


# --- H2: "brak" after the sore word is what is lacking, not the feeling gone ---------------------

@pytest.mark.parametrize(("feeling", "word", "lang"), [
    ("Frustracja przez brak informacji, kiedy lek dotrze", "Frustracja", "pl"),  # fails before
    ("Złość na brak leku w aptece", "Złość", "pl"),  # fails before
    ("Frustracja: brak informacji o terminie", "Frustracja", "pl"),  # fails before
    ("Irytacja na brak BLIK-a w aplikacji", "Irytacja", "pl"),  # fails before
    ("Frustracja brak SMS-a od apteki", "Frustracja", "pl"),  # fails before
    ("Frustrated by the lack of updates on the prescription", "Frustrated", "en"),  # guard
])
def test_a_feeling_about_a_lack_is_still_sore(tmp_path, monkeypatch, feeling, word, lang):
    text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling=feeling, emotion=0, lang=lang)
    line, column = pos(text, "emotion: 0")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("emotion: "))]
    assert f"feels '{word}' but its emotion is 0" in found[0].message


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Stresu brak, wszystko jasne", "pl"),
    ("Stresu brak", "pl"),
    ("Stres? Brak. Kod z SMS-a działa od razu", "pl"),  # fails before: the "?" ended the clause
    ("Niepokoju brak dzięki SMS-om z apteki", "pl"),  # guard: "dzięki" after "brak" says why it is gone
    ("Anxiety gone once the pharmacy texts her", "en"),
])
def test_none_of_the_feeling_left_is_no_sore_feeling(tmp_path, monkeypatch, feeling, lang):
    _text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling=feeling, emotion=1, lang=lang)
    assert found == []
