"""feeling-contradicts-emotion (CX409): a sore feeling said to stay, or a day that passes, is still felt
(session 39, review of d438b8a5).

d438b8a5 let a clause go on across an ellipsis and across a comma before "który"/"which", so that "Stres,
który znika po rozmowie z doradcą" at +1 is quiet.  With it "Stres, który nie znika", "Stres, który nie
mija" and "Zdenerwowana... mija kolejny dzień bez decyzji" at +1 became quiet too: a word of going away was
read with no look at the denial before it ("Stres nie znika" was quiet already) or at what passes after it
(another day, not the nerves).  Both are read now.
"""

from __future__ import annotations

import pytest

from rule_helpers import EWA_MORTGAGE_HEAD, assert_at_the_emotion, run

STAGE = """\
  - id: decyzja
    name: Czekanie na decyzję kredytową
    touchpoints: [aplikacja banku, doradca kredytowy]
    feeling: "{feeling}"
    emotion: 1
"""


def lint(tmp_path, monkeypatch, feeling: str, lang: str):
    text = EWA_MORTGAGE_HEAD.format(lang=lang) + STAGE.format(feeling=feeling)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "feeling-contradicts-emotion")


STAYS = [
    ("Stres, który nie znika nawet po rozmowie z doradcą", "pl", "Stres"),
    ("Stres, który nie mija", "pl", "Stres"),
    ("Stres nie znika", "pl", "Stres"),
    ("Niepokój nie mija po rozmowie z doradcą", "pl", "Niepokój"),
    ("Stres… nie znika", "pl", "Stres"),
    ("Zdenerwowana... mija kolejny dzień bez decyzji", "pl", "Zdenerwowana"),
    ("Zdenerwowana… mija tydzień bez odpowiedzi banku", "pl", "Zdenerwowana"),
]


@pytest.mark.parametrize(("feeling", "lang", "word"), STAYS, ids=[f for f, _, _ in STAYS])
def test_a_feeling_that_stays_at_plus_one_is_reported_s39(tmp_path, monkeypatch, feeling, lang, word):
    text, found = lint(tmp_path, monkeypatch, feeling, lang)
    assert_at_the_emotion(text, found, 1)
    assert f"feels '{word}' but its emotion is +1" in found[0].message


GOES = [
    ("Stres, który znika po rozmowie z doradcą", "pl"), ("Stres… znika po rozmowie z doradcą", "pl"),
    ("Niepokój mija dzień po podpisaniu umowy", "pl"), ("Stres mija po tygodniu", "pl"),
    ("Po stresie ani śladu", "pl"), ("Stress, which fades after the call", "en"),
]


@pytest.mark.parametrize(("feeling", "lang"), GOES, ids=[f for f, _ in GOES])
def test_a_feeling_that_goes_at_plus_one_stays_quiet_s39(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, feeling, lang)
    assert found == []
