"""A lint run's findings kept in a temporary file until the report is written (issue #7).

A run holds every file's results until the cross-file rules have run; its findings then went on to be
sorted, reported and counted as one list of :class:`Finding` objects, several hundred bytes each.
:class:`SpilledFindings` keeps them instead as :mod:`marshal` blocks of their cache rows
(:meth:`Finding.as_row`) in an unnamed temporary file (a :class:`cxkit.workspace.TraitSpill`: nothing
of it is ever left on disk, however the process ends), and decodes one block at a time as the report
reads them, in order or by index.  :func:`sorted_findings` writes them sorted: findings come in groups
(one file's), each group sorted and gathered into runs of about :data:`RUN` findings that are written to
the file and merged at the end, so sorting never holds them all.
"""

from __future__ import annotations

import heapq
import marshal
import weakref
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any, Callable

from ..workspace import TraitSpill
from .finding import Finding

#: Findings a block of the file holds: what is decoded at once when the report reads them.
BLOCK = 256
#: Findings a sorted run gathers before it goes to the file (see :func:`sorted_findings`). Smaller runs
#: hold less while sorting but more while merging (RUN_BLOCK of each run): 1,024 held least at 2,400 and
#: at 12,000 findings (a 3,200-file workspace has ~2,100).
RUN = 1024
#: Findings of each run decoded at once while the runs are merged.
RUN_BLOCK = 64
#: Cross-file findings a sorted run gathers before it goes to the file (see :class:`CrossFileFindings`):
#: fewer than :data:`RUN`, as a big workspace's cross-file rules find a thousand or so in all.
CROSS_RUN = 256


def sort_key(f: Finding) -> tuple[str, int, int, str]:
    """The order a run's findings are reported in (path, line, column, code; ties as they came)."""
    return (f.path, f.line, f.column, f.code)


class _Blocks:
    """Blocks of findings' rows in a spill file (or, where it could not be written, in memory)."""

    __slots__ = ("spill", "blocks", "count")

    def __init__(self, spill: TraitSpill) -> None:
        self.spill = spill
        #: Each block: (where it starts in the file, its size) or its bytes; and how many findings it holds.
        self.blocks: list[tuple[int, int] | bytes] = []
        self.count = 0

    def write(self, findings: Iterable[Finding], size: int) -> None:
        rows: list[list[Any]] = []
        for f in findings:
            rows.append(f.as_row())
            if len(rows) == size:
                self._put(rows)
                rows = []
        if rows:
            self._put(rows)

    def _put(self, rows: list[list[Any]]) -> None:
        data = marshal.dumps(rows)
        start = self.spill.put(data)
        self.blocks.append(data if start is None else (start, len(data)))
        self.count += len(rows)

    def rows(self, k: int) -> list[list[Any]]:
        block = self.blocks[k]
        return marshal.loads(block if isinstance(block, bytes) else self.spill.get(*block))

    def __iter__(self) -> Iterator[Finding]:
        for k in range(len(self.blocks)):
            for row in self.rows(k):
                yield Finding.from_row(row)


class SpilledFindings(Sequence[Finding]):
    """Findings in a temporary file, read back a block at a time (see the module's docstring).

    A sequence as the list it stands for is: its length, its findings in order, by index and by slice
    (as lists); ``+`` and ``==`` with a list work as the list's would.  The file is closed when the
    object goes, or by :meth:`close`.
    """

    __slots__ = ("_blocks", "_block_size", "_cached", "_finalizer", "__weakref__")

    def __init__(self, findings: Iterable[Finding] = (), spill: TraitSpill | None = None,
                 block: int | None = None) -> None:
        block = block if block is not None else BLOCK  # read at each call: a test or a tuning may set it
        spill = spill if spill is not None else TraitSpill()
        self._finalizer = weakref.finalize(self, spill.close)
        self._block_size = block
        self._blocks = _Blocks(spill)
        self._blocks.write(findings, block)
        #: The last block decoded: (its number, its findings).
        self._cached: tuple[int, list[Finding]] = (-1, [])

    def close(self) -> None:
        self._finalizer()

    def __len__(self) -> int:
        return self._blocks.count

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._blocks)

    def _block(self, k: int) -> list[Finding]:
        number, found = self._cached
        if number != k:
            found = [Finding.from_row(row) for row in self._blocks.rows(k)]
            self._cached = (k, found)
        return found

    def __getitem__(self, index: Any) -> Any:
        count = self._blocks.count
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(count))]
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("finding index out of range")
        return self._block(index // self._block_size)[index % self._block_size]

    def __add__(self, other: Any) -> list[Finding]:
        return [*self, *other]

    def __radd__(self, other: Any) -> list[Finding]:
        return [*other, *self]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, SpilledFindings)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpilledFindings({len(self)} findings)"

    def where(self, keep: Callable[[Finding], bool]) -> SpilledFindings:
        """Those findings ``keep`` keeps, in a file of their own."""
        return SpilledFindings((f for f in self if keep(f)), block=self._block_size)


