"""A worker killed halfway through sending its results leaves its work to the main process (review14 R14-8).

A worker's message (a batch of laid-out files for `cxkit fmt`, every result for `cxkit lint`) is
larger than a pipe's 64 KiB buffer, so while the main process is busy the worker waits in ``send``
with half of it written.  Killed there (the OOM killer, a `kill` of its pid), it left the main
process reading a cut message: "got end of file during message", exit 2 - for fmt with the files
after it never formatted.  Now the main process does the dead worker's work itself, and the run
ends as an undisturbed one does: the same output, the same files, the same exit code.

Each command is run twice with two processes: once with a worker that writes half of its first
message and then is killed (the same bytes in the pipe, at a known moment), and once, where /proc
shows it, with a worker really blocked in ``send`` on a full pipe while the main process is held
back, killed there by the test.  Both are compared with a run in one process.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
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

#: Runs cxkit (argv[3:]) with one of two disturbances (argv[1]) in the directory argv[2]:
#: ``cut``: the first worker to send writes the first half of its message, then is killed (SIGKILL);
#: ``hold``: the main process reads no worker until the file ``go`` exists (the test kills a worker
#: blocked in ``send`` meanwhile); for lint it also checks its own files slowly, so that the worker
#: checks most of them and has a large message to send (until ``go``: then it works at full speed).
DISTURBED = """\
import os, signal, struct, sys, time
from multiprocessing import connection
from multiprocessing.reduction import ForkingPickler

MAIN = os.getpid()
how, here = sys.argv[1], sys.argv[2]
real_send, real_recv = connection.Connection.send, connection.Connection.recv


