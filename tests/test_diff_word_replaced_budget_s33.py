"""Whether a list item's title or a touchpoint's description had a word replaced takes bounded work.

`cxkit diff` and `cxkit review` keep two items apart when a word of what names them was replaced
("SMS z terminem oględzin" and "SMS z terminem wypłaty"), and let a touchpoint that only gained or
lost words pair with its moved self.  That question ran difflib on the two texts' words without a
limit: quadratic, a second or more for each pair weighed on a pasted text of 5,000 words.  Under the
budget the answer is difflib's own; past it, the common start and end are set aside and the rest
must be words only added or only taken out.
"""

from __future__ import annotations

import difflib
import random
from bisect import bisect_left
from typing import Any, Iterator

import pytest

from cxkit.diff import match

#: Steps (as the budget counts them) a test allows for one question; the old code took 8 million
#: for a text of 3,000 words with words added.
BOUND = 1_000_000

VOCABULARY = ("klient dzwoni na infolinię i czeka na odpowiedź w sprawie szkody po zgłoszeniu przez "
              "aplikację the customer calls the helpline and waits for an answer").split()


@pytest.fixture()
def steps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the places difflib's longest-match search visits, and stops a search past 2×BOUND."""
    search = difflib.SequenceMatcher.find_longest_match
    spent = [0]

    def counted(self: Any, alo: int = 0, ahi: Any = None, blo: int = 0, bhi: Any = None) -> Any:
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        spent[0] += ahi - alo + sum(bisect_left(self.b2j.get(t, ()), bhi) for t in self.a[alo:ahi])
        if spent[0] > 2 * BOUND:
            raise AssertionError(f"unbounded: {spent[0]} steps")
        return search(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    yield spent


def _transcript(count: int) -> list[str]:
    return [f"{VOCABULARY[i % len(VOCABULARY)]}{i}" for i in range(count)]


def test_words_added_to_a_pasted_transcript_are_words_added(steps: list[int]) -> None:
    words = _transcript(3000)
    longer = [w for i, w in enumerate(words) for w in ((w, "potem") if i % 3 == 0 else (w,))]
    assert match._word_replaced(" ".join(words), " ".join(longer)) is False
    assert match._word_replaced(" ".join(longer), " ".join(words)) is False
    assert steps[0] <= BOUND


def test_a_word_replaced_in_a_pasted_transcript_is_a_word_replaced(steps: list[int]) -> None:
    words = _transcript(3000)
    edited = list(words)
    edited[1500] = "wypłaty"
    assert match._word_replaced(" ".join(words), " ".join(edited)) is True
    assert steps[0] <= BOUND


def test_past_the_budget_words_added_in_one_place_and_taken_out_in_another_keep_items_apart(
    steps: list[int],
) -> None:
    # Prose of a few words said again and again: the first search alone is over the budget.
    words = [VOCABULARY[i % len(VOCABULARY)] for i in range(5000)]
    edited = ["Uwaga"] + words[:-1]
    assert match._word_replaced(" ".join(words), " ".join(edited)) is True
    # The same edit on a short text gets difflib's answer: an insert and a delete, no replacement.
    short = words[:20]
    assert match._word_replaced(" ".join(short), " ".join(["Uwaga"] + short[:-1])) is False
    assert steps[0] <= BOUND


@pytest.mark.parametrize("budget", [0, 500, None])
def test_under_the_budget_the_answer_is_difflibs(monkeypatch: pytest.MonkeyPatch, budget: int | None) -> None:
    """Under the budget (None: the one cxkit uses) the answer is whether difflib's opcodes hold a
    replacement; at any budget an edit that only adds words or only takes some out is never
    called a replacement."""
    if budget is not None:
        monkeypatch.setattr(match, "WORD_REPLACED_BUDGET", budget)
    rng = random.Random(33)
    words = VOCABULARY[:8]
    for _ in range(600):
        before = [rng.choice(words) for _ in range(rng.randint(0, 14))]
        after = list(before)
        for _ in range(rng.randint(0, 4)):
            roll = rng.random()
            if roll < 0.35 and after:
                after.pop(rng.randrange(len(after)))
            elif roll < 0.7:
                after.insert(rng.randint(0, len(after)), rng.choice(words + ["nowe"]))
            elif after:
                after[rng.randrange(len(after))] = rng.choice(words + ["inne"])
        got = match._word_replaced(" ".join(before), " ".join(after))
        if budget is None:
            opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
            assert got == any(tag == "replace" for tag, *_ in opcodes), (before, after)
        shorter, longer = sorted((before, after), key=len)
        rest = iter(longer)
        if all(w in rest for w in shorter):
            assert got is False, (before, after)


def test_a_title_with_a_word_replaced_keeps_two_opportunities_apart() -> None:
    assert match._retitled({"action": "SMS z terminem oględzin"}, {"action": "SMS z terminem wypłaty"})
    assert not match._retitled({"action": "SMS z terminem oględzin"},
                               {"action": "SMS z terminem oględzin i linkiem"})
