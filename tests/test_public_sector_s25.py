"""tester15 (a city hall's service-design team): the rules that judge actions, owners, sources and the
journey's end knew commerce's words only.

F1: vague-action (CX410) took the citizen's words ("wnioskodawcami", "mieszkańców", "procedurę", "citizen")
    for words of a change's own; `extend` / `allow` let a team add or exempt words.
F2: unowned-opportunity (CX403) passed a public office's "everyone" ("Cały wydział", "Wszyscy urzędnicy",
    "The whole council"), a unit not named ("Wydział") and two units ("Biuro Cyfryzacji / Wydział …").
F3: missing-sources (CX301) did not take the head of a department or the mayor for the office's executive.
F4: journey-ends-at-purchase (CX405) read "Rejestracja", "Registration" and "Zapłata mandatu" as a purchase,
    and its advice was the shop's ("post-purchase, loyalty, advocacy").
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from rule_helpers import pos, run, where

JOURNEY = """\
kind: journey
id: wymiana-dowodu
name: Wymiana dowodu osobistego
lang: {lang}
persona: senior-kdr
stages:
  - id: wniosek
    name: Złożenie wniosku
    emotion: -1
    touchpoints: [Formularz w mObywatelu]
    barriers: [Brak SMS-a z potwierdzeniem przyjęcia wniosku]
    opportunities:
      - action: "{action}"
        owner: "{owner}"
        due: 2027-03-31
