"""Parallel `lint` and `fmt` where no shared memory can be made (tester20 M1).

Hardened containers, gVisor and some pod policies give no writable /dev/shm, where Python's
multiprocessing makes the counters lint and fmt share with their workers. Both commands exited 2
with only `cxkit: /dev/shm/pym-19941-…: Read-only file system`. Now they work in one process, as
`-j 1` does, with the same output and one note on stderr.
"""

from __future__ import annotations

import errno
import multiprocessing.context
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli

NOTE = ("cxkit: note: no shared memory for worker processes (/dev/shm: Read-only file system); working in one "
        "process, as -j 1 does\n")


def make_workspace(top: Path, count: int = 60) -> Path:
    """A shop's personas, enough files (60) for lint and fmt to start workers; some out of order for fmt."""
    (top / "personas").mkdir(parents=True)
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (top / "personas/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    for n in range(count):
        text = PERSONA_PL.replace("id: tomek-audiofil", f"id: tomek-audiofil-{n}", 1)
        if n % 7 == 0:  # `name` before `id`: fmt would reorder it
            text = text.replace(f"id: tomek-audiofil-{n}\nname: Tomek Wiśniewski\n",
                                f"name: Tomek Wiśniewski\nid: tomek-audiofil-{n}\n", 1)
        (top / f"personas/tomek-{n:02}.yaml").write_text(text, encoding="utf-8")
    return top


@pytest.fixture
def no_shared_memory(monkeypatch: pytest.MonkeyPatch):
    from cxkit.lint import engine

    def raw_array(self, typecode, init):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), "/dev/shm/pym-4242-x1y2z3")

    monkeypatch.setattr(multiprocessing.context.BaseContext, "RawArray", raw_array)
    monkeypatch.setattr(engine, "_SAID_ALONE", False, raising=False)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_lint_without_shared_memory_checks_in_one_process(tmp_path, monkeypatch, no_shared_memory, fmt):
    monkeypatch.chdir(make_workspace(tmp_path))
    monkeypatch.setenv("COLUMNS", "120")
    alone = run_cli("lint", "--no-cache", "-j", "1", "-f", fmt)
    assert alone.exit_code == 1 and alone.stderr == ""
    result = run_cli("lint", "--no-cache", "-j", "2", "-f", fmt)
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == NOTE
    again = run_cli("lint", "--no-cache", "-j", "2", "-f", fmt)  # said once a process
    assert (again.stdout, again.stderr) == (alone.stdout, "")


def test_fmt_without_shared_memory_lays_out_in_one_process(tmp_path, monkeypatch, no_shared_memory):
    ws = make_workspace(tmp_path)
    monkeypatch.chdir(ws)
    alone = run_cli("fmt", "--check", "--no-cache", "-j", "1")
    assert alone.exit_code == 1 and "personas/tomek-07.yaml" in alone.stdout + alone.stderr
    result = run_cli("fmt", "--check", "--no-cache", "-j", "2")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr == NOTE + alone.stderr
    before = (ws / "personas/tomek-07.yaml").read_bytes()
    written = run_cli("fmt", "--no-cache", "-j", "2")
    assert written.exit_code == 0 and (ws / "personas/tomek-07.yaml").read_bytes() != before
    assert run_cli("fmt", "--check", "--no-cache", "-j", "1").exit_code == 0


def _namespaces() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o ro,size=1k none /dev/shm"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces(), reason="needs a private mount namespace (root, unshare)")
def test_a_read_only_dev_shm_for_real(tmp_path):
    ws = make_workspace(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CXKIT_"))}
    env.update(NO_COLOR="1", COLUMNS="120")
    python = f"{sys.executable} -m cxkit"
    script = (f"mount -t tmpfs -o ro,size=1k none /dev/shm && {python} lint --no-cache -j 2 -f json >lint.json "
              f"2>lint.err; echo $? >lint.rc; {python} fmt --check --no-cache -j 2 >fmt.out 2>fmt.err; echo $? >fmt.rc")
    subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=ws, env=env, timeout=300, check=True)
    expected = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "-j", "1", "-f", "json"],
                              cwd=ws, env=env, capture_output=True, text=True, timeout=300)
    assert (ws / "lint.rc").read_text().strip() == "1"
    assert (ws / "lint.json").read_text(encoding="utf-8") == expected.stdout
    assert (ws / "lint.err").read_text(encoding="utf-8") == NOTE
    assert (ws / "fmt.rc").read_text().strip() == "1"
    assert (ws / "fmt.err").read_text(encoding="utf-8").startswith(NOTE)
