"""What a process that lints pays before the first file: the lexicons and the rules' patterns.

An editor lints one buffer per process (`cxkit lint - --stdin-filename`), so the start is most of
its time. The lexicons are read from the file the YAML is built into (not parsed pattern by pattern
at every start), and the rules' patterns of rare branches are compiled when first used. What
must not change: the lexicon itself, and what every pattern finds.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from cxkit.lint import lazyre, vague
from cxkit.lint.rules import evidence, language

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


_COUNT = """
import re._compiler as c, sys
where = {}
compile = c.compile
def counted(p, flags=0):
    frame = sys._getframe(1)
    while frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    name = frame.f_globals.get("__name__")
    where[name] = where.get(name, 0) + 1
    return compile(p, flags)
c.compile = counted
import cxkit.lint.rules
print(sum(where.values()), where.get("cxkit.lint.vague", 0), where.get("cxkit.lint.rules.evidence", 0),
      where.get("cxkit.lint.rules.language", 0))
"""


def test_importing_the_rules_compiles_no_pattern_of_the_vague_evidence_or_language_rules():
    out = subprocess.run([sys.executable, "-c", _COUNT], capture_output=True, text=True, timeout=60, check=True)
    total, in_vague, in_evidence, in_language = map(int, out.stdout.split())
    assert in_vague <= 3 and (in_evidence, in_language) == (0, 0)  # were 66, 39 and 10
    assert total < 230  # 290 when every module compiled its own at import


def test_a_lazy_pattern_takes_its_own_name_once_used():
    namespace: dict[str, object] = {}
    namespace["_WORDS"] = lazyre.lazy(namespace, "_WORDS", r"\bkot\w*", re.I)
    assert not isinstance(namespace["_WORDS"], re.Pattern)
    assert namespace["_WORDS"].findall("Kotek i KOTY") == ["Kotek", "KOTY"]  # type: ignore[attr-defined]
    assert isinstance(namespace["_WORDS"], re.Pattern) and namespace["_WORDS"].flags & re.I


def test_the_rules_lazy_patterns_are_the_patterns_they_stand_for():
    for module in (vague, evidence, language):
        for name, value in vars(module).items():
            if isinstance(value, lazyre._Lazy):
                assert value.pattern == value._source and value.flags == re.compile(value._source, value._flags).flags
                compiled = getattr(module, name)
                assert isinstance(compiled, re.Pattern), name  # used once, the name holds the pattern itself
                assert (compiled.pattern, compiled.flags) == (value._source, re.compile(value._source, value._flags).flags)


def test_the_lexicons_regexes_are_compiled_when_first_used():
    vague.load_lexicon.cache_clear()
    try:
        lexicon = vague.load_lexicon()
        assert [name for name in lexicon.sources if name in vars(lexicon)] == []
        lexicon.income.search(" zarabia dobrze ")
        assert [name for name in lexicon.sources if name in vars(lexicon)] == ["income"]
        assert lexicon.income.pattern == lexicon.sources["income"]
    finally:
        vague.load_lexicon.cache_clear()


def test_prepare_compiles_the_vague_patterns_before_workers_fork():
    from cxkit.lint.rules.profiling import PseudoProfiling

    vague.load_lexicon.cache_clear()
    PseudoProfiling().prepare()
    assert not [name for name, value in vars(vague).items() if isinstance(value, lazyre._Lazy)]
    lexicon = vague.load_lexicon()
    assert all(isinstance(vars(lexicon)[name], re.Pattern) for name in lexicon.sources)


def test_text_beyond_the_table_is_found_as_before():
    beyond = re.compile("[\u3000-\U0010ffff]")
    for code in [*range(0, 0x3100, 7), 0x2FFF, 0x3000, 0xD800, 0xFFFF, 0x10000, 0x10FFFF]:
        text = "ab" + chr(code)
        assert bool(vague._BEYOND_TABLE.search(text)) == bool(beyond.search(text)), hex(code)


@pytest.mark.parametrize("note", [
    "Burza mózgów działu marketingu; założenia zespołu, bez rozmów z klientami",
    "Proto-persona from the workshop",
])
def test_a_note_read_by_the_lazy_patterns_is_still_an_assumption(tmp_path, note):
    from typer.testing import CliRunner

    from cxkit.cli import app

    text = (
        "kind: persona\nid: ola-mama\nname: Ola Nowak\nlang: pl\nbehaviours:\n"
        "  - Kupuje online przez aplikację Frisco co piątek po 20:00\n"
        f'sources:\n  - {{id: zrodlo, type: other, date: 2026-09-30, note: "{note}"}}\nreviewed: 2026-11-20\n'
    )
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "missing-sources", "-",
                                      "--stdin-filename", "personas/ola.yaml"], input=text,
                                env={"NO_COLOR": "1", "COLUMNS": "200", "CXKIT_TODAY": "2026-12-01"})
    assert result.exit_code == 1, result.output
    assert "is an assumption, not research" in result.output
