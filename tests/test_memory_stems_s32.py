"""Memory of the word -> stem cache (textnorm), session 32 (issue #7).

Every trait of a workspace is normalised word by word through one cache of stems, capped at a
fixed number of words.  A team's documents hold a few thousand different words, and thousands of
different numbers (prices, minutes, order numbers, years), each of which was kept as a word of its
own: in a generated workspace of 3,200 files nine of every ten cached words were numbers, so the
cache grew with the number of files.  A number of four digits or more is now its own stem (cut to a
stem's length, as :func:`stem` cuts it) without being kept; shorter ones, few and frequent, are kept.

The bound sits between what is measured now (about 2 B a number) and before (about 240 B).  The
guards pin the stems: each text's stems are those of its words one by one.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import textnorm
from cxkit.lint.textnorm import normalise, stem, stems, tokens

TEXTS = (
    "Porównuje słuchawki za ok. {n} zł w każdy piątek na YouTube",
    "Compares {n} offers on price comparison sites before ordering",
    "Zamawia przez BLIK, paczkomat nr {n}, odbiór w {m} minut",
)


def _held_per_number(count: int) -> float:
    rng = random.Random(32)
    numbers = rng.sample(range(1000, 10 ** 9), count)
    texts = [TEXTS[i % len(TEXTS)].format(n=n, m=i % 50) for i, n in enumerate(numbers)]
    for text in texts[:50]:  # the words around them (and the small numbers) in the cache first
        normalise(text.replace(str(numbers[0]), "1"))
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for text in texts:
            normalise(text)
        return (tracemalloc.get_traced_memory()[0] - base) / count
    finally:
        tracemalloc.stop()


def test_numbers_are_not_kept_in_the_stem_cache(monkeypatch):
    monkeypatch.setattr(textnorm, "_CONTENT_STEM", textnorm._ContentStems())
    held = _held_per_number(3000)
    assert held < 24, held  # about 240 before: each number a word of the cache (and of stem()'s)
    assert len(textnorm._CONTENT_STEM) < 200


def _one_by_one(text: str) -> str:
    return " ".join(s for s in (("" if w in textnorm._STOP else stem(w)) for w in tokens(text)) if s)


@pytest.mark.parametrize("text", [
    "Kupuje co 2024 dni za 7283 zł, zamówienie 1234567890123 i 12345678",
    "Płaci 99 zł, 100 zł albo 1000 zł; rok 2024r i 7283zł razem",
    "Czeka ²⁰²⁴ dni, ٢٠٢٤ dni albo ２０２４ dni na kuriera",
    "Orders 0007 units for 00000000001 customers in 1999",
])
def test_stems_of_a_text_are_its_words_stems(text, monkeypatch):
    monkeypatch.setattr(textnorm, "_CONTENT_STEM", textnorm._ContentStems())
    expected = _one_by_one(text)
    assert normalise(text) == expected
    assert normalise(text) == expected  # the second time from the cache
    assert stems(text) == frozenset(expected.split())
    assert any(w.isdigit() and len(w) > 3 for w in expected.split())


PERSONA = """\
kind: persona
id: {id}
name: {name}
summary: Kupuje sprzęt do biegania przez internet i porównuje ceny przed zakupem.
goals:
  - Kupić buty trailowe za ok. {price} zł przed sezonem
  - Porównać {offers} ofert zanim zamówi
"""

NEGATIVE = """\
kind: negative-persona
id: {id}
name: {name}
reasons:
  - Kupić buty trailowe za ok. {price} zł przed sezonem
  - Nie porównuje ofert, kupuje w pierwszym sklepie
"""


def test_a_trait_with_another_number_is_still_told_apart(tmp_path, monkeypatch):
    # trait-overlap reads stems: a goal and a reason that differ only in a long number are not the same trait.
    monkeypatch.setattr(textnorm, "_CONTENT_STEM", textnorm._ContentStems())
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "personas" / "biegaczka.yaml").write_text(
        PERSONA.format(id="biegaczka", name="Ola, biegaczka", price=1250, offers=5), encoding="utf-8")
    (ws / "personas" / "lowca-okazji.yaml").write_text(
        NEGATIVE.format(id="lowca-okazji", name="Łowca okazji", price=1250), encoding="utf-8")
    (ws / "personas" / "inny.yaml").write_text(
        NEGATIVE.format(id="inny", name="Inny", price=1999).replace("sklepie", "sklepie internetowym"),
        encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("COLUMNS", "120")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "trait-overlap", "."])
    assert result.exit_code == 1, result.output
    assert result.output.count('"trait-overlap"') == 1, result.output
    assert "lowca-okazji.yaml" in result.output and "1250" in result.output
