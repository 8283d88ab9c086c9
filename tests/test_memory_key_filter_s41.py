"""trait-overlap's key filter holds a bit per slot, not a byte, session 41 (issue #7).

At 3,200 files a lint run's traced peak was trait-overlap's search of near-duplicates at its largest
sizes, where :class:`cxkit.lint.simjoin._KeyFilter` held a byte per slot (eight slots a key: ~512 KiB).
It now holds a bit per slot, set and read in C.  The guards: the bits pass exactly the keys the bytes
passed (so what the search settles exactly is the same), the search finds what a literal comparison
finds, and the filter's memory is about a byte a key.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest

from cxkit.lint.simjoin import _KeyFilter, one_edit_matches


def _byte_marks_s41(keys: list[int], probes: list[int], mask: int) -> bytes:
    """The filter as it was: a byte per slot, 1 where an added key falls."""
    slots = bytearray(mask + 1)
    for key in keys:
        slots[key & mask] = 1
    return bytes(slots[p & mask] for p in probes)


@pytest.mark.parametrize("size", [0, 1, 7, 64, 3_000])
def test_bits_pass_what_the_bytes_passed_s41(size):
    rng = random.Random(size)
    # Keys as the search makes them: sums modulo 2**64, and sums less a token's (signed) hash.
    keys = [rng.getrandbits(64) for _ in range(size)] + [rng.getrandbits(64) - rng.getrandbits(63) for _ in range(size)]
    table = _KeyFilter(len(keys))
    table.add(iter(keys[:size]))
    table.add(k for k in keys[size:])
    probes = keys[::3] + [rng.getrandbits(64) for _ in range(2_000)] + [k ^ 1 for k in keys[:40]] + [-5, 0, 1 << 70]
    want = _byte_marks_s41(keys, probes, table.mask)
    assert table.marks(iter(probes)) == want
    assert bytes(map(table.has, probes)) == want
    assert all(table.has(k) for k in keys)  # never a key added refused
    assert len(table.bits) * 8 == table.mask + 1


def test_the_filter_holds_about_a_byte_a_key_s41():
    rng = random.Random(41)
    keys = [rng.getrandbits(64) for _ in range(20_000)]
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        table = _KeyFilter(len(keys))
        table.add(iter(keys))
        marks = table.marks(iter(keys[:1_000]))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert marks == b"\x01" * 1_000
    # Before: a byte per slot, 2**18 slots for 20,000 keys (~13 bytes a key); now a bit per slot.
    assert peak / len(keys) < 2.5, f"{peak / len(keys):.1f} bytes a key"


def _literal_s41(queries: list[str], pool: list[str], threshold: float, marked: frozenset[str]) -> dict[int, tuple[int, float]]:
    found = {}
    for i, q in enumerate(queries):
        qs = frozenset(q.split())
        if len(qs) < 2:
            continue
        best = None
        for j, p in enumerate(pool):
            ps = frozenset(p.split())
            if len(qs ^ ps) > 2 or (len(qs ^ ps) == 2 and len(qs) != len(ps)) or marked.isdisjoint(qs) != marked.isdisjoint(ps):
                continue
            score = 2 * len(qs & ps) / (len(qs) + len(ps))
            if score >= threshold and (best is None or score > best[1]):
                best = (j, score)
        if best is not None:
            found[i] = best
    return found


@pytest.mark.parametrize("threshold", [0.8, 0.9])
def test_near_duplicates_through_the_bit_filter_are_the_literal_ones_s41(threshold):
    rng = random.Random(int(threshold * 100))
    words = ("kupuje porównuje czyta forum rowerowe buty trailowe compares prices every night "
             "nie never biega pływa swims lengths").split()
    pool = [" ".join(rng.sample(words, rng.randint(2, 9))) for _ in range(400)]
    queries = [" ".join(rng.sample(p.split(), len(p.split()))) for p in pool[:60]]  # the same sets
    queries += [" ".join(p.split()[:-1]) for p in pool[60:160]]  # one dropped
    queries += [p + " " + rng.choice(words) for p in pool[160:260]]  # one added (or repeated)
    queries += [" ".join(rng.sample(words, rng.randint(2, 9))) for _ in range(200)]
    marked = frozenset({"nie", "never"})
    want = _literal_s41(queries, pool, threshold, marked)
    got = one_edit_matches(queries, pool, threshold, marked=marked, min_tokens=2)
    assert {i: s for i, (_j, s) in got.items()} == {i: s for i, (_j, s) in want.items()}
    for i, (j, s) in got.items():  # the pool item found scores as the best
        assert 2 * len(frozenset(queries[i].split()) & frozenset(pool[j].split())) / (
            len(frozenset(queries[i].split())) + len(frozenset(pool[j].split()))) == s
    assert len(got) > 100
