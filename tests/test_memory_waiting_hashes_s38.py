"""trait-overlap's near-duplicate search keeps the token hashes of the negative traits waiting for
the next size in the lint run's spill file, session 38 (issue #7).

The search goes through the traits by size, largest first.  A negative trait (a query) that finds
nothing at its own size waits for the next one, where a persona trait one word shorter is; its
token hashes (eight bytes a word) were held in memory until then, those of two sizes at once beside
the key filter: on the bench corpus that was the peak of the whole lint run, and it grew with the
number of negative traits.  In a lint run they now wait in the run's spill file, as the persona
traits' hashes do (tests/test_memory_pool_hashes_s33.py), and only the few whose probes pass the key
filter are read back into memory.  A store that refuses a block keeps it in memory.

The first test counts what the search writes to the spill file, and fails on the code before (the
memory itself, measured with bench/run.py's method, is in the commit message: the peak of a run is
that of the whole workspace's search, which a unit-sized one does not reach); the guard pins its
answers with blocks on disk, in memory and mixed.
"""

from __future__ import annotations

import random

import pytest

from cxkit.lint import simjoin
from cxkit.lint.simjoin import PackedTexts, one_edit_matches
from cxkit.lint.textnorm import NEGATION_STEMS
from cxkit.workspace import TraitSpill
from test_memory_pool_hashes_s33 import _searched
from test_memory_s24 import _index, _workload


class _Counting_s38:
    """A spill file that counts the bytes written to it."""

    def __init__(self) -> None:
        self.spill, self.written = TraitSpill(), 0

    def put(self, data: bytes) -> int | None:
        self.written += len(data)
        return self.spill.put(data)

    def get(self, start: int, size: int) -> bytes:
        return self.spill.get(start, size)


def _stored_s38(pool: list[str], queries: list[str]) -> tuple[int, int]:
    """What the search writes to the run's spill file (the pool's texts, then its hashes and the waiting
    queries'), and how many queries it matches."""
    store = _Counting_s38()
    packed = PackedTexts.from_groups([pool[k:k + 20] for k in range(0, len(pool), 20)], store)
    before = store.written
    try:
        found = one_edit_matches(queries, packed, 0.8, marked=NEGATION_STEMS, min_tokens=2, store=store)
    finally:
        store.spill.close()
    return store.written - before, len(found)


def _unrelated_s38(count: int) -> list[str]:
    """Negative traits of twelve words each that no persona trait is near: each waits, from its own
    size, for the next one (with its hashes, before)."""
    rng = random.Random(38)
    return [" ".join(f"slow{rng.randrange(10**9)}" for _ in range(12)) for _ in range(count)]


def test_the_search_keeps_the_waiting_negative_traits_hashes_in_the_spill_file_s38():
    # The persona traits and the negative traits near them stay the same; the unrelated negative
    # traits grow, so the difference is what the waiting ones add.
    pool, queries = _workload(8, 400)
    few, found_few = _stored_s38(pool, queries + _unrelated_s38(200))
    many, found_many = _stored_s38(pool, queries + _unrelated_s38(2_000))
    assert found_few == found_many > 50
    # Twelve hashes of eight bytes each waiting query writes (before: none, all held in memory).
    assert (many - few) / 1_800 >= 12 * 8, f"{(many - few) / 1_800:.0f} bytes a waiting query"


@pytest.mark.parametrize("collide", [False, True])
@pytest.mark.parametrize("room", [10**6, 0, 3])
def test_answers_are_the_literal_search_with_the_waiting_hashes_stored_s38(monkeypatch, collide, room):
    # Guard (passes before too): blocks of 40 hashes, the queries' as the pool's, so that the waiting
    # queries of every size span several; on disk, all refused (in memory), and mixed; with every token
    # hashed to one of four values, many probes pass the filter and meet sets they are not.
    monkeypatch.setattr(simjoin, "_HASH_BLOCK", 40, raising=False)
    monkeypatch.setattr(simjoin, "_WAITING_BLOCK", 40, raising=False)
    if collide:
        monkeypatch.setattr(simjoin, "_token_hash", lambda tok: hash(tok) & 3)
    pool, queries, found, expected = _searched(11, room)
    assert found == expected
    # Not vacuous: many queries find their persona trait a size below their own (one word dropped or changed).
    dropped = sum(1 for i, (j, _score) in expected.items() if len(set(pool[j].split())) < len(set(queries[i].split())))
    assert dropped > 20 and len(expected) > 80
