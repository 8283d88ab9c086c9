"""cxkit.lint.spilled reads RUN and BLOCK when it is called, not when it is imported (session 40 review).

`sorted_findings(run=RUN)` and `SpilledFindings(block=BLOCK)` took the module's sizes as default values,
fixed at import: a test (or a tuning) that set `spilled.RUN = 3` still had `cxkit lint` sort all its
findings in one run, and the spill tests had to rewrite the functions' `__defaults__`
(tests/spill_helpers.small_runs). Now the sizes are read at each call; an explicit argument still wins.
"""

from __future__ import annotations

import pytest

from cxkit.lint import spilled
from cxkit.lint.finding import Finding, Severity


def _findings(path: str, count: int) -> list[Finding]:
    return [Finding(path, line, 1, "CX403", "stage-without-emotion", Severity.warning,
                    f"Etap „Zakup {line}” nie ma oceny emocji") for line in range(count, 0, -1)]


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The block sizes each block file of the call is written with."""
    sizes: list[int] = []
    real = spilled._Blocks.write

    def write(self, findings, block):
        sizes.append(block)
        return real(self, findings, block)

    monkeypatch.setattr(spilled._Blocks, "write", write)
    return sizes


def test_sorted_findings_cuts_runs_of_the_module_s_run_size_s40(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: one list of 6 sorted in memory, no run written (RUN was 2048 for the call)."""
    monkeypatch.setattr(spilled, "RUN", 2)
    writes = _writes(monkeypatch)
    groups = [_findings("journeys/ewa.yaml", 2), _findings("journeys/adam.yaml", 2), _findings("journeys/zofia.yaml", 2)]
    out = spilled.sorted_findings(groups)
    # three runs of 2 (and the empty rest), each written in RUN_BLOCKs, then the file the merge is read into
    assert writes[:3] == [spilled.RUN_BLOCK] * 3 and writes[-1] == spilled.BLOCK
    assert [(f.path, f.line) for f in out] == sorted((f.path, f.line) for group in groups for f in group)


def test_an_explicit_run_size_still_wins_s40(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spilled, "RUN", 2)
    writes = _writes(monkeypatch)
    out = spilled.sorted_findings([_findings("personas/dan.yaml", 2), _findings("personas/rosa.yaml", 2)], run=100)
    assert len(writes) == 1 and len(out) == 4


def test_spilled_findings_write_blocks_of_the_module_s_block_size_s40(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: blocks of 256 whatever spilled.BLOCK said."""
    monkeypatch.setattr(spilled, "BLOCK", 3)
    writes = _writes(monkeypatch)
    out = spilled.SpilledFindings(_findings("journeys/ewa.yaml", 7))
    assert writes == [3] and len(out) == 7 and out[6].line == 1
    kept = out.where(lambda f: f.line > 2)  # a filtered copy keeps its parent's block size
    assert writes == [3, 3] and len(kept) == 5
