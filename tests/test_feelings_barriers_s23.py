"""Emotions must be real data (tester10 F-M3): a clearly negative `feeling` scored 0 or more is
feeling-contradicts-emotion (CX409), and a stage scored -1 or lower that names no barrier or
pain point is pain-without-barrier (CX410); both at the emotion score."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

PL = """\
kind: journey
id: pawel-kupuje-sluchawki
name: Paweł kupuje słuchawki
lang: pl
persona: pawel-audiofil
stages:
  - id: awareness
    name: Świadomość
    touchpoints: [forum Audiostereo]
    feeling: {feeling}
    emotion: {emotion}
    barriers:
      - Żaden sklep w Gdańsku nie ma HD 600 do odsłuchu
    opportunities:
      - action: Dodać HD 600 do salonu odsłuchowego we Wrzeszczu
        owner: Kierownik salonu
"""

EN = """\
kind: journey
id: dan-switches-invoicing
name: Dan switches invoicing
lang: en
persona: dan-heating-firm-owner
stages:
  - id: post-purchase
    name: Importing customers
    touchpoints: [import wizard]
    feeling: {feeling}
    emotion: {emotion}
    pain_points:
      - The import rejects two customers at one address
    opportunities:
      - action: Accept several customers at one address in the import
        owner: Data import team
"""


def at_score(text: str, needle: str) -> tuple[int, int]:
    line, column = pos(text, needle)
    return line, column + len("emotion: ")


def lint(tmp_path, monkeypatch, template, feeling, emotion, rule="feeling-contradicts-emotion"):
    text = template.replace("{feeling}", feeling).replace("{emotion}", str(emotion))
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, rule)


@pytest.mark.parametrize(("feeling", "word", "emotion"), [
    ("Wściekły, że nikt w sklepie nie słuchał tego modelu", "Wściekły", 0),
    ("Zniechęcony", "Zniechęcony", 0),
    ("Czuje się zagubiona w cenniku", "zagubiona", 1),
    ("Bardzo rozczarowany czasem zwrotu", "rozczarowany", 0),
    ("Zła na siebie, że nie sprawdziła impedancji", "Zła", 0),
])
def test_a_clearly_negative_polish_feeling_scored_0_or_more_is_reported(tmp_path, monkeypatch, feeling, word, emotion):
    text, found = lint(tmp_path, monkeypatch, PL, feeling, emotion)
    assert [where(f) for f in found] == [("journeys/j.yaml", *at_score(text, f"emotion: {emotion}"))]
    score = "0" if emotion == 0 else f"+{emotion}"
    assert found[0].message == (
        f"stage 'awareness' feels '{word}' but its emotion is {score}; score what the persona felt (-1 or -2) "
        "so that the pain shows on the curve"
    )


@pytest.mark.parametrize("feeling", ["Angry and close to asking for a refund", "Feels frustrated by the error list",
                                     "Really anxious about losing his customer list"])
def test_a_clearly_negative_english_feeling_scored_0_is_reported(tmp_path, monkeypatch, feeling):
    text, found = lint(tmp_path, monkeypatch, EN, feeling, 0)
    assert [where(f) for f in found] == [("journeys/j.yaml", *at_score(text, "emotion: 0"))]
    assert found[0].rule == "feeling-contradicts-emotion"


@pytest.mark.parametrize(("template", "feeling", "emotion"), [
    (PL, "Wściekły, że nikt w sklepie nie słuchał tego modelu", -2),
    (PL, "Ciekawość, ale i podejrzliwość wobec recenzji sponsorowanych", 0),
    (PL, "Ulga i radość z decyzji, z lekkim niepokojem o dostawę", 1),
    (PL, "Trochę zniecierpliwiony, bo kurier się spóźnia", 0),
    (PL, "Nie czuje złości, raczej obojętność", 0),
    (PL, "Złamana obietnica dostawy na piątek", 0),
    (EN, "Curious but wary after two apps his team abandoned in 2025", 0),
    (EN, "Relieved and a little pleased with himself", 1),
    (EN, "Slightly annoyed by the extra step", 0),
])
def test_mixed_mild_denied_or_scored_negative_feelings_pass(tmp_path, monkeypatch, template, feeling, emotion):
    _text, found = lint(tmp_path, monkeypatch, template, feeling, emotion)
    assert found == []


# --- unaddressed-pain: a dip with no barrier named is told to name one ---------------------------

BARE_PL = """\
kind: journey
id: pawel-kupuje-sluchawki
name: Paweł kupuje słuchawki
lang: pl
persona: pawel-audiofil
stages:
  - id: decision
    name: Decyzja
    touchpoints: [karta produktu]
    feeling: Obawa, że słuchawki nie zagrają z jego wzmacniaczem
    emotion: -2
  - id: purchase
    name: Zakup
    touchpoints: [koszyk]
    emotion: -1
    barriers:
      - Brak płatności BLIK w koszyku
  - id: post-purchase
    name: Po zakupie
    touchpoints: [e-mail]
    emotion: -1
    opportunities:
      - action: Wysyłać 3 dni po dostawie mail z instrukcją rozciągania pałąka
        owner: Specjalista CRM
"""

BARE_EN = """\
kind: journey
id: priya-evaluates-board
name: Priya evaluates the board tool
lang: en
persona: priya-ops-saas
stages:
  - id: onboarding
    name: Onboarding
    touchpoints: [import wizard]
    feeling: Annoyed by the import
    emotion: -1
  - id: loyalty
    name: Loyalty
    touchpoints: [renewal e-mail]
    emotion: -1
    pain_points:
      - Renewal price jumps 20% without notice
"""


def test_a_polish_dip_with_no_barrier_is_told_to_name_the_barrier_first(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": BARE_PL}, "unaddressed-pain")
    assert [(f.line, f.message) for f in found] == [
        (pos(BARE_PL, "- id: decision")[0],
         "stage 'decision' hurts (emotion -2) but names no barrier or pain point and has no opportunities; say what "
         "gets in the persona's way, then plan who fixes it, by when"),
        (pos(BARE_PL, "- id: purchase")[0],
         "stage 'purchase' hurts (emotion -1, 1 barrier) but has no opportunities; plan who fixes what, by when"),
    ]


def test_an_english_dip_with_no_barrier_is_told_so_and_a_pain_point_counts_as_one(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": BARE_EN}, "unaddressed-pain")
    assert [f.message.split(";")[0] for f in found] == [
        "stage 'onboarding' hurts (emotion -1) but names no barrier or pain point and has no opportunities",
        "stage 'loyalty' hurts (emotion -1, 1 pain point) but has no opportunities",
    ]
