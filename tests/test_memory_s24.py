"""Memory of trait-overlap on many personas (session 24, issue #7): its near-duplicate search holds
one size's keys at a time, and the traits it compares are packed into one string.

The search for negative traits one word away from a persona trait (one_edit_matches) held the keys of
two sizes of trait at once; the traits themselves were one str object each, held through the search.
Both grew with the number of files.  The tests check that the new representations give the same
answer as the literal search (the same pool trait for each query, ties to the earliest) on realistic
Polish and English traits, and measure with tracemalloc (deterministic) what the search holds.
"""

from __future__ import annotations

import random
import tracemalloc

from cxkit.lint.rules.personas import TraitOverlap, _norms_of
from cxkit.lint.simjoin import PackedTexts, near_duplicates, one_edit_matches
from cxkit.lint.textnorm import NEGATION_STEMS, normalise
from cxkit.workspace import DocSummary, WorkspaceIndex

PL = (
    ["Kupuje", "Porównuje", "Testuje", "Zamawia", "Czyta recenzje o", "Poleca znajomym", "Serwisuje", "Wybiera"],
    ["słuchawki zamknięte", "buty trailowe", "ekspres przelewowy", "rower gravelowy", "kurtkę softshell",
     "zegarek z GPS", "kawę ziarnistą", "namiot dwuosobowy"],
    ["raz w miesiącu", "dwa razy w roku", "co kwartał", "w każdy piątek", "po wypłacie", "w weekendy"],
    ["na Allegro", "w Ceneo", "w salonie na Mokotowie", "przez aplikację InPost", "w sklepie Decathlon w Gdyni"],
    ["porównanie zajmuje mu kwadrans", "zwykle z listą zakupów w Notion", "po rozmowie z bratem",
     "z kodem rabatowym z newslettera", "gdy kurier dowozi do 17:00", "płacąc BLIK-iem w tramwaju"],
)
EN = (
    ["Buys", "Compares", "Tests", "Orders", "Reads reviews of", "Recommends", "Services", "Picks"],
    ["closed-back headphones", "trail shoes", "a pour-over kettle", "a gravel bike", "a softshell jacket",
     "a GPS watch", "single-origin coffee", "a two-person tent"],
    ["once a month", "twice a year", "every quarter", "every Friday", "on payday", "at weekends"],
    ["on Amazon UK", "via Google Shopping", "at the Leeds flagship store", "in the Vinted app", "at REI Seattle"],
    ["spending an hour comparing", "always from a shopping list in Notion", "after asking his brother",
     "with a newsletter discount code", "when delivery comes before 5 pm", "paying by phone on the bus"],
)


def _trait(rng: random.Random) -> str:
    verbs, things, when, where, detail = PL if rng.random() < 0.5 else EN
    price = rng.choice([49, 120, 300, 2500])
    return f"{rng.choice(verbs)} {rng.choice(things)} {price} {rng.choice(when)} {rng.choice(where)}, {rng.choice(detail)}"


def _variant(rng: random.Random, text: str) -> str:
    """The trait as a negative persona might repeat it: a word dropped, added, changed or repeated,
    the words reordered, the trait denied, or copied as it is."""
    words = text.split()
    edit = rng.choice(["drop", "add", "change", "shuffle", "deny", "repeat", "same"])
    k = rng.randrange(len(words))
    if edit == "drop":
        del words[k]
    elif edit == "add":
        words.insert(k, rng.choice(["zawsze", "always", "tylko", "only", "online", "tanio"]))
    elif edit == "change":
        words[k] = rng.choice(["zawsze", "always", "49", "2500", "Allegro", "Amazon"])
    elif edit == "shuffle":
        rng.shuffle(words)
    elif edit == "deny":
        words.insert(0, "Nie" if rng.random() < 0.5 else "Never")
    elif edit == "repeat":
        words.insert(k, words[k])
    return " ".join(words)


def _workload(seed: int, size: int) -> tuple[list[str], list[str]]:
    """Normalised persona traits (the pool) and negative traits (the queries): about half are near
    copies of a pool trait, many traits are equal (ties), the rest unrelated."""
    rng = random.Random(seed)
    raw_pool = [_trait(rng) for _ in range(size)]
    raw_queries = [_variant(rng, rng.choice(raw_pool)) if rng.random() < 0.5 else _trait(rng) for _ in range(size)]
    return [normalise(t) for t in raw_pool], [normalise(t) for t in raw_queries]


