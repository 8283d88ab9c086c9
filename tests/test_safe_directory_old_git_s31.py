"""The safe.directory advice names what works on a git before 2.38 (session 31 review).

`GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0=<repo>` trusts a checkout
without a home folder only from git 2.38 on: before it, git read safe.directory from the system
and global files alone and ignored it in the environment (and with `-c`). Ubuntu 22.04's git is
2.34, a common CI image. The advice now says so and gives the route older gits take: a global
file elsewhere (`GIT_CONFIG_GLOBAL`, git 2.32), then the `git config --global` it already names.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from cxkit.gitutil import safe_directory_fix

SAID = "fatal: detected dubious ownership in repository at '/builds/grupa/dział sprzedaży'"


def test_the_environment_route_names_the_git_it_needs_and_the_older_route():
    """Before: the environment variables alone, with no word of the git version."""
    fix = safe_directory_fix(SAID, "/x")
    assert "GIT_CONFIG_VALUE_0='/builds/grupa/dział sprzedaży'` (git 2.38 or later; " in fix
    assert "`export GIT_CONFIG_GLOBAL=/tmp/gitconfig` first, then the `git config` above)" in fix


@pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode != 0, reason="git missing")
def test_the_older_route_trusts_a_checkout_without_a_home_folder(tmp_path: Path):
    """The advised commands, run as written (the global file in tmp_path), let git read the checkout."""
    top = tmp_path / "checkout"
    subprocess.run(["git", "init", "-q", str(top)], check=True, capture_output=True)
    env = {**os.environ, "HOME": "/nonexistent", "GIT_TEST_ASSUME_DIFFERENT_OWNER": "1"}
    env.pop("GIT_CONFIG_GLOBAL", None)
    refused = subprocess.run(["git", "status"], cwd=top, env=env, capture_output=True, text=True)
    if "dubious ownership" not in refused.stderr:
        pytest.skip("this git does not take GIT_TEST_ASSUME_DIFFERENT_OWNER")
    fix = safe_directory_fix(refused.stderr, str(top))
    export = re.search(r"`export GIT_CONFIG_GLOBAL=(\S+)`", fix)
    config = re.search(r"`(git config --global --add safe\.directory [^`]+)`", fix)
    assert export and config, fix
    env["GIT_CONFIG_GLOBAL"] = str(tmp_path / Path(export.group(1)).name)
    subprocess.run(config.group(1), shell=True, cwd=top, env=env, check=True, capture_output=True)
    assert subprocess.run(["git", "status"], cwd=top, env=env, capture_output=True).returncode == 0