"""


def journey(tmp_path, monkeypatch, rule, *, action="Wysyłać SMS z potwierdzeniem przyjęcia wniosku",
            owner="Referat Dowodów Osobistych", lang="pl", **options):
    text = JOURNEY.format(action=action, owner=owner, lang=lang)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, rule, **options)


# --- F1: vague-action on a public service's wishes ---------------------------------------------------------

@pytest.mark.parametrize(("action", "lang"), [
    ("Poprawić komunikację z wnioskodawcami", "pl"),  # fails before (all of these)
    ("Usprawnić obsługę mieszkańców", "pl"),
    ("Poprawić doświadczenie obywatela", "pl"),
    ("Przeanalizować procedurę", "pl"),
    ("Poprawić obsługę w urzędzie", "pl"),
    ("Uprościć formularz wniosku", "pl"),
    ("Zapewnić lepszą dostępność cyfrową", "pl"),
    ("Skrócić termin wydania decyzji", "pl"),
    ("Improve the citizen experience", "en"),
    ("Improve communication with applicants", "en"),
    ("Review the procedure", "en"),
    ("Reduce waiting times for residents", "en"),
])
def test_a_public_service_wish_is_reported(tmp_path, monkeypatch, action, lang):
    text, found = journey(tmp_path, monkeypatch, "vague-action", action=action, lang=lang)
    line, column = pos(text, f'"{action}"')  # the value starts at its quote
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column)]
    much = ", or by how much" if action.startswith(("Skrócić", "Reduce")) else ""
    assert found[0].message == (f"opportunity '{action}' names a wish, not a change; say what will change and where "
                                f"(a page, a message, a step){much}")


@pytest.mark.parametrize(("action", "lang"), [
    ("Skrócić termin wydania dowodu z 30 do 14 dni", "pl"),  # guards: a number, a named thing, a change
    ("Uprościć formularz wniosku o dowód dla seniorów 70+", "pl"),
    ("Wysyłać SMS z potwierdzeniem przyjęcia wniosku", "pl"),
    ("Dodać w piśmie przypominającym link do umówienia wizyty w okienku", "pl"),
    ("Wdrożyć WCAG 2.1 AA w formularzu wniosku", "pl"),
    ("Review the procedure for proxy applications with the Legal team", "en"),
    ("Accept a letter from the landlord as proof of address", "en"),
])
def test_a_public_service_change_passes(tmp_path, monkeypatch, action, lang):
    _, found = journey(tmp_path, monkeypatch, "vague-action", action=action, lang=lang)
    assert found == []


def test_extend_adds_words_of_nothing_in_particular(tmp_path, monkeypatch):
    # Not "Poprawić obsługę podatników": whom a service ("obsługa") is for names no change since session 36;
    # nor "Poprawić komunikację z podatnikami": whom communication is with, since session 38.  After "dla"
    # the word is cxkit's only through `extend`.
    action = "Poprawić komunikację dla podatników"
    _, found = journey(tmp_path, monkeypatch, "vague-action", action=action)
    assert found == []  # guard: cxkit does not know "podatników"
    text, found = journey(tmp_path, monkeypatch, "vague-action", action=action, extend=["podatników", "podatnikami"])
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{action}"'))]  # fails before (no option)


def test_allow_makes_a_listed_word_a_change(tmp_path, monkeypatch):
    action = "Usprawnić obsługę w okienku"
    _, found = journey(tmp_path, monkeypatch, "vague-action", action=action)
    assert len(found) == 1
    _, found = journey(tmp_path, monkeypatch, "vague-action", action=action, allow=["Okienku"])
    assert found == []  # fails before (no option); matched in any case


def test_a_vague_action_option_of_two_words_is_a_config_error(write, tmp_path, monkeypatch):
    write("journeys/j.yaml", JOURNEY.format(action="Przeanalizować procedurę", owner="Biuro Cyfryzacji", lang="pl"))
    write("cxkit.toml", '[rules.vague-action]\nextend = ["obsługę podatników"]\n')
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.stdout == ""  # fails before (unknown option)
    assert "option 'extend' item 1: \"obsługę podatników\" is not one word" in result.stderr
    assert "Traceback" not in result.stderr


# --- F2: unowned-opportunity on a public office's owners ---------------------------------------------------

@pytest.mark.parametrize(("owner", "what"), [
    ("Cały wydział", "is everyone, so no one"),  # fails before (all of these)
    ("Cały urząd", "is everyone, so no one"),
    ("Wszystkie wydziały", "is everyone, so no one"),
    ("Wszyscy urzędnicy", "is everyone, so no one"),
    ("Urząd Miasta", "is everyone, so no one"),
    ("The whole council", "is everyone, so no one"),
    ("All directorates", "is everyone, so no one"),
    ("Wydział", "does not say which team"),
    ("The department", "does not say which team"),
    ("Biuro Cyfryzacji / Wydział Spraw Obywatelskich", "leaves it to several, so to no one"),
    ("Biuro Cyfryzacji i Wydział Spraw Obywatelskich", "leaves it to several, so to no one"),
])
def test_a_public_office_owner_that_is_no_one_is_reported(tmp_path, monkeypatch, owner, what):
    text, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner=owner)
    line, column = pos(text, f'"{owner}"')
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column)]
    assert f"has no single owner ('{owner}' {what})" in found[0].message


@pytest.mark.parametrize("owner", [
    "Wydział Spraw Obywatelskich",  # guards: one named unit or person
    "Referat Dowodów Osobistych",
    "Naczelnik Wydziału Spraw Obywatelskich",
    "Biuro Cyfryzacji",
    "Urząd Miasta Poznania",
    "Ministerstwo Cyfryzacji",
    "WSO",
    "Leeds City Council",
    "Digital team",
    "Zespół płatności i zwrotów",
    "Sales & Marketing",
    "Biuro Obsługi Klienta i Sprzedaży",
])
def test_a_named_public_office_owner_passes(tmp_path, monkeypatch, owner):
    _, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner=owner)
    assert found == []


# --- F3: missing-sources on an interview with the office's own heads ---------------------------------------

PERSONA = """\
kind: persona
id: przedsiebiorca-ceidg
name: Marek Zieliński
lang: pl
goals:
  - Zarejestrować działalność hydrauliczną w CEIDG przed 1 marca 2027
sources:
  - id: rozmowa
    type: interview
    note: "{note}"
