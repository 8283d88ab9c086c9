"""Counts written as words rescue a trait as digits do, but not as ages, idioms or look-alike words."""

from __future__ import annotations

import pytest

from cxkit.lint.vague import matcher


@pytest.fixture(scope="module")
def analyse():
    m = matcher()
    return m.analyse


@pytest.mark.parametrize(("trait", "count"), [
    ("Kupuje części w sklepach internetowych po porównaniu cen w trzech z nich", "trzech"),
    ("Porównuje ceny w pięciu sklepach", "pięciu"),
    ("Kupuje w sklepach internetowych dwa razy w miesiącu", "dwa"),
    ("Values quality: compares three brands before buying a kettle", "three"),
    ("Ceni jakość: ma czworo wnucząt, którym kupuje rowery", "czworo"),
])
def test_a_count_in_words_is_a_number(analyse, trait: str, count: str) -> None:
    verdict = analyse(trait)
    assert not verdict.vague
    assert verdict.rescue == f"a number ('{count}')"


@pytest.mark.parametrize("trait", [
    # "piec" is "pięć" folded, and also to bake and a stove.
    "Dba o zdrowie, lubi gotować i piec",
    # Ages in words are ages, as "ma 32 lata" is.
    "Dba o zdrowie, ma trzydzieści dwa lata",
    "Dba o zdrowie, ma dwadzieścia pięć lat",
    "Health-conscious, aged thirty-two",
    "Health-conscious mum of a two-year-old",
    # Idioms.
    "Ceni jakość, zastanawia się dwa razy przed zakupem",
    "Ceni jakość i ma dwie lewe ręce",
    "Ceni jakość, rozmawia w cztery oczy",
    "Values quality, in two minds about brands",
    "Values quality and five-star service",
    "Values quality, thinks twice before buying",
])
def test_an_age_an_idiom_or_a_look_alike_is_no_count(analyse, trait: str) -> None:
    verdict = analyse(trait)
    assert verdict.vague, verdict
    assert verdict.rescue is None
