"""Documents kept in Git LFS and checked out without it, and a clone whose LFS store `lfs.storage` moves (session 37).

A checkout made without git-lfs (`actions/checkout` without `lfs: true`, `GIT_LFS_SKIP_SMUDGE=1`) leaves each
file kept in LFS as its pointer: three lines of text, no `kind`.  Before this session a folder scan passed
over such a persona as "not a cxkit document" (`cxkit lint .` said all was well, `fmt` had nothing to do,
`diff HEAD` told the persona as removed), and a named one was told as "a single value (text)".  Now each is
read-error CX000 naming Git LFS and `git lfs pull`, with the exit code an unreadable file gets, and fmt
leaves the pointer as it is.

The LFS store cxkit reads a revision's LFS files from is where git-lfs keeps it: `lfs.storage`, relative to
the git folder (or absolute), when the config sets it; before, `.git/lfs/objects` was read whatever it said.

No git-lfs is needed: pointers are written as git-lfs writes them, the store is filled by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL, enter_workspace, run_cli
from git_helpers import TOMEK_GDANSK, Repo, lfs_pointer, needs_git, tomek_in_lfs, work_in

#: What lint says of a pointer, in Polish, after "nie da się odczytać pliku: ".
POINTER_PL = ("to wskaźnik Git LFS, a nie dokument, który zastępuje (repozytorium pobrano bez Git LFS); pobierz pliki "
              "poleceniem `git lfs pull` i uruchom ponownie (w CI: `lfs: true` w actions/checkout)")
SCANNED_PL = "; jeśli to nie jest dokument cxkit, pomiń go przez `exclude` w cxkit.toml"
POINTER_EN = ("cannot read the file: it is a Git LFS pointer, not the document it stands for (this checkout was "
              "made without Git LFS); fetch the files with `git lfs pull` and run again (in CI: `lfs: true` in "
              "actions/checkout)")
SCANNED_EN = "; if it is no cxkit document, leave it out with `exclude` in cxkit.toml"


@pytest.fixture
def zespol(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish workspace as CI checks it out without LFS: Tomek is his pointer, Maya (English, not in LFS) is
    herself."""
    return enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={
        "personas/tomek.yaml": lfs_pointer(PERSONA_PL), "personas/maya.yaml": PERSONA_EN})


def test_a_scan_tells_the_pointer_as_unread_not_as_no_document(zespol):
    result = run_cli("lint", ".")
    assert result.exception is None
    assert result.exit_code == 1  # before: 0, Tomek passed over, never checked
    assert (f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL}{SCANNED_PL} [read-error]"
            in result.stdout.splitlines())
    assert "sprawdzono 1 dokument" in result.stdout  # Maya was checked as before


def test_a_named_pointer_is_read_error_not_a_schema_finding(zespol):
    result = run_cli("lint", "personas/tomek.yaml", "--format", "json")
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)
    # before: CX002 schema "a single value (text)", which says nothing of LFS
    assert (finding["code"], finding["rule"], finding["line"], finding["column"]) == ("CX000", "read-error", 1, 1)
    assert finding["message"] == f"nie da się odczytać pliku: {POINTER_PL}"  # named: no `exclude` advice


def test_an_english_workspace_says_it_in_english(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config="", files={"personas/maya.yaml": lfs_pointer(PERSONA_EN)})
    result = run_cli("lint")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        1, f"personas/maya.yaml:1:1: error CX000 {POINTER_EN}{SCANNED_EN} [read-error]")


def test_render_of_a_pointer_is_exit_2_naming_lfs(zespol):
    result = run_cli("render", "personas/tomek.yaml", "-f", "md")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL} [read-error]\n"
    folder = run_cli("render", "personas", "-f", "md")
    assert folder.exit_code == 1  # before: 0, Maya alone rendered as if she were the whole folder
    assert "Maya Patel" in folder.stdout
    assert f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL}{SCANNED_PL}" in folder.stderr


