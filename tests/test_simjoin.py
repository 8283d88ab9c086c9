"""The fast set joins behind the cross-file rules agree with the slow, literal definitions they replace.

Texts are normalised trait stems (Polish and English) drawn from a small
vocabulary, so that near-duplicates, ties and negations are common.
"""

from __future__ import annotations

import difflib
from contextlib import contextmanager
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.lint import simjoin
from cxkit.lint.simjoin import ClosestMatch, dice_matches, jaccard_pairs, near_duplicates, one_edit_matches, similar_pairs, token_ids
from cxkit.lint.textnorm import NEGATION_STEMS, normalise

STEMS = ["kup", "sluchaw", "promocj", "czyt", "recenz", "nie", "dba", "zdrow", "biega", "garmin", "600", "km",
         "read", "review", "not", "shoe", "never"]

texts = st.lists(st.lists(st.sampled_from(STEMS), max_size=7).map(" ".join), max_size=12)


@st.composite
def near_pairs(draw):
    """Queries, and a pool of their one-word variants (dropped, added, changed, reordered) among others."""
    stems = STEMS[:8]
    queries = draw(st.lists(st.lists(st.sampled_from(stems), min_size=1, max_size=6), min_size=1, max_size=6))
    pool = [" ".join(t) for t in draw(st.lists(st.lists(st.sampled_from(stems), max_size=6), max_size=4))]
    for words in queries:
        for _ in range(draw(st.integers(0, 4))):
            variant = list(words)
            edit = draw(st.sampled_from(["drop", "add", "change", "shuffle"]))
            k = draw(st.integers(0, len(variant) - 1))
            if edit == "drop":
                del variant[k]
            elif edit == "add":
                variant.insert(k, draw(st.sampled_from(stems)))
            elif edit == "change":
                variant[k] = draw(st.sampled_from(stems))
            else:
                variant = draw(st.permutations(variant))
            pool.insert(draw(st.integers(0, len(pool))), " ".join(variant))
    return [" ".join(t) for t in queries], pool


@contextmanager
def _patched(name: str, value: object):
    # Hypothesis runs many examples per test; a plain context manager restores the module each time.
    saved = getattr(simjoin, name)
    setattr(simjoin, name, value)
    try:
        yield
    finally:
        setattr(simjoin, name, saved)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def _first_best(pairs, qsets, psets, marked) -> dict[int, tuple[int, float]]:
    # What trait-overlap always did with its candidates: skip negation mismatches, keep the first best.
    found: dict[int, tuple[int, float]] = {}
    for i, j in pairs:
        if marked.isdisjoint(qsets[i]) != marked.isdisjoint(psets[j]):
            continue
        score = _dice(qsets[i], psets[j])
        if score > found.get(i, (-1, -1.0))[1]:
            found[i] = (j, score)
    return found


def one_edit_reference(queries, pool, threshold, marked, min_tokens):
    qsets = [frozenset(t.split()) for t in queries]
    psets = [frozenset(t.split()) for t in pool]
    keep = [i for i, s in enumerate(qsets) if len(s) >= min_tokens]
    pairs = ((keep[a], j) for a, j in near_duplicates([qsets[i] for i in keep], psets))
    found = _first_best(pairs, qsets, psets, marked)
    return {i: best for i, best in found.items() if best[1] >= threshold}


@settings(max_examples=300, deadline=None)
@given(queries=texts, pool=texts, threshold=st.sampled_from([0.8, 0.85, 0.9, 1.0]), min_tokens=st.sampled_from([1, 2]))
def test_one_edit_matches_agrees_with_near_duplicates(queries, pool, threshold, min_tokens):
    expected = one_edit_reference(queries, pool, threshold, NEGATION_STEMS, min_tokens)
    assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS, min_tokens=min_tokens) == expected


@settings(max_examples=300, deadline=None)
@given(case=near_pairs(), threshold=st.sampled_from([0.8, 0.85]))
def test_one_edit_matches_picks_the_same_near_duplicate(case, threshold):
    queries, pool = case
    expected = one_edit_reference(queries, pool, threshold, NEGATION_STEMS, 1)
    assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS) == expected


@settings(max_examples=150, deadline=None)
@given(case=near_pairs(), threshold=st.sampled_from([0.8, 0.9]))
def test_one_edit_matches_survives_colliding_hashes(case, threshold):
    queries, pool = case
    # Stems of equal length share a hash: keys collide all the time and the slow path must take over.
    expected = one_edit_reference(queries, pool, threshold, NEGATION_STEMS, 2)
    with _patched("_token_hash", len):
        assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS, min_tokens=2) == expected


def test_one_edit_matches_prefers_the_same_trait_reworded_over_an_earlier_near_one():
    pool = [normalise("Kupuje słuchawki wyłącznie w promocji"), normalise("W promocji kupuje tylko słuchawki")]
    queries = [normalise("Kupuje słuchawki tylko w promocji")]
    # The second persona trait holds the same stems in another order: it beats the one-word change.
    assert one_edit_matches(queries, pool, 0.8, marked=NEGATION_STEMS) == {0: (1, 1.0)}


