"""Workers of `cxkit lint` and `cxkit fmt` killed at the worst moment: no hang, no lost or doubled file.

1. A worker killed while it takes the next batch.  The batches used to be numbered by a shared
   counter behind a lock: a worker killed holding it (SIGKILL, the OOM killer; a window of
   microseconds, but hit often enough on a large run) left the main process and the other
   workers waiting for the lock forever.  Now the numbers wait in a pipe and a process takes one
   by reading it: the kernel gives each to one reader, and a dead reader holds nothing.  The
   runs below kill a worker inside whatever lock it takes first (the old counter's), or, as
   there is none now, just after it took a batch; the run must end, with what one process gives.
2. `cxkit fmt` with a dead worker: the main process used to wait for the dead worker's batch
   until the other workers had laid out every other batch, writing nothing meanwhile, and then
   laid it out alone.  Now it lays out a dead worker's batch at its turn, and takes the dead
   worker's place, taking batches as the workers do, until none is left.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import engine

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs forked workers (Linux)",
)

#: Runs cxkit (argv[3:]) in a run directory argv[2], with a worker killed as argv[1] says:
#: ``claiming``: the first worker to take a multiprocessing lock is killed holding it; the first to
#: take a batch without one is killed as it has it (whichever comes first; one worker in all).
#: ``first-batch``: the first worker to take a batch is killed as it has it, and the other workers
#: lay out slowly (20 ms a file).  Every file laid out is logged (pid, batch of the main process or
#: a worker) to ``laid-out``.
DISTURBED = """\
import os, signal, sys, time
from multiprocessing import synchronize

MAIN = os.getpid()
how, here = sys.argv[1], sys.argv[2]


