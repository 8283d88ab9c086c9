"""`--files-from` whose files outside the sparse checkout are all it would have checked (session 37).

Session 36 made a list whose every file lies outside the sparse checkout exit 2 ("nothing was checked"):
the files are in the repository, so a job that looked at none of them must not pass.  A list that also
names files that are here but are no cxkit documents (the change touched mkdocs.yml and README.md too)
still checked nothing and exited 0: the same job, passed.  Now it is exit 2 as well, for lint and fmt, with
and without --quiet; a document beside them is checked as before, and a list of deleted files and
non-documents is still nothing to check.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, PERSONA_PL, enter_workspace, run_cli
from git_helpers import needs_git

pytestmark = needs_git


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, stdin=subprocess.DEVNULL)


@pytest.fixture
def sparse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish team's repository (Tomek, his journey, a site's mkdocs.yml and a README), checked out
    without personas/ (a sparse checkout of what the CI job of the journeys needs); the current folder."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07", git_identity=True,
                    files={"personas/tomek.yaml": PERSONA_PL, "journeys/tomek-kupuje.yaml": JOURNEY_PL,
                           "mkdocs.yml": "site_name: Persony sklepu Pasmo\nnav:\n  - Start: index.md\n",
                           "README.md": "# Persony\n\nOpisy klientów sklepu.\n"})
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "start")
    _git(tmp_path, "sparse-checkout", "set", "--no-cone", "/cxkit.toml", "/journeys/", "/mkdocs.yml", "/README.md")
    assert not (tmp_path / "personas" / "tomek.yaml").exists()
    return tmp_path


MIXED = ("cxkit: --files-from: nothing was checked: personas/tomek.yaml, a file the list names, lies outside the "
         "sparse checkout; none of the others it names is a cxkit document that `exclude` leaves in; bring its "
         "folder into it (git sparse-checkout add) to check it, or leave it out of the list\n")


@pytest.mark.parametrize("command", ["lint", "fmt"])
@pytest.mark.parametrize("quiet", [False, True])
@pytest.mark.parametrize("others", ["mkdocs.yml\n", "README.md\nmkdocs.yml\n", "mkdocs.yml\npersonas/usunieta.yaml\n"])
def test_non_documents_beside_files_outside_the_sparse_checkout_are_exit_2(sparse, command, quiet, others):
    (sparse / "lista.txt").write_text(f"{others}personas/tomek.yaml\n", encoding="utf-8")
    result = run_cli(command, *(["--no-cache"] if command == "lint" else []), "--files-from", "lista.txt",
                     *(["--quiet"] if quiet else []))
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (2, ""), result.stdout + result.stderr  # before: 0, nothing checked
    assert result.stderr.endswith(MIXED)
    assert ("sparse checkout" in result.stderr.removesuffix(MIXED)) is not quiet  # the note first, unless --quiet


def test_several_files_outside_it_are_named(sparse):
    _git(sparse, "sparse-checkout", "set", "--no-cone", "/cxkit.toml", "/mkdocs.yml")  # the journey out too
    (sparse / "lista.txt").write_text("mkdocs.yml\npersonas/tomek.yaml\njourneys/tomek-kupuje.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--files-from", "lista.txt", "--quiet")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "cxkit: --files-from: nothing was checked: 2 files the list names (personas/tomek.yaml, "
        "journeys/tomek-kupuje.yaml) lie outside the sparse checkout; none of the others it names is a cxkit "
        "document that `exclude` leaves in; bring their folders into it (git sparse-checkout add) to check them, "
        "or leave them out of the list\n")


@pytest.mark.parametrize("command", ["lint", "fmt"])
def test_a_document_beside_them_is_checked_as_before(sparse, command):
    (sparse / "lista.txt").write_text("mkdocs.yml\npersonas/tomek.yaml\njourneys/tomek-kupuje.yaml\n", encoding="utf-8")
    result = run_cli(command, "--files-from", "lista.txt", *(["--select", "CX401"] if command == "lint" else ["--check"]))
    assert result.exit_code in (0, 1), result.stderr
    assert "nothing was checked" not in result.stderr


@pytest.mark.parametrize("command", ["lint", "fmt"])
@pytest.mark.parametrize("quiet", [False, True])
def test_non_documents_beside_deleted_files_are_still_nothing_to_check(sparse, command, quiet):
    """A deleted file is in no checkout: nothing of the list is left unchecked, exit 0 as before."""
    (sparse / "lista.txt").write_text("mkdocs.yml\nREADME.md\npersonas/usunieta.yaml\n", encoding="utf-8")
    result = run_cli(command, "--files-from", "lista.txt", *(["--quiet"] if quiet else []))
    assert result.exit_code == 0, result.stderr
    assert "nothing was checked" not in result.stderr