def test_one_edit_matches_keeps_a_negation_apart():
    pool = [normalise("Czyta recenzje przed zakupem")]
    assert one_edit_matches([normalise("Nie czyta recenzji przed zakupem")], pool, 0.8, marked=NEGATION_STEMS) == {}
    assert one_edit_matches([normalise("Czyta recenzje przed każdym zakupem")], pool, 0.8, marked=NEGATION_STEMS) == {0: (0, 8 / 9)}


def dice_reference(queries, pool, threshold, marked):
    qsets = [frozenset(t.split()) for t in queries]
    psets = [frozenset(t.split()) for t in pool]
    found = _first_best(similar_pairs(qsets, psets, threshold / (2 - threshold)), qsets, psets, marked)
    return {i: best for i, best in found.items() if best[1] >= threshold}


@settings(max_examples=300, deadline=None)
@given(queries=texts, pool=texts, threshold=st.sampled_from([0.3, 0.5, 0.65, 0.75]))
def test_dice_matches_agrees_with_the_join_over_strings(queries, pool, threshold):
    queries = [q for q in queries if len(set(q.split())) >= 2]
    assert dice_matches(queries, pool, threshold, marked=NEGATION_STEMS) == dice_reference(queries, pool, threshold, NEGATION_STEMS)


def jaccard_reference(sets, jaccard):
    out = []
    for i, j in combinations(range(len(sets)), 2):
        inter = len(sets[i] & sets[j])
        score = inter / (len(sets[i]) + len(sets[j]) - inter)
        if score >= jaccard:
            out.append((i, j, score))
    return out


rows = st.lists(st.frozensets(st.sampled_from(STEMS), min_size=1, max_size=9), max_size=14)


@settings(max_examples=300, deadline=None)
@given(sets=rows, jaccard=st.sampled_from([0.0, 0.2, 0.5, 0.6, 1.0]), window=st.sampled_from([1, 2, 3, 256]))
def test_jaccard_pairs_finds_every_similar_pair(sets, jaccard, window):
    with _patched("_WINDOW", window):
        found = list(jaccard_pairs(token_ids(sets), jaccard))
    assert sorted(found) == jaccard_reference(sets, jaccard)
    # For each later row, its pairs come by the earlier row: the order findings keep on one persona.
    for j in {p[1] for p in found}:
        firsts = [i for i, jj, _ in found if jj == j]
        assert firsts == sorted(firsts)


def test_token_ids_numbers_equal_stems_equally_and_drops_repeats():
    rows_ = token_ids([["biega", "garmin", "biega"], ["garmin", "km"]])
    assert len(rows_[0]) == 2 and len(rows_[1]) == 2
    assert set(rows_[0]) & set(rows_[1]) and len(set(rows_[0]) | set(rows_[1])) == 3


def test_jaccard_pairs_counts_overlaps_past_255_stems():
    # A persona with hundreds of stems: overlaps no longer fit a byte and must still be exact.
    big = frozenset(f"stem{k}" for k in range(400))
    sets = [big, big - {"stem0"}, frozenset(f"stem{k}" for k in range(300, 700)), frozenset({"stem1", "other"})]
    found = list(jaccard_pairs(token_ids(sets), 0.1))
    assert sorted(found) == jaccard_reference(sets, 0.1)
    assert [(i, j) for i, j, _ in found] == [(0, 1), (0, 2), (1, 2)]


ids = st.text(alphabet="aeknoprs-0129łó", min_size=0, max_size=14)


@settings(max_examples=400, deadline=None)
@given(possibilities=st.lists(ids, max_size=25), words=st.lists(ids, min_size=1, max_size=6),
       cutoff=st.sampled_from([0.0, 0.3, 0.6, 0.9, 1.0]))
def test_closest_match_agrees_with_difflib(possibilities, words, cutoff):
    closest = ClosestMatch(possibilities, cutoff=cutoff)
    for word in words + words:  # the second round is answered from memory
        found = difflib.get_close_matches(word, possibilities, n=1, cutoff=cutoff)
        assert closest(word) == (found[0] if found else None)


def test_closest_match_with_ids_too_long_to_count_in_bytes():
    long_id = "persona-" + "a" * 300
    possibilities = [long_id, "persona-ola", "persona-ala"]
    closest = ClosestMatch(possibilities)
    assert closest("persona-" + "a" * 299) == long_id
    assert closest("persona-ol") == "persona-ola"


def test_closest_match_breaks_ties_like_difflib():
    # Both are one letter off; difflib keeps the larger string of equal scores.
    assert ClosestMatch(["ola-runner", "ala-runner"])("ila-runner") == "ola-runner"


def test_one_edit_matches_names_the_earliest_trait_even_when_it_repeats_a_word():
    # "Kupuje i kupuje" has fewer distinct stems than words: it is still the earliest equal trait.
    pool = ["kup kup sluchaw promocj", "kup sluchaw promocj", "kup sluchaw promocj czyt"]
    assert one_edit_matches(["promocj sluchaw kup"], pool, 0.8) == {0: (0, 1.0)}
    assert one_edit_matches(["promocj sluchaw kup czyt recenz"], pool, 0.8) == {0: (2, 8 / 9)}
    assert one_edit_matches(["promocj kup", "kup promocj kup"], pool, 0.8) == {0: (0, 0.8), 1: (0, 0.8)}
