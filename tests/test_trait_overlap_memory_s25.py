"""trait-overlap's memory on many personas, session 25 (issue #7), and the findings it must keep.

Its near-duplicate search (one_edit_matches) held each size's keys (every persona trait less one
word) as a dict of int objects, about 70 bytes a key; it now holds a byte filter and settles
exactly only the few keys that pass it.  The exact matches and the search's own de-duplication
held every trait text as a str, with a dict, at once; they now take one word count at a time.
The memory tests measure with tracemalloc (deterministic) and fail on the code before; the
others pin the findings a change of data structure could move: ties (the earliest trait wins),
traits of equal length, Polish letters, empty traits, repeated words and many copies.
"""

from __future__ import annotations

import random
from contextlib import contextmanager

import pytest

from cxkit.lint import simjoin
from cxkit.lint.rules.personas import TraitOverlap
from cxkit.lint.simjoin import PackedTexts, one_edit_matches
from cxkit.lint.textnorm import NEGATION_STEMS, normalise
from cxkit.workspace import DocSummary, WorkspaceIndex
from test_memory_s24 import _index, _literal, _peak, _workload


def test_the_search_holds_a_filter_of_its_keys_not_a_dict():
    """Per persona trait, on packed traits as trait-overlap passes them.  Before: ~557 bytes here
    (a dict entry and an int object per key); now ~245."""
    pool, queries = _workload(7, 3_000)
    found, peak = _peak(one_edit_matches, PackedTexts(queries), PackedTexts(pool), 0.8, marked=NEGATION_STEMS, min_tokens=2)
    assert len(found) > 1_000
    assert peak / len(pool) < 400, f"{peak / len(pool):.0f} bytes per pool trait"


def test_trait_overlap_peak_per_trait():
    """The whole rule, its findings let go as they come.  Before: ~376 bytes per trait here (the
    exact matches held every persona trait as a str in a dict; the search, its keys as a dict);
    now ~257."""
    pool, queries = _workload(7, 3_000)
    index = _index(pool, queries)
    rule = TraitOverlap()

    def run() -> int:
        return sum(1 for _hit in rule.check_workspace(index))

    hits, peak = _peak(run)
    assert hits > 1_000
    assert peak / (len(pool) + len(queries)) < 320, f"{peak / (len(pool) + len(queries)):.0f} bytes per trait"


def _tie_heavy(seed: int, size: int) -> tuple[list[str], list[str]]:
    """Few words, so that many pool traits are equally close to a query; copies on both sides,
    repeated words, one-word and empty traits, Polish letters and denials."""
    rng = random.Random(seed)
    words = "zamaw żółt łóżk aplikac żabk kup buty trail decathlon gdyn rano wieczor tani drog nie not 49 2500".split()

    def text() -> str:
        n = rng.choice([0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 6])
        return " ".join(rng.choice(words) for _ in range(n))

    pool = [text() for _ in range(size)]
    pool += rng.sample(pool, size // 4)  # copies: the earliest must win
    queries = [rng.choice(pool) if rng.random() < 0.3 else text() for _ in range(size)]
    return pool, queries


@pytest.mark.parametrize("threshold", [0.8, 0.85, 0.9])
def test_the_search_names_the_literal_first_best_on_ties_and_copies(threshold):
    pool, queries = _tie_heavy(25, 1_200)
    expected = _literal(queries, pool, threshold, 2)
    scores = {round(score, 3) for _j, score in expected.values()}
    assert len(expected) > 300 and 1.0 in scores and len(scores) >= 2, (len(expected), scores)
    assert one_edit_matches(PackedTexts(queries), PackedTexts(pool), threshold, marked=NEGATION_STEMS, min_tokens=2) == expected
    assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS, min_tokens=2) == expected


@contextmanager
def _hashes(function):
    saved = simjoin._token_hash
    simjoin._token_hash = function
    try:
        yield
    finally:
        simjoin._token_hash = saved


def test_the_search_survives_keys_that_collide_and_fill_the_filter():
    """Every token hashed to one of three values: most keys meet, the filter passes nearly every
    probe, and the exact check must still name the literal first best."""
    pool, queries = _tie_heavy(26, 300)
    expected = _literal(queries, pool, 0.8, 2)
    with _hashes(lambda token: len(token) % 3):
        assert one_edit_matches(PackedTexts(queries), PackedTexts(pool), 0.8, marked=NEGATION_STEMS, min_tokens=2) == expected


