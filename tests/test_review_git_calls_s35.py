"""A review or diff with nothing to note about the branch asks git nothing about it (review70, session 35).

The notes on commits BASE has that the branch has not got name what is checked out ("the current branch",
or "HEAD" when detached), which takes a `git symbolic-ref`: asked only when such a note is said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.diff.git import Repo
from git_helpers import git
from test_review_git_layouts_s35 import change_dan, examples_repo, run


def test_no_note_no_question_about_what_is_checked_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch)
    git(root, "checkout", "-qb", "feature")
    change_dan(root)
    git(root, "commit", "-qam", "age")
    asked: list[bool] = []
    current = Repo.current

    def counted(self: Repo, short: bool = False) -> str:
        asked.append(short)
        return current(self, short)

    monkeypatch.setattr(Repo, "current", counted)
    code, out, err = run("review", "main", "-f", "text")
    assert code == 1 and "CX101" in out and "has not got" not in err
    code, _out, err = run("diff", "main", "--stat")
    assert code == 1 and "has not got" not in err
    assert asked == []
    # main gains a commit: now the notes are said, on a branch as before.
    git(root, "checkout", "-q", "main")
    (root / "README.md").write_text("# Personas\n", encoding="utf-8")
    git(root, "add", "README.md")
    git(root, "commit", "-qm", "readme")
    git(root, "checkout", "-q", "feature")
    code, _out, err = run("review", "main", "-f", "text")
    assert ("cxkit: note: 'main' has 1 commit the current branch has not got, so the review compares with where "
            "the branch left it ('main...')") in err
    code, _out, err = run("diff", "main", "--stat")
    assert ("cxkit: note: 'main' has 1 commit the current branch has not got, so what they changed shows here as "
            "undone; `cxkit diff main...` compares with where the branch left 'main'") in err
