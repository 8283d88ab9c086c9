"""A throwaway git repository for tests of the commands that read git: diff, review, the git driver."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class Repo:
    """A throwaway git repository with its own identity and no user configuration."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {
            **os.environ,
            "HOME": str(root.parent),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "NO_COLOR": "1",
        }
        self.env.pop("GIT_EXTERNAL_DIFF", None)
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Anna Testowa")
        self.git("config", "user.email", "anna@example.com")

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(["git", *args], cwd=self.root, env=self.env, capture_output=True, text=True, check=False)
        if check and proc.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr}")
        return proc

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def stage(self, rel: str, text: str) -> None:
        self.write(rel, text)
        self.git("add", "--", rel)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)



def git(cwd: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``git args`` in ``cwd`` as a test author, whatever user the machine's git configuration names
    (`init`, `add`, `commit` of a workspace a test builds); a git that fails fails the test with its message."""
    proc = subprocess.run(["git", "-c", "user.name=Anna Testowa", "-c", "user.email=anna@example.com", *args],
                          cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
    if proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr}")
    return proc

#: A two-document workspace with one finding (pseudo-profiling on ola's goal), as a reviewer's
#: repro of a pull request starts: the base the diff and review tests commit first.
REVIEW_OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Ceni jakość i mieszka w dużym mieście
"""
REVIEW_KAMIL = """\
kind: negative-persona
id: kamil
name: Kamil
lang: pl
reviewed: 2026-11-01
reasons: [Kupuje tylko na Black Friday w Media Markt]
sources: [{id: s, type: survey, date: 2026-10-01}]
"""