"""


@pytest.mark.parametrize(("note", "said"), [
    ("Rozmowa z naczelnikiem Wydziału Działalności Gospodarczej o typowym przedsiębiorcy", "z naczelnikiem"),  # fails before
    ("Rozmowa z Prezydentem Miasta o typowym mieszkańcu", "z Prezydentem Miasta"),  # fails before
    ("Wywiad z dyrektorem wydziału", "z dyrektorem wydziału"),  # fails before
    ("Interview with the council's chief executive about a typical tenant", "with the council's chief executive"),  # fails before
    ("Rozmowa z naszym prezesem", "z naszym prezesem"),  # guard: as before
])
def test_an_interview_with_the_offices_head_is_no_research(tmp_path, monkeypatch, note, said):
    text = PERSONA.format(note=note)
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    line, column = pos(text, f'"{note}"')
    assert [where(f) for f in found] == [("personas/p.yaml", line, column)]  # at the note
    assert f"(its note says '{said}')" in found[0].message


@pytest.mark.parametrize("note", [
    "Wywiady z urzędnikami z okienka o pytaniach wnioskodawców",  # guards: research
    "Wywiad z naczelnikiem i 8 wnioskodawcami",
    "Wywiady z 5 burmistrzami małych gmin",
    "Interview with the chief executive of a housing association",
])
def test_research_with_officials_or_residents_passes(tmp_path, monkeypatch, note):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": PERSONA.format(note=note)}, "missing-sources")
    assert found == []


# --- F4: journey-ends-at-purchase on a public service's last stage -----------------------------------------

ENDS = """\
kind: journey
id: j
name: Rejestracja działalności
lang: {lang}
persona: przedsiebiorca-ceidg
stages:
  - id: przygotowanie
    name: Przygotowanie
    emotion: 0
    touchpoints: [biznes.gov.pl]
  - id: {id}
    name: {name}
    emotion: 0
    touchpoints: [biznes.gov.pl]
"""


@pytest.mark.parametrize(("name", "lang"), [
    ("Rejestracja", "pl"),  # fails before (these five)
    ("Registration", "en"),
    ("Zapłata mandatu", "pl"),
    ("Pays the fine", "en"),
    ("Opłacenie podatku", "pl"),
    ("Rejestracja w CEIDG", "pl"),  # guard: never reported
])
def test_a_public_service_outcome_is_no_purchase(tmp_path, monkeypatch, name, lang):
    text = ENDS.format(lang=lang, id="koniec", name=name)
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


@pytest.mark.parametrize(("stage_id", "name", "said"), [
    ("zakup", "Zakup", "'zakup'"),  # fails before: the advice (and the name beside an id that differs)
    ("b", "Zapłata BLIK-iem", "'b' (Zapłata BLIK-iem)"),
    ("signup", "Sign-up", "'signup' (Sign-up)"),
])
def test_a_purchase_at_the_end_is_reported_with_neutral_advice(tmp_path, monkeypatch, stage_id, name, said):
    text = ENDS.format(lang="pl", id=stage_id, name=name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
    line, column = pos(text, f"  - id: {stage_id}")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]
    assert found[0].message == (f"the journey ends at {said}; add what happens after the purchase (using what was "
                                "bought, getting help, coming back, recommending it)")


def test_unowned_extend_adds_owners_that_name_no_one(tmp_path, monkeypatch):
    _, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner="Sekretariat")
    assert found == []  # guard: cxkit does not know "Sekretariat" for no one
    text, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner="Sekretariat", extend=["SEKRETARIAT."])
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, '"Sekretariat"'))]  # fails before (no option)
    assert "has no owner ('Sekretariat' names no one accountable)" in found[0].message


def test_unowned_allow_exempts_a_teams_own_name(tmp_path, monkeypatch):
    _, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner="Wydział")
    assert len(found) == 1
    _, found = journey(tmp_path, monkeypatch, "unowned-opportunity", owner="Wydział", allow=["wydział"])
    assert found == []  # fails before (no option)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": JOURNEY.format(
        action="Wysyłać SMS z potwierdzeniem", owner="Wydział", lang="pl").replace("        due: 2027-03-31\n", "")},
        "unowned-opportunity", allow=["Wydział"], **{"require-due": True})
    assert [f.message for f in found] == ["opportunity 'Wysyłać SMS z potwierdzeniem' has no due date"]


# --- F5, F6: pseudo-profiling on a public service's personas ----------------------------------------------

PERSONA_TRAITS = """\
kind: {kind}
id: halina
name: Halina Wróbel
lang: pl
{field}:
  - "{trait}"
