"""A test measured in a process of its own: the memory tests, whose figures what other tests ran first in the
same process would move (test_memory_held_s27, test_memory_repeated_runs_s37)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def in_a_process_of_its_own(test_file: str, test_name: str, flag: str, cwd: Path) -> bool:
    """Whether this is the process of its own that the environment variable ``flag`` (set to "1") marks: there
    the test goes on and measures.  Elsewhere ``test_name`` of ``test_file`` is run in such a process (a pytest
    of its own, in ``cwd``), which must pass; then False, and the test has nothing more to do."""
    if os.environ.get(flag) == "1":
        return True
    alone = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", f"{test_file}::{test_name}"],
        env={**os.environ, flag: "1"}, capture_output=True, text=True, cwd=cwd,
    )
    assert alone.returncode == 0, alone.stdout[-4000:] + alone.stderr[-2000:]
    return False