def first_death():
    try:
        os.close(os.open(os.path.join(here, "killed"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


real_enter = synchronize.SemLock.__enter__


def enter(self):
    held = real_enter(self)
    if how == "claiming" and os.getpid() != MAIN and first_death():
        os.kill(os.getpid(), signal.SIGKILL)  # dies holding the lock
    return held


synchronize.SemLock.__enter__ = enter

from cxkit import fmt
from cxkit.lint import engine

real_claim = engine.claim_next


def claim(*args, **kwargs):
    index = real_claim(*args, **kwargs)
    if index is not None and os.getpid() != MAIN and first_death():
        os.kill(os.getpid(), signal.SIGKILL)  # dies with the batch taken, before checking a file of it
    return index


engine.claim_next = claim
real_format = fmt.format_file
log = open(os.path.join(here, "laid-out"), "a", buffering=1)


def format_file(target, config):
    if how == "first-batch" and os.getpid() != MAIN:
        time.sleep(0.02)
    outcome = real_format(target, config)
    log.write(f"{'main' if os.getpid() == MAIN else os.getpid()} {target.display}\\n")
    return outcome


fmt.format_file = format_file
sys.argv = ["cxkit", *sys.argv[3:]]
from cxkit.cli import main
main()
"""

ENV = {"NO_COLOR": "1", "COLUMNS": "100", "NO_PROGRESS": "1"}

#: Indented by four and out of order: fmt rewrites every one.
PERSONA_PL = """\
# Z wywiadów w aptekach na Jeżycach, wrzesień 2026
id: farmaceutka-{n:02d}
kind: persona
name: Farmaceutka {n}
goals:
    - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej
    - Sprawdzić w aplikacji, czy lek {n} jest w aptece przy Roosevelta, zanim wyjdzie z pracy
sources:
    - id: wywiady-2026-09
      type: interview
      date: 2026-09-14
reviewed: 2026-10-01
"""

JOURNEY_EN = """\
id: repair-{n:02d}
kind: journey
name: Boiler repair {n}
persona: halina
reviewed: 2026-10-01
stages:
    - id: call-{n}
      name: Calls the hotline
      emotion: -1
      doing: Waits 25 minutes on the hotline on a Saturday to book visit {n}
      barriers:
          - The text message gives a four-hour window and no name of the engineer
    - id: visit-{n}
      name: Engineer's visit
      emotion: 1
      doing: Lets the engineer in at 8:40 and gets the boiler running by 10:00
"""


def _messy(root: Path, count: int = 64) -> Path:
    for n in range(count):
        folder, name, text = (("personas", f"farmaceutka-{n:02d}", PERSONA_PL) if n % 2 == 0
                              else ("journeys", f"repair-{n:02d}", JOURNEY_EN))
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / f"{name}.yaml").write_text(text.format(n=n), encoding="utf-8")
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return root


def _corpus(root: Path) -> Path:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate(root, 40) == 160  # personas, negative personas and journeys, Polish and English
    return root


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, timeout=300,
                          env={**os.environ, **ENV})


def _disturbed(how: str, here: Path, args: list[str], cwd: Path, timeout: float) -> tuple[int, bytes, bytes]:
    """Run cxkit with a worker killed; a run still going after ``timeout`` seconds is killed, and fails the test."""
    here.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", DISTURBED, how, str(here), *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **ENV},
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"`cxkit {' '.join(args)}` hung after its worker was killed (still running after {timeout} s)")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert (here / "killed").exists(), "no worker was killed: the run was not disturbed"
    return proc.returncode, out, err


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_lint_ends_when_a_worker_is_killed_taking_a_batch(tmp_path: Path) -> None:
    ws = _corpus(tmp_path / "ws")
    args = ["lint", "--no-cache", "--format", "json", "."]
    serial = _run([*args[:1], "--jobs", "1", *args[1:]], ws)
    assert serial.returncode == 1, serial.stderr  # the corpus has findings
    code, out, err = _disturbed("claiming", tmp_path / "here", [*args[:1], "--jobs", "2", *args[1:]], ws, timeout=90)
    assert (code, err) == (serial.returncode, serial.stderr)
    assert out == serial.stdout  # byte for byte: every file checked, once, in order


def test_lint_with_three_workers_one_killed_taking_a_batch(tmp_path: Path) -> None:
    ws = _corpus(tmp_path / "ws")
    serial = _run(["lint", "--no-cache", "--jobs", "1", "--format", "json", "."], ws)
    code, out, err = _disturbed("claiming", tmp_path / "here", ["lint", "--no-cache", "--jobs", "4", "--format", "json", "."],
                                ws, timeout=90)
    assert (code, err, out) == (serial.returncode, serial.stderr, serial.stdout)


def test_fmt_ends_when_a_worker_is_killed_taking_a_batch(tmp_path: Path) -> None:
    _messy(tmp_path / "serial")
    shutil.copytree(tmp_path / "serial", tmp_path / "ws")
    serial = _run(["fmt", "--no-cache", "--jobs", "1", "."], tmp_path / "serial")
    assert serial.returncode == 0, serial.stderr
    assert serial.stderr.count(b"przeformatowano ") == 64
    code, out, err = _disturbed("claiming", tmp_path / "here", ["fmt", "--no-cache", "--jobs", "2", "."], tmp_path / "ws",
                                timeout=90)
    assert (code, err, out) == (0, serial.stderr, serial.stdout)  # every file reformatted, reported in order
    assert _tree(tmp_path / "ws") == _tree(tmp_path / "serial")


def test_fmt_main_process_takes_the_place_of_a_dead_worker(tmp_path: Path) -> None:
    _messy(tmp_path / "serial")
    shutil.copytree(tmp_path / "serial", tmp_path / "ws")
    serial = _run(["fmt", "--no-cache", "--jobs", "1", "."], tmp_path / "serial")
    here = tmp_path / "here"
    # 64 files, two workers: 16 batches of 4.  The worker that takes the first batch is killed at once.
    code, out, err = _disturbed("first-batch", here, ["fmt", "--no-cache", "--jobs", "2", "."], tmp_path / "ws", timeout=120)
    assert (code, err, out) == (0, serial.stderr, serial.stdout)
    assert _tree(tmp_path / "ws") == _tree(tmp_path / "serial")
    log = [line.split(" ", 1) for line in (here / "laid-out").read_text(encoding="utf-8").splitlines()]
    assert sorted(name for _who, name in log) == sorted(set(name for _who, name in log))  # each file laid out once
    assert len(log) == 64
    by_main = [i for i, (who, _name) in enumerate(log) if who == "main"]
    by_worker = [i for i, (who, _name) in enumerate(log) if who != "main"]
    # Not only the dead worker's batch: the main process took batches as the worker did, while it worked.
    assert len(by_main) > 4, log
    assert by_main[0] < by_worker[-1], log  # the dead worker's batch did not wait for the end of the run
    assert len(by_worker) > 4  # and the surviving worker went on


def test_claims_give_each_number_to_one_process(tmp_path: Path) -> None:
    """Four processes read the claims of 20,000 batches at once (80,000 bytes: more than a pipe holds unless
    it is grown): each number is taken once, and each process stops at the end."""
    context = multiprocessing.get_context("fork")
    claims = engine.Claims.open(20_000)
    assert claims is not None
    outs = []
    procs = []
    for k in range(4):
        receive, send = context.Pipe(duplex=False)

        def take(send=send) -> None:
            send.send_bytes(b"".join(i.to_bytes(4, "little") for i in iter(lambda: engine.claim_next(claims), None)))

        proc = context.Process(target=take, daemon=True)
        proc.start()
        send.close()
        procs.append(proc)
        outs.append(receive)
    taken = []
    for receive in outs:
        data = receive.recv_bytes()
        taken.extend(int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4))
    for proc in procs:
        proc.join(30)
        assert proc.exitcode == 0
    assert engine.claim_next(claims) is None  # none left for the main process either
    claims.close()
    assert sorted(taken) == list(range(20_000))


def test_batches_grow_when_a_pipe_cannot_hold_a_number_for_each(monkeypatch: pytest.MonkeyPatch) -> None:
    real = engine.Claims.open.__func__
    asked = []

    def small_pipe(cls, count):
        asked.append(count)
        return None if count > 100 else real(cls, count)

    monkeypatch.setattr(engine.Claims, "open", classmethod(small_pipe))
    items = list(range(1000))
    batches, claims = engine.claimed_batches(items, 4)
    try:
        assert asked == [250, 125, 63]
        assert [len(b) for b in batches] == [16] * 62 + [8]
        assert [x for b in batches for x in b] == items
        assert [engine.claim_next(claims) for _ in range(64)] == [*range(63), None]
    finally:
        claims.close()


def test_fmt_by_spawned_workers_agrees_with_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows starts workers by spawn: they inherit no pipe, and each lays out its own stripe of the batches.
    _messy(tmp_path / "serial", 40)
    shutil.copytree(tmp_path / "serial", tmp_path / "ws")
    serial = _run(["fmt", "--no-cache", "--jobs", "1", "."], tmp_path / "serial")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.chdir(tmp_path / "ws")
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "3", "."])
    assert result.exit_code == 0, result.output
    assert result.output.count("przeformatowano ") == 40
    assert _tree(tmp_path / "ws") == _tree(tmp_path / "serial")


def dies_after_its_first_batch(conn, batches, config, claims, stripe, holding, slot, inherited) -> None:
    """A spawned fmt worker that takes the first batch of its stripe and dies without a word (kill -9)."""
    holding[slot] = stripe[0]
    os._exit(9)


def test_fmt_lays_out_the_stripe_of_a_dead_spawned_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _messy(tmp_path / "serial", 40)
    shutil.copytree(tmp_path / "serial", tmp_path / "ws")
    serial = _run(["fmt", "--no-cache", "--jobs", "1", "."], tmp_path / "serial")
    context = multiprocessing.get_context("spawn")
    real = context.Process
    started = []

    def second_dies(*args, **kwargs):
        started.append(kwargs["args"])
        if len(started) == 2:
            kwargs["target"] = dies_after_its_first_batch
        return real(*args, **kwargs)

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(context, "Process", second_dies)
    monkeypatch.chdir(tmp_path / "ws")
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "2", "."])
    assert result.exit_code == 0, result.output
    assert len(started) == 2
    assert result.output.count("przeformatowano ") == 40 and serial.stderr.count(b"przeformatowano ") == 40
    assert _tree(tmp_path / "ws") == _tree(tmp_path / "serial")
