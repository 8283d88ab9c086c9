"""Trait normalisation: the fast code-page path says exactly what the regex path says."""

from __future__ import annotations

import re
import unicodedata

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.lint.textnorm import normalise, tokens

_WORD = re.compile(r"[^\W_]+")
_NOT = re.compile(r"n['’]t\b")


def reference_tokens(text: str) -> list[str]:
    return _WORD.findall(_NOT.sub(" not", unicodedata.normalize("NFC", text).lower()))


_PIECES = st.sampled_from(
    ["Dbająca", "o", "ZDROWIE", "Łódź", "ŻÓŁW", "kupuje", "don't", "WON’T", "it's", "café", "ß", "İstanbul", "Σ",
     "2x", "½", "²", "„cytat”", "–", "—", "…", "€", "_", "e-mail", "a_b", "\u00a0", "\u3000", "\t", "\n", " ", ",", ".",
     # Decomposed (NFD) letters and lone combining marks: "jakość", "ŻÓŁW" as macOS writes them.
     "jakos\u0301c\u0301", "Z\u0307O\u0301\u0141W", "\u0301", "e\u0328\u0301", "\u212b"]
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


def reference_stem(word: str) -> str:
    """The stemmer as first written: each pattern, then each ending, tried in turn."""
    from cxkit.lint.textnorm import (
        _EN_ENDINGS, FOLD_PL, _INFINITIVE, _MAX_STEM, _MIN_STEM, _PARTICIPLE, _PL_ENDINGS, _PLAIN_NOUNS, _PLAIN_VERB,
    )

    for pattern in (_PARTICIPLE, _INFINITIVE):
        m = pattern.search(word)
        if m and m.start() >= _MIN_STEM - 1:
            word = word[: m.start()]
            break
    else:
        # Typed without Polish letters: the plain forms, where the cut leaves three letters, not "nie".
        m = _PLAIN_VERB.search(word) if word.isascii() and word not in _PLAIN_NOUNS else None
        if m and m.start() >= _MIN_STEM and not (word.startswith("nie") and m.start() == _MIN_STEM):
            word = word[: m.start()]
    def strip(word: str) -> str:
        for ending in _PL_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                return word[: -len(ending)]
        for ending in _EN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                return word[: -len(ending)]
        return word

    written = word
    word = strip(word.translate(FOLD_PL))
    # Then a past tense's "ł" (as written: folded, an "l" after a vowel) goes, with the ending
    # before it, and "rz" is "r" (tester_pl F15; a plain "l" stays: "label", "model").
    if len(word) > _MIN_STEM + 1 and word[-2:] in ("al", "il", "yl", "el") and written[len(word) - 1] == "ł":
        word = strip(word[:-1])
    elif len(word) > _MIN_STEM + 1 and word.endswith("rz"):
        word = word[:-1]
    return word[:_MAX_STEM]


POLISH_TAILS = ["ąc", "ący", "ującymi", "ć", "ować", "owania", "ac", "ujacy", "iacych", "ic", "yc", "nie", "ami", "ach", "ych", "iej", "ie", "ii", "y", "ingly",
                "ings", "edly", "ies", "es", "ly", "s", "ą", "ę", "ó", "\n"]
words = st.one_of(
    st.text(max_size=12),
    st.tuples(st.text("abcdełóźżjuyę", max_size=6), st.lists(st.sampled_from(POLISH_TAILS), max_size=3)).map(
        lambda t: t[0] + "".join(t[1])
    ),
)


@settings(max_examples=3000, deadline=None)
@given(words)
def test_stems_agree_with_trying_every_ending_in_turn(word: str) -> None:
    from cxkit.lint.textnorm import stem

    assert stem.__wrapped__(word) == reference_stem(word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("dbająca", "dba"), ("dbać", "dba"), ("kupujących", "kup"), ("kupować", "kup"), ("jakości", "jakosc"),
     ("zdrowie", "zdrow"), ("buying", "buy"), ("reviews", "review"), ("studies", "stud"), ("ać", "ac")],
)
def test_stems_of_common_words(word: str, expected: str) -> None:
    from cxkit.lint.textnorm import stem

    assert stem(word) == expected
