"""trait-overlap's search past numbers gathers its candidates' queries a block of persona traits at a
time (#7 memory): the same answers as a scan of every trait, and no queue per candidate of the
whole pool held at once."""

import random
import tracemalloc

import pytest

from cxkit.lint.rules import personas
from cxkit.lint.rules.personas import _beyond_numbers
from cxkit.lint.textnorm import normalise
from test_rules_personas import _scan_beyond_numbers

_PL = [
    "Kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni",
    "Nie kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni",
    "Czyta {n} recenzji słuchawek zamkniętych na forum audiostereo",
    "Zamawia kawę ziarnistą z palarni w Krakowie co {n} tygodni",
]
_EN = [
    "Buys {n} pairs of trail shoes a year at the Leeds flagship store",
    "Reads {n} reviews of closed-back headphones on r/headphones",
    "Orders single-origin coffee from a Bristol roaster every {n} weeks",
    "Does not order single-origin coffee from a Bristol roaster every {n} weeks",
]


def _trait(rng: random.Random) -> str:
    text = rng.choice(_PL + _EN).format(n=rng.randint(2, 40))
    if rng.random() < 0.3:  # one word more or changed: a near-duplicate, not only a number apart
        words = text.split()
        words[rng.randrange(1, len(words))] = rng.choice(["online", "zawsze", "often", "stacjonarnie", "rano"])
        text = " ".join(words)
    return normalise(text)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("threshold", [0.6, 0.8])
def test_blocks_of_persona_traits_answer_as_one_scan_of_them_all(seed, threshold, monkeypatch):
    # Blocks of 7 traits: every query's candidates span several, and the earliest of equal best
    # scores must still win across them.
    monkeypatch.setattr(personas, "_POOL_BLOCK", 7)
    rng = random.Random(seed)
    pool = [_trait(rng) for _ in range(90)]
    queries = list(dict.fromkeys(_trait(rng) for _ in range(12)))
    expected = _scan_beyond_numbers(pool, queries, threshold)
    assert expected  # the pool does have matches to find
    assert _beyond_numbers(pool, queries, threshold) == expected


def test_a_pool_where_every_trait_is_a_candidate_holds_no_queue_for_each_of_them(monkeypatch):
    # Every trait below is one number apart from the query: each is a candidate, thousands of them.
    # Before, each candidate had its own queue (an array, an int and a dict slot) until the end:
    # about 250 bytes a pool trait here; now the query's candidates wait as machine words, and the
    # queues of one block of traits at a time (about 130 bytes, most of it the count of
    # candidates every search makes). 1,500 traits in blocks of 1,024 hold the same share as 6,000
    # in blocks of 4,096, in a quarter of the time (tracemalloc slows each allocation ~15 times).
    # (raising=False: without blocks, the measurement itself is what fails.)
    monkeypatch.setattr(personas, "_POOL_BLOCK", 1024, raising=False)
    rng = random.Random(3)
    stems = normalise("Kupuje 1001 par butów trailowych rocznie w sklepie Decathlon")
    assert "1001" in stems.split()
    pool = [stems.replace("1001", str(rng.randint(2, 900))) for _ in range(1500)]
    queries = [stems]
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        found = _beyond_numbers(pool, queries, 0.8)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert found == {}  # a number apart tells the two people apart: no overlap
    assert peak / len(pool) < 170, f"{peak / len(pool):.0f} bytes per pool trait"
