"""pseudo-profiling (CX101): what a generic phrase is about rescues it; findings sit on the phrase."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.finding import Finding
from cxkit.lint.vague import matcher

RULE = "pseudo-profiling"


def run(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[Finding]:
    """Lint files written into ``root`` (as given, byte for byte) with only this rule selected."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


# --- what the phrase is about ---------------------------------------------------------------------

# A plumber's trait (the first, a day-one report) named the goods whose prices he watches: a category of
# goods tells a plumber from a parent doing the weekly shop, as a count or a supplier already did.
NAMED_OBJECT = [
    "Pays attention to prices of copper fittings",
    "Pays attention to the prices of copper fittings from the wholesaler",
    "Pays attention to prices of new copper fittings",
    "Compares prices of copper fittings",
    "Values quality of copper fittings",
    "Zwraca uwagę na ceny kształtek miedzianych",
    "Zwraca uwagę na ceny kształtek miedzianych w hurtowni",
    "Zwraca uwage na ceny ksztaltek miedzianych",  # typed without Polish letters
    "Ceni jakość kształtek miedzianych",
    "Zwraca uwagę na ceny lokalnych warzyw sezonowych",
]
#: Counts and named suppliers rescued these before; they still do.
COUNTS_AND_SUPPLIERS = [
    "Pays attention to prices of copper fittings from two wholesalers",
    "Zwraca uwagę na ceny kształtek miedzianych u dwóch hurtowni",
    "Pays attention to prices of copper fittings at Wolseley",
    "Zwraca uwagę na ceny kształtek miedzianych w Castoramie",
]
#: The generic versions, and words after a phrase that name no goods: a single word, generic words,
#: a frequency, a pronoun's predicate, a comparison, a coordination, a preposition or clause word.
STILL_VAGUE = [
    "Pays attention to price",
    "Pays attention to prices",
    "Zwraca uwagę na cenę",
    "Zwraca uwagę na ceny",
    "Is price-conscious",
    "Pays attention to prices of products",
    "Pays attention to the price of things he buys",
    "Zwraca uwagę na ceny produktów",
    "Zwraca uwagę na ceny paliwa",
    "Values the quality of customer service",
    "Ceni jakość obsługi klienta",
    "Dba o zdrowie swoich dzieci",
    "Dba o zdrowie psychiczne i fizyczne",
    "Pays attention to prices of copper and brass",
    "Korzysta z internetu raz dziennie",
    "Social media to jej główne źródło informacji",
    "Woli sprawdzone rozwiązania niż eksperymenty",
    "Czyta recenzje przed każdym zakupem",
    "Pays attention to the price of fuel when travelling",
    "Zwraca uwagę na cenę paliwa przed wyjazdem",
]


@pytest.mark.parametrize("trait", NAMED_OBJECT)
def test_a_phrase_followed_by_the_goods_it_is_about_is_specific(trait):
    verdict = matcher().analyse(trait)
    assert verdict.matches, "the phrase is still found"
    assert not verdict.vague and verdict.rescue.startswith("what it is about"), verdict


@pytest.mark.parametrize("trait", COUNTS_AND_SUPPLIERS)
def test_counts_and_named_suppliers_still_rescue(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", STILL_VAGUE)
def test_words_after_a_phrase_that_name_no_goods_rescue_nothing(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict


def test_the_rescue_quotes_the_goods_as_written():
    assert matcher().analyse("Zwraca uwagę na ceny kształtek miedzianych").rescue == (
        "what it is about ('kształtek miedzianych')"
    )
    assert matcher().analyse("Pays attention to the prices of copper fittings").rescue == (
        "what it is about ('copper fittings')"
    )


def test_a_plumber_persona_keeps_only_its_generic_traits(tmp_path, monkeypatch):
    doc = textwrap.dedent("""\
        kind: persona
        id: dan-plumber
        name: Dan Okafor
        lang: en
        behaviours:
          - Pays attention to prices of copper fittings
          - Pays attention to prices of copper fittings from two wholesalers
          - Zwraca uwagę na ceny kształtek miedzianych
          - Pays attention to price
          - Is price-conscious
          - Zwraca uwagę na cenę
        """)
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": doc})
    assert [(f.line, f.column) for f in found] == [(9, 5), (10, 5), (11, 5)]
    assert ['"Pays attention to price"', '"price-conscious"', '"Zwraca uwagę na cenę"'] == [
        f.message.split(" describes")[0] for f in found
    ]
