"""similar-personas keeps its rows of token numbers in the run's spill file, session 40 (issue #7).

At 3,200 files the peak of `cxkit lint --jobs 1` was similar-personas' pairs: every persona's row of
token numbers (an array object each), a second row of its shared tokens, and each window's columns
built as bytearrays beside the numbers made of them.  Now the rows are packed one after the other
(:class:`cxkit.lint.simjoin.PackedRows`) in blocks written to the run's unnamed spill file, read back a
window at a time (:func:`cxkit.lint.simjoin.jaccard_windows`); a window's findings are made when it ends.

The guards: packed rows read back as added (blocks in the file, in memory, refused by the file); the
pairs of packed rows are every pair a literal comparison finds, in the order the findings keep; a lint
run (English and Polish, one and two processes, cache cold and warm) reports what the rule reported
when it compared every pair of whole rows in memory; the memory test fails on the rows held per persona.
"""

from __future__ import annotations

import importlib.util
import random
import tempfile
import tracemalloc
from array import array
from itertools import count
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import simjoin
from cxkit.lint.rules import personas as personas_rules
from cxkit.lint.rules.personas import SimilarPersonas
from cxkit.lint.simjoin import PackedRows, jaccard_pairs, jaccard_windows, token_ids
from cxkit.workspace import DocSummary, TraitSpill, WorkspaceIndex, trait_spill

ROOT = Path(__file__).resolve().parent.parent


class _Refusing:
    """A store that takes nothing (a full disk): every block stays in memory."""

    def put(self, data: bytes) -> None:
        return None

    def get(self, start: int, size: int) -> bytes:  # pragma: no cover - nothing was put
        raise AssertionError("nothing was written")


def _random_rows_s40(seed: int, n: int) -> list[array]:
    rng = random.Random(seed)
    return [array("I", rng.sample(range(60), rng.choice([0, 1, 4, 5, 9, 13]))) for _ in range(n)]


@pytest.mark.parametrize("store_kind", ["spill", "memory", "refusing"])
@pytest.mark.parametrize("block", [1, 5, 64, 0])
def test_packed_rows_read_back_as_added_s40(store_kind, block):
    rows = _random_rows_s40(40, 57)
    spill = TraitSpill() if store_kind == "spill" else None
    store = spill if spill is not None else (_Refusing() if store_kind == "refusing" else None)
    try:
        packed = PackedRows(store, block)
        for row in rows:
            packed.add(row)
        packed.close()
        assert len(packed) == len(rows) and list(packed.sizes()) == list(map(len, rows))
        assert list(packed.rows()) == rows
        for lo, hi in [(0, 1), (3, 4), (5, 31), (20, 57), (56, 57), (10, 10), (40, 999)]:
            assert list(packed.rows(lo, hi)) == rows[lo:hi], (lo, hi)
        assert list(array("I", b) for b in packed.blocks()) and sum(map(len, packed.blocks())) == sum(map(len, rows))
        if store_kind == "spill" and block in (1, 5):
            # Written to the file: in memory, only where rows end and where blocks are.
            assert all(isinstance(part, tuple) for part in packed.parts) and len(packed.parts) > 5
    finally:
        if spill is not None:
            spill.close()


def _literal_pairs_s40(sets: list[frozenset], jaccard: float) -> list[tuple[int, int, float]]:
    out = []
    for j in range(len(sets)):
        for i in range(j):
            inter = len(sets[i] & sets[j])
            score = inter / (len(sets[i]) + len(sets[j]) - inter) if sets[i] | sets[j] else 1.0
            if score >= jaccard and (sets[i] or sets[j]):
                out.append((i, j, score))
    return out


@pytest.mark.parametrize("window", [1, 2, 7, 256])
@pytest.mark.parametrize("jaccard", [0.0, 0.3, 0.6, 1.0])
def test_jaccard_windows_of_packed_rows_find_every_pair_s40(monkeypatch, window, jaccard):
    rng = random.Random(window * 10 + int(jaccard * 10))
    stems = [f"stem{k}" for k in range(30)]
    base = [frozenset(rng.sample(stems, rng.randint(1, 9))) for _ in range(12)]
    # Near copies, so that pairs reach every threshold.
    sets = base + [frozenset(list(s)[:-1]) | {"extra"} for s in base[:6]] + [base[0], base[3]]
    rows = token_ids(sets)
    monkeypatch.setattr(simjoin, "_WINDOW", window)
    spill = TraitSpill()
    try:
        packed = PackedRows(spill, 3)
        for row in rows:
            packed.add(row)
        packed.close()
        found, done = [], 0
        for hi, pairs in jaccard_windows(packed, jaccard, spill):
            these = list(pairs)
            # A window's pairs are all of its later rows' and none of another's.
            assert all(done <= j < hi for _i, j, _s in these)
            done = hi
            found += these
    finally:
        spill.close()
    assert found == list(jaccard_pairs(rows, jaccard))
    assert sorted(found) == sorted(_literal_pairs_s40(sets, jaccard))
    for j in {p[1] for p in found}:
        firsts = [i for i, jj, _ in found if jj == j]
        assert firsts == sorted(firsts)


