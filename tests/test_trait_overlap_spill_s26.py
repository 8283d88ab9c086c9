"""trait-overlap keeps the traits it compares in the lint run's temporary file, and its search's
keys as machine words, session 26 (issue #7).

The normalised traits of every persona and negative persona were packed into one string held in
memory for the whole rule, beside the search's own tables: about a kilobyte per file on the bench
corpus.  In a lint run they now wait in the run's spill file (the one the summaries use), in
chunks of one word count each, since every step of the rule reads them a word count at a time;
only a chunk number and two offsets per trait stay in memory.  A store that will not take a chunk
leaves it in memory.  The memory test fails on the code before; the others pin reads and findings.
"""

from __future__ import annotations

import json
import tempfile

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import simjoin
from cxkit.lint.rules.personas import MirroredNegativePersona, TraitOverlap
from cxkit.lint.simjoin import PackedTexts, one_edit_matches
from cxkit.lint.textnorm import NEGATION_STEMS
from cxkit.workspace import DocSummary, TraitSpill, trait_spill
from test_memory_s24 import _index, _literal, _peak, _workload
from test_trait_overlap_memory_s25 import _hashes, _tie_heavy

TEXTS = [
    "kup sluchaw 300 allegro", "", "buy trail shoe", "x", "zamaw łóżk żabk wieczor", "nie czyt recenz ceneo",
    "porown cen sluchaw ceneo wyplac", "上海 café kup", "a b c d e f g h i j k l m n o p", "buty buty trail",
]


class _Refusing:
    """A store that takes ``room`` chunks, then refuses (a full or small temp dir)."""

    def __init__(self, room: int) -> None:
        self.room, self.spill = room, TraitSpill()

    def put(self, data: bytes) -> int | None:
        if self.room <= 0:
            return None
        self.room -= 1
        return self.spill.put(data)

    def get(self, start: int, size: int) -> bytes:
        return self.spill.get(start, size)


def _groups(texts: list[str], size: int) -> list[list[str]]:
    return [texts[k:k + size] for k in range(0, len(texts), size)] + [[]]


def _check_reads(packed: PackedTexts, texts: list[str]) -> None:
    assert len(packed) == len(texts) and list(packed) == texts and list(reversed(packed)) == texts[::-1]
    assert [packed[i] for i in range(-3, 3)] == texts[-3:] + texts[:3] and packed[::7] == texts[::7]
    picks = [len(texts) - 1, 2, 0, 2, 5, 4, 4, 1]
    assert list(packed.at(picks)) == [texts[i] for i in picks]
    assert list(packed.at(range(len(texts) - 1, -1, -1))) == texts[::-1]
    assert list(packed.pick(picks)) == [texts[i] for i in picks]
    assert list(packed.pick(picks).at([7, 0])) == [texts[1], texts[-1]]
    assert list(packed.spaces()) == [t.count(" ") for t in texts]
    assert list(packed.pick(picks).spaces()) == [texts[i].count(" ") for i in picks]
    assert list(packed.count_in_each(" ")) == [t.count(" ") for t in texts]


@pytest.mark.parametrize("room", [10**6, 0, 3])
def test_stored_texts_read_back_as_the_texts(monkeypatch, room):
    # Small chunks, so that each word count has several; ASCII, Polish, other scripts and empty texts.
    monkeypatch.setattr(simjoin, "_CHUNK", 64)
    monkeypatch.setattr(simjoin, "_BLOCK", 16)
    texts = TEXTS * 40 + ["ostatni"]
    store = _Refusing(room)
    _check_reads(PackedTexts.from_groups(_groups(texts, 7), store), texts)
    if room:
        assert store.spill.end > 0  # the texts really went to the file
    store.spill.close()


def test_a_store_that_cannot_make_its_file_keeps_everything_in_memory(monkeypatch):
    def no_file(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_file)
    texts = TEXTS * 30
    spill = TraitSpill()
    _check_reads(PackedTexts.from_groups(_groups(texts, 5), spill), texts)
    assert spill.broken and spill.file is None


def _findings(rule, index, store) -> list[tuple]:
    token = trait_spill.set(store)
    try:
        return [(h.path, h.line, h.column, h.message, [(r.path, r.line) for r in h.related]) for h in rule.check_workspace(index)]
    finally:
        trait_spill.reset(token)


@pytest.mark.parametrize("similarity", [0.6, 0.8, 0.9])
def test_trait_overlap_finds_the_same_with_its_traits_stored(monkeypatch, similarity):
    monkeypatch.setattr(simjoin, "_CHUNK", 256, raising=False)
    pool, queries = _tie_heavy(27, 600)
    index = _index(pool, queries)
    rule = TraitOverlap()
    rule.options = rule.Options(similarity=similarity)
    expected = _findings(rule, index, None)
    assert len(expected) > 200
    for store in (TraitSpill(), _Refusing(5)):
        assert _findings(rule, index, store) == expected


