"""What a process that lints pays before the first file: the lexicons and the rules' patterns.

An editor lints one buffer per process (`cxkit lint - --stdin-filename`), so the start is most of
its time. The lexicons are read from the file the YAML is built into (not parsed pattern by pattern
at every start). What must not change: the lexicon itself.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from cxkit.lint import vague

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "src" / "cxkit" / "lint" / "lexicons" / vague.BUILT_LEXICON


@lru_cache(maxsize=1)
def built_now() -> dict:
    """The lexicons built from their YAML as they are now (once: it takes a while)."""
    return vague.build_lexicon()


def test_the_built_lexicon_is_what_the_yaml_builds_now():
    """Fails when a lexicon or the pattern compiler changed without `python scripts/build_lexicon.py`."""
    assert BUILT.read_text(encoding="utf-8") == vague.built_lexicon_text(built_now())


def test_the_lexicon_is_read_without_parsing_the_yaml(monkeypatch):
    def parsed(*_args):  # noqa: ANN002, ANN202
        raise AssertionError("the lexicon YAML was parsed")

    monkeypatch.setattr(vague, "_read_lexicon", parsed)
    vague.load_lexicon.cache_clear()
    try:
        lexicon = vague.load_lexicon()
        assert {e.id for e in lexicon.entries} >= {"health", "big-city"}
        assert [m.entry.id for m in vague.Matcher(lexicon).analyse("Dba o zdrowie").matches] == ["health"]
    finally:
        vague.load_lexicon.cache_clear()


def test_a_lexicon_edited_without_building_it_again_is_built_at_the_start(monkeypatch):
    texts = vague._lexicon_texts()
    added = "  - id: test-only\n    hint: name the thing\n    match:\n      - (zielony|zielona) (rower|hulajnoga)\n"
    edited = texts["pl"].replace(b"\nphrases:\n", b"\nphrases:\n" + added.encode(), 1)
    assert edited != texts["pl"]
    vague.load_lexicon.cache_clear()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(vague, "_lexicon_texts", lambda: {**texts, "pl": edited})
            lexicon = vague.load_lexicon()
        assert lexicon.entries[0].id == "test-only"
        assert [m.entry.id for m in vague.Matcher(lexicon).analyse("Jeździ na zielony rower").matches] == ["test-only"]
    finally:
        vague.load_lexicon.cache_clear()
    assert vague.load_lexicon().entries[0].id == "health"


def test_the_built_lexicon_equals_the_one_built_from_the_yaml():
    built = vague._lexicon_from(built_now())
    read = vague.load_lexicon()
    assert read.entries == built.entries and read.sizes == built.sizes
    assert read.phrases.candidates.pattern == built.phrases.candidates.pattern
    assert [list(p) for p in read.phrases.pieces] == [[i, [list(k) for k in keyed], rest]
                                                     for i, keyed, rest in built.phrases.pieces]
    for name in ("frequency", "everyday", "concrete", "not_concrete", "income", "regions", "generic_runs"):
        assert getattr(read, name).pattern == getattr(built, name).pattern, name
    assert read.gapped == built.gapped and read.stopwords == built.stopwords and read.denials == built.denials
