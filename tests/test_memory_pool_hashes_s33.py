"""trait-overlap's near-duplicate search keeps the persona traits' token hashes in the lint run's
spill file, session 33 (issue #7).

The search goes through the traits by size, largest first, and held the token hashes of every
persona trait of two sizes (eight bytes a word) for the size's key filter and its exact hits: with
the key filter, the largest part of the rule's memory on the bench corpus, and it grew with the
number of persona traits.  In a lint run they now wait in the run's spill file and are read back a
block at a time, in the order they were written (twice per size).  A store that refuses a block
keeps it in memory.

The memory test measures the search as the rule calls it, with tracemalloc (deterministic), and
fails on the code before; the guards pin its answers with blocks on disk, in memory and mixed.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest

from cxkit.lint import simjoin
from cxkit.lint.rules import personas
from cxkit.lint.rules.personas import TraitOverlap
from cxkit.lint.simjoin import PackedTexts, _one_edit_reference, one_edit_matches
from cxkit.lint.textnorm import NEGATION_STEMS
from cxkit.workspace import TraitSpill, trait_spill
from test_memory_s24 import _index, _workload


def _search_peak(monkeypatch, pool: list[str], queries: list[str]) -> int:
    """The peak of what the near-duplicate search allocates, as trait-overlap calls it in a lint run."""
    real, peaks = simjoin.one_edit_matches, []

    def measured(*args, **kwargs):
        tracemalloc.start()
        try:
            found = real(*args, **kwargs)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        return found

    monkeypatch.setattr(personas, "one_edit_matches", measured)
    index = _index(pool, queries)
    spill = TraitSpill()
    token = trait_spill.set(spill)
    try:
        hits = sum(1 for _hit in TraitOverlap().check_workspace(index))
    finally:
        trait_spill.reset(token)
        spill.close()
    assert hits and len(peaks) == 1, (hits, peaks)
    return peaks[0]


def test_the_search_keeps_the_persona_traits_hashes_in_the_spill_file(monkeypatch):
    # Persona traits of 8-17 words; the negative traits stay the same, so the slope is per persona trait.
    _pool, queries = _workload(8, 100)
    few, many = _workload(7, 400)[0], _workload(7, 1_600)[0]
    slope = (_search_peak(monkeypatch, many, queries) - _search_peak(monkeypatch, few, queries)) / (len(many) - len(few))
    # Before: ~105 bytes a persona trait (two sizes' token hashes held); now ~48.
    assert slope < 75, f"{slope:.0f} bytes a persona trait"


class _Refusing:
    """A store that takes every other write after the first ``room`` (a temp dir filling up)."""

    def __init__(self, room: int) -> None:
        self.room, self.calls, self.spill = room, 0, TraitSpill()

    def put(self, data: bytes) -> int | None:
        self.calls += 1
        if self.calls > self.room and self.calls % 2:
            return None
        return self.spill.put(data)

    def get(self, start: int, size: int) -> bytes:
        return self.spill.get(start, size)


def _edited(seed: int) -> tuple[list[str], list[str]]:
    """Persona traits of 2-9 words and negative traits one word from one (or not), with denials,
    repeated words and copies."""
    rng = random.Random(seed)
    stems = [f"{a}{b}" for a in ("kup", "sluchaw", "ceneo", "żabk", "łóżk", "kurier", "blik", "raty") for b in ("", "a", "ow", "ę")]
    pool = [" ".join(rng.sample(stems, rng.randint(2, 9))) for _ in range(150)]
    queries = []
    for k in range(200):
        words = rng.choice(pool).split()
        edit = k % 6
        if edit == 1 and len(words) > 2:
            words.pop(rng.randrange(len(words)))
        elif edit == 2:
            words.append(rng.choice(stems))
        elif edit == 3:
            words[rng.randrange(len(words))] = rng.choice(stems)
        elif edit == 4:
            words.insert(0, "nie")
        elif edit == 5:
            words.append(words[0])
        queries.append(" ".join(words))
    return pool, queries + queries[:10]


def _searched(seed: int, room: int) -> tuple[list[str], list[str], dict, dict]:
    """The near-duplicate search of ``_edited(seed)``'s traits (persona traits in blocks of 20) with a
    ``_Refusing(room)`` store, and the literal search's answer: (pool, queries, found, expected), each
    answer a query's index: (its persona trait's index, score) for the queries of two words or more."""
    pool, queries = _edited(seed)
    store = _Refusing(room)
    packed = PackedTexts.from_groups([pool[k:k + 20] for k in range(0, len(pool), 20)], store)
    try:
        kwargs = {"store": store} if "store" in one_edit_matches.__kwdefaults__ else {}
        found = one_edit_matches(queries, packed, 0.8, marked=NEGATION_STEMS, min_tokens=2, **kwargs)
    finally:
        store.spill.close()
    expected = {}
    for i, text in enumerate(queries):
        toks = frozenset(text.split())
        if len(toks) >= 2:
            best = _one_edit_reference(toks, pool, NEGATION_STEMS)
            if best is not None and best[1] >= 0.8:
                expected[i] = best
    return pool, queries, found, expected


@pytest.mark.parametrize("collide", [False, True])
@pytest.mark.parametrize("room", [10**6, 0, 3])
def test_answers_are_the_literal_search_with_the_hashes_stored(monkeypatch, collide, room):
    # Guard (passes before too, without a store): blocks of 40 hashes, so that every size has several;
    # on disk, all refused (in memory), and mixed; with every token hashed to one of four values, many
    # keys meet sets they are not.
    monkeypatch.setattr(simjoin, "_HASH_BLOCK", 40, raising=False)
    if collide:
        monkeypatch.setattr(simjoin, "_token_hash", lambda tok: hash(tok) & 3)
    _pool, _queries, found, expected = _searched(5, room)
    assert found == expected
    assert len(expected) > 80
