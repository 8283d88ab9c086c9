"""pseudo-profiling (CX101) on very long trait text: work grows with the text, not with its square.

A pasted interview transcript can make one trait hundreds of kilobytes long (files
up to 4 MiB are read).  These tests count work instead of timing it: characters
copied out of the trait, characters scanned to map a position back to it, spans
tried per position.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.lint import vague
from cxkit.lint.vague import matcher

SENTENCES = [
    "Ceni jakość.", "Dba o zdrowie.", "Kupuje w Biedronce.", "Values quality.", "Is busy.",
    "ma 30-40 lat,", "aged 25+ people", "her 30s", "cares deeply about health", "„Ola”, dba o rodzinę.",
    "Mieszka w dużym mieście", "don't care about price", "dwa razy w tygodniu", "NP. Kasia",
]


def long_trait(sentences: int, seed: int = 2, pool: list[str] = SENTENCES) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(pool) for _ in range(sentences))


class CountingStr(str):
    """A str that adds up the length of every piece cut out of it (slicing is where copying hides)."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[override]
        piece = str.__getitem__(self, key)
        CountingStr.copied += len(piece)
        return piece


@pytest.mark.parametrize("pool", [SENTENCES, ["ma 30-40 lat,", "aged 25+ people", "ceni jakość, „Ola”."]])
def test_a_long_trait_is_never_copied_from_its_start_again_and_again(pool):
    m = matcher()
    copied = []
    for n in (500, 2000):
        text = CountingStr(long_trait(n, pool=pool))
        CountingStr.copied = 0
        m.analyse(text)
        m.location_category(text)
        m.vague_income(text)
        copied.append(CountingStr.copied / len(text))
    # Copies per character of the text stay flat as the text grows four times (they grew with it).
    assert copied[1] < 3, copied
    assert copied[1] < copied[0] * 1.5 + 0.5, copied


class ScanCounter:
    scanned = 0


class CountingScans(str):
    """A str that adds up the characters its search methods may scan."""

    def count(self, sub, start=0, end=None):  # type: ignore[override]
        ScanCounter.scanned += (len(self) if end is None else end) - start
        return str.count(self, sub, start, len(self) if end is None else end)

    def split(self, sep=None, maxsplit=-1):  # type: ignore[override]
        ScanCounter.scanned += len(self)
        return str.split(self, sep, maxsplit)

    def rfind(self, sub, start=0, end=None):  # type: ignore[override]
        ScanCounter.scanned += (len(self) if end is None else end) - start
        return str.rfind(self, sub, start, len(self) if end is None else end)


def test_mapping_many_positions_back_to_a_long_text_does_not_rescan_it():
    text = long_trait(3000, pool=[s for s in SENTENCES if "'" not in s and "’" not in s])
    chars = vague._word_chars(text)
    norm = vague._joined(text, chars)
    assert vague._JOIN not in chars
    at = vague._word_offsets(text, CountingScans(chars), CountingScans(norm))
    positions = [i for i, ch in enumerate(norm) if ch != " "][::7]
    ScanCounter.scanned = 0
    found = [at(p) for p in positions]
    assert ScanCounter.scanned <= 4 * len(norm), ScanCounter.scanned / len(norm)
    where = vague._normalise_with_map(text)[1]
    assert found == [where[p] for p in positions]


def test_positions_are_tested_against_many_spans_by_binary_search(monkeypatch):
    tried = [0]
    outside = vague._outside

    def counting(pos, spans):
        tried[0] += len(spans)
        return outside(pos, spans)

    monkeypatch.setattr(vague, "_outside", counting)
    m = matcher()
    text = long_trait(3000, pool=["ceni jakość,", "dba o zdrowie,", "ma 30-40 lat,", "is busy"])
    verdict = m.analyse(text)
    assert verdict.vague and len(verdict.matches) > 2000
    assert tried[0] <= 20 * len(text.split()), tried[0]


def test_the_cover_answers_as_trying_every_span():
    rnd = random.Random(5)
    for _ in range(300):
        spans = []
        for _ in range(rnd.randint(0, 30)):
            a = rnd.randint(0, 60)
            spans.append((a, a + rnd.randint(-2, 8)))
        cover = vague._Cover(spans)
        for pos in range(-2, 72):
            assert cover.outside(pos) == vague._outside(pos, spans)
        nonempty = [(a, b) for a, b in spans if a < b]
        cover = vague._Cover(nonempty)
        for a in range(0, 70):
            for b in range(a + 1, a + 6):
                assert cover.overlaps(a, b) == any(x < b and a < y for x, y in nonempty)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES + ["LIVES IN A BIG CITY", "x-y", "  ", "İstanbul", "2x"]), min_size=60))
def test_word_offsets_of_a_long_text_point_where_the_full_map_points(pieces):
    text = " ".join(pieces)
    chars = vague._word_chars(text)
    norm = vague._joined(text, chars)
    at = vague._word_offsets(text, chars, norm)
    mapped, where = vague._normalise_with_map(text)
    assert mapped == norm
    assert [at(p) for p, ch in enumerate(norm) if ch != " "] == [where[p] for p, ch in enumerate(norm) if ch != " "]


def test_a_long_trait_reports_each_phrase_where_it_is_written():
    m = matcher()
    pool = ["Ceni jakość.", "Dba o zdrowie.", "Values quality.", "Ma 30-40 lat."]
    text = long_trait(4000, pool=pool)
    verdict = m.analyse(text)
    assert verdict.vague
    assert len(verdict.matches) > 3000
    for match in verdict.matches:
        assert text[match.start:match.end] == match.text
        assert match.start == 0 or text[match.start - 1] == " "
    texts = {match.text for match in verdict.matches}
    assert {"Ceni jakość", "Dba o zdrowie", "Values quality", "30-40 lat"} <= texts


def test_a_long_trait_keeps_the_verdict_of_its_parts():
    m = matcher()
    # The first name in the text rescues it, wherever it stands.
    text = long_trait(3000, pool=["Ceni jakość.", "Dba o zdrowie.", "Values quality."]) + " Kupuje w Biedronce."
    assert m.analyse(text).rescue == "a named place, brand or person ('Biedronce')"
    # A name after a sentence end does not count; one inside a sentence does.
    assert m.analyse("Ceni jakość. Ola. " * 2000 + "Ceni jakość, Ola.").rescue == "a named place, brand or person ('Ola')"
