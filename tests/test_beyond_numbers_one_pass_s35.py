"""trait-overlap's search past numbers, from the default similarity (0.8) up, is one pass over the persona
traits (#7 CPU): a negative trait is one token from a persona trait at most there, so each token set is
keyed by the sum of its tokens' codes and a trait meets a query by a key, not by sharing rare tokens with
it.  It answers as the search by rare tokens (kept below 0.8) and as a scan of every trait."""

import random

import pytest

from cxkit.lint.rules import personas
from cxkit.lint.rules.personas import _beyond_numbers, _one_edit_beyond_numbers, _rare_token_beyond_numbers
from cxkit.lint.textnorm import normalise
from test_rules_personas import _scan_beyond_numbers

_TRAITS = [
    "Kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni",
    "Nie kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni",
    "Czyta {n} recenzji słuchawek zamkniętych na forum audiostereo rano",
    "Zamawia kawę ziarnistą z palarni w Krakowie co {n} tygodni online",
    "Buys {n} pairs of trail shoes a year at the Leeds flagship store",
    "Reads {n} reviews of closed-back headphones on r/headphones in the evening",
    "Never orders single-origin coffee from a Bristol roaster every {n} weeks",
    "Orders single-origin coffee from a Bristol roaster every {n} weeks",
]
_SWAPS = ["online", "zawsze", "often", "stacjonarnie", "rano", "wieczorem", "trzy", "three", "nie", "never", "używane"]


def _trait(rng: random.Random) -> str:
    text = rng.choice(_TRAITS).format(n=rng.choice([2, 3, 12, 40, "dwa", "trzy", "two"]))
    words = text.split()
    for _ in range(rng.choice([0, 0, 1, 1, 2])):  # a word changed, added or dropped
        at = rng.randrange(len(words))
        move = rng.random()
        if move < 0.4:
            words[at] = rng.choice(_SWAPS)
        elif move < 0.7:
            words.insert(at, rng.choice(_SWAPS))
        elif len(words) > 2:
            del words[at]
    return normalise(" ".join(words))


def _case(seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    pool = [_trait(rng) for _ in range(rng.randint(0, 160))]
    pool += rng.sample(pool, min(len(pool), 10)) + ["", "zawsze"]  # repeated traits, an empty one, one word
    rng.shuffle(pool)
    queries = list(dict.fromkeys([_trait(rng) for _ in range(rng.randint(1, 25))] + rng.sample(pool, min(len(pool), 5))))
    return pool, [q for q in queries if q]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("threshold", [0.8, 0.85, 0.9, 1.0])
def test_one_pass_answers_as_the_search_by_rare_tokens_and_a_scan(seed, threshold):
    pool, queries = _case(seed)
    wanted = {q: frozenset(q.split()) for q in queries}
    found = _one_edit_beyond_numbers(pool, wanted, threshold)
    assert found == _rare_token_beyond_numbers(pool, wanted, threshold)
    assert found == _scan_beyond_numbers(pool, queries, threshold)
    assert _beyond_numbers(pool, queries, threshold) == found


def test_the_cases_do_find_overlaps_past_numbers():
    # The comparisons above must not be of empty answers only.
    answered = sum(bool(_beyond_numbers(*_case(seed), 0.8)) for seed in range(40))
    assert answered >= 30


@pytest.mark.parametrize("seed", range(10))
def test_token_sets_whose_keys_meet_by_chance_are_told_apart(seed, monkeypatch):
    # Every token coded alike: sets of one size share every key, and the check on the sets must sort them.
    monkeypatch.setattr(personas, "_token_code", lambda token: 7)
    pool, queries = _case(seed)
    assert _beyond_numbers(pool, queries, 0.8) == _scan_beyond_numbers(pool, queries, 0.8)


class _Pool(list):
    """A pool that counts the traits looked up by their place (a pass over it looks none up)."""

    looked_up = 0

    def __getitem__(self, j):
        type(self).looked_up += 1
        return super().__getitem__(j)


def test_the_pool_is_read_once_in_order():
    # 2,000 persona traits, each the query less two of its words (a different two each time) and with one
    # of its own: every word of the query is in most of them, so the search by rare tokens took most as
    # candidates and read each again by its place.  None is one edit from the query.
    query = normalise("Zamawia kawę ziarnistą z palarni w Krakowie co dwa tygodnie przez aplikację")
    words = query.split()
    pool = _Pool()
    for j in range(2000):
        a = j % len(words)
        b = (a + 1 + (j // len(words)) % (len(words) - 1)) % len(words)  # never a
        pool.append(" ".join([w for i, w in enumerate(words) if i not in (a, b)] + [f"x{j}"]))
    pool.append(query.replace(words[-1], "online"))  # one token changed: the overlap
    _Pool.looked_up = 0
    assert _beyond_numbers(pool, [query], 0.8) == {query: 2000}
    assert _Pool.looked_up == 0
