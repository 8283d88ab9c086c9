"""Trait normalisation: the fast code-page path says exactly what the regex path says."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.lint.textnorm import normalise, tokens

_WORD = re.compile(r"[^\W_]+")
_NOT = re.compile(r"n['’]t\b")


def reference_tokens(text: str) -> list[str]:
    return _WORD.findall(_NOT.sub(" not", text.lower()))


_PIECES = st.sampled_from(
    ["Dbająca", "o", "ZDROWIE", "Łódź", "ŻÓŁW", "kupuje", "don't", "WON’T", "it's", "café", "ß", "İstanbul", "Σ",
     "2x", "½", "²", "„cytat”", "–", "—", "…", "€", "_", "e-mail", "a_b", "\u00a0", "\u3000", "\t", "\n", " ", ",", "."]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=30), st.lists(_PIECES, max_size=12).map("".join)))
def test_tokens_agree_with_the_regex_definition(text: str) -> None:
    assert tokens(text) == reference_tokens(text)


def test_inflected_polish_and_english_traits_meet() -> None:
    assert normalise("Dbająca o swoje zdrowie") == normalise("dba o zdrowie")
    assert normalise("Buys online") == normalise("buying online")
    assert normalise("Nie czyta recenzji") != normalise("czyta recenzje")
    assert tokens("Doesn’t read reviews") == ["does", "not", "read", "reviews"]
