"""Memory of repeated lint runs in one process (session 37, issue #7).

A program that calls `cxkit.api.lint` or `lint_text` again and again (a nightly job over many
workspaces, an editor that lints its buffer on every pause in typing) must not hold more after the
eighth round of calls than after the second: nothing a run made (documents, findings, texts, paths) may stay
in a module's table or cache beyond a bound, whichever workspace it was.

Measured with tracemalloc, in a process of its own (what other tests ran first would move the
figures), after two warm-up rounds (the first run compiles the lexicons' patterns and fills the
bounded caches of stems and phrases, about 13 KB more after the second run than after the first):
the blocks and bytes still allocated after six more rounds, each round linting a Polish and an
English workspace and one edited buffer.  Before each snapshot the interpreter's own attribute
cache is emptied (`sys._clear_type_cache()`): it keeps the name of the last attribute looked up in
each of its 4,096 slots, which a run's `getattr(model, name)` refills with that run's strings.
Measured in session 37 (no leak found; the same at 18747ce5 and at ff611715): 10 blocks and 1.9 KB for
the six rounds, a pattern compiled when first needed among them; with a leak planted to check the
bounds, the first finding of each `lint` call kept in a list: 130 blocks, 14.7 KB; each text read
kept with what was read of it: 1,240 blocks, 137 KB.

Those bounds leave room for what is made once, when first needed; a leak of a few bytes a call (a
path kept for each `lint_text` call: 6 blocks, 0.7 KB over the six rounds) stays below them, and
an editor makes thousands of such calls.  So the last three rounds are measured on their own too:
everything made once is made by then (0 blocks, 0 bytes in session 37), and they may not hold one
block more per round (the path kept: 3 blocks, 354 bytes).
"""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc
from pathlib import Path

from process_helpers import in_a_process_of_its_own
from test_memory_held_s27 import _write_workspace

from cxkit.api import lint, lint_text

#: Blocks and bytes the six measured rounds may leave allocated: room for the interpreter's
#: own slack (a free list, a dict that grew), far below one block per document per round (6 x 23).
MOST_BLOCKS = 30
MOST_BYTES = 6_000
#: Blocks the last three rounds may leave allocated: fewer than one a round, so that a leak of one
#: small object a call fails too.
MOST_LATE_BLOCKS = 3
#: A block this big is the interpreter's table of interned strings growing (once in some twenty runs),
#: not a run's leftovers: it is left out of the bytes.
TABLE_BLOCK = 256 * 1024


def _workspaces(root: Path) -> tuple[Path, Path]:
    english, polish = root / "en", root / "pl"
    _write_workspace(english, 6)
    _write_workspace(polish, 5)
    (polish / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return english, polish


def _round(english: Path, polish: Path, k: int) -> int:
    found = len(lint([english])) + len(lint([polish]))
    persona = polish / "personas" / "persona-3.yaml"
    # An editor's buffer, a new trait on every call: a text never seen before, as typing makes.
    buffer = persona.read_text(encoding="utf-8").replace("behaviours:\n", f"behaviours:\n  - Dba o zdrowie {k}\n", 1)
    found += len(lint_text(buffer, persona))
    return found


def _held() -> tracemalloc.Snapshot:
    gc.collect()
    sys._clear_type_cache()
    return tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])


def test_repeated_runs_hold_no_more_memory_s37(tmp_path):
    if not in_a_process_of_its_own(__file__, "test_repeated_runs_hold_no_more_memory_s37",
                                   "CXKIT_TEST_REPEATED_RUNS_ALONE", tmp_path):
        return
    english, polish = _workspaces(tmp_path)
    os.chdir(tmp_path)
    counts = [0] * 8  # made before the first snapshot: the test's own list does not grow
    tracemalloc.start()
    try:
        for k in range(2):
            counts[k] = _round(english, polish, k)
        before = _held()
        for k in range(2, 5):
            counts[k] = _round(english, polish, k)
        middle = _held()
        for k in range(5, 8):
            counts[k] = _round(english, polish, k)
        after = _held()
    finally:
        tracemalloc.stop()
    # The runs found what they should, the same each round: the Polish one in Polish.
    assert counts[0] > 10 and len(set(counts[1:])) == 1, counts
    assert any("pseudo" in f.rule and f.english is not None for f in lint([polish]))
    grown = [s for s in after.compare_to(before, "lineno") if s.size_diff or s.count_diff]
    blocks = sum(s.count_diff for s in grown)
    size = sum(s.size_diff for s in grown if abs(s.size_diff) < TABLE_BLOCK)
    where = "; ".join(str(s) for s in sorted(grown, key=lambda s: -s.size_diff)[:8])
    assert blocks < MOST_BLOCKS and size < MOST_BYTES, f"{blocks} blocks, {size} bytes more after six rounds: {where}"
    late = [s for s in after.compare_to(middle, "lineno") if s.count_diff > 0]  # what another line freed hides nothing
    late_blocks = sum(s.count_diff for s in late)
    where = "; ".join(str(s) for s in sorted(late, key=lambda s: -s.count_diff)[:8])
    assert late_blocks < MOST_LATE_BLOCKS, f"{late_blocks} blocks more after the last three rounds: {where}"