def sorted_findings(groups: Iterable[list[Finding]], run: int | None = None) -> SpilledFindings:
    """The findings of ``groups`` sorted by :func:`sort_key`, as a stable sort of them all, in the order
    given, would have them; spilled.  Each group's findings are the same file's (so one group sorts whole
    before another's of the same path is met, where there is one: ties then keep the order given)."""
    run = run if run is not None else RUN  # read at each call, as RUN_BLOCK is
    spill = TraitSpill()
    runs: list[_Blocks] = []
    gathered: list[Finding] = []
    for group in groups:
        gathered.extend(group)
        if len(gathered) >= run:
            gathered.sort(key=sort_key)
            runs.append(_Blocks(spill))
            runs[-1].write(gathered, RUN_BLOCK)
            gathered = []
    gathered.sort(key=sort_key)
    if not runs:
        return SpilledFindings(gathered, spill)
    runs.append(_Blocks(spill))
    runs[-1].write(gathered, RUN_BLOCK)
    del gathered
    # heapq.merge takes the earlier run's first on a tie: the order a stable sort of them all gives.
    return SpilledFindings(heapq.merge(*runs, key=sort_key), spill)


class CrossFileFindings:
    """The cross-file rules' findings of a spilling lint run, in sorted runs in its spill file (issue #7).

    A lint run held them as one list from the cross-file phase to its report's sort (~500 KiB at
    3,200 files, at the run's peak).  They are gathered a run of :data:`CROSS_RUN` findings at a
    time, each run sorted by path (a stable sort: a file's findings keep the order they were made in)
    and written to ``spill``; :meth:`by_path` merges the runs back a file at a time.  Which rules
    failed (:attr:`Finding.failed`) is kept aside, as the filtering needs it before any file's turn.
    """

    __slots__ = ("spill", "runs", "held", "failed", "count")

    def __init__(self, spill: TraitSpill) -> None:
        self.spill = spill
        self.runs: list[_Blocks] = []
        self.held: list[Finding] = []
        #: The rules with a finding that says they failed.
        self.failed: set[str] = set()
        self.count = 0

    def append(self, f: Finding) -> None:
        self.held.append(f)
        self.count += 1
        if f.failed:
            self.failed.add(f.rule)
        if len(self.held) >= CROSS_RUN:
            self._write()

    def extend(self, findings: Iterable[Finding]) -> None:
        for f in findings:
            self.append(f)

    def __len__(self) -> int:
        return self.count

    def _write(self) -> None:
        held, self.held = self.held, []
        held.sort(key=_path_of)
        self.runs.append(_Blocks(self.spill))
        self.runs[-1].write(held, RUN_BLOCK)

    def by_path(self) -> Iterator[tuple[str, list[Finding]]]:
        """Each path's findings, in the order they were added, paths in sorted order."""
        if self.held or not self.runs:
            self._write()
        merged = heapq.merge(*self.runs, key=_path_of)  # an earlier run's first on a tie: the order made
        for path, found in groupby(merged, key=_path_of):
            yield path, list(found)


def _path_of(f: Finding) -> str:
    return f.path