def _workspace(personas: dict[str, list[str]], negatives: dict[str, list[str]]) -> WorkspaceIndex:
    index = WorkspaceIndex()
    for kind, docs in (("persona", personas), ("negative-persona", negatives)):
        for name, traits in docs.items():
            summary = DocSummary(f"personas/{name}.yaml", kind, name, (2, 5))
            summary.set_traits((("goals", t, 10 + k, 5, normalise(t)) for k, t in enumerate(traits)), spill=False)
            index.add(summary)
    return index


def _found(index: WorkspaceIndex) -> list[tuple[str, int, str, int]]:
    """(negative persona, its trait's line, persona, the persona trait's line) of each finding."""
    out = []
    for hit in TraitOverlap().check_workspace(index):
        (related,) = hit.related
        out.append((hit.path, hit.line, related.path, related.line))
    return out


def test_a_tie_names_the_earliest_persona_trait():
    index = _workspace(
        {
            "anna": ["Kupuje buty trailowe w Decathlonie w Gdyni rano"],
            "basia": ["Kupuje buty trailowe w Decathlonie w Gdyni wieczorem", "Kupuje buty trailowe w Decathlonie w Gdyni rano"],
        },
        # One word changed against both of anna's and basia's first trait, equally (equal lengths).
        {"lowca": ["Kupuje buty trailowe w Decathlonie w Gdyni zawsze"]},
    )
    assert _found(index) == [("personas/lowca.yaml", 10, "personas/anna.yaml", 10)]


def test_the_same_words_reordered_beat_an_earlier_trait_one_word_away():
    index = _workspace(
        {
            "anna": ["Zamawia żółte łóżko przez aplikację Żabki wieczorem"],
            "basia": ["przez aplikację Żabki zamawia żółte łóżko"],
        },
        {"lowca": ["Zamawia żółte łóżko przez aplikację Żabki"]},
    )
    assert _found(index) == [("personas/lowca.yaml", 10, "personas/basia.yaml", 10)]


def test_polish_letters_and_inflection_meet_and_a_denial_does_not():
    index = _workspace(
        {"anna": ["Zamawiała żółte łóżka przez aplikację Żabki", "Czyta recenzje na Ceneo przed zakupem"]},
        {"lowca": ["Nie czyta recenzji na Ceneo przed zakupem", "Zamawia żółte łóżko przez aplikację Żabki"]},
    )
    assert _found(index) == [("personas/lowca.yaml", 11, "personas/anna.yaml", 10)]


def test_empty_traits_match_nothing_and_move_nothing():
    # "i w na" normalises to nothing: an empty trait on both sides, between real ones.
    assert normalise("i w na") == ""
    index = _workspace(
        {"anna": ["i w na", "Kupuje kawę ziarnistą co tydzień w palarni"]},
        {"lowca": ["i w na", "", "Kupuje kawę ziarnistą co tydzień w palarni online"]},
    )
    assert _found(index) == [("personas/lowca.yaml", 12, "personas/anna.yaml", 11)]


def test_many_copies_all_name_the_first_persona_trait():
    trait = "Porównuje ceny słuchawek w Ceneo po wypłacie"
    personas = {f"persona-{k:02d}": ["Biega rano po parku", trait] for k in range(5)}
    negatives = {f"negative-{k:02d}": [trait, trait + " zawsze", "Porównuje ceny słuchawek po wypłacie"] for k in range(40)}
    found = _found(_workspace(personas, negatives))
    assert len(found) == 120
    assert {(persona, line) for _neg, _line, persona, line in found} == {("personas/persona-00.yaml", 11)}


def test_repeated_words_are_compared_as_the_set_they_are():
    index = _workspace(
        {"anna": ["Kupuje kupuje buty trailowe w Gdyni w weekend", "Kupuje buty trailowe w Gdyni w weekend"]},
        # Repeats a word (its word count is larger than its set): it waits for its real size.
        {"lowca": ["buty buty trailowe trailowe kupuje w Gdyni"]},
    )
    assert _found(index) == [("personas/lowca.yaml", 10, "personas/anna.yaml", 10)]
