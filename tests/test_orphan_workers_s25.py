"""Workers stop when their main process dies, and SIGHUP ends a run as SIGTERM does (tester16 F7).

Killed with SIGKILL (the OOM killer, a CI runner's hard timeout) or SIGHUP (a closed terminal or SSH
session), the main process left its workers checking every batch that was left, for seconds to minutes
of CPU, before they failed to send and exited. SIGHUP also skipped the clean-up SIGTERM does.

Each run checks its files slowly (0.1 s a file, patched in before the workers are forked), so that
work is left for seconds when the main process goes.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux /proc and forked workers",
)

SLOW = """\
import sys, time
from cxkit.lint import engine

real = engine.check_target


def slow(*args, **kwargs):
    time.sleep(0.1)
    return real(*args, **kwargs)


engine.check_target = slow
sys.argv = ["cxkit", *sys.argv[1:]]
from cxkit.cli import main

main()
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("orphans") / "ws"
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate(root, 40) == 160
    return root


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    """Running: not gone, and not a zombie waiting for whoever adopted it to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _workers_started(proc: subprocess.Popen[bytes], count: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        found = _children(proc.pid)
        if len(found) >= count:
            time.sleep(0.3)  # at work on their first batches
            return found
        time.sleep(0.01)
    pytest.fail(f"the run did not start {count} workers")


def _gone_within(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [p for p in pids if _alive(p)]
        if not left:
            return []
        time.sleep(0.02)
    return [p for p in pids if _alive(p)]


def _start(corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", SLOW, "lint", "--no-cache", "--jobs", "3", "."], cwd=corpus,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _clean_up(proc: subprocess.Popen[bytes], workers: list[int]) -> None:
    for pid in [proc.pid, *workers]:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def test_workers_stop_when_the_main_process_is_killed(corpus: Path):
    proc = _start(corpus)
    workers: list[int] = []
    try:
        workers = _workers_started(proc, 2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        # About 160 × 0.1 s of work was left to three processes: the workers had seconds to go.
        assert _gone_within(workers, 2.0) == []
    finally:
        _clean_up(proc, workers)


def test_sighup_to_the_main_process_exits_129_and_stops_the_workers(corpus: Path):
    proc = _start(corpus)
    workers: list[int] = []
    try:
        workers = _workers_started(proc, 2)
        os.kill(proc.pid, signal.SIGHUP)
        proc.wait(timeout=30)
        assert proc.returncode == 129  # as SIGTERM's 143: an exit, after clean-up, not death by the signal
        assert _gone_within(workers, 2.0) == []
    finally:
        _clean_up(proc, workers)


def test_sigterm_still_exits_143(corpus: Path):
    # Guard: the behaviour SIGHUP now shares.
    proc = _start(corpus)
    workers: list[int] = []
    try:
        workers = _workers_started(proc, 2)
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        assert proc.returncode == 143
        assert _gone_within(workers, 2.0) == []
    finally:
        _clean_up(proc, workers)


def test_a_worker_whose_parent_is_gone_claims_no_more_batches(monkeypatch: pytest.MonkeyPatch):
    # Where no parent-death signal exists (not Linux), a worker looks between batches.
    from cxkit.lint import engine

    claims = engine.Claims.open(3)
    assert claims is not None
    try:
        monkeypatch.setattr(engine, "_parent_pid", os.getppid() + 100000, raising=False)
        done = [0, 0]
        assert list(engine._claim_and_check([[], [], []], None, None, claims, done, 1)) == []  # type: ignore[arg-type]
        # The main process (slot 0) has no parent to lose: it takes them all.
        assert [i for i, _ in engine._claim_and_check([[], [], []], None, None, claims, done, 0)] == [0, 1, 2]  # type: ignore[arg-type]
    finally:
        claims.close()
