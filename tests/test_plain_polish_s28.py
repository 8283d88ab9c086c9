"""Polish typed without Polish letters ("dbajaca", "placac", "pracujaca", "kupic") stems as the
written word does, so the stem-based rules (trait-overlap CX203, mirrored-negative-persona CX204)
read a quick note as they read the same text with its letters.

Stems already folded ą→a, ł→l, ż→z…; what still set the two spellings apart were the steps that
looked for a written "ąc" (participles) or "ć" (infinitives).  Their plain forms are cut only where
no other word ends so: after "j", "uj" or "i" for a participle, "-ac", "-yc" and a few "-ic" for an
infinitive.  The past tense's ł is not guessed from a plain l: "hotel", "panel", "model", "pozwala"
keep their l.
"""

from __future__ import annotations

import pytest

from cxkit.lint.textnorm import negated, normalise, stem, stems


@pytest.mark.parametrize(("written", "plain"), [
    ("dbająca", "dbajaca"),
    ("kupujących", "kupujacych"),
    ("istniejący", "istniejacy"),
    ("ceniąca", "ceniaca"),
    ("miesiąca", "miesiaca"),
    ("płacąc", "placac"),
    ("szukając", "szukajac"),
    ("dbać", "dbac"),
    ("czytać", "czytac"),
    ("zamawiać", "zamawiac"),
    ("kupić", "kupic"),
    ("płacić", "placic"),
    ("zamówić", "zamowic"),
    ("chodzić", "chodzic"),
    ("użyć", "uzyc"),
])
def test_a_word_typed_without_polish_letters_stems_as_the_written_one(written, plain):
    assert stem(plain) == stem(written)


def test_a_trait_typed_without_polish_letters_normalises_as_the_written_one():
    assert normalise("Dbajaca o swoje zdrowie, placac za karnet co miesiac") == \
        normalise("Dbająca o swoje zdrowie, płacąc za karnet co miesiąc")


@pytest.mark.parametrize(("word", "other"), [
    # nouns in -ac / -ic that are written so with Polish letters too: no infinitives
    ("plac", "placu"), ("prac", "praca"), ("rodzic", "rodzice"), ("kibic", "kibica"), ("materac", "materace"),
    # a town's genitive, the conjunction "więc", a noun in -ec
    ("katowic", "katowice"), ("gliwic", "gliwice"), ("wiec", "więc"), ("koniec", "koniec"),
])
def test_plain_words_that_are_no_verbs_keep_their_stem(word, other):
    assert stem(word) == stem(other)


@pytest.mark.parametrize(("word", "other"), [
    ("mac", "ma"),            # no "ma" (has) out of a Mac
    ("cardiac", "card"),      # a heart condition is no payment card
    ("coeliac", "coel"),
    ("topic", "top"),
    ("music", "musi"),
    ("praca", "pr"),
    # the past tense's ł is not guessed from a plain l: these are nouns, and "pozwala" a present tense
    ("hotel", "hot"), ("panel", "pan"), ("model", "moda"), ("personel", "persona"), ("tabela", "tabs"),
])
def test_plain_words_do_not_meet_other_words(word, other):
    assert stem(word) != stem(other)


def test_collision_guards_keep_their_stems():
    assert stem("zwraca") == stem("zwracać")
    assert stem("pozwala") == stem("pozwalają")
    assert stem("praca") == stem("pracy")
    # "niejacy" (some) is no negation
    assert not negated(stems("niejacy klienci"))


PERSONA = """\
kind: persona
id: anna-ksiegowa
name: Anna Wrona
lang: pl
summary: >-
  Księgowa z Poznania, która rozlicza VAT trzech małych firm budowlanych i pracuje z domu.
demographics:
  age: 44
  location: Poznań, Jeżyce
  occupation: Księgowa pracująca zdalnie dla trzech biur rachunkowych
behaviours:
  - Zamawia tusze do drukarki przez aplikację Allegro, płacąc BLIK-iem
  - Porównuje ceny programów do faktur na Ceneo, szukając promocji
  - Dba o zdrowie
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""


def _negative(reasons: list[str], behaviours: list[str] | None = None) -> str:
    text = "kind: negative-persona\nid: nie-ksiegowa\nname: Nie księgowa\nlang: pl\nreasons:\n"
    text += "".join(f"  - '{r}'\n" for r in reasons)
    if behaviours:
        text += "behaviours:\n" + "".join(f"  - '{b}'\n" for b in behaviours)
    return text + "sources:\n  - {id: lost, type: analytics, date: 2026-10-12, n: 310}\n"


def test_cx204_reads_denials_typed_without_polish_letters(write, lint_json):
    write("personas/p.yaml", PERSONA)
    write("personas/neg.yaml", _negative([
        "Nie zamawia tuszy do drukarki przez aplikacje Allegro, placac BLIK-iem",
        "Nie porownuje cen programow do faktur na Ceneo, szukajac promocji",
    ]))
    result = lint_json(".", select="CX204")
    found = result.findings
    assert [(f["code"], f["path"], f["line"]) for f in found] == [("CX204", "personas/neg.yaml", 2)]
    assert result.exit_code == 1
    assert ("2 of its 2 reasons deny or repeat its traits ('Nie zamawia tuszy do drukarki przez aplikacje"
            " Allegro, placac BLIK-iem' against 'Zamawia tusze do drukarki przez aplikację Allegro, płacąc"
            " BLIK-iem')") in found[0]["message"]


def test_cx204_reads_a_denied_occupation_typed_without_polish_letters(write, lint_json):
    write("personas/p.yaml", PERSONA)
    write("personas/neg.yaml", _negative(["Nie jest ksiegowa pracujaca zdalnie"]))
    found = lint_json(".", select="CX204").findings
    assert len(found) == 1
    assert ("its only reason denies its occupation ('Nie jest ksiegowa pracujaca zdalnie' against"
            " 'Księgowa pracująca zdalnie dla trzech biur rachunkowych')") in found[0]["message"]


def test_cx204_a_plain_reason_of_its_own_is_still_no_mirror(write, lint_json):
    write("personas/p.yaml", PERSONA)
    write("personas/neg.yaml", _negative([
        "Nie zamawia tuszy do drukarki przez aplikacje Allegro, placac BLIK-iem",
        "Prowadzi firme sama i placi biuru rachunkowemu 300 zl miesiecznie, bo nie chce sie uczyc przepisow",
    ]))
    assert lint_json(".", select="CX204").findings == []


def test_cx203_finds_a_trait_typed_without_polish_letters(write, lint_json):
    write("personas/p.yaml", PERSONA)
    write("personas/neg.yaml", _negative(["Prowadzi firme sama, bez biura rachunkowego, bo to za drogo"],
                                         behaviours=["Dbajaca o swoje zdrowie"]))
    found = lint_json(".", select="CX203").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX203", 8)]
    assert "Dba o zdrowie" in found[0]["message"]
