"""The journey rules' remembered readings of texts stay small, session 33 (issue #7).

Seven readings of a journey's texts (who owns an opportunity, a stage's feeling, an opportunity's
action, a stage's phase) remembered up to 4,096 answers each, and each answer keeps its text alive:
on a large workspace the opportunities' actions alone filled theirs by about 3,200 files (about
0.8 MB held for the rest of the run) for a few percent of hits.  They keep 256 now.  The memory
test measures what the readings hold after many different texts, with tracemalloc, and fails on the
code before; the guard pins the answers against the readings without memory.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest

from cxkit.lint.rules import journeys

READINGS = ("_names_nobody", "_names_everyone", "_names_teams", "_sore_feeling", "_glad_feeling", "_wish", "_phase")

VERBS = ("Poprawić", "Wdrożyć", "Skrócić", "Dodać", "Uprościć", "Improve", "Add", "Shorten", "Review", "Zadowolona,")
WORDS = ("komunikację z klientem w sklepie", "formularz zamówienia", "czas dostawy kurierem InPost",
         "powiadomienia SMS o statusie paczki", "the checkout flow", "the onboarding e-mail", "płatność BLIK",
         "zespół e-commerce", "frustrated with the delivery", "że paczka przyszła", "w aplikacji", "po wypłacie")


def _texts(count: int, seed: int):
    """Different texts made of a few journey words (so only the readings' own memory grows), made as
    they are read (nothing else holds them)."""
    rng = random.Random(seed)
    for _ in range(count):
        yield " ".join((rng.choice(VERBS), *rng.sample(WORDS, 5)))


@pytest.mark.parametrize("name", READINGS)
def test_a_reading_keeps_few_texts_alive(name):
    reading = getattr(journeys, name)
    reading.cache_clear()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for text in _texts(1_500, 3):
            reading(text)
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
        reading.cache_clear()
    # Before: ~400 bytes a text (every answer and its text kept, up to 4,096); now ~70-90.
    assert held / 1_500 < 150, f"{held / 1_500:.0f} bytes a text"


@pytest.mark.parametrize("name", READINGS)
def test_answers_are_the_readings_without_memory(name):
    # Guard (passes before too): texts seen again soon and after many others get the same answer.
    reading = getattr(journeys, name)
    reading.cache_clear()
    texts = list(_texts(400, 5)) + ["brak", "Zespół e-commerce", "Wszyscy", "Product/Engineering", "Frustrated",
                                     "Zadowolona, że paczka przyszła", "Poprawić komunikację", "Awareness", "Ponowny zakup"]
    order = texts + texts[-20:] + texts[:300] + texts[-9:]
    try:
        assert [reading(t) for t in order] == [reading.__wrapped__(t) for t in order]
    finally:
        reading.cache_clear()
