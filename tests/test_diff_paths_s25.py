"""`cxkit diff` / `cxkit review` with the paths people type (review18, session 25).

- a folder whose name holds a space ("persony 2026") is read like any other (R18-2);
- a plain path typed with a trailing `/`, `./`, `../`, absolute or with `//` limits the files the
  same way when a glob or an exclusion stands beside it, and a named file that an exclusion
  leaves out is left out on both sides (R18-1);
- a pathspec that names nothing is not passed over in silence (R18-3).
"""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import Repo

pytestmark = pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode != 0,
                                reason="git missing")

TOMEK_EDITED = PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Wiśniewski")


def changes(*args: str) -> tuple[int, list[tuple[str, str]], str]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    found = json.loads(result.stdout) if result.stdout.strip() else []
    return result.exit_code, [(c["file"], c["path"]) for c in found], result.stderr


# --- R18-2: a space in a folder name -----------------------------------------------------------


@pytest.fixture
def spaced(tmp_path, monkeypatch) -> Repo:
    """A team folder named "persony 2026", its persona committed and then edited."""
    r = Repo(tmp_path / "cx")
    r.write("persony 2026/tomek.yaml", PERSONA_PL)
    r.commit("Persona Tomka")
    r.write("persony 2026/tomek.yaml", TOMEK_EDITED)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize("args", [("persony 2026/tomek.yaml",), ("HEAD", "--", "persony 2026/tomek.yaml"),
                                  ("HEAD", "persony 2026/tomek.yaml"), ("persony 2026",)])
def test_a_file_in_a_folder_with_a_space_is_compared(spaced, args):
    assert changes(*args) == (1, [("persony 2026/tomek.yaml", "name")], "")


def test_staged_and_reviewed_in_a_folder_with_a_space(spaced):
    spaced.git("add", "--", "persony 2026/tomek.yaml")
    assert changes("--cached", "--", "persony 2026/tomek.yaml") == (1, [("persony 2026/tomek.yaml", "name")], "")
    result = run_cli("review", "HEAD", "--", "persony 2026/tomek.yaml")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 0, result.stderr
    assert "`persony 2026/tomek.yaml`" in result.stdout and "Tomasz" in result.stdout
