"""Memory of `cxkit lint` on many files, session 29 (issue #7): what the cross-file rules hold per file.

Every file's results wait until the cross-file rules have run, and those rules' joins peak on top
of them.  Here: the ids index holds a document itself for an id only one document has (a list
only for ids several share); equal windows of days are one tuple for the run; similar-personas'
rows of token numbers are arrays of machine words; and trait-overlap's search re-reads the few
texts that repeat a word at their size instead of holding their hashes until then.

Measured with tracemalloc, in-process, on generated Polish and English traits.  Each bound sits
between what the code measures now and what it measured before (given beside each bound).  The
guards pin findings: the literal search, a lint run with one and two processes, and a warm re-run.
"""

from __future__ import annotations

import json
import os
import random
import tracemalloc

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import engine
from cxkit.lint.engine import FileResult
from cxkit.lint.rules.personas import SimilarPersonas
from cxkit.lint.simjoin import PackedTexts, jaccard_pairs, one_edit_matches, token_ids
from cxkit.lint.textnorm import NEGATION_STEMS
from cxkit.workspace import DocSummary, TraitSpill, WorkspaceIndex, trait_spill
from test_memory_s24 import _literal, _workload


def _peak(function, *args, **kwargs) -> tuple[object, int, int]:  # noqa: ANN001
    """The result, the peak above the start and what is still held at the end (bytes)."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = function(*args, **kwargs)
        held, peak = tracemalloc.get_traced_memory()
        return result, peak - base, held - base
    finally:
        tracemalloc.stop()


def _summaries(count: int) -> list[DocSummary]:
    return [DocSummary(f"personas/persona-{k}.yaml", "persona", f"persona-{k}", (2, 5), name=f"Osoba {k}")
            for k in range(count)]


def test_the_ids_index_holds_no_list_for_an_id_one_document_has():
    summaries = _summaries(3_000)
    index = WorkspaceIndex()

    def add_all() -> None:
        for summary in summaries:
            index.add(summary)

    _result, _peak_bytes, held = _peak(add_all)
    # Before: ~130 bytes a document (its place in the list of documents, the dict's entry and a
    # list of one); now ~43.
    assert held / len(summaries) < 90, f"{held / len(summaries):.0f} bytes a document"
    # Read as a dict of lists, as the rules read it.
    assert index.by_id.get("persona-7", []) == [summaries[7]] and index.by_id["persona-0"] == [summaries[0]]
    assert index.by_id.get("nobody", []) == [] and index.by_id.get("nobody") is None
    assert "persona-2999" in index.by_id and len(index.by_id) == 3_000


def test_an_id_several_documents_share_lists_them_in_order():
    index = WorkspaceIndex()
    a, b, c = (DocSummary(f"personas/{n}.yaml", "persona", "ola", (2, 5)) for n in ("a", "b", "c"))
    journey = DocSummary("journeys/j.yaml", "journey", "ola-zakupy", (2, 5), persona="ola")
    for summary in (a, journey, b, c):
        index.add(summary)
    assert index.by_id["ola"] == [a, b, c] and index.by_id.get("ola-zakupy") == [journey]
    assert [(ident, len(docs)) for ident, docs in index.by_id.items()] == [("ola", 3), ("ola-zakupy", 1)]
    index.by_id["ola"].append(journey)  # a reader's list is its own
    assert index.by_id["ola"] == [a, b, c]
    # A caller's own dict of lists still works.
    plain = WorkspaceIndex(by_id={})
    plain.add(a)
    plain.add(b)
    assert plain.by_id == {"ola": [a, b]}


def test_equal_windows_of_days_are_one_tuple_a_run():
    # As results arrive from workers or the cache: each window its own tuple of two new ints.
    results = [FileResult(f"journeys/j{k}.yaml", window=(739_000 + k % 3, int("7399") * 100 + k % 2)) for k in range(600)]
    token = trait_spill.set(TraitSpill())
    try:
        engine._park(results[:256])
        engine._park(results[256:])
    finally:
        trait_spill.get().close()
        trait_spill.reset(token)
    windows = {w: [r.window for r in results if r.window == w] for w in {r.window for r in results}}
    assert len(windows) == 6
    for value, same in windows.items():
        assert all(w is same[0] for w in same), value


def _stem_lists(seed: int, count: int, size: int, words: int = 20_000) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"{rng.choice(('kup', 'porown', 'czyt', 'buy', 'compar'))}{k}" for k in range(words)]
    return [rng.sample(vocab, size) for _ in range(count)]


def test_similar_personas_rows_hold_four_bytes_a_token():
    lists = _stem_lists(29, 800, 60)
    rows, _peak_bytes, held = _peak(token_ids, lists)
    tokens = sum(map(len, rows))
    assert tokens > 40_000
    # Before: ~19 bytes a token (a tuple's pointer, and an int object for each number past 256);
    # now ~5.8.
    assert held / tokens < 8, f"{held / tokens:.1f} bytes a token"
    again = token_ids(lists)
    assert all(sorted(a) == sorted(b) for a, b in zip(rows, again))


def _personas(lists: list[list[str]]) -> WorkspaceIndex:
    index = WorkspaceIndex()
    for k, stems in enumerate(lists):
        summary = DocSummary(f"personas/p{k}.yaml", "persona", f"p{k}", (2, 5))
        summary.set_traits([("behaviours", " ".join(stems[i:i + 6]), 5 + i, 5, " ".join(stems[i:i + 6]))
                            for i in range(0, len(stems), 6)], spill=False)
        index.add(summary)
    return index


# Before: ~6,750 bytes a persona at 600 personas, ~4,000 at 3,000 (its row of token numbers as a
# tuple, the copy that keeps the shared ones as another, and each window's columns twice); now
# ~4,400 and ~2,300. The run's fixed part weighs more on fewer personas. 600 take ~1 s under
# tracemalloc, 3,000 take ~15 s: CXKIT_TEST_THOROUGH=1 measures those.
SIMILAR_PERSONAS, SIMILAR_BOUND = (3_000, 3_000) if os.environ.get("CXKIT_TEST_THOROUGH") else (600, 5_500)


def test_similar_personas_peak_per_persona():
    lists = _stem_lists(7, SIMILAR_PERSONAS, 200, words=2_000)
    # A few near copies, so that the rule finds something.
    for k in range(0, SIMILAR_PERSONAS, 100):
        lists[k + 1] = lists[k][:190] + lists[k + 1][:10]
    index = _personas(lists)
    rule = SimilarPersonas()
    hits, peak, _held = _peak(lambda: list(rule.check_workspace(index)))
    assert len(hits) == SIMILAR_PERSONAS // 100
    assert peak / len(lists) < SIMILAR_BOUND, f"{peak / len(lists):.0f} bytes a persona"


def test_jaccard_pairs_takes_token_numbers_past_machine_words():
    rows = [tuple(frozenset(range(k, k + 30))) for k in range(0, 400, 7)]
    big = [tuple(t + (1 << 40) for t in row) for row in rows]
    assert list(jaccard_pairs(big, 0.5)) == list(jaccard_pairs(rows, 0.5)) != []


def _repeating_workload(seed: int, size: int) -> tuple[list[str], list[str]]:
    """Persona and negative traits (normalised) of which most repeat a word ("kupuje i kupuje"):
    such a text joins the search at the size it really has, not at its word count."""
    pool, queries = _workload(seed, size)
    rng = random.Random(seed)

    def repeat_one(text: str) -> str:
        words = text.split()
        if len(words) < 2 or rng.random() < 0.3:
            return text
        words.insert(rng.randrange(len(words) + 1), rng.choice(words))
        return " ".join(words)

    return [repeat_one(t) for t in pool], [repeat_one(t) for t in queries]


def test_the_search_holds_nothing_per_pool_text_that_repeats_a_word():
    size = 3_000 if os.environ.get("CXKIT_TEST_THOROUGH") else 1_000
    pool, queries = _repeating_workload(5, size)
    assert sum(len(set(t.split())) < len(t.split()) for t in pool) > size // 2
    found, peak, _held = _peak(one_edit_matches, PackedTexts(queries), PackedTexts(pool), 0.8,
                               marked=NEGATION_STEMS, min_tokens=2)
    assert len(found) > size // 3
    # Before: ~310 bytes per pool trait at 3,000 traits, ~290 at 1,000 (a key, an array of hashes
    # and a dict entry held for each text that repeats a word, from its word count down to its
    # size); now ~205 and ~217.
    assert peak / len(pool) < 255, f"{peak / len(pool):.0f} bytes per pool trait"


@pytest.mark.parametrize("threshold", [0.8, 0.9])
def test_the_search_finds_what_the_literal_search_does_when_words_repeat(threshold):
    pool, queries = _repeating_workload(29, 1_500)
    expected = _literal(queries, pool, threshold, 2)
    assert len(expected) > 300
    assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS, min_tokens=2) == expected
    spill = TraitSpill()
    try:
        stored = PackedTexts.from_groups([pool[k:k + 20] for k in range(0, len(pool), 20)], spill)
        asked = PackedTexts.from_groups([queries[k:k + 20] for k in range(0, len(queries), 20)], spill)
        assert one_edit_matches(asked, stored, threshold, marked=NEGATION_STEMS, min_tokens=2) == expected
    finally:
        spill.close()


def _workspace(root) -> None:  # noqa: ANN001
    personas, negatives, journeys = root / "personas", root / "negative", root / "journeys"
    for folder in (personas, negatives, journeys):
        folder.mkdir()
    for k in range(14):
        ident = "ola-biegaczka" if k in (3, 9, 12) else f"p{k}"  # one id in three files
        (personas / f"p{k}.yaml").write_text(
            f"kind: persona\nid: {ident}\nname: Persona {k}\ngoals:\n"
            f"  - Kupuje buty trailowe w Decathlonie w Gdyni {k % 4} razy w roku\n"
            "  - Porównuje ceny słuchawek w Ceneo po wypłacie i po wypłacie\nbehaviours:\n"
            "  - Czyta recenzje na forum Audiostereo przed zakupem\n  - Biega rano po parku w Oliwie\n"
            "  - Buys trail shoes twice a year at the Leeds store\npain_points:\n"
            "  - Kurier nie dowozi paczek przed 17:00\n", encoding="utf-8")
        (negatives / f"n{k}.yaml").write_text(
            f"kind: negative-persona\nid: n{k}\nname: Negative {k}\nreasons:\n"
            "  - Porównuje ceny słuchawek w Ceneo zawsze po wypłacie\n  - Biega rano po parku\n"
            f"goals:\n  - Kupuje buty trailowe w Decathlonie w Gdyni {k % 3} razy w roku\n"
            "  - Buys buys trail shoes twice a year at the Leeds store\n", encoding="utf-8")
        (journeys / f"j{k}.yaml").write_text(
            f"kind: journey\nid: j{k}\nname: Zakupy {k}\npersona: {'ola-biegaczka' if k % 2 else f'p{k}'}\n"
            "stages:\n  - name: Szuka\n    pain_points:\n      - Nie wie, który rozmiar wybrać\n"
            "  - name: Kupuje\n    barriers:\n      - Brak rozmiaru 44 w sklepie w Gdyni\n", encoding="utf-8")


def _lint(root, *args: str, env: dict[str, str] | None = None) -> tuple[int, list]:  # noqa: ANN001
    result = CliRunner().invoke(app, ["lint", "--format", "json", *args, str(root)], env={"COLUMNS": "120", **(env or {})})
    return result.exit_code, json.loads(result.stdout)


def test_a_lint_run_reports_the_same_with_one_process_two_and_its_cache(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    _workspace(root)
    monkeypatch.setattr(engine, "PARALLEL_MIN_FILES", 2)
    code, expected = _lint(root, "--no-cache", "--jobs", "1")
    codes = {f["code"] for f in expected}
    assert code == 1 and {"CX003", "CX203", "CX103"} <= codes, codes
    assert sum(f["code"] == "CX003" for f in expected) == 3
    assert _lint(root, "--no-cache", "--jobs", "2") == (1, expected)
    cache = {"CXKIT_CACHE_DIR": str(tmp_path / "cache")}
    assert _lint(root, "--jobs", "1", env=cache) == (1, expected)
    assert _lint(root, "--jobs", "2", env=cache) == (1, expected)