def test_packed_rows_past_255_shared_stems_are_counted_exactly_s40():
    big = frozenset(f"s{k}" for k in range(400))
    sets = [big, big - {"s0"}, frozenset(f"s{k}" for k in range(300, 700)), frozenset({"s1", "other"})]
    spill = TraitSpill()
    try:
        packed = PackedRows(spill, 50)
        for row in token_ids(sets):
            packed.add(row)
        packed.close()
        found = [p for _hi, pairs in jaccard_windows(packed, 0.1, spill) for p in pairs]
    finally:
        spill.close()
    assert sorted(found) == _literal_pairs_s40(sets, 0.1) and len(found) == 3


# --- memory ------------------------------------------------------------------------------------


def _stem_lists_s40(seed: int, count_: int, size: int = 40, words: int = 3_000) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"{rng.choice(('kup', 'porown', 'czyt', 'buy', 'compar'))}{k}" for k in range(words)]
    lists = [rng.sample(vocab, size) for _ in range(count_)]
    for k in range(0, count_ - 1, 25):  # near copies: a finding every 25 personas
        lists[k + 1] = lists[k][:36] + lists[k + 1][:4]
    return lists


def _index_s40(lists: list[list[str]]) -> WorkspaceIndex:
    index = WorkspaceIndex()
    for k, stems in enumerate(lists):
        summary = DocSummary(f"personas/p{k}.yaml", "persona", f"p{k}", (2, 5))
        summary.set_traits([("behaviours", " ".join(stems[i:i + 6]), 5 + i, 5, " ".join(stems[i:i + 6]))
                            for i in range(0, len(stems), 6)], spill=True)
        index.add(summary)
    return index


def _rule_peak_s40(personas: int) -> tuple[int, int]:
    """similar-personas' peak (tracemalloc, bytes above the start) over ``personas`` personas in a lint
    run's spill file, and how many findings it made (counted, not held)."""
    spill = TraitSpill()
    token = trait_spill.set(spill)
    try:
        index = _index_s40(_stem_lists_s40(40, personas))
        rule = SimilarPersonas()
        sum(1 for _ in rule.check_workspace(index))  # what the rule imports, imported
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            found = sum(1 for _ in rule.check_workspace(index))
            peak = tracemalloc.get_traced_memory()[1] - base
        finally:
            tracemalloc.stop()
        return peak, found
    finally:
        trait_spill.reset(token)
        spill.close()


def test_similar_personas_peak_does_not_grow_with_the_personas_s40(monkeypatch):
    # Both past a whole window (256 personas), so that a window's columns weigh alike in both, and
    # past a few blocks of rows (each read back from the file is held while its rows are compared).
    monkeypatch.setattr(simjoin, "_ROW_BLOCK", 4096, raising=False)
    small, small_found = _rule_peak_s40(400)
    large, large_found = _rule_peak_s40(1_200)
    assert (small_found, large_found) == (16, 48)
    growth = (large - small) / 800
    # Before: ~550 bytes more a persona (its row of token numbers, the row of its shared ones, their
    # list slots); now ~10 (where its rows end, its place among the personas, its size).
    assert growth < 120, f"{growth:.0f} bytes a persona"


# --- the findings, identical -------------------------------------------------------------------


def _generate_s40(out: Path, groups: int) -> int:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(out, groups)


