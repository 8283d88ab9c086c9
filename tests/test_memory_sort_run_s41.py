"""The report's sort holds a run of 1,024 findings, not 2,048, session 41 (issue #7).

At 3,200 bench files the run's traced peak after trait-overlap's was `_finish` sorting the findings
(:func:`cxkit.lint.spilled.sorted_findings`): a run gathers :data:`RUN` findings, several hundred
bytes each, before it is sorted and written (2,134 findings there: all but 86 in one run).  With 1,024
it holds half as many; the merge then reads each run a block (RUN_BLOCK) at a time, so smaller runs
would hold more while merging many (512 held more than 1,024 at 12,000 findings).  The guards: the
order is a stable sort's (ties, Polish and English findings), and what the sort holds at its peak.
"""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator

import pytest

from cxkit.lint import spilled
from cxkit.lint.finding import Finding, Related, Severity
from cxkit.lint.spilled import sort_key, sorted_findings


def _groups_s41(count: int, seed: int = 41) -> Iterator[list[Finding]]:
    """One file's findings at a time, made as they are asked for (as `_finish` reads them back)."""
    rng = random.Random(seed)
    for g in range(count // 8):
        path = f"persony/zespół-{rng.randrange(400)}/ola-{g}.yaml" if g % 2 else f"personas/team-{rng.randrange(400)}/ben-{g}.yaml"
        group = []
        for k in range(8):
            n = 8 * g + k
            related = (Related(f"personas/other-{n}.yaml", 3, 5, 0, 9),) if n % 4 == 0 else ()
            english = (f"goal {n} is vague: 'Buys single-origin coffee on payday'", related) if g % 2 else None
            group.append(Finding(path, rng.randrange(1, 9), rng.randrange(1, 3), "CX101", "vague-goal", Severity.warning,
                                 f"cel nr {n} jest ogólnikowy: „Kupuje kawę ziarnistą na Allegro po wypłacie”",
                                 related, ("persona", f"goals[{k}]", 4, 7), english))
        yield group


def test_sorted_findings_are_a_stable_sort_s41():
    want = sorted((f for group in _groups_s41(3_000) for f in group), key=sort_key)
    got = sorted_findings(_groups_s41(3_000))
    try:
        assert len(want) == 3_000 and list(got) == want
    finally:
        got.close()


@pytest.mark.parametrize(("count", "before", "limit"), [(2_400, 1_454, 1_000), (12_000, 1_391, 1_300)])
def test_the_sort_holds_a_run_of_1024_findings_s41(count, before, limit):
    list(_groups_s41(16))  # warm: Finding's class and the codec made once
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        got = sorted_findings(_groups_s41(count))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    try:
        assert len(got) == count
    finally:
        got.close()
    # Before (2,048 a run): `before` KiB here (2,180 and 1,457 outside pytest); now ~586 and ~1,070 outside.
    assert peak < limit * 1024, f"{peak // 1024} KiB (before: {before})"
