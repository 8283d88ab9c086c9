"""vague-action (CX410) on actions that shorten, speed up or reduce, and journey-ends-at-purchase (CX405)
on a sign-up in both languages.

- A price cut is a decided change, as a price raised is ("Reduce prices", "Obniżyć ceny", "Lower the price").
- Shortening, speeding up or reducing is a wish only when it acts on a time, a wait or a speed said in general
  ("Reduce waiting times", "Ograniczyć czas oczekiwania"), the same in Polish and English; where it names what
  is cut ("Reduce returns", "Przyspieszyć dostawę", "Speed up shipping") it is a change, in both languages.
- Its message says "or by how much" too.
- `allow` applies to the opening verb ("speed").
- CX405: "Rejestracja konta" / "Założenie konta" are the Polish twins of "Sign-up"; "Rejestracja" alone is not.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

JOURNEY = """\
kind: journey
id: zamowienie-karmy
name: Zamówienie karmy dla psa
lang: {lang}
persona: marta-ma-psa
stages:
  - id: dostawa
    name: Dostawa
    emotion: -1
    touchpoints: [SMS od kuriera]
    pain_points: [Paczka przychodzi po 5 dniach, a karma kończy się po 3]
    opportunities:
      - action: "{action}"
        owner: Zespół logistyki
        due: 2027-03-31
"""


def vague(tmp_path, monkeypatch, action, lang="pl", **options):
    text = JOURNEY.format(action=action, lang=lang)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action", **options)


@pytest.mark.parametrize(("action", "lang"), [
    ("Reduce prices", "en"),  # fail before (a cut of the price was a wish)
    ("Reduce the price", "en"),
    ("Reduce our prices", "en"),
    ("Reduce pricing", "en"),
    ("Obniżyć ceny", "pl"),  # guards from here: the verb was no wish before
    ("Lower the price", "en"),
    ("Raise prices", "en"),
    ("Podnieść ceny", "pl"),
])
def test_a_price_moved_either_way_is_a_change(tmp_path, monkeypatch, action, lang):
    assert vague(tmp_path, monkeypatch, action, lang)[1] == []


@pytest.mark.parametrize(("action", "lang"), [
    ("Reduce returns", "en"),  # fail before: what is cut is named, in either language
    ("Speed up refunds", "en"),
    ("Speed up delivery", "en"),
    ("Przyspieszyć dostawę", "pl"),
    ("Shorten the form", "en"),
    ("Skrócić formularz", "pl"),
    ("Reduce support", "en"),
    ("Speed up shipping", "en"),
    ("Przyspieszyć wysyłkę", "pl"),  # guards: passed before, and their twins pass now too
    ("Zmniejszyć liczbę zwrotów", "pl"),
    ("Ograniczyć zwroty", "pl"),
    ("Reduce churn", "en"),
    ("Skrócić czas dostawy z 5 do 2 dni przez magazyn w Poznaniu", "pl"),
    ("Reduce waiting times from 20 to 5 minutes", "en"),
    ("Lower the counter for wheelchair users", "en"),
])
def test_a_cut_of_a_named_thing_or_by_a_named_amount_is_a_change(tmp_path, monkeypatch, action, lang):
    assert vague(tmp_path, monkeypatch, action, lang)[1] == []


@pytest.mark.parametrize(("action", "lang"), [
    ("Zmniejszyć czas oczekiwania", "pl"),  # fail before: the Polish twins of "reduce"
    ("Ograniczyć czas oczekiwania na dostawę", "pl"),
    ("Obniżyć czas obsługi reklamacji", "pl"),
    ("Cut waiting times", "en"),
    ("Lower the waiting time", "en"),
    ("Reduce waiting times", "en"),  # guards from here: reported before too, with the shorter advice
    ("Skrócić czas dostawy", "pl"),
    ("Shorten delivery time", "en"),
    ("Przyspieszyć czas zwrotu", "pl"),
    ("Speed up", "en"),
])
def test_a_time_or_wait_cut_in_general_is_a_wish_that_may_say_by_how_much(tmp_path, monkeypatch, action, lang):
    text, found = vague(tmp_path, monkeypatch, action, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{action}"'))]
    assert found[0].message == (f"opportunity '{action}' names a wish, not a change; say what will change and where "
                                "(a page, a message, a step), or by how much")


@pytest.mark.parametrize(("action", "lang"), [
    ("Poprawić szybkość dostawy", "pl"),  # fails before: "szybkość" is the twin of "speed"
    ("Improve checkout speed", "en"),  # guards: "speed" after another verb is a measure said in general,
    ("Improve delivery", "en"),  # a wish as "Improve checkout" is
])
def test_other_wishes_keep_the_advice_without_how_much(tmp_path, monkeypatch, action, lang):
    _, found = vague(tmp_path, monkeypatch, action, lang)
    assert [f.message for f in found] == [f"opportunity '{action}' names a wish, not a change; say what will change "
                                          "and where (a page, a message, a step)"]


def test_allow_applies_to_the_opening_verb(tmp_path, monkeypatch):
    _, found = vague(tmp_path, monkeypatch, "Speed up", "en")
    assert len(found) == 1  # guard
    _, found = vague(tmp_path, monkeypatch, "Speed up", "en", allow=["Speed"])
    assert found == []  # fails before: `allow` was read after the first word only
    _, found = vague(tmp_path, monkeypatch, "Skrócić czas oczekiwania", "pl", allow=["skrócić"])
    assert found == []  # fails before
    _, found = vague(tmp_path, monkeypatch, "Improve checkout speed", "en", allow=["speed"])
    assert found == []  # guard: a later word was allowed before too


ENDS = """\
kind: journey
id: j
name: {title}
lang: {lang}
persona: zespol-ksiegowy
stages:
  - id: porownanie
    name: {first}
    emotion: 0
    touchpoints: [Strona cennika]
  - id: {id}
    name: {name}
    emotion: 1
    touchpoints: [Formularz rejestracji]
"""


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("rejestracja-konta", "Rejestracja konta", "pl"),  # fail before
    ("konto", "Założenie konta na stronie", "pl"),
    ("signup", "Sign-up", "en"),  # guard: the English twin was reported before too
])
def test_a_sign_up_at_the_end_is_reported_in_both_languages(tmp_path, monkeypatch, stage_id, name, lang):
    first = "Porównanie planów" if lang == "pl" else "Comparing plans"
    text = ENDS.format(title="Księgowość online", lang=lang, first=first, id=stage_id, name=name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
    line, column = pos(text, f"  - id: {stage_id}")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]


@pytest.mark.parametrize(("name", "lang"), [
    ("Rejestracja", "pl"),  # guards: a registration alone is a public service's outcome, in both languages
    ("Registration", "en"),
    ("Rejestracja konta w ePUAP", "pl"),
])
def test_a_registration_alone_is_no_purchase(tmp_path, monkeypatch, name, lang):
    text = ENDS.format(title="Rejestracja działalności", lang=lang, first="Przygotowanie", id="koniec", name=name)
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []
