"""Goods named with "and" after a generic phrase (session 20).

"Pays attention to prices of copper and brass fittings" names a category of goods as well as
"copper fittings" does, but the object used to end at "and" and the trait was called generic.
"""

from __future__ import annotations

import textwrap

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint
from cxkit.lint.engine import Selection
from cxkit.lint.vague import matcher

JOINED_GOODS = [
    ("Pays attention to prices of copper and brass fittings", "copper and brass fittings"),
    ("Pays attention to prices of copper or brass fittings", "copper or brass fittings"),
    ("Zwraca uwagę na ceny złączek miedzianych lub mosiężnych", "złączek miedzianych lub mosiężnych"),
    ("Ceni jakość kształtek miedzianych oraz mosiężnych", "kształtek miedzianych oraz mosiężnych"),
]

#: Two bare nouns, a verb after "and", generic words after it: no goods are named.
STILL_VAGUE = [
    "Pays attention to prices of copper and brass",
    "Watches prices of groceries and travels often",
    "Pays attention to price and quality",
    "Compares prices of food and household products",
    "Zwraca uwagę na ceny miedzi i mosiądzu",
    "Dba o zdrowie psychiczne i fizyczne",
    "Ceni jakość i cenę",
    "Pays attention to prices of and deals on everything",
]


@pytest.mark.parametrize(("trait", "goods"), JOINED_GOODS)
def test_goods_joined_by_and_are_what_the_phrase_is_about(trait, goods):
    verdict = matcher().analyse(trait)
    assert verdict.matches, "the phrase is still found"
    assert not verdict.vague
    assert verdict.rescue == f"what it is about ('{goods}')"


@pytest.mark.parametrize("trait", STILL_VAGUE)
def test_and_between_words_that_name_no_goods_rescues_nothing(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict


def test_lint_keeps_only_the_generic_trait_of_a_plumber(tmp_path, monkeypatch):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "dan.yaml").write_text(
        textwrap.dedent("""\
            kind: persona
            id: dan-plumber
            name: Dan Okafor
            lang: en
            behaviours:
              - Pays attention to prices of copper and brass fittings
              - Pays attention to prices of copper and brass
            """),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("pseudo-profiling",))).findings
    assert [(f.line, f.column, f.code) for f in found] == [(7, 5, "CX101")]
