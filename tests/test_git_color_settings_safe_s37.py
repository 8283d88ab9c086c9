"""The git diff driver reads git's colour settings as cxkit runs git everywhere else (session 37).

`cxkit diff --git-driver` asks `git config` for `color.diff`, `color.ui` and `color.pager`.  That one call
was made with a bare `subprocess.run(["git", "config", ...])`, without the settings every other git call of
cxkit carries (:data:`cxkit.gitutil.SAFE_CONFIG`: no fsmonitor, no hooks, no transport) and without its
environment (no pager, no prompt).  A `git` first on PATH that logs its arguments and hands them to the real
one shows what cxkit asked.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cxkit.gitutil import SAFE_CONFIG
from git_helpers import Repo, needs_git

pytestmark = [needs_git, pytest.mark.skipif(os.name == "nt", reason="the logging git is a shell script")]


@pytest.fixture
def logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Repo, Path]:
    """A Polish team's repository whose config says `color.diff = never`, entered, with a logging `git`
    first on PATH (each call: one line of its arguments, then the real git run with them)."""
    real = shutil.which("git")
    assert real is not None
    repo = Repo(tmp_path / "persony")
    repo.git("config", "color.diff", "never")
    repo.git("config", "color.pager", "false")
    log = tmp_path / "git.log"
    wrapper = tmp_path / "bin" / "git"
    wrapper.parent.mkdir()
    wrapper.write_text(f"#!/bin/sh\necho \"$*\" >> '{log}'\nexec '{real}' \"$@\"\n", encoding="utf-8")
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{wrapper.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    for key in ("HOME", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_GLOBAL"):
        monkeypatch.setenv(key, repo.env[key])
    monkeypatch.chdir(repo.root)
    return repo, log


def test_the_colour_settings_are_read_with_cxkits_safe_settings(logged):
    from cxkit.diff.command import _git_color_settings

    _repo, log = logged
    assert _git_color_settings() == {"diff": False, "pager": False}  # read as before
    [call] = log.read_text(encoding="utf-8").splitlines()
    # before: "config --get-regexp ..." with none of them
    assert call.startswith(" ".join(SAFE_CONFIG) + " config --get-regexp "), call


def test_the_driver_still_follows_the_repositorys_colour_setting(logged, monkeypatch):
    """`color.diff = never` in the repository's config, read through the safe call, still turns colour off
    for the driver on a terminal's pager."""
    from cxkit.diff.command import _driver_color

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("GIT_PAGER_IN_USE", "true")
    assert _driver_color() is False
    _repo, log = logged
    log.unlink()
    monkeypatch.chdir(log.parent)  # no repository here: no setting, git's own default (auto, on its pager)
    assert _driver_color() is True
    assert all(line.startswith(" ".join(SAFE_CONFIG)) for line in log.read_text(encoding="utf-8").splitlines())
