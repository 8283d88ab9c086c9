"""Normalising trait text so that the same idea in another form compares equal.

A light, dependency-free stemmer: lowercase, punctuation out, stop words out,
then common Polish and English endings stripped from each word.  It is crude
on purpose — it only has to make "dbająca o zdrowie" and "dba o zdrowie", or
"buys online" and "buying online", land on the same keys, and it must cost
microseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_STOP = frozenset(
    """
    a an the and or of in on at to for with by from as is are be was were it its this that these those
    his her their our your my he she they we you i not no but if so than then very more most
    oraz i a w we z ze na do o od po za przy dla jak jest są być to ten ta te tego tej nie się sobie
    swoje swój swoją swoich jego jej ich by że ale lub czy bardzo już też także tylko który która które
    """.split()
)

# Longest first, so "ami" is tried before "i".
_PL_ENDINGS = sorted(
    """
    owania owanie owaniu ującego ującej ująca ujący ując ami ach ego emu ymi imi ych ich iej owi owy owa owe
    ów om ej em ie ia ii iu ą ę a e i o u y
    """.split(),
    key=len,
    reverse=True,
)
_EN_ENDINGS = ("ingly", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s")
_MIN_STEM = 3
_MAX_STEM = 7


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A short stem of one lowercase word (Polish or English)."""
    for ending in _PL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            word = word[: -len(ending)]
            break
    else:
        for ending in _EN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                word = word[: -len(ending)]
                break
    return word[:_MAX_STEM]


def tokens(text: str) -> list[str]:
    """Lowercase words of ``text`` without punctuation."""
    return _WORD.findall(text.lower())


def stems(text: str) -> frozenset[str]:
    """The set of content-word stems of ``text``."""
    return frozenset(stem(w) for w in tokens(text) if w not in _STOP)


def normalise(text: str) -> str:
    """Stems of ``text`` in order, joined by spaces: equal for inflected variants."""
    return " ".join(stem(w) for w in tokens(text) if w not in _STOP)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