def _workspace_s40(top: Path, lang: str) -> None:
    """A bench workspace (Polish and English personas) with near copies: a persona copied three times
    (one finding naming "other earlier personas"), copies with a behaviour dropped or changed, a
    retired copy (compared with none), a copy under the same id (duplicate-id's, not similar's)."""
    (top / ".git").mkdir(parents=True)
    _generate_s40(top, 10)
    for k in range(10):
        text = (top / f"team-{k:02d}/personas/persona-{k}.yaml").read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        behaviours = lines.index("behaviours:\n")
        dropped = "".join(lines[:behaviours + 1] + lines[behaviours + 2:])
        changed = "".join(lines[:-1]) + "  - Czyta forum rowerowe co wieczór / Reads the cycling forum every night\n"
        copies = {"a": text, "b": dropped, "c": changed} if k % 3 == 0 else {"b": dropped if k % 2 else changed}
        for tag, body in copies.items():
            (top / f"team-{k:02d}/personas/copy-{k}{tag}.yaml").write_text(
                body.replace(f"id: persona-{k}\n", f"id: persona-{k}-{tag}\n"), encoding="utf-8")
    (top / "team-01/personas/retired.yaml").write_text(
        (top / "team-01/personas/persona-1.yaml").read_text(encoding="utf-8").replace(
            "id: persona-1\n", "id: persona-1-old\nstatus: retired\n"), encoding="utf-8")
    (top / "team-02/personas/same-id.yaml").write_text(
        (top / "team-02/personas/persona-2.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (top / "cxkit.toml").write_text('lang = "pl"\n' if lang == "pl" else "", encoding="utf-8")


def _every_pair_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """similar-personas as it was: each persona's distinct stems as a whole set in memory, every pair
    compared literally (j by j, i by i), all of them one window."""

    def token_rows(token_lists, store=None, least=0):
        sets = [frozenset(tokens) for tokens in token_lists]
        kept = array("I", [k for k, s in enumerate(sets) if len(s) >= least])
        return [sets[k] for k in kept], kept

    def jaccard_windows(rows, jaccard, store=None):
        yield len(rows), iter(_literal_pairs_s40(rows, jaccard))

    monkeypatch.setattr(personas_rules, "token_rows", token_rows)
    monkeypatch.setattr(personas_rules, "jaccard_windows", jaccard_windows)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_similar_personas_findings_are_those_of_every_pair_in_memory_s40(tmp_path, monkeypatch, lang):
    top = tmp_path / "repo"
    _workspace_s40(top, lang)
    monkeypatch.chdir(top)
    monkeypatch.setenv("COLUMNS", "120")
    for name in ("GITHUB_ACTIONS", "CI_PROJECT_DIR", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()
    runs = [("--no-cache", "--jobs", "1"), ("--no-cache", "--jobs", "2"), (), ()]  # then cold, warm

    def outputs(cache: str) -> list[tuple[int, str, str]]:
        monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / cache))
        return [(r.exit_code, r.stdout, r.stderr) for r in (
            runner.invoke(app, ["lint", "-f", fmt, *args, "."]) for fmt in ("text", "json") for args in runs)]

    # Windows of three personas, blocks of a few rows: the findings cross many of both.
    with monkeypatch.context() as m:
        m.setattr(simjoin, "_WINDOW", 3)
        m.setattr(simjoin, "_ROW_BLOCK", 50)
        packed = outputs("cache-packed")
    with monkeypatch.context() as m:
        _every_pair_in_memory(m)
        literal = outputs("cache-literal")
    assert packed == literal
    text = packed[0][1]
    assert packed[0][0] == 1 and text.count("CX103") >= 6, text
    assert ("2 other earlier personas" if lang == "en" else "2 innymi wcześniejszymi personami") in text
    assert "persona-1-old" not in text.split("CX103")[-1]


def test_an_interrupted_comparison_leaves_nothing_on_disk_s40(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    _workspace_s40(top, "en")
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(simjoin, "_ROW_BLOCK", 10)
    real = simjoin._window_pairs
    calls = count()

    def interrupted(*args):
        if next(calls) == 1:
            assert list(folder.iterdir()) == []  # the spill file has no name, even while it is read
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(simjoin, "_WINDOW", 4)
    monkeypatch.setattr(simjoin, "_window_pairs", interrupted)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--jobs", "1", "."])
    assert isinstance(result.exception, KeyboardInterrupt) or result.exit_code == 130, result.output
    assert next(calls) > 2 - 1 and list(folder.iterdir()) == []


# --- trait-overlap's texts by word count -------------------------------------------------------


def _by_word_count_sorted_s40(texts, indexes):
    """by_word_count as it was: the indexes sorted by their text's word count (a stable sort)."""
    from itertools import groupby

    spaces = [text.count(" ") for text in texts]
    return {n + 1: list(group) for n, group in groupby(sorted(indexes, key=spaces.__getitem__), key=spaces.__getitem__)}


@pytest.mark.parametrize("most_words", [1, 6, 90])
def test_by_word_count_groups_as_the_sort_did_s40(monkeypatch, most_words):
    from cxkit.lint.simjoin import PackedTexts, by_word_count

    rng = random.Random(most_words)
    words = ["kupuje", "buty", "trailowe", "compares", "prices", "na", "Allegro", "co", "kwartał"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, most_words))) for _ in range(300)] + [""]
    rng.shuffle(texts)
    packed = PackedTexts(texts)
    for indexes in (range(len(texts)), range(len(texts) - 1, -1, -1), range(5, 200, 3), [7, 3, 3, 250, 0]):
        want = _by_word_count_sorted_s40(texts, indexes)
        for given in (texts, packed):
            got = by_word_count(given, indexes)
            assert list(got) == list(want) and {n: list(g) for n, g in got.items()} == want


def test_by_word_count_holds_no_object_an_index_s40():
    from cxkit.lint.simjoin import PackedTexts, by_word_count

    rng = random.Random(40)
    texts = PackedTexts(" ".join(["słowo"] * rng.randint(1, 12)) for _ in range(40_000))
    texts.spaces()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        groups = by_word_count(texts, range(len(texts)))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert sum(map(len, groups.values())) == 40_000
    # Before: ~40 bytes an index at the sort (an int object and its place in two lists); now the
    # groups' arrays, four bytes an index, and a pass's few bytes.
    assert peak / 40_000 < 12, f"{peak / 40_000:.1f} bytes an index"
