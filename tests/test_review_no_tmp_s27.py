"""`cxkit review` where no temporary folder can be made (session 27).

On a read-only file system (a hardened CI container) review stopped with Python's "No usable
temporary directory found in ['/tmp', ...]"; lint, fmt and render work there. Review needs a folder
for the files of BASE: it now says so and what to do (set TMPDIR), exit 2.
"""

from __future__ import annotations

import tempfile

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import Repo

ADVICE = ("set TMPDIR to a folder cxkit can write to (export TMPDIR=/a/writable/folder; in GitHub Actions "
          "TMPDIR=$RUNNER_TEMP)\n")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    r.git("branch", "feature")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1))
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_no_writable_candidate_says_set_tmpdir(team, monkeypatch, tmp_path):
    # As on a read-only file system: every folder tempfile tries is unusable.
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(tempfile, "_candidate_tempdir_list", lambda: [str(tmp_path / "nie-ma")])
    assert run("review", "feature") == (
        2, "", "cxkit: cannot make a temporary folder for the files of a revision: no folder for temporary files can "
               "be written to (TMPDIR, /tmp, /var/tmp, /usr/tmp, the current folder); " + ADVICE)


def test_a_tmpdir_that_is_not_there_is_named(team, monkeypatch, tmp_path):
    missing = tmp_path / "tmp-nie-ma"
    monkeypatch.setattr(tempfile, "tempdir", str(missing))
    code, out, err = run("review", "feature")
    assert (code, out) == (2, "")
    assert err.startswith(f"cxkit: cannot make a temporary folder for the files of a revision: {missing}") and err.endswith(ADVICE)


def test_review_still_works_with_a_temporary_folder(team):
    code, out, _err = run("review", "feature")
    assert code == 0 and "Tomasz" in out
