"""A name with `..` between slashes is no revision name, not a malformed range (session 27).

Before: `cxkit diff refs/heads/../../x` said "'refs/heads/../../x' is not a revision range: write
A..B ..." — the two dots there are a folder's parent, which no branch or tag name may hold (git
check-ref-format), not a range's; and `cxkit diff ../personas/nowa.yaml` (a file mistyped, from a
subfolder) said "unknown revision '/personas/nowa.yaml' in '../personas/nowa.yaml'". Exit 2 stays.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

NOT_A_NAME = ("is not a valid revision name: a branch or tag name holds no '..' between slashes "
              "(a range is written A..B or A...B), and it is no path here either")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("en/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    r.git("branch", "feature")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


@pytest.mark.parametrize("name", ["refs/heads/../../x", "refs/heads/../main", "main..feature/../x", "feature/.."])
def test_a_name_with_a_parent_folder_is_no_valid_revision_name(team, name):
    assert run("diff", name) == (2, f"cxkit: '{name}' {NOT_A_NAME}\n")


def test_review_says_the_same(team):
    assert run("review", "refs/heads/../../x") == (2, f"cxkit: 'refs/heads/../../x' {NOT_A_NAME}\n")


def test_a_yaml_file_mistyped_from_a_subfolder_is_said_to_be_no_file(team, monkeypatch):
    monkeypatch.chdir(team.root / "en")
    assert run("diff", "../personas/tomk.yaml") == (2, "cxkit: no such file or revision: ../personas/tomk.yaml "
                                                     "(did you mean ../personas/tomek.yaml?)\n")


@pytest.mark.parametrize(("rev", "said"), [
    ("a..b..c", "cxkit: 'a..b..c' is not a revision range: write A..B (A against B) or A...B"),
    ("main....feature", "cxkit: 'main....feature' is not a revision range"),
])
def test_a_malformed_range_keeps_its_message(team, rev, said):
    code, err = run("diff", rev)
    assert code == 2 and err.startswith(said)


def test_a_real_range_and_a_parent_path_still_work(team):
    assert run("diff", "main..feature")[0] == 0
    assert run("diff", "main", "--", "en/../personas")[0] == 0
