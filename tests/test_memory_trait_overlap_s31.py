"""Memory of trait-overlap's near-duplicate search (one_edit_matches), session 31 (issue #7).

The search goes through the traits by size, largest first.  A negative persona's trait that
finds nothing at its own size waits for the next size (one word dropped or changed) with its
key and token hashes as machine words; its index was an int object in a list (about 40 bytes
where the hashes of a six-word trait take 48), now a machine word too.  Its hashes were held
twice (as asked, then as waiting); now a trait whose key the size's key filter rules out waits
at once, and the size's texts are read a block at a time.

Measured with tracemalloc on generated traits that find nothing (the common case); the bound sits
between what the code measures now and what it measured before (given beside it).  The guard
pins the answers against the literal search, with and without forced hash collisions.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest

from cxkit.lint import simjoin
from cxkit.lint.simjoin import _one_edit_reference, one_edit_matches

STEMS = ("kup", "sluchaw", "sklep", "internet", "porown", "cen", "opin", "forum", "raz", "miesiac",
         "recenz", "czyt", "youtub", "zamaw", "kurier", "odbior", "paczkomat", "plac", "blik", "kart")


def _traits(count: int, words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(f"{rng.choice(STEMS)}{rng.randrange(10 ** 6)}" for _ in range(words)) for _ in range(count)]


def _peak(queries: list[str], pool: list[str]) -> int:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        one_edit_matches(queries, pool, 0.8, min_tokens=2)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_a_trait_that_finds_nothing_waits_as_machine_words():
    pool = _traits(300, 6, 1) + _traits(300, 5, 2)
    _peak(_traits(20, 6, 3), pool)
    few, many = _traits(1_000, 6, 4), _traits(3_000, 6, 5)
    slope = (_peak(many, pool) - _peak(few, pool)) / (len(many) - len(few))
    # Before: ~156 bytes a trait (its index an int in a list, at this size and the next); then ~124.
    assert slope < 140, slope


def test_a_trait_that_finds_nothing_holds_its_hashes_once():
    # A trait whose key the size's filter rules out waits at once, its hashes taken once (they were
    # held as asked, then copied to waiting), and the size's texts are read a block at a time.
    pool = _traits(300, 6, 1) + _traits(300, 5, 2)
    _peak(_traits(20, 6, 3), pool)
    few, many = _traits(1_000, 6, 4), _traits(3_000, 6, 5)
    slope = (_peak(many, pool) - _peak(few, pool)) / (len(many) - len(few))
    # Before: ~124 bytes a trait (~156 before f8041d8); now ~85.
    assert slope < 105, slope


@pytest.mark.parametrize("collide", [False, True])
def test_answers_are_the_literal_search(collide, monkeypatch):
    # Guard: equal, one word added, dropped or changed, negated, repeated words and copies, across
    # sizes; with every token hashed to one of four values, most keys meet sets they are not.
    if collide:
        monkeypatch.setattr(simjoin, "_token_hash", lambda tok: hash(tok) & 3)
    rng = random.Random(7)
    pool = [" ".join(rng.sample(STEMS, rng.randint(2, 6))) for _ in range(120)]
    queries = []
    for k in range(160):
        words = rng.choice(pool).split()
        edit = k % 6
        if edit == 1 and len(words) > 2:
            words.pop(rng.randrange(len(words)))
        elif edit == 2:
            words.append(rng.choice(STEMS))
        elif edit == 3:
            words[rng.randrange(len(words))] = rng.choice(STEMS)
        elif edit == 4:
            words.insert(0, "nie")
        elif edit == 5:
            words.append(words[0])  # a repeated word: its set is smaller than its word count
        queries.append(" ".join(words))
    queries += queries[:10]  # copies take their first place's answer
    marked = frozenset({"nie"})
    found = one_edit_matches(queries, pool, 0.8, marked=marked, min_tokens=2)
    expected = {}
    for i, text in enumerate(queries):
        toks = frozenset(text.split())
        if len(toks) < 2:
            continue
        best = _one_edit_reference(toks, pool, marked)
        if best is not None and best[1] >= 0.8:
            expected[i] = best
    assert found == expected
    assert len(expected) > 60
