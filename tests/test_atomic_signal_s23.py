"""A signal that arrives while a file is being written atomically leaves no temporary file.

SIGTERM unwinds cxkit like an exit (`cli._terminated`), and Ctrl-C raises KeyboardInterrupt. Either
one arriving between the temporary file's creation and the cleanup that guards it left
`.ola.yaml.<random>.tmp` beside the persona (seen by the fmt signal test, review14 R14-8's
follow-up). The write now holds both signals until the file is renamed or removed: the document
is whole and new, and the signal is handled right after.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from cxkit import fsutil

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal mask on this system")

OLD = "kind: persona\nid: ola\nname: Ola Nowak\n"
NEW = "kind: persona\nid: ola\nname: Ola Nowak\ngoals:\n  - Kupić bilet miesięczny w aplikacji przed 1. dniem miesiąca\n"


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])])
def test_a_signal_just_after_the_temporary_file_is_made_leaves_none(tmp_path: Path, monkeypatch, sig: int) -> None:
    target = tmp_path / "ola.yaml"
    target.write_text(OLD, encoding="utf-8")
    real = tempfile.mkstemp

    def mkstemp_then_signal(*args, **kwargs):
        made = real(*args, **kwargs)
        # Sent to this thread, as a terminal's Ctrl-C reaches single-threaded cxkit: the handler runs at the
        # next instruction, before write_atomic's `try`, unless the write holds the signal. (A signal to the
        # whole process would go to another thread of a test runner that has one, such as pytest-xdist's
        # worker, and be handled here whatever this thread holds.)
        signal.pthread_kill(threading.get_ident(), sig)
        return made

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", mkstemp_then_signal)
    # Both handlers set here, as cxkit's main() has them: an earlier test in the same worker process may
    # have left SIGINT ignored, and then no KeyboardInterrupt would come at all.
    previous = signal.signal(signal.SIGTERM, _terminated)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    # SIGHUP (a closed terminal) unwinds like SIGTERM in cxkit's main().
    previous_hup = signal.signal(signal.SIGHUP, _terminated) if hasattr(signal, "SIGHUP") else None
    try:
        with pytest.raises((SystemExit, KeyboardInterrupt)):
            fsutil.write_atomic(target, NEW)
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        if previous_hup is not None:
            signal.signal(signal.SIGHUP, previous_hup)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ola.yaml"]  # no temporary file left
    assert target.read_text(encoding="utf-8") == NEW  # the write finished; the signal came after it


def test_signals_held_restores_the_mask_it_found(tmp_path: Path) -> None:
    before = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    with fsutil.signals_held():
        inside = signal.pthread_sigmask(signal.SIG_BLOCK, set())
        with fsutil.signals_held():  # nested: the outer hold stays after the inner one ends
            pass
        assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == inside
    assert signal.SIGINT in inside and signal.SIGTERM in inside
    assert not hasattr(signal, "SIGHUP") or signal.SIGHUP in inside
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == before


def test_a_write_without_a_signal_is_as_before(tmp_path: Path) -> None:
    target = tmp_path / "ola.yaml"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    fsutil.write_atomic(target, NEW)
    assert target.read_text(encoding="utf-8") == NEW
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ola.yaml"]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set()) or sys.platform == "win32"
