"""The console script's entry point: it starts the command line, or says that cxkit cannot start.

The script's own import is the one thing cxkit's error handling cannot catch: an install left
half-upgraded (a module of one version importing a name another version does not have) ended in a
Python traceback and exit 1, the code that says "findings", so a CI job read a broken tool as a
workspace with problems. Here that import is caught: one `cxkit: internal error` line, exit 2.

So is a Ctrl-C at any moment of the run: `cxkit: interrupted` and exit 130, as the command line says it
inside a command, never a KeyboardInterrupt traceback. Here: the start-up imports (the tenths of a second
before the command line can catch it), and the way out of an interrupted run, which ends the process at
once (:func:`_leave_now`: Python would otherwise end a process whose Ctrl-C came inside one of the
`exec`s a module runs as it loads, as `dataclasses` and `typing` do, by the signal, not with 130) and
after a finished run (:func:`_interrupted_on_the_way_out`). Only what Python does before this module runs
(its own start, the console script's `import re`) is out of cxkit's reach.
"""

from __future__ import annotations

import sys

#: What a run stopped by Ctrl-C says on stderr, and its exit code (128 + SIGINT, as a shell reports it):
#: what :mod:`cxkit.cli` says inside a command.
INTERRUPTED = "cxkit: interrupted\n"
EXIT_INTERRUPTED = 130


#: Whether :func:`main` runs as cxkit's own program (the console script, `python -m cxkit`): set as it starts.
#: Where no program's frame is left to ask (the interpreter's exit handlers) this says whose process it is; a
#: test runner whose worker has no `__main__` module (pytest-xdist's) calling main() is not cxkit's.
_OWN_PROGRAM = False


def main() -> None:
    global _OWN_PROGRAM
    _OWN_PROGRAM = _program_is_cxkit(sys._getframe())
    try:
        _ends_with_its_own_code()
        _run_started()
    except KeyboardInterrupt:  # before the command line catches it: the start-up imports
        _say_interrupted()
        _leave_now(EXIT_INTERRUPTED)
        raise SystemExit(EXIT_INTERRUPTED) from None
    except SystemExit as done:
        if done.code == EXIT_INTERRUPTED:  # said by the command line already
            _leave_now(EXIT_INTERRUPTED)
        _interrupted_on_the_way_out()
        raise
    _interrupted_on_the_way_out()


def _ends_with_its_own_code() -> None:
    """Register, first so that it runs last, an exit handler that ignores Ctrl-C from there on: once every
    exit handler has run the run is over, its output written, and the interpreter's own end (a third of a
    second for `cxkit render` on a busy machine) restores the default SIGINT, which would end the process by
    the signal, without a word, instead of with the run's own code (0, or 1 for `fmt --check`).  Only under
    cxkit's own program (the console script, `python -m cxkit`), not a test that calls :func:`main`."""
    if not _on_the_way_out(sys._getframe(1)):
        return
    import atexit

    def ignore() -> None:
        import signal

        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # an ignored signal is one the interpreter leaves as set
        except (ValueError, OSError):  # not the main thread
            pass

    atexit.register(ignore)


def _run_started() -> None:
    import os

    import cxkit

    cxkit._COMMAND_LINE = True  # this process is cxkit's own: it may hand settings to its workers in the environment
    # Where it started, for a lint worker started by spawn (it begins wherever this process then is).
    os.environ.setdefault("_CXKIT_START_FOLDER", cxkit._START_FOLDER or "")
    try:
        from .cli import run_as_process as run
    except Exception as exc:  # noqa: BLE001 - any failure to import is a broken install, never findings
        sys.stderr.write(f"cxkit: internal error: cxkit could not start ({type(exc).__name__}: {exc}); "
                         "its installation is broken or half-upgraded: reinstall cxkit\n")
        raise SystemExit(2) from None
    run()


def _say_interrupted() -> None:
    try:
        sys.stderr.write(INTERRUPTED)
        sys.stderr.flush()
    except (AttributeError, ValueError, OSError):  # no stderr, or a closed one: the exit code says it
        pass


def _leave_now(code: int) -> None:
    """End the process with ``code``: the exit handlers run (multiprocessing's, tempfile's) and the standard
    streams are flushed, as an exit does, then it ends without the interpreter's own exit, which would turn
    a Ctrl-C taken inside a module's `exec` into death by SIGINT.  Returns (for the exit as usual) while
    another thread runs (an exit waits for it), when the output cannot be flushed, or when the program goes
    on after :func:`main` (a test calling it, not the console script)."""
    import os

    if not _on_the_way_out(sys._getframe(1)):
        return
    threading = sys.modules.get("threading")
    if threading is not None and any(t.is_alive() and not t.daemon for t in threading.enumerate()
                                     if t is not threading.main_thread()):
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except Exception:  # noqa: BLE001 - a full disk, a closed stream: the interpreter's exit says so
        return
    os._exit(code)


def _on_the_way_out(frame: object) -> bool:
    """Whether the process ends once ``frame`` and its callers return: the program they run in is cxkit's
    (the `cxkit` console script, or `python -m cxkit`), or none is left (the interpreter's exit handlers run).
    Under a program that called :func:`main` itself (a test runner) it goes on: False."""
    program = _program_frame(frame)
    return _OWN_PROGRAM if program is None else _started_as_cxkit(program.f_code.co_filename)  # type: ignore[attr-defined]


def _program_is_cxkit(frame: object) -> bool:
    """Whether the program below ``frame`` is cxkit's own: False when there is none to see (a test runner's
    worker that runs tests without a `__main__` module, as pytest-xdist's does: there an exit handler that
    ignores Ctrl-C, once a test ran the exit handlers, left the worker and every process it started deaf to
    SIGINT)."""
    program = _program_frame(frame)
    return program is not None and _started_as_cxkit(program.f_code.co_filename)  # type: ignore[attr-defined]


def _program_frame(frame: object) -> object | None:
    """The outermost `__main__` module's frame below ``frame``: the program that runs (None: none left)."""
    program = None
    while frame is not None:
        if getattr(frame, "f_code", None) is not None and frame.f_code.co_name == "<module>" and (  # type: ignore[attr-defined]
                frame.f_globals.get("__name__") == "__main__"):  # type: ignore[attr-defined]
            program = frame
        frame = getattr(frame, "f_back", None)
    return program


def _started_as_cxkit(filename: str) -> bool:
    """Whether ``filename`` is the program that ran cxkit's own entry: the `cxkit` console script, or
    cxkit's `__main__` (`python -m cxkit`)."""
    import os

    name = os.path.basename(filename).lower()
    return name in ("cxkit", "cxkit.exe", "cxkit-script.py", "__main__.py") and (
        name != "__main__.py" or os.path.basename(os.path.dirname(filename)) == "cxkit")


def _interrupted_on_the_way_out() -> None:
    """From here to the end of the process (the exit handlers: multiprocessing's, tempfile's), a Ctrl-C ends it
    as one during the run does, instead of Python's "Exception ignored in atexit callback" and a traceback: what
    was written is flushed, the message said, exit 130.  While a program goes on after :func:`main` (a test
    that called it), Ctrl-C is a KeyboardInterrupt there, as before."""
    import signal

    def stop(_signum: int, frame: object) -> None:
        if not _on_the_way_out(frame):
            raise KeyboardInterrupt  # a program's own code still runs: as Python's own handler
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, ValueError, OSError):
                pass
        _say_interrupted()
        import os

        os._exit(EXIT_INTERRUPTED)

    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not a caller's own, not ignored
            signal.signal(signal.SIGINT, stop)
    except (ValueError, OSError):  # not the main thread
        pass
