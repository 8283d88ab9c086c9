"""A git that runs out of time is asked to end before it is killed, so it leaves no lock behind (review of 47387ab0).

47387ab0 gave every git command cxkit runs a time limit, through subprocess.run's `timeout`, which kills git
(SIGKILL) at once.  git removes the lock files it holds when it is asked to end (SIGTERM, as on Ctrl-C), never
when killed: `git status` (which `cxkit diff` and `review` run) takes `.git/index.lock` to refresh the index, and
one stopped while waiting (its `core.excludesFile` on a network file system that does not answer) left the lock
in the checkout; every later `git commit`, `git add` or `git pull` there then failed with "Another git process
seems to be running" until someone deleted the file.  Seen with git 2.39 and a FIFO as `core.excludesFile`.

The fake `git` here does what git does: takes the lock, waits, and removes the lock on SIGTERM.  A second one
ignores SIGTERM: it is still killed, a little later, and the run still ends with exit 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL

#: The test's own limit on a run: far longer than any run below needs.
LIMIT = 60

#: A git that holds `.git/index.lock` while it waits, and removes it when asked to end, as git's lock files do.
TAKES_THE_LOCK = """\
import os, signal, sys, time
lock = os.path.join(os.getcwd(), ".git", "index.lock")
open(lock, "x").close()
def asked_to_end(signum, frame):
    os.unlink(lock)
    sys.exit(128 + signum)
signal.signal(signal.SIGTERM, asked_to_end)
time.sleep(100)
"""

#: A git that ignores being asked to end.
DEAF = """\
import signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
time.sleep(100)
"""


def _workspace(tmp_path: Path, program: str, lang: str) -> tuple[Path, dict[str, str]]:
    work = tmp_path / "zespol"
    (work / ".git").mkdir(parents=True)  # a work tree to cxkit, which asks git what it ignores
    (work / "personas").mkdir()
    (work / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (work / "personas" / "persona.yaml").write_text(PERSONA_PL if lang == "pl" else PERSONA_EN, encoding="utf-8")
    fake = tmp_path / "bin" / "git"
    fake.parent.mkdir()
    fake.write_text(f"#!{sys.executable}\n{program}", encoding="utf-8")
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '')}", "CXKIT_GIT_TIMEOUT": "1",
           "NO_COLOR": "1"}
    env.pop("CXKIT_CACHE_DIR", None)
    return work, env


def _lint(work: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "."], cwd=work, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=LIMIT)
    return proc, time.monotonic() - start


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a kill on Windows")
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_git_out_of_time_leaves_no_index_lock_s38(tmp_path, lang):
    work, env = _workspace(tmp_path, TAKES_THE_LOCK, lang)
    proc, _took = _lint(work, env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    said = ("cxkit: polecenie git ls-files nie zakończyło się w ciągu 1 s" if lang == "pl"
            else "cxkit: git ls-files did not finish within 1 s")
    assert said in proc.stderr, proc.stderr  # in the workspace's language (review89)
    assert not (work / ".git" / "index.lock").exists()  # before: left there, by a git killed at once


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a kill on Windows")
def test_a_git_that_will_not_end_is_killed_s38(tmp_path):
    """Guard: asking first never turns a timeout back into a hang."""
    work, env = _workspace(tmp_path, DEAF, "en")
    proc, took = _lint(work, env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "git ls-files did not finish within 1 s" in proc.stderr
    assert took < 15