@pytest.mark.parametrize("args", [("fmt", "personas/tomek.yaml"), ("fmt", "."), ("fmt", "--fix", "personas/tomek.yaml"),
                                  ("fmt", "--check", ".")])
def test_fmt_never_rewrites_a_pointer_and_says_why(zespol, args):
    before = (zespol / "personas" / "tomek.yaml").read_bytes()
    result = run_cli(*args)
    assert result.exception is None
    assert result.exit_code == 1, result.stdout + result.stderr  # before: 0, "Nothing to format" / left alone silently
    said = result.stdout + result.stderr
    assert "personas/tomek.yaml:1:1: error CX000 " in said
    assert "git lfs pull" in said
    assert (zespol / "personas" / "tomek.yaml").read_bytes() == before


def test_diff_of_a_named_pointer_is_exit_2_not_a_replaced_document(zespol):
    (zespol / "stary.yaml").write_text(PERSONA_PL, encoding="utf-8")
    result = run_cli("diff", "stary.yaml", "personas/tomek.yaml")
    assert (result.exit_code, result.stdout) == (2, "")  # before: 1, Tomek "replaced" by the pointer's line of text
    # in the workspace's Polish since diff's unread lines are (6374302c)
    assert result.stderr.startswith(f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL} "
                                    "[read-error]")


@needs_git
def test_diff_against_a_revision_does_not_tell_the_persona_as_removed(tmp_path, monkeypatch):
    """The revision holds Tomek himself, the working tree his pointer (LFS turned on since, and the checkout
    made without it): he is not compared, and not removed."""
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/tomek.yaml", PERSONA_PL)
    repo.write("personas/maya.yaml", PERSONA_EN)
    repo.commit("Tomek i Maya")
    repo.write("personas/tomek.yaml", lfs_pointer(PERSONA_PL))
    work_in(monkeypatch, repo.root, repo.env, NO_COLOR="1", COLUMNS="100")
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 1, result.stderr
    # before: "Usunięto personę tomek-audiofil" (the pointer, with no `kind`, passed over as no document)
    assert result.stdout.startswith("Nie udało się porównać 1 pliku (personas/tomek.yaml)"), result.stdout
    assert (f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL}{SCANNED_PL} [read-error]"
            in result.stdout)
    assert "tomek-audiofil" not in result.stdout
    as_json = run_cli("diff", "HEAD", "--format", "json")
    assert [(change["op"], change["file"]) for change in json.loads(as_json.stdout)] == [
        ("not-compared", "personas/tomek.yaml")]


def test_a_pointer_piped_in_is_told_as_the_input(zespol):
    """`cxkit fmt -` and `cxkit lint -` (an editor's buffer, a pre-commit hook) say it of the input."""
    from typer.testing import CliRunner

    from cxkit.cli import app

    text = (zespol / "personas" / "tomek.yaml").read_text(encoding="utf-8")
    formatted = CliRunner().invoke(app, ["fmt", "-"], input=text)
    assert formatted.exit_code == 1
    # The workspace is Polish: fmt says it as lint does there (session 37), of the input.
    assert ("-:1:1: error CX000 nie da się odczytać wejścia: to wskaźnik Git LFS, a nie dokument, który zastępuje"
            in formatted.stdout + formatted.stderr)
    linted = CliRunner().invoke(app, ["lint", "-", "--format", "json"], input=text)
    assert linted.exit_code == 1 and json.loads(linted.stdout)[0]["code"] == "CX000"
    assert "git lfs pull" in json.loads(linted.stdout)[0]["message"]


