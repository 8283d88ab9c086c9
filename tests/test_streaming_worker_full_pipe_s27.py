"""A lint worker that sends each batch as it is checked, into a pipe widened to 1 MiB, and finds it full.

While the main process reads nothing (here: held back by the test), the worker's results fill its pipe
and it waits in ``send``. Let go, the main process takes them all and the run ends as a run in one
process does, byte for byte; killed instead, it takes the waiting worker with it.
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

#: Runs cxkit (argv[2:]) in a process that reads no worker's message until the file ``go`` exists in the
#: folder argv[1]; it writes there ``stream`` when its worker sends each batch as it is checked.
HELD = """\
import os, sys, time
from multiprocessing import connection

MAIN = os.getpid()
here = sys.argv[1]
real_recv = connection.Connection.recv


def held_recv(self):
    if os.getpid() == MAIN:
        while not os.path.exists(os.path.join(here, "go")):
            time.sleep(0.01)
    return real_recv(self)


connection.Connection.recv = held_recv
from cxkit.lint import engine

real_widen = engine._widen_pipe


def widen(conn):
    wide = real_widen(conn)
    if wide:
        open(os.path.join(here, "stream"), "w").close()
    return wide


engine._widen_pipe = widen
sys.argv = ["cxkit", *sys.argv[2:]]
from cxkit.cli import main
main()
"""

ENV = {"NO_COLOR": "1", "COLUMNS": "100", "NO_PROGRESS": "1", "PYTHONHASHSEED": "0"}
ARGS = ["lint", "--no-cache", "--format", "json"]


def _wchan(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/wchan").read_text().strip()
    except OSError:
        return ""


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[bytes]]:
    """640 files of the bench corpus (the persona results alone are well over 1 MiB), and what
    `cxkit lint --jobs 1` says of them."""
    if not _wchan_shown():
        pytest.skip("/proc/<pid>/wchan does not name where a process waits here")
    root = tmp_path_factory.mktemp("corpus") / "ws"
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate(root, 160) == 640
    serial = subprocess.run([sys.executable, "-m", "cxkit", *ARGS, "--jobs", "1", "."], cwd=root, capture_output=True,
                            timeout=600, env={**os.environ, **ENV})
    assert serial.returncode == 1, serial.stderr  # the corpus has findings
    return root, serial


def _wchan_shown() -> bool:
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if _wchan(sleeper.pid) not in ("", "0"):
                return True
            time.sleep(0.01)
        return False
    finally:
        sleeper.kill()
        sleeper.wait()


def _held_run(ws: Path, here: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Start a held run with two processes; return it and its worker, once that waits in ``send``."""
    proc = subprocess.Popen([sys.executable, "-c", HELD, str(here), *ARGS, "--jobs", "2", "."], cwd=ws,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **ENV},
                            start_new_session=True)
    deadline = time.monotonic() + 300
    ended: dict[int, float] = {}  # a child that has exited and is not reaped (the main process is held)
    while time.monotonic() < deadline and proc.poll() is None:
        children = _children(proc.pid)
        blocked = [c for c in children if "pipe_write" in _wchan(c)]
        for child in children:
            if not blocked and not _alive(child):
                ended.setdefault(child, time.monotonic())
        if not blocked and any(time.monotonic() - since > 2 for since in ended.values()):
            # The worker sent its whole share and exited without ever filling its pipe: on a loaded
            # machine the main process may check most files itself before the worker's first result.
            # Nothing is left to hold, so the case this file is about did not arise.
            _stop(proc, here)
            pytest.skip("the worker's share fit in its pipe: it never waited in send")
        if blocked:
            if not (here / "stream").exists():
                _stop(proc, here)
                pytest.skip("the system would not widen a pipe to 1 MiB: the worker sends everything at the end")
            return proc, blocked[0]
        time.sleep(0.01)
    _stop(proc, here)
    pytest.fail("the worker was never seen waiting in send on a full pipe")


def _stop(proc: subprocess.Popen[bytes], here: Path) -> None:
    (here / "go").touch()
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


def test_the_main_process_takes_every_batch_once_let_go(corpus, tmp_path: Path) -> None:
    ws, serial = corpus
    proc, worker = _held_run(ws, tmp_path)
    time.sleep(0.5)
    assert _alive(worker) and "pipe_write" in _wchan(worker)  # still waiting: nothing reads its pipe
    (tmp_path / "go").touch()
    try:
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert (proc.returncode, err) == (serial.returncode, serial.stderr)
    assert out == serial.stdout  # byte for byte: every file checked, once


def test_a_worker_waiting_on_a_full_pipe_dies_with_the_main_process(corpus, tmp_path: Path) -> None:
    ws, _serial = corpus
    proc, worker = _held_run(ws, tmp_path)
    try:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)  # not its output: a worker left running would hold the pipes open
        deadline = time.monotonic() + 10
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker), "the worker outlived its main process"
    finally:
        if _alive(worker):
            os.kill(worker, signal.SIGKILL)
        proc.communicate()