def test_mirrored_negative_persona_finds_the_same_with_the_persona_traits_stored():
    pool, _queries = _workload(5, 400)
    index = _index(pool, [])
    # Negative personas whose reasons deny three persona traits, of one persona or of two.
    for d in range(0, 360, 9):
        summary = DocSummary(f"personas/negative-{d}.yaml", "negative-persona", f"negative-{d}", (2, 5))
        reasons = [f"nie {pool[k]}" for k in (d, d + 1, d + 25)]
        summary.set_traits((("reasons", t, 5 + k, 5, t) for k, t in enumerate(reasons)), spill=False)
        index.add(summary)
    expected = _findings(MirroredNegativePersona(), index, None)
    assert len(expected) > 10
    assert _findings(MirroredNegativePersona(), index, TraitSpill()) == expected


def test_trait_overlap_holds_little_per_trait_when_its_traits_are_stored():
    """In a lint run (a spill file set), the rule's peak per trait compared.  Before: ~262 bytes
    per trait here (every trait held, packed, for the whole rule, beside the search's tables); now
    ~200."""
    pool, queries = _workload(7, 3_000)
    index = _index(pool, queries)
    rule = TraitOverlap()
    spill = TraitSpill()
    token = trait_spill.set(spill)
    try:
        hits, peak = _peak(lambda: sum(1 for _hit in rule.check_workspace(index)))
    finally:
        trait_spill.reset(token)
        spill.close()
    assert hits > 1_000
    assert peak / (len(pool) + len(queries)) < 230, f"{peak / (len(pool) + len(queries)):.0f} bytes per trait"


def _workspace_on_disk(root) -> None:
    personas, negatives = root / "personas", root / "negative"
    personas.mkdir()
    negatives.mkdir()
    for k in range(12):
        (personas / f"p{k}.yaml").write_text(
            f"kind: persona\nid: p{k}\nname: Persona {k}\ngoals:\n"
            f"  - Kupuje buty trailowe w Decathlonie w Gdyni {k} razy w roku\n"
            f"  - Porównuje ceny słuchawek w Ceneo po wypłacie\nbehaviours:\n"
            f"  - Czyta recenzje na forum Audiostereo przed zakupem\n  - Biega rano po parku w Oliwie\n"
            f"pain_points:\n  - Kurier nie dowozi paczek przed 17:00\n", encoding="utf-8")
        (negatives / f"n{k}.yaml").write_text(
            f"kind: negative-persona\nid: n{k}\nname: Negative {k}\nreasons:\n"
            f"  - Porównuje ceny słuchawek w Ceneo zawsze po wypłacie\n  - Biega rano po parku\n"
            f"goals:\n  - Kupuje buty trailowe w Decathlonie w Gdyni {k} razy w roku\n", encoding="utf-8")


def _lint(root) -> tuple[int, list]:
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--no-cache", "--jobs", "1", str(root)],
                                env={"COLUMNS": "120"})
    return result.exit_code, json.loads(result.stdout)


def test_a_lint_run_whose_temp_dir_refuses_the_file_reports_the_same(tmp_path, monkeypatch):
    _workspace_on_disk(tmp_path)
    code, expected = _lint(tmp_path)
    assert code == 1 and sum(f["code"] == "CX203" for f in expected) >= 12

    def no_file(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "TemporaryFile", no_file)
        assert _lint(tmp_path) == (1, expected)
    # A file that fills up part way: what it took is read back, the rest stays in memory.
    real_put, calls = TraitSpill.put, []

    def filling(self, data):
        calls.append(len(data))
        return real_put(self, data) if len(calls) <= 15 else None

    monkeypatch.setattr(TraitSpill, "put", filling)
    assert _lint(tmp_path) == (1, expected)
    assert len(calls) > 15


def test_the_search_holds_its_keys_as_machine_words():
    """Per pool trait, on packed traits as trait-overlap passes them: each size's keys (a set's
    token hashes summed) are arrays of 64-bit words, not lists of int objects.  Before: ~244
    bytes here; now ~209."""
    pool, queries = _workload(7, 3_000)
    found, peak = _peak(one_edit_matches, PackedTexts(queries), PackedTexts(pool), 0.8, marked=NEGATION_STEMS, min_tokens=2)
    assert len(found) > 1_000
    assert peak / len(pool) < 228, f"{peak / len(pool):.0f} bytes per pool trait"


def test_keys_that_meet_only_modulo_two_to_the_64_are_told_apart():
    """Token hashes chosen so that different sets of one size have keys equal only modulo 2**64:
    the search must still name the literal first best (and nothing for sets that only collide)."""
    big = {"kup": -(1 << 63), "but": -(1 << 63), "trail": 1, "gdyn": -1, "ceneo": (1 << 62) + 5, "rano": 3}
    pool = ["kup but", "trail gdyn", "kup but rano", "trail gdyn rano", "ceneo rano", "kup trail", "", "rano"]
    queries = ["trail gdyn", "kup but", "kup but ceneo", "gdyn trail rano ceneo", "kup trail ceneo", "ceneo", "but"]
    with _hashes(lambda token: big.get(token, len(token))):
        for threshold in (0.8, 0.9):
            expected = _literal(queries, pool, threshold, 2)
            assert one_edit_matches(PackedTexts(queries), PackedTexts(pool), threshold, marked=NEGATION_STEMS, min_tokens=2) == expected
            assert one_edit_matches(queries, pool, threshold, marked=NEGATION_STEMS, min_tokens=2) == expected
    assert _literal(queries, pool, 0.8, 2)[0] == (1, 1.0) and _literal(queries, pool, 0.8, 2)[1] == (0, 1.0)
