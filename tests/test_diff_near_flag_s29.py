"""A path that names nothing gets the path it is close to whatever its own words (session 29).

diff's `with_near` decided whether a message already held a suggestion by looking for the words
"did you mean" in it, so a path that held them got none: `cxkit diff HEAD -- "did you mean/tomk.yaml"`
(a folder a workshop named after its question list) was told no such path, with no hint. Now the
callers that have a suggestion of their own (missing_path's) raise it as it is, and `with_near` adds one
to a message that has none.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

TOMEK = """\
kind: persona
id: tomek-audiofil
name: Tomek Wiśniewski
lang: pl
summary: Programista z Gdańska, kupuje słuchawki po tygodniu czytania pomiarów.
goals:
  - Kupić otwarte słuchawki do 2 500 zł, które zagrają z jego wzmacniaczem
"""
FOLDER = "did you mean"


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "sklep")
    r.write(f"{FOLDER}/tomek.yaml", TOMEK)
    r.write("personas/tomek.yaml", TOMEK)
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str):
    result = run_cli(*args)
    assert result.exception is None, repr(result.exception)
    return result


def test_diff_offers_the_near_path_when_the_path_holds_the_words(repo):
    result = run("diff", "HEAD", "--", f"{FOLDER}/tomk.yaml")
    assert (result.exit_code, result.stderr) == (
        2, f"cxkit: {FOLDER}/tomk.yaml: no such path in the working tree or in 'HEAD'; "
           f"did you mean {FOLDER}/tomek.yaml?\n")


def test_review_offers_the_near_path_when_the_path_holds_the_words(repo):
    result = run("review", "HEAD", f"{FOLDER}/tomk.yaml")
    assert result.exit_code == 2
    assert result.stderr.endswith(f"; did you mean {FOLDER}/tomek.yaml?\n"), result.stderr


def test_guard_a_mistyped_path_beside_a_file_is_said_once(repo):
    # `cxkit diff OLD NEW` with NEW mistyped: missing_path's own suggestion, not a second one.
    result = run("diff", "personas/tomek.yaml", "personas/tomk.yaml")
    assert (result.exit_code, result.stderr) == (
        2, "cxkit: personas/tomk.yaml: no such file or directory; did you mean personas/tomek.yaml?\n")


def test_guard_nothing_close_gets_no_guess(repo):
    result = run("diff", "HEAD", "--", "personas/zupelnie-inna.yaml")
    assert (result.exit_code, result.stderr) == (
        2, "cxkit: personas/zupelnie-inna.yaml: no such path in the working tree or in 'HEAD'\n")
