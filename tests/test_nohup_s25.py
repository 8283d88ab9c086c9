"""`nohup cxkit lint` outlives its terminal: a SIGHUP the caller ignores stays ignored (review20 R20-1).

43a4a51 made SIGHUP end a run as SIGTERM does (exit 129), also when the run was started with SIGHUP
ignored, as `nohup` starts it, and reset the workers' SIGHUP to the default: a closed SSH session then
killed a run its user had protected. Each file is checked slowly (patched in before the workers are
forked) so that the signal comes while the workers are at work.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_orphan_workers_s25 import SLOW, _alive, _workers_started, corpus  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux /proc and forked workers",
)


def _ignore_hup() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)


def _hup_ignored(pid: int) -> bool:
    """The process ignores SIGHUP (its SigIgn mask in /proc); a process gone ignores nothing."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    [mask] = [line.split()[1] for line in status.splitlines() if line.startswith("SigIgn:")]
    return bool(int(mask, 16) & (1 << (signal.SIGHUP - 1)))


#: SLOW until the file named by CXKIT_TEST_FAST_AFTER exists: the signal still comes while the workers
#: are at work, and the rest of the run, which the test waits for, goes at full speed.
SLOW_UNTIL_TOLD = SLOW.replace(
    "    time.sleep(0.1)\n",
    "    if not os.path.exists(os.environ['CXKIT_TEST_FAST_AFTER']):\n        time.sleep(0.1)\n",
).replace("import sys, time\n", "import os, sys, time\n")


def test_a_run_started_with_sighup_ignored_finishes_its_report(corpus: Path, tmp_path: Path):  # noqa: F811
    fast = tmp_path / "fast-from-now"
    assert SLOW_UNTIL_TOLD != SLOW
    proc = subprocess.Popen([sys.executable, "-c", SLOW_UNTIL_TOLD, "lint", "--no-cache", "--jobs", "3", "--format", "json",
                             "."], cwd=corpus, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=_ignore_hup, env={**os.environ, "CXKIT_TEST_FAST_AFTER": str(fast)})
    workers: list[int] = []
    try:
        workers = _workers_started(proc, 2)
        os.kill(proc.pid, signal.SIGHUP)
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGHUP)  # a closed terminal's SIGHUP reaches its whole process group
        time.sleep(0.2)  # the signals land while the workers sleep over their files
        # Each worker keeps SIGHUP ignored and so lives on: one that had set it back to the default
        # would be gone, and the main process, taking over its files, would still finish the report.
        assert [pid for pid in workers if not _hup_ignored(pid)] == []
        assert [pid for pid in workers if not _alive(pid)] == []
        fast.touch()
        out, err = proc.communicate(timeout=120)
    finally:
        for pid in [proc.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 1, err.decode()
    assert out.startswith(b"[") and b'"code"' in out


def test_a_run_with_sighup_at_its_default_still_ends_at_129(corpus: Path):  # noqa: F811
    # Guard: without nohup, a closed terminal ends the run after its clean-up, as 43a4a51 made it.
    proc = subprocess.Popen([sys.executable, "-c", SLOW, "lint", "--no-cache", "--jobs", "3", "."], cwd=corpus,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _workers_started(proc, 2)
        time.sleep(0.1)
        os.kill(proc.pid, signal.SIGHUP)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
    assert proc.returncode == 129
