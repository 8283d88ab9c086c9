"""Parallel `lint` where worker processes cannot be set up or started.

A system out of open files made lint say "no shared memory for worker processes (Too many open
files)", blaming /dev/shm for the system's limit; the note now says what failed. A fork refused
("Resource temporarily unavailable": a container's pids limit, ulimit -u) exited 2 with only that
text; lint now checks the files the workers would have taken itself, with the same output and one
note on stderr.
"""

from __future__ import annotations

import errno
import multiprocessing.context
import multiprocessing.process
import os

import pytest

from conftest import run_cli
from test_parallel_no_shm_s27 import make_workspace


@pytest.fixture
def fresh_note(monkeypatch: pytest.MonkeyPatch):
    from cxkit.lint import engine

    monkeypatch.setattr(engine, "_SAID_ALONE", False, raising=False)


def _lint_alone_and_with_two(tmp_path, monkeypatch):
    monkeypatch.chdir(make_workspace(tmp_path))
    monkeypatch.setenv("COLUMNS", "120")
    alone = run_cli("lint", "--no-cache", "-j", "1", "-f", "json")
    assert alone.exit_code == 1 and alone.stderr == ""
    return alone


def test_too_many_open_files_is_not_called_a_lack_of_shared_memory(tmp_path, monkeypatch, fresh_note):
    alone = _lint_alone_and_with_two(tmp_path, monkeypatch)

    def raw_array(self, typecode, init):
        raise OSError(errno.EMFILE, os.strerror(errno.EMFILE), "/dev/shm/pym-4242-x1y2z3")

    monkeypatch.setattr(multiprocessing.context.BaseContext, "RawArray", raw_array)
    result = run_cli("lint", "--no-cache", "-j", "2", "-f", "json")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == (f"cxkit: note: cannot set up worker processes ({os.strerror(errno.EMFILE)}); "
                             "working in one process, as -j 1 does\n")


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_a_refused_fork_checks_in_one_process(tmp_path, monkeypatch, fresh_note, jobs):
    alone = _lint_alone_and_with_two(tmp_path, monkeypatch)

    def start(self):
        raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    result = run_cli("lint", "--no-cache", "-j", jobs, "-f", "json")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == (f"cxkit: note: cannot start worker processes ({os.strerror(errno.EAGAIN)}); "
                             "working in one process, as -j 1 does\n")


def test_a_fork_refused_after_the_first_goes_on_with_the_workers_started(tmp_path, monkeypatch, fresh_note):
    alone = _lint_alone_and_with_two(tmp_path, monkeypatch)
    real_start = multiprocessing.process.BaseProcess.start
    started = []

    def start(self):
        if started:
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        started.append(self)
        real_start(self)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    result = run_cli("lint", "--no-cache", "-j", "4", "-f", "json")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == (f"cxkit: note: cannot start worker processes ({os.strerror(errno.EAGAIN)}); "
                             "working with 2 processes\n")
    assert len(started) == 1
