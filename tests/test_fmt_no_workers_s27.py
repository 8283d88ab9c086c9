"""Parallel `fmt` where worker processes cannot be started.

A fork the system refuses ("Resource temporarily unavailable": a container's pids limit, ulimit -u)
made `cxkit fmt` exit 2 with only that text, while `cxkit lint` went on in one process. fmt now does
the same: one note on stderr, worded as lint's, and the output and exit code of `-j 1`.
"""

from __future__ import annotations

import errno
import multiprocessing
import multiprocessing.process
import os

import pytest

from conftest import run_cli
from test_parallel_no_shm_s27 import make_workspace

NOTE = f"cxkit: note: cannot start worker processes ({os.strerror(errno.EAGAIN)}); working "


@pytest.fixture
def fresh_note(monkeypatch: pytest.MonkeyPatch):
    from cxkit.lint import engine

    monkeypatch.setattr(engine, "_SAID_ALONE", False, raising=False)


def _refuse_forks(monkeypatch: pytest.MonkeyPatch, allowed: int = 0) -> list:
    """Refuse every process start after the first ``allowed``; the list holds those started."""
    real_start = multiprocessing.process.BaseProcess.start
    started: list = []

    def start(self):
        if len(started) >= allowed:
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        started.append(self)
        real_start(self)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    return started


def _alone(tmp_path, monkeypatch):
    monkeypatch.chdir(make_workspace(tmp_path))
    monkeypatch.setenv("COLUMNS", "120")
    alone = run_cli("fmt", "--check", "--no-cache", "-j", "1")
    assert alone.exit_code == 1 and "personas/tomek-07.yaml" in alone.stdout + alone.stderr
    return alone


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_a_refused_fork_lays_out_in_one_process(tmp_path, monkeypatch, fresh_note, jobs):
    alone = _alone(tmp_path, monkeypatch)
    _refuse_forks(monkeypatch)
    result = run_cli("fmt", "--check", "--no-cache", "-j", jobs)
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == NOTE + "in one process, as -j 1 does\n" + alone.stderr


def test_a_refused_fork_still_writes_every_file(tmp_path, monkeypatch, fresh_note):
    _alone(tmp_path, monkeypatch)
    before = open("personas/tomek-07.yaml", "rb").read()
    _refuse_forks(monkeypatch)
    written = run_cli("fmt", "--no-cache", "-j", "2")
    assert written.exception is None and written.exit_code == 0
    assert written.stderr.startswith(NOTE + "in one process, as -j 1 does\n")
    assert open("personas/tomek-07.yaml", "rb").read() != before
    assert run_cli("fmt", "--check", "--no-cache", "-j", "1").exit_code == 0


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_fork_refused_after_the_first_goes_on_with_the_workers_started(tmp_path, monkeypatch, fresh_note, method):
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    alone = _alone(tmp_path, monkeypatch)
    if method == "spawn":  # fmt forks where it can: make it spawn, as on macOS and Windows
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    started = _refuse_forks(monkeypatch, allowed=1)
    result = run_cli("fmt", "--check", "--no-cache", "-j", "4")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == NOTE + "with 2 processes\n" + alone.stderr
    assert len(started) == 1
