"""feeling-contradicts-emotion (CX409) and vague-feeling (CX412): session 38's reviewers' leftovers
(session 39).

- "None of the usual stress" at +1 was reported: a denial with "of the usual" between it and the sore word
  was three words away, past the two read.
- "Stres… znika po rozmowie z doradcą" and "Stres, który znika po rozmowie z doradcą" at +1 were reported:
  an ellipsis, or a comma before "który"/"which", ended the clause before the stress went away.
  "Zdenerwowany, mija kolejny dzień" (another thing passes) is still reported.
- "Totalna obojętność" was not reported as a feeling that names no emotion, though "Obojętność" was.
"""

from __future__ import annotations

import pytest

from rule_helpers import EWA_MORTGAGE_DECISION, assert_at_the_emotion, pos, run, where

def lint(tmp_path, monkeypatch, rule: str, feeling: str, emotion: int, lang: str):
    text = EWA_MORTGAGE_DECISION.format(lang=lang, feeling=feeling, emotion=emotion)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, rule)


QUIET = [
    ("None of the usual stress", "en"), ("Relieved, none of the usual stress", "en"),
    ("Calm, none of the old frustration", "en"), ("Ulga, nie ma już tego stresu", "pl"),
    ("Stres… znika po rozmowie z doradcą", "pl"), ("Stres... znika po rozmowie z doradcą", "pl"),
    ("Stres, który znika po rozmowie z doradcą", "pl"), ("Stress, which fades after the call", "en"),
]


@pytest.mark.parametrize(("feeling", "lang"), QUIET, ids=[f for f, _ in QUIET])
def test_a_denied_or_passing_stress_at_plus_one_is_quiet_s39(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling, 1, lang)
    assert found == []


SORE = [
    ("Feels the usual stress before the rate is fixed", "en", "stress"),
    ("Zdenerwowany, mija kolejny dzień bez decyzji", "pl", "Zdenerwowany"),
    ("Stres, który rośnie z każdym dniem", "pl", "Stres"),
    ("Frustrated... the upload failed again", "en", "Frustrated"),
]


@pytest.mark.parametrize(("feeling", "lang", "word"), SORE, ids=[f for f, _, _ in SORE])
def test_a_felt_stress_at_plus_one_is_still_reported_s39(tmp_path, monkeypatch, feeling, lang, word):
    text, found = lint(tmp_path, monkeypatch, "feeling-contradicts-emotion", feeling, 1, lang)
    assert_at_the_emotion(text, found, 1)
    assert f"'{word}'" in found[0].message


VAGUE = [
    ("Totalna obojętność", "pl"), ("Totalna obojetnosc", "pl"), ("Zupełnie neutralnie", "pl"),
    ("Completely indifferent", "en"), ("Totally fine", "en"),
]


@pytest.mark.parametrize(("feeling", "lang"), VAGUE, ids=[f for f, _ in VAGUE])
def test_an_intensified_indifference_names_no_emotion_s39(tmp_path, monkeypatch, feeling, lang):
    text, found = lint(tmp_path, monkeypatch, "vague-feeling", feeling, 0, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{feeling}"'))]


SAYS_MORE = [
    ("Totalnie wkurzona na brak informacji", "pl"), ("Totalna obojętność wobec reklam, przewija dalej", "pl"),
    ("Completely lost in the rate table", "en"),
]


@pytest.mark.parametrize(("feeling", "lang"), SAYS_MORE, ids=[f for f, _ in SAYS_MORE])
def test_an_intensified_feeling_that_says_more_is_quiet_s39(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, "vague-feeling", feeling, 0, lang)
    assert found == []
