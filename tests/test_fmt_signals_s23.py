"""`cxkit fmt` stops at once when only its main process is told to (tester8 L1).

`kill -INT <pid>`, an editor's stop button or a hook's timeout signal the main process alone, not
the whole process group as a terminal's Ctrl-C does.  The run used to wait for the batches its
workers had in hand (seconds on a large workspace) before it exited.  Here each process lays out
its first batch at full speed, and every file after that takes 0.5 s (a large workspace on a busy
machine), so the batches in hand when the first file is written take about 8 s: a run that waits
for them cannot stop within the 5 s allowed, and one that stops its workers takes a fraction of one.
Whatever the moment, every file holds its old bytes or its new ones, no temporary file is left,
and no worker outlives the run.
"""

from __future__ import annotations

import functools
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxkit.fmt import format_text

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux /proc and forked workers",
)

# Indented by four, sources before goals: fmt rewrites every file.
PERSONA_PL = """\
# Z wywiadów w salonie na Mokotowie, wrzesień 2026
kind: persona
id: {id}
name: Pani Halina {n}
summary: Emerytka, przenosi numer do nowej sieci, bo wnuczka płaci mniej za abonament.
sources:
    - id: wywiady-2026-09
      type: interview
      date: 2026-09-14
goals:
    - Przenieść numer bez utraty kontaktów w telefonie   # z wywiadu 4
    - Płacić co miesiąc najwyżej 40 zł
reviewed: 2026-10-01
"""

JOURNEY_EN = """\
kind: journey
id: {id}
name: Fibre installation {n}
persona: halina-{n:03d}
reviewed: 2026-10-01
stages:
    - id: booking
      name: Booking
      doing: Books a technician visit in the app for a Saturday morning
      emotion: 1
    - id: installation
      name: Installation
      doing: Waits at home from 8:00 to 12:00 for the technician
      emotion: -2
      barriers:
          - The text message gives a four-hour window and no name
"""

#: Runs `cxkit fmt` with laying out slowed to 0.5 s a file after each process's first batch (16 files),
#: in the workers (forked: they inherit it) as in the main process.  The first file is written as soon
#: as a first batch comes back, so the test does not wait for a slow batch before it sends the signal.
SLOW_FMT = """\
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # a shell's `cmd &` starts it ignored
import cxkit.fmt
real = cxkit.fmt.format_file
done = 0
def slow(target, config):
    global done
    done += 1
    if done > 16:
        time.sleep(0.5)
    return real(target, config)
cxkit.fmt.format_file = slow
sys.argv = ["cxkit", "fmt", "--no-cache", "--jobs", "2"]
from cxkit.cli import main
main()
"""


@functools.lru_cache(maxsize=1)
def _documents() -> tuple[tuple[str, bytes, bytes], ...]:
    """256 documents that fmt rewrites: each relative path with its bytes before and after (laid out once a run)."""
    documents = []
    for n in range(128):
        for folder, template, name in (("personas", PERSONA_PL, f"halina-{n:03d}"), ("journeys", JOURNEY_EN, f"swiatlowod-{n:03d}")):
            text = template.format(id=name, n=n)
            documents.append((f"{folder}/{name}.yaml", text.encode(), format_text(text).encode()))
            assert documents[-1][1] != documents[-1][2]
    return tuple(documents)


def _workspace(root: Path) -> dict[Path, tuple[bytes, bytes]]:
    """The 256 documents written under ``root``: each path with its bytes before and after."""
    files = {}
    for rel, old, new in _documents():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(old)
        files[path] = (old, new)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return files


def _up_to_the_first_line(proc: subprocess.Popen[bytes], timeout: float) -> bytes:
    """What the run has written to stderr once its first line is complete, read from the pipe unbuffered.

    ``communicate(timeout=...)`` reads the raw pipe: lines ``proc.stderr.readline()`` had read
    ahead into its buffer would be lost to it, and a run that said every file would seem to leave
    some unsaid. The bytes returned may end inside a line, which the rest of the pipe completes.
    """
    assert proc.stderr is not None
    fd = proc.stderr.fileno()
    got = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in got:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            pytest.fail(f"fmt wrote no complete line to stderr within {timeout} s: {got!r}")
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        got += chunk
    return got


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_to_the_main_process_alone_stops_fmt_at_once(tmp_path: Path, sig: int, code: int) -> None:
    files = _workspace(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_FMT], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}, start_new_session=True,  # no group signal from here
    )
    try:
        # The first file written: the workers are at their next batches, and the run has most of its files to go.
        head = _up_to_the_first_line(proc, timeout=120)
        assert head.startswith(b"przeformatowano "), head + proc.stderr.read()
        workers = _children(proc.pid)
        assert workers, "fmt laid out the workspace without workers"
        start = time.monotonic()
        os.kill(proc.pid, sig)
        err = proc.communicate(timeout=120)[1]
        took = time.monotonic() - start
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == code, err
    assert took < 5.0, f"fmt took {took:.1f}s to stop after {signal.Signals(sig).name}"
    assert b"Traceback" not in err
    if sig == signal.SIGINT:
        # The workspace is Polish (its lines say "przeformatowano"): so is its Ctrl-C, said once, last (session 41).
        # fmt says how many files it rewrote before it stopped ("cxkit: przerwano po przepisaniu 1 pliku …").
        assert err.rstrip().splitlines()[-1].startswith(b"cxkit: przerwano") and err.count(b"cxkit: ") == 1, err
    # No worker outlives the run (they were stopped, not left to finish their batches).
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
    # Each file whole: its old bytes, or the laid-out ones (the files written before the signal stay written).
    written = set()
    for path, (old, new) in files.items():
        now = path.read_bytes()
        assert now in (old, new), path
        if now == new:
            written.add(path.relative_to(tmp_path).as_posix().encode())
    assert 1 <= len(written) < len(files)
    said = {line.split(b" ", 1)[1] for line in (head + err).splitlines() if line.startswith(b"przeformatowano ")}
    # A file said to be reformatted was. The signal may land between a write and its line, so one
    # file written last may go unsaid (the run was interrupted; no summary is printed either).
    assert said <= written, said - written
    assert len(written - said) <= 1, written - said
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        [Path("cxkit.toml")] + [p.relative_to(tmp_path) for p in files]
    )  # no temporary file left beside a document
