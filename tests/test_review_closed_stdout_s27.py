"""`cxkit review` and `cxkit diff` with standard output closed (`>&-`) (session 27).

`cxkit review main >&-` exited 1 with no message: the report went to the null device that stands
in for the closed descriptor, and a CI step failed on findings nobody could read. `cxkit lint`
already refused (exit 2, "standard output was closed"); review and diff now do the same.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest

import cxkit
from conftest import PERSONA_PL
from git_helpers import Repo

pytestmark = pytest.mark.skipif(os.name == "nt", reason="a POSIX shell closes the descriptor")

SRC = os.path.dirname(os.path.dirname(os.path.abspath(cxkit.__file__)))  # the cxkit under test


def _run(cwd, *args: str, redirect: str = ">&-") -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": SRC, "NO_COLOR": "1"}
    env.pop("GIT_EXTERNAL_DIFF", None)
    cmd = " ".join(shlex.quote(a) for a in (sys.executable, "-m", "cxkit", *args))
    done = subprocess.run(["sh", "-c", f"exec {cmd} {redirect}"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)
    return done.returncode, done.stderr


@pytest.fixture
def team(tmp_path) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    r.git("branch", "feature")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1) + "pain_ponts: []\n")
    return r


@pytest.mark.parametrize("command, advice", [("review", "give --output-file FILE, or send it"),  # as lint says it (s35)
                                             ("diff", "give --output-file FILE (or send it to a file: > diff.txt), or")])
def test_closed_stdout_is_exit_2_with_a_reason(team, command, advice):
    assert _run(team.root, command, "feature") == (
        2, "cxkit: cannot write the report: standard output was closed when cxkit started; "
           f"{advice} to /dev/null\n")


def test_closed_stdout_with_an_output_file_is_no_trouble_for_review(team, tmp_path):
    """`cxkit review main -o FILE >&-` (session 35): the report goes to the file, so a closed stdout is not refused."""
    assert _run(team.root, "review", "feature", "-o", str(tmp_path / "review.md"))[0] == 1
    assert (tmp_path / "review.md").read_text(encoding="utf-8").startswith("<!-- cxkit-review -->")


def test_closed_stdout_with_an_output_file_is_no_trouble_for_diff_s38(team, tmp_path):
    """`cxkit diff feature -o FILE >&-` (session 38, diff's new -o): the diff goes to the file, as review's report does."""
    assert _run(team.root, "diff", "feature", "-o", str(tmp_path / "diff.txt"))[0] == 1
    assert (tmp_path / "diff.txt").read_text(encoding="utf-8").startswith("tomek")


def test_null_device_is_still_a_place_to_send_it(team):
    code, err = _run(team.root, "review", "feature", redirect=">/dev/null")
    assert code == 1 and "standard output was closed" not in err
