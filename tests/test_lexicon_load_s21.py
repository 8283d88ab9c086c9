"""The generic words are looked up in sets, not in one regex of a thousand alternatives (session 21).

Compiling that regex cost about a fifth of loading the lexicons, in every process before its first
trait.  Patterns of one word each are a set of words and one of stems now; the answer must stay
what ``fullmatch(word + " ")`` of the regex says, and any other pattern keeps the regex.
"""

from __future__ import annotations

import re

import pytest

from cxkit.lint.vague import _compile_group, _read_lexicon, _word_test, load_lexicon, normalise

PATTERNS = ["dba*|dbają|ceni", "lubi*", "mark*|produkt", "ręką|mieć"]
REGEX = "(?:" + _compile_group(PATTERNS) + ")"

WORDS = [
    "dba", "dbam", "dbaja", "db", "ceni", "cenia", "cen", "lubi", "lubiany", "lub", "mark", "marka", "mar",
    "produkt", "produkty", "produk", "reka", "ręką", "miec", "mieć", "mi", "", "x",
]


@pytest.mark.parametrize("word", WORDS)
def test_words_and_stems_answer_as_the_regex(word):
    folded = normalise(word).strip()
    test = _word_test(PATTERNS)
    assert test(folded) == (re.fullmatch(REGEX, folded + " ") is not None)


@pytest.mark.parametrize("patterns", [["duże miasto", "lubi*"], ["(bardzo)? ceni", "lubi"], ["<n>x", "lubi"]])
def test_a_pattern_of_more_than_one_word_keeps_the_regex(patterns):
    test = _word_test(patterns)
    regex = re.compile("(?:" + _compile_group(patterns) + ")")
    for word in ["lubi", "ceni", "bardzo", "duze", "miasto", "2x", "lubiana"]:
        assert test(word) == (regex.fullmatch(word + " ") is not None), word


def test_the_shipped_generic_words_answer_as_their_regex():
    generic = [p for lang in ("pl", "en") for p in _read_lexicon(lang)["generic-words"]]
    regex = re.compile("(?:" + _compile_group(generic) + ")")
    words = {w for p in generic for alt in p.split("|") for w in normalise(alt.replace("*", "")).split()}
    words |= {w + "ami" for w in words} | {w[:-1] for w in words if len(w) > 1}
    words |= set(normalise("Lubi ładne rzeczy, korzysta z bankowości mobilnej; values quality, tech-savvy").split())
    is_generic = load_lexicon().generic
    wrong = sorted(w for w in words if is_generic(w) != (regex.fullmatch(w + " ") is not None))
    assert wrong == []
