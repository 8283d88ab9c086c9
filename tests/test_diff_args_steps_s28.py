"""`cxkit diff`'s reading of its arguments in named steps, without `assert`s; a range's note as part of the
range read; `cxkit diff FILE --` kept and documented (session 28).

Before: `diff_from_args` was one function of 130 lines whose two `assert repo is not None` stood for "a
first word that names a commit was read in a repository" (gone under `python -O`); `Repo.revision_range`
left the note for a merge's `C^!` in an attribute of the repository, which a later range read on the same
repository did not clear; docs/diff.md did not say what `cxkit diff FILE --` does, where git says "bad
revision".
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

ROOT = Path(__file__).resolve().parents[1]
RUN_PY = ROOT / "src" / "cxkit" / "diff" / "run.py"


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """personas/tomek.yaml committed, a branch `ola` that edits maya.yaml merged into main, tomek.yaml edited since."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Start")
    r.git("checkout", "-q", "-b", "ola")
    r.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel-Chen"))
    r.commit("Maya z nazwiskiem")
    r.git("checkout", "-q", "main")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz"))
    r.commit("Tomasz")
    r.git("merge", "-q", "--no-edit", "ola")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Wiśniewski"))
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


# --- the steps -------------------------------------------------------------------------------------


def _functions() -> dict[str, ast.FunctionDef]:
    tree = ast.parse(RUN_PY.read_text(encoding="utf-8"))
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}


def test_diff_from_args_reads_in_named_steps():
    functions = _functions()
    steps = ["diff_from_args", "_diff_without_revision", "_no_revision", "_diff_revisions", "_second_revision",
             "_check_named"]
    for name in steps:
        node = functions[name]
        assert node.end_lineno - node.lineno + 1 <= 60, name


def test_run_py_checks_nothing_with_assert():
    # `python -O` drops an assert: what the arguments are is decided by code that always runs.
    tree = ast.parse(RUN_PY.read_text(encoding="utf-8"))
    assert [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert)] == []


def test_under_python_O_an_ambiguous_name_is_still_refused(team):
    # A branch `klient` beside a folder `klient`: the check that ran after the first assert.
    team.git("branch", "klient")
    team.write("klient/ola.yaml", PERSONA_PL)
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-O", "-m", "cxkit", "diff", "klient"], cwd=team.root, env=env,
                          capture_output=True, text=True, check=False)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.startswith("cxkit: 'klient' names both a git revision and a folder here")
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(("args", "code", "said"), [
    # Guards, one per step: each form still goes where it went.
    (["HEAD~2", "HEAD", "--", "personas/tomek.yaml"], 1, ""),
    (["HEAD", "--", "personas/tomek.yaml"], 1, ""),
    (["main...ola"], 0, ""),
    (["personas/tomek.yaml"], 1, ""),
    (["HEAD", "personas/tomk.yaml"], 2, "cxkit: „personas/tomk.yaml” nie jest ani rewizją gita, ani ścieżką w kopii "
                                        "roboczej, ani w „HEAD”\n"),  # the team's workspace is Polish (s38)
    (["HEAD", "--", "personas/tomk.yaml"], 2, "cxkit: personas/tomk.yaml: no such path in the working tree or in "
                                              "'HEAD'; did you mean personas/tomek.yaml?\n"),
    (["personas/tomek.yaml", "personas/tomk.yaml"], 2, "cxkit: personas/tomk.yaml: nie ma takiego pliku ani folderu; "
                                                       "czy chodziło o personas/tomek.yaml?\n"),  # Polish too (s39)
    (["nie-ma"], 2, "cxkit: nie ma takiego pliku ani rewizji: nie-ma\n"),
])
def test_each_form_is_read_as_before(team, args, code, said):
    got, _, err = run("diff", *args)
    assert (got, err) == (code, said)


# --- a range's note ------------------------------------------------------------------------------


def test_a_merge_note_comes_with_the_range_read(team):
    from cxkit.diff.git import Repo as GitRepo

    repo = GitRepo(team.root)
    span = repo.revision_range("HEAD^!")
    assert (span.old_rev, span.new_rev) == ("HEAD^", "HEAD")
    assert span.note == ("'HEAD' is a merge of 2 commits: 'HEAD^!' compares it with its first parent ('HEAD^1'); "
                         "`cxkit diff HEAD^-2` compares it with the second")
    # The next range read on the same repository says nothing of the merge: its own note is its own.
    assert repo.revision_range("HEAD~1..HEAD").note == ""
    assert repo.revision_range("HEAD^-2").note == ""


def test_the_merge_note_is_still_said_by_diff_and_review(team):
    note = ("cxkit: note: 'HEAD' is a merge of 2 commits: 'HEAD^!' compares it with its first parent ('HEAD^1'); "
            "`cxkit diff HEAD^-2` compares it with the second\n")
    code, _, err = run("diff", "HEAD^!")
    assert (code, err) == (1, note)
    team.git("checkout", "-q", "personas/tomek.yaml")
    code, _, err = run("review", "HEAD^!")
    assert (code, err) == (0, note)


# --- `cxkit diff FILE --` --------------------------------------------------------------------------


def test_a_file_before_dashes_alone_is_compared_with_the_index(team):
    # git: "bad revision"; cxkit: the path, as `cxkit diff FILE` (docs/diff.md, the first-word rule).
    assert team.git("diff", "personas/tomek.yaml", "--", check=False).returncode != 0
    plain = run("diff", "personas/tomek.yaml")
    assert plain[0] == 1 and "Tomasz{+ Wiśniewski+}" in plain[1]
    assert run("diff", "personas/tomek.yaml", "--") == plain
    assert run("diff", "--", "personas/tomek.yaml") == plain


def test_docs_say_what_a_file_before_dashes_alone_does():
    text = " ".join((ROOT / "docs" / "diff.md").read_text(encoding="utf-8").split())
    assert ("alone too: `cxkit diff personas/ola.yaml --` compares the file with what is staged, as "
            "`cxkit diff personas/ola.yaml` does, where git says \"bad revision\"") in text
