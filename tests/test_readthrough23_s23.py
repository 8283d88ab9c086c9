"""Read-through 23's fix-now items in this session's rules, with realistic Polish and English text.

RT23-1: feeling-contradicts-emotion (CX409) read the openings of words as turns and good feelings:
"button" as "but", "leczenia" as "lecz", "interest" (on a loan) as "interested", so real complaints
at emotion 0 passed; and "Obawy rozwiane…", "Stresu brak…" (the worry went away) were reported.
RT23-5: missing-sources (CX301) called desk research an assumption when the report's own
assumptions were cited ("Raport PIE … (założenia makroekonomiczne na s. 4)").
"""

from __future__ import annotations

import pytest

from rule_helpers import run
from test_review14_s23 import PERSONA_EN, PERSONA_PL, journey, sources


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Frustrated that the button does not work on the delivery slot page", "en"),
    ("Angry about the interest on the overdraft she never asked for", "en"),
    ("Zaniepokojona kosztami leczenia po zmianie apteki", "pl"),
    ("Sfrustrowana, alergia na kurz i kurier znowu spóźniony", "pl"),
])
def test_a_complaint_whose_words_only_begin_like_a_turn_is_reported(tmp_path, monkeypatch, feeling, lang):
    _text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling=feeling, emotion=0, lang=lang)
    assert len(found) == 1, found


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Obawy rozwiane po rozmowie z doradcą", "pl"),
    ("Stresu brak, wszystko jasne", "pl"),
    ("Zły, ale spokojny, bo kurier zadzwonił", "pl"),  # a turn, whole: still mixed
    ("Frustrated at first but relieved by the tracking link", "en"),
    ("Interested but anxious about the delivery window", "en"),
])
def test_a_feeling_that_went_away_or_turned_is_not_reported(tmp_path, monkeypatch, feeling, lang):
    _text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling=feeling, emotion=1, lang=lang)
    assert found == []


def test_anger_for_a_lack_is_still_anger(tmp_path, monkeypatch):
    # "brak" says the feeling is gone only as a word of its own ("Stresu brak"), not in "z braku".
    _text, found = journey(tmp_path, monkeypatch, "feeling-contradicts-emotion",
                           feeling="Wściekły z braku informacji o kurierze", emotion=0)
    assert len(found) == 1, found


@pytest.mark.parametrize(("template", "note"), [
    (PERSONA_PL, "Raport PIE o handlu online 2025 (założenia makroekonomiczne na s. 4)"),
    (PERSONA_EN, "NBP inflation forecast, its assumptions on p. 12"),
])
def test_desk_research_citing_a_reports_assumptions_is_research(tmp_path, monkeypatch, template, note):
    _text, found = sources(tmp_path, monkeypatch, template, "desk-research", note)
    assert found == []


@pytest.mark.parametrize(("template", "note", "kind"), [
    (PERSONA_PL, "Założenia zespołu sprzedaży z warsztatu", "desk-research"),
    (PERSONA_EN, "Our assumptions from the kickoff", "desk-research"),
    (PERSONA_PL, "Raport PIE o handlu online 2025 (założenia makroekonomiczne na s. 4)", "other"),
])
def test_assumptions_the_team_owns_or_an_other_source_are_still_reported(tmp_path, monkeypatch, template, note, kind):
    _text, found = sources(tmp_path, monkeypatch, template, kind, note)
    assert len(found) == 1 and "is an assumption, not research" in found[0].message, found
