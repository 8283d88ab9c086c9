"""Documents kept in Git LFS, read with no git-lfs run (session 36).

cxkit turns off every filter a repository's config names (git-lfs's `filter.lfs.process` among them), and
`git cat-file` never smudges: a revision's persona kept in LFS is, to git, the pointer's three lines.
Read as a document, that pointer is no persona, so `cxkit diff REV` told Tomek as a new persona, `diff A B`
as "no differences" where his town changed, and a review counted every finding of his as new.  Now a
pointer is read from the clone's LFS store (`.git/lfs/objects`, checked against its SHA-256), as git-lfs
gives it, and one whose file the store lacks is exit 2 naming the file, not a wrong diff.

No git-lfs is needed: the pointers are written as git-lfs writes them, and the store is filled by hand.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import TOMEK_GDANSK, Repo, needs_git, tomek_in_lfs, work_in

pytestmark = needs_git


def store(root: Path, text: str, content: bytes | None = None) -> None:
    """``text`` put into the clone's LFS store, as `git lfs fetch` puts it (``content``: other bytes there)."""
    oid = hashlib.sha256(text.encode("utf-8")).hexdigest()
    folder = root / ".git" / "lfs" / "objects" / oid[:2] / oid[2:4]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / oid).write_bytes(text.encode("utf-8") if content is None else content)


@pytest.fixture
def lfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Repo, Path]:
    """A Polish team's repository whose personas are in LFS: Tomek in Kraków, then in Gdańsk (committed as
    pointers), the working tree holding the Gdańsk file as git-lfs checks it out; git-lfs's filter set as
    `git lfs install` sets it, a program that logs its start.  Nothing in the LFS store yet."""
    log = tmp_path / "ran.log"
    program = tmp_path / "git-lfs"
    program.write_text(f"#!/bin/sh\necho git-lfs >> '{log}'\nexit 1\n", encoding="utf-8")
    program.chmod(0o755)
    repo = tomek_in_lfs(tmp_path / "zespol")
    repo.write("personas/tomek.yaml", TOMEK_GDANSK)  # as the smudge filter left it
    repo.git("update-index", "--assume-unchanged", "personas/tomek.yaml")
    for key, value in (("filter.lfs.process", f"{program} filter-process"), ("filter.lfs.required", "true"),
                       ("filter.lfs.clean", f"{program} clean -- %f"), ("filter.lfs.smudge", f"{program} smudge -- %f")):
        repo.git("config", key, value)
    work_in(monkeypatch, repo.root, repo.env, COLUMNS="100", NO_COLOR="1")
    return repo, log


def test_a_revisions_lfs_file_is_read_from_the_store(lfs):
    repo, log = lfs
    store(repo.root, PERSONA_PL)
    store(repo.root, TOMEK_GDANSK)
    for args in (("diff", "HEAD~1"), ("diff", "HEAD~1", "HEAD")):
        result = run_cli(*args)
        assert (result.exit_code, result.stderr) == (1, ""), (args, result.stdout)
        assert "Kraków → Gdańsk" in result.stdout, args  # before: "nowa persona", and "Brak różnic" for A B
    review = run_cli("review", "HEAD~1", "--format", "json")
    assert review.exit_code == 0, review.stderr  # before: Tomek's findings all new, exit 1
    rendered = run_cli("render", "HEAD~1:personas/tomek.yaml", "-f", "md")
    assert rendered.exit_code == 0, rendered.stderr
    assert "# Tomek Wiśniewski" in rendered.stdout
    assert not log.exists()  # git-lfs was never started


@pytest.mark.parametrize("args", [("diff", "HEAD~1"), ("diff", "HEAD~1", "HEAD"), ("review", "HEAD~1"),
                                  ("render", "HEAD~1:personas/tomek.yaml", "-f", "md")])
def test_a_pointer_whose_file_the_store_lacks_is_exit_2_naming_the_file(lfs, args):
    repo, log = lfs
    store(repo.root, TOMEK_GDANSK)  # HEAD's, as a checkout with `lfs: true` fetches it; not HEAD~1's
    result = run_cli(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    oid = hashlib.sha256(PERSONA_PL.encode("utf-8")).hexdigest()
    size = len(PERSONA_PL.encode("utf-8"))
    assert result.stderr == (
        f"cxkit: personas/tomek.yaml is kept in Git LFS: git holds a pointer to it (oid sha256:{oid[:12]}…, "
        f"{size} bytes), and this clone's LFS store ({os.path.join('.git', 'lfs', 'objects')}) has no copy of the "
        "file; cxkit runs no git-lfs, so fetch the files first (`git lfs fetch origin REV` for each revision read, "
        "or `lfs: true` in actions/checkout) and run again\n")
    assert not log.exists()


def test_a_stored_file_that_is_not_the_pointers_is_not_read(lfs):
    """A truncated or damaged object in the store (an interrupted fetch) is not taken for Tomek."""
    repo, _log = lfs
    store(repo.root, PERSONA_PL, PERSONA_PL.encode("utf-8").replace(b"Krak\xc3\xb3w", b"Krakoow"))  # same size
    store(repo.root, TOMEK_GDANSK)
    result = run_cli("diff", "HEAD~1", "HEAD")
    assert result.exit_code == 2
    assert "personas/tomek.yaml is kept in Git LFS" in result.stderr


def test_a_yaml_file_that_only_mentions_lfs_is_read_as_it_is(tmp_path, monkeypatch):
    """Guard: a persona whose text starts with a `version` line of its own is no pointer."""
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", "")
    text = "# version https://git-lfs.github.com/spec/v1\n" + PERSONA_PL
    repo.write("personas/tomek.yaml", text)
    repo.commit("Tomek")
    work_in(monkeypatch, repo.root, repo.env)
    result = run_cli("render", "HEAD:personas/tomek.yaml", "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert "# Tomek Wiśniewski" in result.stdout