"""


def traits(tmp_path, monkeypatch, trait, kind="persona"):
    field = "reasons" if kind == "negative-persona" else "behaviours"
    text = PERSONA_TRAITS.format(kind=kind, field=field, trait=trait)
    return text, run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "pseudo-profiling")


@pytest.mark.parametrize(("trait", "kind"), [
    ("Nie korzysta z internetu", "persona"),  # fails before (these five): digital exclusion is a fact
    ("Nie używa smartfona", "persona"),
    ("Doesn't use the internet", "persona"),
    ("Nie jest mieszkańcem miasta", "negative-persona"),  # not eligible
    ("Nie mieszka w mieście", "negative-persona"),
    ("Nie ma dostępu do internetu", "persona"),  # guard: a denied run
    ("Nie lubi czekać w kolejce do okienka nr 3 w Urzędzie Dzielnicy Wola", "persona"),  # guards: detail
    ("Prefers to speak to the housing officer at the Civic Centre", "persona"),
    ("Ma dostęp do internetu tylko w bibliotece na Ratajach", "persona"),
])
def test_a_public_service_fact_passes(tmp_path, monkeypatch, trait, kind):
    _, found = traits(tmp_path, monkeypatch, trait, kind)
    assert found == []


@pytest.mark.parametrize(("trait", "kind", "said"), [
    ("Chce szybko i wygodnie załatwić sprawę w urzędzie", "persona", "built only from generic words"),  # fails before
    ("Nie lubi czekać w kolejce do okienka", "persona", "built only from generic words"),  # fails before
    ("Ma dostęp do internetu", "persona", "built only from generic words"),  # fails before
    ("Sprawnie posługuje się internetem", "persona", "built only from generic words"),  # fails before
    ("Preferuje kanały cyfrowe", "persona", "built only from generic words"),  # fails before
    ("Prefers face-to-face contact", "persona", "built only from generic words"),  # fails before
    ("Prefers to speak to a person", "persona",  # fails before; the whole trait quoted since session 39 (tester43 F12)
     '"Prefers to speak to a person" is built only from generic words ("speak") and words that carry no detail'),
    ("Wants to get things done online", "persona", "built only from generic words"),  # fails before
    ("Korzysta z internetu", "persona", '"Korzysta z internetu" describes almost anyone'),  # guards
    # quoted with its "nie" since session 38 (tester40 L15): "Nie ceni jakości", not "ceni jakości"
    ("Nie korzysta z nowych technologii", "persona", '"Nie korzysta z nowych technologii" describes almost anyone'),
    ("Nie mieszka w dużym mieście", "negative-persona",  # fails before: the advice
     '"Nie mieszka w dużym mieście" describes almost anyone, as the phrase it denies does; a negative persona says '
     "why this person is not one you design for"),
])
def test_a_generic_public_service_trait_is_reported(tmp_path, monkeypatch, trait, kind, said):
    text, found = traits(tmp_path, monkeypatch, trait, kind)
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, f'"{trait}"'))]
    assert found[0].message.startswith(said)


# --- advice in words of any sector -------------------------------------------------------------------------

def test_advice_speaks_of_the_persona_not_the_customer(tmp_path, monkeypatch):
    text = """\
        kind: journey
        id: wymiana-dowodu
        name: Wymiana dowodu osobistego
        lang: pl
        persona: senior-kdr
        stages:
          - id: pismo
            name: Pismo o wygasającym dowodzie
            feeling: Zagubiona w nazwach UPO i ePUAP
            emotion: 0
          - id: okienko
            name: Wizyta w urzędzie
            emotion: -2
            touchpoints: [Okienko nr 3]
        """
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "CX4")
    messages = "\n".join(f.message for f in found)
    assert "customer" not in messages  # fails before
    assert "name where the persona meets you at this stage" in messages
    assert "score what the persona felt (-1 or -2)" in messages
    assert "say what gets in the persona's way" in messages


def test_negative_persona_advice_speaks_of_whom_you_design_for(tmp_path, monkeypatch):
    persona = "kind: persona\nid: senior-kdr\nname: Halina Wróbel\nlang: pl\ngoals: [Dostać Kartę Dużej Rodziny]\n"
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona}, "missing-negative-persona")
    assert "describe whom you do NOT design for and why" in found[0].message  # fails before
    negative = ("kind: negative-persona\nid: spoza\nname: Mieszkaniec gminy ościennej\nlang: pl\n"
                "reasons: [Nie jest naszą grupą docelową]\n")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona, "personas/n.yaml": negative},
                "negative-without-reasons")
    assert found[0].message.startswith("the negative persona's reasons only say this person is not your audience")
    assert "not eligible" in found[0].message  # fails before


@pytest.mark.parametrize("trait", ["Mieszka w dużym mieście", "Lives in a big city"])
def test_the_big_city_hint_names_offices_too(tmp_path, monkeypatch, trait):
    _, found = traits(tmp_path, monkeypatch, trait)
    assert "(commute, the shops, offices or services within reach, delivery options)" in found[0].message  # fails before
    assert "nearby shops" not in found[0].message
