"""vague-action (CX410), vague-feeling (CX412) and missing-sources (CX301): wishes, non-feelings and "no
research" notes that passed (session 34, tester35's M-2, L-6 and L-7), in Polish and English; concrete
actions, real feelings and research stay clean."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

PERSONA = """\
kind: persona
id: ania-kawa
name: Ania
lang: pl
goals:
  - Dostać kawę ziarnistą w subskrypcji co 2 tygodnie, bez pilnowania zamówień
sources:
  - {id: wywiady-2026, type: interview, date: 2026-10-01, n: 10}
"""


def _journey(action: str = "Dodać SMS z godziną dostawy od DPD", feeling: str = "Zniecierpliwiona", lang: str = "pl") -> str:
    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"
    return f"""\
kind: journey
id: ania-subskrypcja
name: Ania zakłada subskrypcję
lang: {lang}
persona: ania-kawa
stages:
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - channel: email
        description: E-mail z potwierdzeniem pierwszej dostawy
    emotion: -1
    feeling: {quoted(feeling)}
    barriers:
      - Nie wie, jak przesunąć termin kolejnej paczki
    opportunities:
      - action: {quoted(action)}
        owner: Zespół CX
        due: 2030-06-30
"""


@pytest.mark.parametrize(("action", "lang"), [
    ("Wdrożyć omnichannel", "pl"), ("Implement omnichannel", "en"),
    ("Zrobić lepszą stronę", "pl"), ("Make checkout better and faster", "en"),
    ("Wprowadzić zmiany w procesie", "pl"), ("Introduce changes to the process", "en"),
    ("Spersonalizować komunikację", "pl"), ("Personalise the offer", "en"),
    ("Lepiej dopasować ofertę do klienta", "pl"), ("Better tailor the offer to the customer", "en"),
    ("Zmniejszyć tarcie", "pl"), ("Reduce friction", "en"),
    ("Zachwycić klientów", "pl"), ("Delight customers", "en"),
    ("Streamline the process to delight customers", "en"),
    ("Zadbać o klienta", "pl"), ("Take care of the customer", "en"),
])
def test_a_wish_is_reported(write, lint_json, action, lang):
    """Each fails before but the guards "Zadbać o klienta" (caught already; its English twin was not)."""
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey(action, lang=lang))
    found = lint_json(".", select="vague-action").findings
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX410", 17, 17)]
    assert found[0]["message"].startswith(f"opportunity '{action}' names a wish, not a change; say what will change")


@pytest.mark.parametrize(("action", "lang"), [
    ("Wdrożyć omnichannel: odbiór w salonie zamówień z aplikacji w 2 h", "pl"),
    ("Implement Apple Pay on mobile checkout", "en"),
    ("Wdrożyć płatność przy odbiorze w paczkomatach InPost", "pl"),
    ("Zrobić zdjęcia produktów na białym tle", "pl"),
    ("Make the size chart show insole length in cm", "en"),
    ("Make delivery faster", "en"),
    ("Personalise the offer email with items left in the basket", "en"),
    ("Reduce friction at checkout by removing the account step", "en"),
    ("Dopasować rozmiarówkę do tabeli EU", "pl"),
    ("Take payment at the door", "en"),
    ("Take orders by phone on Saturdays", "en"),
    ("Wprowadzić zmiany w regulaminie zwrotów: 30 dni zamiast 14", "pl"),
])
def test_a_change_stays_clean(write, lint_json, action, lang):
    """Guards: what will change and where."""
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey(action, lang=lang))
    assert lint_json(".", select="vague-action").findings == []


@pytest.mark.parametrize("feeling", ["Bez szału", "Bez szalu", "Normalka", "Tak jak zwykle", "Jak zwykle",
                                     "It's okay I guess", "As usual", "Same as always"])
def test_a_feeling_that_names_no_emotion(write, lint_json, feeling):
    """Each fails before."""
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling=feeling))
    found = lint_json(".", select="vague-feeling").findings
    assert [(f["code"], f["severity"], f["line"], f["column"]) for f in found] == [("CX412", "info", 13, 14)]
    assert found[0]["message"] == (
        f"stage 'post-purchase': feeling '{feeling}' names no emotion; write what the persona felt there "
        "and why, as research heard it (unsure, impatient, relieved)")


@pytest.mark.parametrize("feeling", ["Jak zwykle zła, że kurier nie dzwoni", "Bez szału, ale ulga, że paczka jest",
                                     "I guess relieved that it came", "OK i ulga", "No emotion"])
def test_a_feeling_that_says_something(write, lint_json, feeling):
    """Guards ("No emotion" is the old guard of the whole phrase)."""
    write("personas/ania.yaml", PERSONA)
    write("journeys/j.yaml", _journey(feeling=feeling))
    found = lint_json(".", select="vague-feeling").findings
    assert [f["code"] for f in found] == (["CX412"] if feeling == "No emotion" else [])


SOURCED = """\
kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: {lang}
goals:
  - Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7
sources:
  - {{id: s, type: other, note: "{note}"}}
reviewed: 2026-11-20
"""


@pytest.mark.parametrize(("note", "said", "lang"), [
    ("Nasze doświadczenie z rynku", "Nasze doświadczenie", "pl"),
    ("Zdrowy rozsądek i obserwacje", "Zdrowy rozsądek", "pl"),
    ("Przeczucie właściciela", "Przeczucie", "pl"),
    ("Our experience of the market", "Our experience", "en"),
    ("Common sense", "Common sense", "en"),
    ("The owner's hunch", "hunch", "en"),
])
def test_no_research_is_reported_at_the_note(tmp_path, monkeypatch, note, said, lang):
    """Each fails before."""
    text = SOURCED.format(lang=lang, note=note)
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, f'"{note}"'))]
    assert found[0].message == (
        f"source 's' is an assumption, not research (its note says '{said}'), and this persona has no "
        "other source; list the interviews, surveys or data it comes from")


@pytest.mark.parametrize(("note", "lang"), [
    ("Nasze doświadczenie zweryfikowane w 12 wywiadach z klientkami", "pl"),
    ("Desk research: raport Gemius E-commerce w Polsce 2025", "pl"),
    ("Dane z CRM, 2 300 klientów", "pl"),
    ("Our experience tested in 12 interviews with customers", "en"),
])
def test_research_passes(tmp_path, monkeypatch, note, lang):
    """Guards."""
    text = SOURCED.format(lang=lang, note=note)
    assert run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources") == []
