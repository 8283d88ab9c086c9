"""Lazily found line starts (fb43df9) across blank lines, CRLF, a BOM, NFD names and a long file (session 34).

`LoadedYAML.empty_item_at` now finds line starts only as far as a call asks, going on from the last
one found.  Its guard test had no blank line in any text, so a scan that went on one character past
the last start (skipping the newline of an empty line) passed it; these texts have blank lines where
the scan stops and starts again, and compare every (line, column) with the whole-file answer.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from cxkit.yamlio import load_text

JOURNEY_PL = """\
kind: journey
id: ola-odnawia-polise
name: Ola odnawia polisę OC
lang: pl
persona: ola-klientka

stages:

  - id: przypomnienie
    name: Przypomnienie
    barriers:
      -

      - Formularz gubi dane pojazdu


  - id: płatność
    name: Płatność
    love_points:
      -   # do uzupełnienia
"""


def _reference(text: str, line: int, column: int) -> bool:
    """The answer with every line start found first, as before."""
    if column < 2:
        return False
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    if not 0 < line <= len(starts):
        return False
    end = text.find("\n", starts[line - 1])
    row = text[starts[line - 1]:end if end >= 0 else len(text)].rstrip("\r")
    rest = row[column - 1:].strip()
    return row[column - 2:column - 1] == "-" and row[:column - 2].strip() in ("", "-") and (
        not rest or rest.startswith("#"))


@pytest.mark.parametrize("text", [
    JOURNEY_PL,
    JOURNEY_PL.replace("\n", "\r\n"),
    "\ufeff" + JOURNEY_PL,
    unicodedata.normalize("NFD", JOURNEY_PL),
    "\n\n\n- \n\n-\n\n",
    JOURNEY_PL + "".join(f"      - Bariera {i}\n\n" for i in range(300)),
], ids=["blank-lines", "crlf", "bom", "nfd", "only-blank", "long"])
def test_each_line_is_told_as_with_every_start_found_first(text):
    lines = text.count("\n") + 2
    asks = [(line, column) for line in range(0, lines + 1) for column in range(0, 9)]
    for seed in range(3):
        random.Random(seed).shuffle(asks)
        loaded = load_text(text)
        for line, column in asks:
            assert loaded.empty_item_at(line, column) == _reference(text, line, column), (line, column)


def test_line_by_line_downwards_as_locate_asks_in_a_long_file():
    text = JOURNEY_PL + "".join(f"      -\n\n      - Bariera {i}\n" for i in range(200))
    loaded = load_text(text)
    told = [loaded.empty_item_at(line, 8) for line in range(1, text.count("\n") + 2)]
    assert told == [_reference(text, line, 8) for line in range(1, text.count("\n") + 2)]
    assert sum(told) == 202  # the dashes alone at lines 12 and 20, and one in each of the 200 groups