def test_a_file_that_only_begins_like_a_pointer_is_read_as_yaml(zespol):
    """Guards: the pointer's line quoted in a comment, and a file over 1 KiB that begins with it (git-lfs reads
    no larger file as a pointer), are read as the YAML they are."""
    (zespol / "personas" / "tomek.yaml").write_text("# version https://git-lfs.github.com/spec/v1\n" + PERSONA_PL,
                                                    encoding="utf-8")
    quoted = run_cli("lint", "personas/tomek.yaml", "--format", "json")
    assert "CX000" not in quoted.stdout
    long = "version https://git-lfs.github.com/spec/v1\n" + "x" * 1100 + "\n"
    (zespol / "personas" / "tomek.yaml").write_text(long, encoding="utf-8")
    result = run_cli("lint", "personas/tomek.yaml", "--format", "json")
    assert [f["code"] for f in json.loads(result.stdout)] == ["CX002"]


# -- lfs.storage ------------------------------------------------------------------------------------------------------

def store(folder: Path, text: str) -> None:
    """``text`` put into the LFS store whose objects are in ``folder``, as `git lfs fetch` puts it."""
    oid = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (folder / oid[:2] / oid[2:4]).mkdir(parents=True, exist_ok=True)
    (folder / oid[:2] / oid[2:4] / oid).write_bytes(text.encode("utf-8"))


@pytest.fixture
def in_lfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """Tomek in Kraków, then in Gdańsk, committed as LFS pointers; nothing in any store yet."""
    repo = tomek_in_lfs(tmp_path / "zespol")
    work_in(monkeypatch, repo.root, repo.env, NO_COLOR="1", COLUMNS="100")
    return repo


@needs_git
@pytest.mark.parametrize("where", ["relative", "absolute"])
def test_the_store_lfs_storage_names_is_read(in_lfs, tmp_path, where):
    """`lfs.storage = magazyn` is `.git/magazyn` to git-lfs (relative to the git folder, not to the working
    tree); an absolute path is itself.  The default store is left empty, so only that store can answer."""
    folder = in_lfs.root / ".git" / "magazyn" if where == "relative" else tmp_path / "wspolny magazyn lfs"
    in_lfs.git("config", "lfs.storage", "magazyn" if where == "relative" else str(folder))
    store(folder / "objects", PERSONA_PL)
    store(folder / "objects", TOMEK_GDANSK)
    result = run_cli("diff", "HEAD~1", "HEAD")
    assert (result.exit_code, result.stderr) == (1, ""), result.stderr  # before: exit 2, "has no copy of the file"
    assert "Kraków → Gdańsk" in result.stdout


@needs_git
def test_a_store_lfs_storage_names_that_lacks_the_file_is_named_in_the_error(in_lfs):
    in_lfs.git("config", "lfs.storage", "magazyn")
    store(in_lfs.root / ".git" / "lfs" / "objects", PERSONA_PL)  # the default store is not where git-lfs looks now
    store(in_lfs.root / ".git" / "lfs" / "objects", TOMEK_GDANSK)
    result = run_cli("diff", "HEAD~1", "HEAD")
    assert (result.exit_code, result.stdout) == (2, "")
    assert f"this clone's LFS store ({os.path.join('.git', 'magazyn', 'objects')}) has no copy" in result.stderr


@needs_git
def test_a_linked_worktree_takes_a_relative_lfs_storage_from_the_shared_git_folder(in_lfs, tmp_path, monkeypatch):
    """git-lfs keeps one store for a clone and its worktrees: `magazyn` is `<main>/.git/magazyn` from each."""
    in_lfs.git("config", "lfs.storage", "magazyn")
    store(in_lfs.root / ".git" / "magazyn" / "objects", PERSONA_PL)
    store(in_lfs.root / ".git" / "magazyn" / "objects", TOMEK_GDANSK)
    in_lfs.git("worktree", "add", "-q", "--detach", str(tmp_path / "drzewo"), "HEAD")
    monkeypatch.chdir(tmp_path / "drzewo")
    result = run_cli("diff", "HEAD~1", "HEAD")
    assert (result.exit_code, result.stderr) == (1, ""), result.stderr
    assert "Kraków → Gdańsk" in result.stdout
