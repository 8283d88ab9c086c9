"""A name that is both a revision and a path of the working tree is refused, as git refuses it (session 27).

Before: with a branch `klient` and a folder `klient/` (a team's folder per client, and a branch of
the same name), `cxkit diff klient` silently compared the branch with the whole workspace, while
the docs said the path form was taken and `git diff klient` says "ambiguous argument 'klient':
both revision and filename". Now it is a usage error (exit 2) naming both spellings; `--` typed
anywhere (also last: `cxkit diff klient --`) decides, as in git.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

EDITED = PERSONA_PL.replace("Tomek", "Tomasz", 1)


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """`main` with klient/tomek.yaml (edited in the working tree since), a branch `klient` from before it."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/ola.txt", "notatki\n")
    r.commit("Start")
    r.git("branch", "klient")
    r.write("klient/tomek.yaml", PERSONA_PL)
    r.commit("Klient")
    r.write("klient/tomek.yaml", EDITED)
    assert EDITED != PERSONA_PL
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def both(word: str, what: str, as_revision: str, as_path: str, dotted: str) -> str:
    return (f"cxkit: '{word}' names both a git revision and a {what} here, so which one is meant is not clear "
            f"(git refuses it as ambiguous); for the revision write `{as_revision}`, for the {what} `{as_path}` "
            f"(or `{dotted}`)\n")


@pytest.mark.parametrize(("args", "said"), [
    (("klient",), both("klient", "folder", "cxkit diff klient --", "cxkit diff -- klient", "cxkit diff ./klient")),
    (("main", "klient"), both("klient", "folder", "cxkit diff main klient --", "cxkit diff main -- klient",
                              "cxkit diff main ./klient")),
    (("HEAD~1", "klient", "personas"),
     both("klient", "folder", "cxkit diff 'HEAD~1' klient -- personas", "cxkit diff 'HEAD~1' -- klient personas",
          "cxkit diff 'HEAD~1' ./klient personas")),
    (("--cached", "klient"), both("klient", "folder", "cxkit diff --cached klient --", "cxkit diff --cached -- klient",
                                  "cxkit diff --cached ./klient")),
])
def test_a_name_of_a_branch_and_a_folder_is_refused_with_both_spellings(team, args, said):
    code, out, err = run("diff", *args)
    assert (code, out, err) == (2, "", said)


def test_a_name_of_a_tag_and_a_file(team):
    team.git("tag", "tomek.yaml", "HEAD")
    (team.root / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    code, _out, err = run("diff", "tomek.yaml")
    assert code == 2 and err == both("tomek.yaml", "file", "cxkit diff tomek.yaml --", "cxkit diff -- tomek.yaml",
                                     "cxkit diff ./tomek.yaml")


def test_each_spelling_the_message_gives_does_what_it_says(team):
    # The branch: it has no klient/, so the workspace's persona is new there.
    code, out, _ = run("diff", "klient", "--")
    assert code == 1 and "nowa persona „" in out and "klient/tomek.yaml" in out
    # The folder: the working tree against what is staged, the edit shown.
    for args in (("--", "klient"), ("./klient",)):
        code, out, _ = run("diff", *args)
        assert code == 1 and "{+Tomasz+}" in out, args
    # The second revision, with `--` after it: main against the branch, which lacks the persona.
    code, out, _ = run("diff", "main", "klient", "--")
    assert code == 1 and "usunięta persona „" in out
    assert run("diff", "main", "--", "klient")[1].count("{+Tomasz+}") == 1
    code, out, _ = run("diff", "--cached", "klient", "--")
    assert code == 1 and "nowa persona „" in out
    assert run("diff", "--cached", "--", "klient")[0] == 0


def test_names_that_are_only_one_thing_are_not_refused(team):
    assert run("diff", "main")[0] == 1  # only a branch
    assert run("diff", "personas")[0] == 0  # only a folder
    assert run("diff", "HEAD", "personas")[0] == 0
    assert run("diff", "HEAD~1", "main")[0] == 1  # two revisions