def _literal(queries: list[str], pool: list[str], threshold: float, min_tokens: int) -> dict[int, tuple[int, float]]:
    """Every pair near_duplicates yields, scored: for each query the first of its best scores."""
    qsets = [frozenset(q.split()) for q in queries]
    psets = [frozenset(p.split()) for p in pool]
    keep = [i for i, s in enumerate(qsets) if len(s) >= min_tokens]
    found: dict[int, tuple[int, float]] = {}
    for a, j in near_duplicates([qsets[i] for i in keep], psets):
        i = keep[a]
        if NEGATION_STEMS.isdisjoint(qsets[i]) != NEGATION_STEMS.isdisjoint(psets[j]):
            continue
        score = 2 * len(qsets[i] & psets[j]) / (len(qsets[i]) + len(psets[j]))
        if score > found.get(i, (-1, -1.0))[1]:
            found[i] = (j, score)
    return {i: best for i, best in found.items() if best[1] >= threshold}


def test_one_edit_matches_on_packed_traits_names_the_same_persona_traits_as_the_literal_search():
    pool, queries = _workload(24, 1_500)
    for threshold in (0.8, 0.9):
        expected = _literal(queries, pool, threshold, 2)
        # Not a vacuous comparison: same sets, one word added, dropped and changed all occur, and
        # many queries have several equal best candidates (a pool trait that repeats).
        scores = {round(score, 3) for _j, score in expected.values()}
        assert len(expected) > 300 and 1.0 in scores and len(scores) >= 3, (len(expected), scores)
        assert len(set(pool)) < len(pool) and len(set(queries)) < len(queries)  # copies take the first's answer
        packed = one_edit_matches(PackedTexts(queries), PackedTexts(pool), threshold, marked=NEGATION_STEMS, min_tokens=2)
        assert packed == expected
        assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS, min_tokens=2) == expected


def test_packed_texts_read_back_as_the_texts():
    texts = ["kup sluchaw 300 allegro", "", "buy trail shoe", "x"] * 100 + ["ostatni"]
    packed = PackedTexts(texts)
    assert len(packed) == len(texts) and list(packed) == texts and list(reversed(packed)) == texts[::-1]
    assert [packed[i] for i in range(-3, 3)] == texts[-3:] + texts[:3] and packed[::7] == texts[::7]
    assert list(packed.at([400, 2, 0])) == [texts[400], texts[2], texts[0]]
    assert list(packed.pick([2, 0, 2])) == [texts[2], texts[0], texts[2]]
    assert list(packed.count_in_each(" ")) == [t.count(" ") for t in texts]
    groups = PackedTexts.from_groups([["a b", ""], [], [""], ["c"]])
    assert list(groups) == ["a b", "", "", "c"]


def _peak(function, *args, **kwargs) -> tuple[object, int]:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = function(*args, **kwargs)
        return result, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_the_near_duplicate_search_holds_the_keys_of_one_size_at_a_time():
    """Per pool trait, the search's tables (every trait less one word, as hash keys) for one size of
    trait, not two.  Before: ~720 bytes per pool trait here; now ~560."""
    pool, queries = _workload(7, 3_000)
    found, peak = _peak(one_edit_matches, queries, pool, 0.8, marked=NEGATION_STEMS, min_tokens=2)
    assert found
    assert peak / len(pool) < 640, f"{peak / len(pool):.0f} bytes per pool trait"


def _index(pool: list[str], queries: list[str]) -> WorkspaceIndex:
    """Personas and negative personas of 20 traits each (held in memory: no lint run, no spill file)."""
    index = WorkspaceIndex()
    for kind, texts in (("persona", pool), ("negative-persona", queries)):
        for d in range(0, len(texts), 20):
            summary = DocSummary(f"personas/{kind}-{d}.yaml", kind, f"{kind}-{d}", (2, 5))
            summary.set_traits((("goals", t, 5 + k, 5, t) for k, t in enumerate(texts[d:d + 20])), spill=False)
            index.add(summary)
    return index


def test_trait_overlap_holds_its_traits_packed():
    """What trait-overlap holds at its peak, per trait compared: its traits as one string, and one
    size's keys.  Before: ~450 bytes per trait here (a str object each, two sizes' keys); now ~300."""
    pool, queries = _workload(11, 3_000)
    index = _index(pool, queries)
    rule = TraitOverlap()
    hits, peak = _peak(lambda: list(rule.check_workspace(index)))
    assert hits
    assert peak / (len(pool) + len(queries)) < 375, f"{peak / (len(pool) + len(queries)):.0f} bytes per trait"


def test_trait_overlap_reads_the_traits_of_each_document_in_order():
    pool, queries = _workload(3, 200)
    index = _index(pool, queries)
    docs, at, norms = _norms_of(index, "persona")
    assert list(norms) == pool and len(docs) == len(pool)
    assert [(docs[j].id, at[j]) for j in (0, 19, 20, 199)] == [
        ("persona-0", 0), ("persona-0", 19), ("persona-20", 0), ("persona-180", 19)]
