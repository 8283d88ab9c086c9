"""The console script's entry (entry.main) calls by a program that is not cxkit's leave its signals alone.

Session 41 made a finished run ignore Ctrl-C from its last exit handler on (so the interpreter's own end
cannot turn exit 0 or 1 into 130). The handler was registered whenever no `__main__` module frame was found
below main(): so in pytest-xdist's workers, whose tests run without one, a test calling entry.main() in-process
registered it, and the next test that ran the exit handlers in-process (cli._end_now) left the worker ignoring
SIGINT, and with it every process it started: the Ctrl-C tests of test_startup_interrupt_s41 then failed in
CI's full run (exit 1, no message) and passed alone.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap


def _hearing_ctrl_c() -> None:
    """In the child before it runs: Ctrl-C as a terminal gives it. A run started in the background by a
    non-interactive shell (`bash -c '… &'`) starts with SIGINT ignored, and an ignored signal survives exec."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)

# main() called where no `__main__` module's frame is below it (a thread's stack here; pytest-xdist's workers
# run their tests so), then the exit handlers run in-process, as tests of cli._end_now do.
NO_MAIN_MODULE = textwrap.dedent("""\
    import atexit, signal, threading
    from cxkit import cli, entry
    cli.run_as_process = lambda: None
    worker = threading.Thread(target=entry.main)
    worker.start()
    worker.join()
    atexit._run_exitfuncs()
    print("ignored" if signal.getsignal(signal.SIGINT) is signal.SIG_IGN else "kept")
""")


def test_main_called_by_a_program_without_a_main_module_leaves_ctrl_c_alone_s41() -> None:
    done = subprocess.run([sys.executable, "-c", NO_MAIN_MODULE], capture_output=True, text=True, timeout=60,
                          preexec_fn=_hearing_ctrl_c)
    assert (done.returncode, done.stdout.strip()) == (0, "kept"), done.stderr


def test_cxkit_s_own_program_still_ignores_a_late_ctrl_c_s41(tmp_path) -> None:
    """The console script's own case (python -m cxkit): its exit handler still ignores a Ctrl-C at the end."""
    program = tmp_path / "probe.py"
    program.write_text(textwrap.dedent("""\
        import atexit, os, signal, sys
        from cxkit import cli, entry
        cli.run_as_process = lambda: None
        atexit.register(lambda: os.write(1, b"ignored\\n" if signal.getsignal(signal.SIGINT) is signal.SIG_IGN else b"kept\\n"))
        sys.argv[0] = "cxkit"
        entry._started_as_cxkit = lambda filename: True  # this probe stands for the console script
        entry.main()
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=60,
                          preexec_fn=_hearing_ctrl_c)
    assert (done.returncode, done.stdout.strip()) == (0, "ignored"), done.stderr