def cut_send(self, obj):
    if os.getpid() != MAIN:
        try:
            os.close(os.open(os.path.join(here, "killed"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return real_send(self, obj)
        body = bytes(ForkingPickler.dumps(obj))
        data = struct.pack("!i", len(body)) + body[: len(body) // 2]
        while data:
            data = data[os.write(self.fileno(), data):]
        os.kill(os.getpid(), signal.SIGKILL)
    return real_send(self, obj)


def held_recv(self):
    if os.getpid() == MAIN:
        while not os.path.exists(os.path.join(here, "go")):
            time.sleep(0.01)
    return real_recv(self)


if how == "cut":
    connection.Connection.send = cut_send
else:
    connection.Connection.recv = held_recv
    from cxkit.lint import engine
    # A worker sends each batch as it is checked into a pipe widened to hold a dozen; at the
    # system's usual size, this small corpus still fills it while the main process reads nothing.
    engine.PIPE_BYTES = 0
    real_check = engine.check_target

    def slow_check(*args, **kwargs):
        if os.getpid() == MAIN and not os.path.exists(os.path.join(here, "go")):
            time.sleep(0.2)
        return real_check(*args, **kwargs)

    engine.check_target = slow_check
sys.argv = ["cxkit", *sys.argv[3:]]
from cxkit.cli import main
main()
"""

ENV = {"NO_COLOR": "1", "COLUMNS": "100", "NO_PROGRESS": "1"}

STAGE_EN = """\
    - id: visit-{k}
      name: Technician visit {k}
      doing: Waits at home from 8:00 to 12:00 for the technician booked in the app for visit {k}
      emotion: -1
      barriers:
          - The text message gives a four-hour window and no name of the technician
          - The hotline queue for rescheduling visit {k} takes 25 minutes on a Saturday
"""

STAGE_PL = """\
    - id: wizyta-{k}
      name: Wizyta serwisanta {k}
      doing: Czeka w domu od 8:00 do 12:00 na serwisanta umówionego w aplikacji na wizytę {k}
      emotion: -1
      barriers:
          - SMS podaje czterogodzinne okno i nie podaje nazwiska serwisanta
          - Infolinia do zmiany terminu wizyty {k} odpowiada po 25 minutach w sobotę
"""


def _journeys(root: Path) -> None:
    """32 long journeys (12 stages, some 5 KiB each), indented by four: fmt rewrites every one.

    What a worker sends back (each file's text before and after) is then far more than a pipe's
    buffer holds: held back, each worker ends up waiting in ``send``.
    """
    for n in range(32):
        pl = n % 2 == 0
        name = f"swiatlowod-{n:02d}" if pl else f"fibre-{n:02d}"
        head = (f"# Z wywiadów w salonie na Mokotowie, wrzesień 2026\nkind: journey\nid: {name}\nname: Instalacja światłowodu {n}\n"
                if pl else f"kind: journey\nid: {name}\nname: Fibre installation {n}\n")
        stage = STAGE_PL if pl else STAGE_EN
        text = head + "persona: halina\nreviewed: 2026-10-01\nstages:\n" + "".join(stage.format(k=k) for k in range(12))
        path = root / "journeys" / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")


def _corpus(root: Path) -> None:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate(root, 40) == 160  # personas, negative personas and journeys, Polish and English


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, timeout=300,
                          env={**os.environ, **ENV})


def _start(how: str, here: Path, args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", DISTURBED, how, str(here), *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **ENV},
                            start_new_session=True)


def _finish(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    try:
        return proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wchan(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/wchan").read_text().strip()
    except OSError:
        return ""


def _wchan_shown() -> bool:
    """Whether /proc names the kernel function a process waits in (not on every system)."""
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            shown = _wchan(sleeper.pid)
            if shown not in ("", "0"):
                return True
            time.sleep(0.01)
        return False
    finally:
        sleeper.kill()
        sleeper.wait()


def _kill_a_worker_blocked_in_send(proc: subprocess.Popen[bytes], here: Path) -> None:
    """Wait until a worker waits in ``send`` on its full pipe, kill it there, then let the main process read."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        blocked = [c for c in _children(proc.pid) if "pipe_write" in _wchan(c)]
        if blocked:
            os.kill(blocked[0], signal.SIGKILL)
            break
        time.sleep(0.01)
    else:
        (here / "go").touch()
        pytest.fail("no worker was seen waiting in send on a full pipe")
    (here / "go").touch()


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def journeys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[bytes], dict[str, bytes]]:
    """The workspace, and what `cxkit fmt --jobs 1` says and writes from it."""
    root = tmp_path_factory.mktemp("journeys")
    _journeys(root / "ws")
    shutil.copytree(root / "ws", root / "serial")
    serial = _run(["fmt", "--no-cache", "--jobs", "1", "."], root / "serial")
    assert serial.returncode == 0, serial.stderr
    assert serial.stderr.count("przeformatowano ".encode()) == 32  # the workspace is Polish (s39)
    return root / "ws", serial, _tree(root / "serial")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[bytes]]:
    """The bench corpus, and what `cxkit lint --jobs 1` says of it."""
    root = tmp_path_factory.mktemp("corpus")
    _corpus(root / "ws")
    serial = _run(["lint", "--no-cache", "--jobs", "1", "--format", "json", "."], root / "ws")
    assert serial.returncode == 1, serial.stderr  # the corpus has findings
    return root / "ws", serial


def _fmt_disturbed(how: str, journeys: tuple[Path, subprocess.CompletedProcess[bytes], dict[str, bytes]], tmp_path: Path) -> None:
    source, serial, formatted = journeys
    ws = tmp_path / "ws"
    shutil.copytree(source, ws)
    here = tmp_path / "here"
    here.mkdir()
    proc = _start(how, here, ["fmt", "--no-cache", "--jobs", "2", "."], ws)
    if how == "hold":
        _kill_a_worker_blocked_in_send(proc, here)
    out, err = _finish(proc)
    if how == "cut":
        assert (here / "killed").exists(), "no worker was killed: the run was not disturbed"
    assert b"end of file" not in err
    assert (proc.returncode, err) == (0, serial.stderr)  # every file reformatted, reported in the same order
    assert out == serial.stdout
    assert _tree(ws) == formatted


def _lint_disturbed(how: str, corpus: tuple[Path, subprocess.CompletedProcess[bytes]], tmp_path: Path) -> None:
    ws, serial = corpus
    here = tmp_path / "here"
    here.mkdir()
    proc = _start(how, here, ["lint", "--no-cache", "--jobs", "2", "--format", "json", "."], ws)
    if how == "hold":
        _kill_a_worker_blocked_in_send(proc, here)
    out, err = _finish(proc)
    if how == "cut":
        assert (here / "killed").exists(), "no worker was killed: the run was not disturbed"
    assert b"end of file" not in err
    assert (proc.returncode, err) == (serial.returncode, serial.stderr)
    assert out == serial.stdout  # byte for byte: every file checked, once


def test_fmt_lays_out_the_batch_of_a_worker_killed_mid_send(journeys, tmp_path: Path) -> None:
    _fmt_disturbed("cut", journeys, tmp_path)


def test_lint_checks_the_files_of_a_worker_killed_mid_send(corpus, tmp_path: Path) -> None:
    _lint_disturbed("cut", corpus, tmp_path)


@pytest.fixture(scope="module")
def wchan() -> None:
    if not _wchan_shown():
        pytest.skip("/proc/<pid>/wchan does not name where a process waits here")


def test_fmt_worker_killed_while_blocked_on_a_full_pipe(wchan, journeys, tmp_path: Path) -> None:
    _fmt_disturbed("hold", journeys, tmp_path)


def test_lint_worker_killed_while_blocked_on_a_full_pipe(wchan, corpus, tmp_path: Path) -> None:
    _lint_disturbed("hold", corpus, tmp_path)
