"""How alike two list items are takes bounded work, however long their text.

`cxkit diff` and `cxkit review` pair list items left over after ids, names and equal values by
difflib's ratio of their text (`pair_items`), touchpoints moved to another stage and edited by the
same (`similarity`, `pair_moved`).  That ratio ran on characters without a limit: a touchpoint whose
description is a pasted transcript of 2,000 words, edited in place, took 7 s; one of 5,000 words
moved to another stage took minutes.  Under the budget the ratio is difflib's own; past it, the
texts' words are compared, and past that their common start and end.
"""

from __future__ import annotations

import difflib
import random
from bisect import bisect_left
from pathlib import Path
from typing import Any, Iterator

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff import match

#: Steps of difflib's longest-match search one whole diff below may take; the old code took some
#: 100 million for the 2,000-word description.
BOUND = 3_000_000

WORDS = ("klient dzwoni na infolinię i czeka na odpowiedź w sprawie szkody po zgłoszeniu przez "
         "aplikację konsultant pyta o numer polisy").split()


@pytest.fixture()
def steps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the places difflib's longest-match search visits; stops a search past BOUND."""
    search = difflib.SequenceMatcher.find_longest_match
    spent = [0]

    def counted(self: Any, alo: int = 0, ahi: Any = None, blo: int = 0, bhi: Any = None) -> Any:
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        spent[0] += ahi - alo + sum(bisect_left(self.b2j.get(t, ()), bhi) for t in self.a[alo:ahi])
        if spent[0] > BOUND:
            raise AssertionError(f"unbounded: {spent[0]} steps")
        return search(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    yield spent


def _transcript(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(WORDS)}{rng.randint(0, 300)}" for _ in range(count)]


def _journey(description: str, stage: int) -> str:
    stages = [
        ("etap-1", "Zgłoszenie", "Dzwoni na infolinię i podaje numer polisy oraz datę zdarzenia"),
        ("etap-2", "Oględziny", "Rzeczoznawca przyjeżdża i robi zdjęcia uszkodzonego samochodu"),
    ]
    out = ["kind: journey", "id: szkoda-auto", "name: Zgłoszenie szkody", "lang: pl", "persona: ola", "stages:"]
    for k, (ident, name, doing) in enumerate(stages):
        out += [f"  - id: {ident}", f"    name: {name}", f"    doing: {doing}", "    emotion: 0",
                "    touchpoints:", "      - channel: telefon", "        description: Rozmowa z konsultantem"]
        if k == stage:
            out += ["      - channel: czat", f"        description: {description}"]
    return "\n".join(out) + "\n"


def _diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> Any:
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return CliRunner().invoke(app, ["diff", "old.yaml", "new.yaml"])


def test_a_long_description_edited_in_place_is_one_touchpoint_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps: list[int],
) -> None:
    words = _transcript(2000)
    edited = [f"zmiana{k}" if k % 50 == 0 else w for k, w in enumerate(words)]
    result = _diff(tmp_path, monkeypatch, _journey(" ".join(words), 0), _journey(" ".join(edited), 0))
    assert result.exit_code == 1, result.output[:500]
    lines = result.output.splitlines()
    assert lines[1].startswith("  ~ 1. Zgłoszenie (etap-1) › Punkty styku #2 „czat: zmiana0 po271 klient238…” › Opis: "
                               "[-polisy130-]{+zmiana0+} po271"), lines[1]
    assert lines[-1] == "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie."
    assert steps[0] <= BOUND


def test_a_long_description_moved_to_another_stage_is_the_touchpoint_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps: list[int],
) -> None:
    words = _transcript(5000)
    longer = words[:1000] + ["dodane"] + words[1000:]
    result = _diff(tmp_path, monkeypatch, _journey(" ".join(words), 0), _journey(" ".join(longer), 1))
    assert result.exit_code == 1, result.output[:500]
    lines = result.output.splitlines()
    assert lines[1] == "  ↕ 2. Oględziny (etap-2) › Punkty styku #2: poprzednio 1. Zgłoszenie (etap-1) › Punkty styku #2:"
    assert lines[4].startswith("  ~ 2. Oględziny (etap-2) › Punkty styku #2 › Opis: polisy130 po271 "), lines[4][:200]
    assert lines[-1] == "1 dokument różni się (1 zmieniony); 2 zmiany w dokumencie."
    assert steps[0] <= BOUND


def _edited(rng: random.Random, words: list[str]) -> list[str]:
    out = list(words)
    for _ in range(rng.randint(0, 6)):
        roll, k = rng.random(), rng.randint(0, len(out))
        if roll < 0.3:
            out.insert(k, rng.choice(WORDS))
        elif out and roll < 0.6:
            out.pop(min(k, len(out) - 1))
        elif out and roll < 0.8:
            out[min(k, len(out) - 1)] = rng.choice(WORDS) + "x"
        elif out:
            word = out[min(k, len(out) - 1)]
            cut = rng.randint(0, len(word))
            out[min(k, len(out) - 1)] = word[:cut] + rng.choice("ąż e") + word[cut:]
    return out


def test_under_the_budget_the_ratio_is_difflibs() -> None:
    """Texts of up to 60 words, randomly edited: the ratio is difflib's, to the bit (a run of 20,000
    pairs of up to 700 words gave the same)."""
    rng = random.Random(33)
    for _ in range(150):
        words = [rng.choice(WORDS) for _ in range(rng.choice([0, 1, 4, 20, 60]))]
        a, b = " ".join(words), " ".join(_edited(rng, words))
        want = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if a or b else 1.0
        assert match.similarity(a, b) == want, (a, b)


def test_pairing_under_the_budget_is_the_unbounded_pairing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists of edited items pair as they did with no budget at all."""
    rng = random.Random(7)
    cases = []
    for _ in range(20):
        old = [{"channel": rng.choice(["sms", "email"]),
                "description": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 25)))} for _ in range(4)]
        new = [dict(item, description=" ".join(_edited(rng, item["description"].split()))) for item in old]
        rng.shuffle(new)
        cases.append((old, new))
    bounded = [match.pair_items(old, new) for old, new in cases]
    monkeypatch.setattr(match, "RATIO_BUDGET", 10**12)
    assert bounded == [match.pair_items(old, new) for old, new in cases]


def test_past_the_budget_words_then_the_common_start_and_end_say_how_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "RATIO_BUDGET", 0)
    text = " ".join(WORDS * 50)
    # One word put in front of a long repetitive text: nearly all of it is its common end.
    assert match.similarity(text, "Uwaga " + text) > 0.99
    assert match.similarity(text, " ".join(reversed(text.split()))) < 0.1
    assert match.similarity("", "") == 1.0
