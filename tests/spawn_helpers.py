"""Stand-ins for a spawned lint worker, importable by the child process (spawn inherits no monkeypatch)."""

from __future__ import annotations

import os
from typing import Any


def worker_that_dies(
    conn: Any, first: int, share: list, config: Any, selection: Any, taken: Any, done: Any, slot: int, given: Any = (),
) -> None:
    """Take half of its share, as if it were checking it, then die without a word (OOM killer, kill -9)."""
    for index in range(first, first + len(share) // 2 + 1):
        taken[index] = 1
    os._exit(9)
