"""vague-feeling (CX412) reads the nouns of the vague feelings (session 38, tester40 L9).

"Obojętna" was reported and "Obojętność" was not, though both say only that nothing was felt.  Now the
nouns ("Obojętność", "Neutralność", "Indifference", "Neutrality") are read as the adjectives are; a noun
that goes on to say towards what or until when is a feeling with its reason, and stays quiet.
"""

from __future__ import annotations

import pytest

from rule_helpers import EWA_MORTGAGE_HEAD, pos, run, where

STAGE = EWA_MORTGAGE_HEAD + """\
  - id: swiadomosc
    name: Świadomość
    touchpoints: [reklama banku w YouTube]
    feeling: "{feeling}"
    emotion: 0
"""


def lint(tmp_path, monkeypatch, feeling: str, lang: str = "pl"):
    text = STAGE.format(lang=lang, feeling=feeling)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-feeling")


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Obojętność", "pl"),
    ("Obojetnosc", "pl"),
    ("Czuje obojętność", "pl"),
    ("Raczej neutralność", "pl"),
    ("Indifference", "en"),
    ("Feels neutrality", "en"),
])
def test_a_noun_of_no_feeling_is_reported_at_the_feeling_s38(tmp_path, monkeypatch, feeling, lang):
    text, found = lint(tmp_path, monkeypatch, feeling, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{feeling}"'))]
    assert found[0].message == (
        f"stage 'swiadomosc': feeling '{feeling}' names no emotion; write what the persona felt there and why, "
        "as research heard it (unsure, impatient, relieved)")


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Obojętna", "pl"),  # guard: reported before and after
])
def test_the_adjective_is_still_reported_s38(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, feeling, lang)
    assert len(found) == 1


@pytest.mark.parametrize(("feeling", "lang"), [
    ("Obojętność wobec reklam banków, wszystkie mówią to samo", "pl"),
    ("Obojętność, dopóki nie zobaczy wysokości raty", "pl"),
    ("Indifference to bank ads: they all promise the same rate", "en"),
    ("Niepewność, czy zdolność kredytowa wystarczy", "pl"),
])
def test_a_noun_with_its_reason_stays_quiet_s38(tmp_path, monkeypatch, feeling, lang):
    _text, found = lint(tmp_path, monkeypatch, feeling, lang)
    assert found == []
