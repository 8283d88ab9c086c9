"""What trait-overlap holds before its near-duplicate search, session 41 (issue #7).

At 3,200 bench files the run's traced peak was trait-overlap's state before its search: for every
persona and negative-persona trait a machine word naming its document and another its place there
(:func:`_norms_of`), and a list with an int object for each negative trait's equal persona trait
(:func:`_first_equal`).  Now a document's traits are found from where each document's traits start
(one number a document), a trait's place is a byte, and the equal traits are one array.  The guards:
each trait still names its document and place, each query the first equal pool trait, trait-overlap
reports the same overlaps (Polish and English), and the per-trait memory is what the arrays hold.
"""

from __future__ import annotations

import random
import tracemalloc

from cxkit.lint.rules.personas import TraitOverlap, _first_equal, _norms_of
from cxkit.lint.simjoin import PackedTexts
from cxkit.lint.textnorm import normalise
from cxkit.workspace import DocSummary, WorkspaceIndex

_PL = ["Kupuje kawę ziarnistą na Allegro po wypłacie", "Porównuje buty trailowe w Ceneo co kwartał",
       "Płaci BLIK-iem w tramwaju", "Czyta recenzje ekspresów przelewowych", "Zamawia przez aplikację InPost"]
_EN = ["Buys single-origin coffee on payday", "Compares trail shoes on Google Shopping every quarter",
       "Pays by phone on the bus", "Reads reviews of pour-over kettles", "Orders through the Vinted app"]


def _index_s41(sizes: list[int], kinds=("persona", "negative-persona")) -> tuple[WorkspaceIndex, list[tuple[str, int]]]:
    """Documents of each kind with ``sizes`` traits each (0 too), Polish and English, some in
    `channels` (left out); and, per kept persona trait, its document id and place."""
    rng = random.Random(41)
    index, places = WorkspaceIndex(), []
    for kind in kinds:
        for d, size in enumerate(sizes):
            doc_id = f"{kind}-{d}"
            summary = DocSummary(f"personas/{doc_id}.yaml", kind, doc_id, (2, 5))
            traits = []
            for k in range(size):
                text = f"{rng.choice(_PL + _EN)} {d} {k}"
                field = "channels" if k % 7 == 3 else "goals"
                traits.append((field, text, 5 + k, 7, normalise(text)))
                if kind == "persona" and field != "channels":
                    places.append((doc_id, k))
            summary.set_traits(iter(traits), spill=False)
            index.add(summary)
    return index, places


def test_each_trait_names_its_document_and_place_s41():
    # Documents without traits, one of one trait, and one of 300 (past a byte's places).
    index, places = _index_s41([3, 0, 0, 1, 20, 0, 300, 5, 0])
    docs, at, norms = _norms_of(index, "persona")
    assert len(docs) == len(at) == len(norms) == len(places)
    assert [(docs[j].id, at[j]) for j in range(len(places))] == places
    assert at.typecode == "I" and max(at) == 299
    small, small_at, _ = _norms_of(_index_s41([4, 0, 9, 256])[0], "persona")
    # 256 traits: places 0 to 255 (255 is a channel, left out).
    assert small_at.typecode == "B" and max(small_at) == 254 and small[len(small) - 1].id == "persona-3"
    for j in (-1, len(docs)):
        try:
            docs[j]
        except IndexError:
            pass
        else:
            raise AssertionError(f"trait {j} has a document")


def test_first_equal_names_the_first_equal_pool_trait_s41():
    rng = random.Random(7)
    pool = [normalise(rng.choice(_PL + _EN) + f" {rng.randrange(40)}") for _ in range(600)] + ["", "x"]
    queries = [rng.choice(pool) if rng.random() < 0.5 else normalise(f"Jeździ rowerem {rng.randrange(99)}")
               for _ in range(500)] + ["", "x", "nic takiego"]
    found = _first_equal(PackedTexts(queries), PackedTexts(pool))
    want = [0 if not q or q not in pool else pool.index(q) + 1 for q in queries]
    assert list(found) == want
    assert sum(map(bool, found)) > 200 and len(set(pool)) < len(pool)  # many hits, ties to the first


def _held_by_s41(function) -> tuple[object, int]:
    """What ``function`` returns, and the bytes allocated in personas.py that are still held."""
    tracemalloc.start(1)
    try:
        before = tracemalloc.take_snapshot()
        result = function()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    only = [tracemalloc.Filter(True, "*/lint/rules/personas.py")]
    grown = after.filter_traces(only).compare_to(before.filter_traces(only), "filename")
    return result, sum(stat.size_diff for stat in grown)


def test_trait_documents_and_places_hold_about_a_byte_a_trait_s41():
    index, places = _index_s41([20] * 300)
    for doc in index.of_kind("persona"):
        doc.trait_norms()  # read once, as the rules before trait-overlap do
    (docs, at, norms), held = _held_by_s41(lambda: _norms_of(index, "persona"))
    assert len(docs) == len(places) > 5_000
    # Before: two machine words a trait (~8.6 bytes here); now ~1.8: a byte a trait and a word a document.
    assert held / len(places) < 2.5, f"{held / len(places):.1f} bytes a trait"


def test_first_equal_holds_a_machine_word_a_query_s41():
    rng = random.Random(3)
    pool = [normalise(f"{rng.choice(_PL + _EN)} {k}") for k in range(4_000)]
    queries = [rng.choice(pool) for _ in range(4_000)]
    packed_q, packed_p = PackedTexts(queries), PackedTexts(pool)
    found, held = _held_by_s41(lambda: _first_equal(packed_q, packed_p))
    assert len(found) == len(queries)
    # Before: a list of int objects (~25 bytes a query here); now one array (~4).
    assert held / len(queries) < 5, f"{held / len(queries):.1f} bytes a query"


def test_trait_overlap_reports_the_equal_and_near_traits_s41():
    index = WorkspaceIndex()
    traits = {
        ("persona", "ola"): ["Kupuje kawę ziarnistą na Allegro po wypłacie", "Buys single-origin coffee on payday"],
        ("persona", "ben"): ["Reads reviews of pour-over kettles", "Płaci BLIK-iem w tramwaju"],
        ("negative-persona", "nie-ola"): ["Kupuje kawę ziarnistą na Allegro po wypłacie",
                                          "Reads reviews of pour-over kettles at night", "Jeździ rowerem do pracy"],
        ("negative-persona", "not-ben"): ["Płaci BLIK-iem w tramwaju", "Never reads reviews"],
    }
    for (kind, doc_id), texts in traits.items():
        summary = DocSummary(f"personas/{doc_id}.yaml", kind, doc_id, (2, 5))
        summary.set_traits((("goals", t, 5 + k, 7, normalise(t)) for k, t in enumerate(texts)), spill=False)
        index.add(summary)
    hits = list(TraitOverlap().check_workspace(index))
    said = sorted((hit.path, hit.line, hit.message) for hit in hits)
    assert [(path, line) for path, line, _ in said] == [
        ("personas/nie-ola.yaml", 5), ("personas/nie-ola.yaml", 6), ("personas/not-ben.yaml", 5)]
    assert "persona 'ola'" in said[0][2] and "persona 'ben'" in said[1][2] and "persona 'ben'" in said[2][2]
