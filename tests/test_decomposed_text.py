"""Decomposed Unicode (NFD, as macOS clipboards and PDFs give it: "z" + U+0307 for "ż") reads as composed.

Matching works on composed text; findings point at the text as written, whose
characters a composed letter stands for two or three of.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.lint.textnorm import normalise as stem_text, phrase_key, stems, tokens
from cxkit.lint.vague import matcher, normalise

from rule_helpers import pos, run, where


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


VAGUE = [
    "Ceni jakość", "Mieszka w dużym mieście", "Zależy mu na wygodzie", "Lubi podróże", "Dba o zdrowie całej rodziny",
    "Kobieta 30-40 lat", "Ceni sobie jakość i wygodę", "Interesuje się nowościami", "Szuka okazji, ceni jakość",
]
SPECIFIC = [
    "Ceni jakość, kupiła ekspres Jura za 3000 zł", "Dba o zdrowie, pływa w Żabiej Woli", "Kupuje w Żabce",
    "Mieszka w Łodzi na Bałutach", "Mieszka w dużym mieście, Łódź",
]


@pytest.mark.parametrize("text", VAGUE + SPECIFIC)
def test_a_decomposed_trait_gets_the_verdict_of_the_composed_one(text):
    m = matcher()
    composed, decomposed = m.analyse(text), m.analyse(nfd(text))
    assert decomposed.vague == composed.vague == (text in VAGUE)
    assert decomposed.rescue == composed.rescue
    assert [nfc(x.text) for x in decomposed.matches] == [x.text for x in composed.matches]


@pytest.mark.parametrize("text", VAGUE)
def test_a_phrase_in_decomposed_text_is_placed_where_it_is_written(text):
    written = "Źródło: żółć, " + nfd(text) + " — źdźbło"
    for found in matcher().analyse(written).matches:
        assert written[found.start:found.end] == found.text
        # The span covers the last letter's marks too: composed, it ends a word.
        assert not unicodedata.combining(written[found.end:found.end + 1] or " ")
        assert nfc(found.text) in nfc(written)


_PIECES = st.sampled_from(
    ["Ceni", "jakość", "dużym", "mieście", "Zależy", "mu", "na", "wygodzie", "Lubi", "podróże", "Żabce", "30-40",
     "lat", "w", "dba", "o", "zdrowie", "Ola", ",", ".", " ", "\n", "’", "\u0301", "ó", "x\u0328\u0301", "İ", "ẞ"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_decomposed_and_composed_text_agree_and_map_back(text):
    m = matcher()
    composed, decomposed = m.analyse(nfc(text)), m.analyse(nfd(text))
    written = nfd(text)
    assert decomposed.vague == composed.vague
    assert len(decomposed.matches) == len(composed.matches)
    for a, b in zip(decomposed.matches, composed.matches):
        assert written[a.start:a.end].strip() == a.text
        assert nfc(a.text) == b.text


def test_location_and_income_read_decomposed_text():
    m = matcher()
    value = nfd("gdzieś, duże miasto")
    found = m.location_category(value)
    assert [value[f.start:f.end] for f in found] == [f.text for f in found] == [nfd("duże miasto")]
    assert found[0].start == len(nfd("gdzieś, "))
    assert m.location_category(nfd("Łódź, Bałuty")) == []
    assert m.vague_income(nfd("średnie")) == "średnie"


def test_own_phrases_written_decomposed_match_either_form():
    m = matcher((nfd("ekologiczną żywność"),), (nfd("w dużym mieście"),))
    assert m.analyse("Kupuje ekologiczną żywność").vague
    assert m.analyse(nfd("Kupuje ekologiczną żywność")).vague
    assert matcher().analyse("Mieszka w dużym mieście").vague
    assert not m.analyse("Mieszka w dużym mieście").vague
    assert not m.analyse(nfd("Mieszka w dużym mieście")).vague
    assert normalise(nfd("Ceni JAKOŚĆ")) == normalise("Ceni JAKOŚĆ") == " ceni jakosc "


def test_stems_of_decomposed_text_meet_the_composed_ones():
    for text in ["Zamówienie i płatność", "Dbająca o zdrowie, ceni jakość", "Nie czyta recenzji, don’t care"]:
        assert tokens(nfd(text)) == tokens(text)
        assert stems(nfd(text)) == stems(text)
        assert stem_text(nfd(text)) == stem_text(text)
        assert phrase_key(nfd(text)) == phrase_key(text)


def _persona(goals: list[str]) -> str:
    lines = "\n".join(f"  - {json.dumps(g, ensure_ascii=False)}" for g in goals)
    return f"kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n{lines}\n"


def test_decomposed_traits_are_reported_through_the_rule(tmp_path, monkeypatch):
    text = _persona([nfd(t) for t in VAGUE[:4]] + [nfd(SPECIFIC[2])])
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "pseudo-profiling")
    on_traits = [f for f in found if f.line > 5]
    assert [where(f) for f in on_traits] == [("personas/ola.yaml", *pos(text, json.dumps(nfd(t), ensure_ascii=False)))
                                            for t in VAGUE[:4]]
    assert nfd("jakość") in on_traits[0].message


def test_a_decomposed_block_trait_is_reported_on_the_line_of_its_phrase(tmp_path, monkeypatch):
    # Many decomposed letters before the phrase (one-letter words, no detail): an offset counted in
    # composed letters lands a line early.
    first = nfd("ź ż ś ć ó ą ę ń ź ż ś ć ó ą ę ń —")
    text = f"kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n  - |\n    {first}\n    {nfd('ceni jakość')}\n"
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "pseudo-profiling")
    assert [f.line for f in found] == [8]


ENDS_AT_ORDER = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
lang: pl
persona: ola-biegaczka
stages:
  - id: swiadomosc
    name: Świadomość
  - id: krok-3
    name: {name}
"""


@pytest.mark.parametrize("name", ["Zamówienie", "Płatność", "Zamówienie i płatność"])
def test_journey_ends_at_a_decomposed_purchase_stage_name(tmp_path, monkeypatch, name):
    text = ENDS_AT_ORDER.format(name=nfd(name))
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase")
    assert [(f.line, f.column) for f in found] == [pos(text, "krok-3")]


def test_a_persona_written_decomposed_is_similar_to_its_composed_twin(tmp_path, monkeypatch):
    # similar-personas (and trait-overlap) compare stems from textnorm: marks must not split the words.
    goals = ["Zamawia obiady przez Pyszne.pl w każdy piątek", "Czyta recenzje na Ceneo przed zakupem sprzętu",
             "Płaci BLIKiem za zakupy w Żabce", "Ćwiczy jogę w studiu na Mokotowie"]
    files = {
        "personas/a.yaml": _persona(goals).replace("ola-nowak", "ola-a"),
        "personas/b.yaml": _persona([nfd(g) for g in goals]).replace("ola-nowak", "ola-b"),
    }
    found = run(tmp_path, monkeypatch, files, "similar-personas")
    assert len(found) == 1 and "shares 100%" in found[0].message
