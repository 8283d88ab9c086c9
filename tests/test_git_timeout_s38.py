"""A git that does not answer stops cxkit with a located error and exit 2, not a hang (session 38).

Session 37 moved the diff driver's `git config` call onto cxkit.gitutil.run_git, and with it lost its 10 s
timeout; no other git call had one.  A git that waits (on a network file system, a program its config names)
hung `cxkit lint` (whose scan asks git what it ignores), `diff` and `review`, and a CI job with them, until the
runner's own limit.  Every git command now has CXKIT_GIT_TIMEOUT seconds (120 by default; 0 for none), after
which it is stopped and the run ends with exit 2 naming the command and the folder it ran in; the driver's
colour lookup still gives up after 10 s and lets the terminal decide.

A fake `git` first on PATH sleeps; the commands run in a child process with a time limit of their own, so that
a hang fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL

#: Longer than any run below needs with the fix; the runs before it hung for ever.
LIMIT = 60


@pytest.fixture
def stuck(tmp_path: Path) -> dict[str, str]:
    """A Polish workspace in a git work tree, and the environment of a run whose `git` sleeps for ever."""
    work = tmp_path / "zespol"
    (work / ".git").mkdir(parents=True)  # a work tree to cxkit, which asks git about it
    (work / "personas").mkdir()
    (work / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (work / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (work / "personas" / "maya.yaml").write_text(PERSONA_EN, encoding="utf-8")
    fake = tmp_path / "bin" / "git"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexec sleep 100\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    env = {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '')}", "CXKIT_GIT_TIMEOUT": "1",
           "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("CXKIT_CACHE_DIR", None)
    return {"cwd": str(work), **env}


def _cxkit(stuck: dict[str, str], *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = dict(stuck)
    cwd = env.pop("cwd")
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=LIMIT)  # before: TimeoutExpired, the run never ended
    return proc, time.monotonic() - start


#: lint runs in the workspace's language once it has read its config (review89: the message in Polish there);
#: so do diff and review since session 39 (each reads its config before asking git anything).
@pytest.mark.parametrize("args, command, pl", [(("lint", "--no-cache", "."), "ls-files", True),
                                               (("lint", "personas/tomek.yaml"), None, True),
                                               (("diff", "HEAD"), "rev-parse", True),
                                               (("review", "main", "-o", "raport.md"), "rev-parse", True)],
                         ids=["lint-scan", "lint-named-with-cache", "diff", "review"])
def test_a_git_that_does_not_answer_is_exit_2_naming_it(stuck, args, command, pl):
    proc, took = _cxkit(stuck, *args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    said = " nie zakończyło się w ciągu " if pl else " did not finish within "
    [line] = [line for line in proc.stderr.splitlines() if said in line]
    folder = os.path.realpath(stuck["cwd"])
    assert line.startswith("cxkit: polecenie git " if pl else "cxkit: git ")
    assert (f"{said}1 s (uruchomione w {folder}" if pl else f"{said}1 s (run in {folder}") in line
    assert "CXKIT_GIT_TIMEOUT" in line
    if command is not None:
        assert line.startswith(f"cxkit: polecenie git {command}{said}" if pl else f"cxkit: git {command}{said}"), line
    assert took < LIMIT / 2
    assert not (Path(stuck["cwd"]) / "raport.md").exists()  # review writes no report when it cannot run


def test_the_python_api_raises_cxkit_error(stuck):
    script = ("import json\nfrom cxkit.api import CxkitError, lint\ntry:\n    lint('.')\nexcept CxkitError as exc:\n"
              "    print(json.dumps(str(exc)))\n")
    env = dict(stuck)
    cwd = env.pop("cwd")
    proc = subprocess.run([sys.executable, "-c", script], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=LIMIT)
    assert proc.returncode == 0, proc.stderr
    assert "did not finish within 1 s" in json.loads(proc.stdout)


def test_the_diff_drivers_colour_lookup_gives_up_and_the_terminal_decides(stuck):
    """`_git_color_settings` had a 10 s timeout before session 37, and none after: it gives up again, on the
    shorter of its 10 s and CXKIT_GIT_TIMEOUT, and reads nothing (no exit 2: the diff git asked for is shown)."""
    script = ("import time\nfrom cxkit.diff import command\nstart = time.monotonic()\n"
              "print(command._git_color_settings(), command._COLOUR_TIMEOUT, time.monotonic() - start < 10)\n")
    env = dict(stuck)
    cwd = env.pop("cwd")
    proc = subprocess.run([sys.executable, "-c", script], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=LIMIT)  # before: TimeoutExpired
    assert (proc.returncode, proc.stdout) == (0, "{} 10.0 True\n"), proc.stderr


@pytest.mark.parametrize("value, seconds", [(None, 120.0), ("", 120.0), ("30", 30.0), ("2.5", 2.5), ("0", None),
                                            ("abc", 120.0), ("-5", 120.0), ("nan", 120.0), ("inf", 120.0)])
def test_cxkit_git_timeout_sets_the_limit(monkeypatch, value, seconds):
    from cxkit.gitutil import git_timeout

    if value is None:
        monkeypatch.delenv("CXKIT_GIT_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("CXKIT_GIT_TIMEOUT", value)
    assert git_timeout() == seconds


def test_a_git_that_answers_in_time_is_read_as_before(tmp_path, monkeypatch):
    """Guard: a real git within the limit: lint scans as it did (the git-ignored folder is left out)."""
    from git_helpers import HAS_GIT, git

    if not HAS_GIT:
        pytest.skip("git missing")
    from conftest import enter_workspace, run_cli

    enter_workspace(tmp_path, monkeypatch, config="", files={"personas/maya.yaml": PERSONA_EN,
                                                            "build/maya.yaml": PERSONA_EN, ".gitignore": "build/\n"})
    git(tmp_path, "init", "-q")
    monkeypatch.setenv("CXKIT_GIT_TIMEOUT", "30")
    result = run_cli("lint", "--no-cache", ".", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert {f["path"] for f in json.loads(result.stdout)} == {"personas/maya.yaml"}
