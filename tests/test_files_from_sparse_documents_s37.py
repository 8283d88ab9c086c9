"""`--files-from`: only the documents outside the sparse checkout are left unchecked (review of 7f494d77, session 37).

Session 36 (a list whose every file lies outside the sparse checkout) and 7f494d77 (such files beside
non-documents that are here) made `lint --files-from` and `fmt --files-from` exit 2, "nothing was checked",
whatever the files outside were.  A CI job that checks out only what cxkit needs (`git sparse-checkout set
personas journeys`) and pipes `git diff --name-only` in then failed for every change to code or to CI's own
workflow: `backend/app.py` or `.github/workflows/ci.yml` is no document a check would take, here or not.
Now those files are read from git's index, where the sparse checkout keeps them, and only YAML files that are
cxkit documents (or say so with a `kind:` line) count; the others are said nowhere, as a README.md here is not.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli
from git_helpers import needs_git, sparse_checkout

pytestmark = needs_git

WORKFLOW = "name: cxkit\non: [pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
HELM = "replicaCount: 2\nimage:\n  repository: sklep/pasmo\nkind: Deployment\n"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, stdin=subprocess.DEVNULL)


@pytest.fixture
def sparse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish shop's repository: its code, its CI workflow, a Helm chart's values and Tomek, checked out with
    only what a job needs at the top (cxkit.toml, README.md, mkdocs.yml); the current folder."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07", git_identity=True,
                    files={"personas/tomek.yaml": PERSONA_PL,
                           "personas/szkic.yaml": "kind: persona\nid: szkic\nname: [Szkic\n",
                           "backend/app.py": "print('sklep')\n", ".github/workflows/ci.yml": WORKFLOW,
                           "deploy/values.yaml": HELM, "mkdocs.yml": "site_name: Persony sklepu Pasmo\n",
                           "README.md": "# Persony\n", "docs/index.md": "# Start\n"})
    sparse_checkout(tmp_path, "/cxkit.toml", "/mkdocs.yml", "/README.md", "/docs/")
    assert not (tmp_path / "backend").exists()
    return tmp_path


@pytest.mark.parametrize("command", ["lint", "fmt"])
@pytest.mark.parametrize("quiet", [False, True])
@pytest.mark.parametrize("listed", ["backend/app.py\n", "README.md\nbackend/app.py\n",
                                    "mkdocs.yml\n.github/workflows/ci.yml\n", "deploy/values.yaml\nbackend/app.py\n"],
                         ids=["code-alone", "code-and-readme", "workflow-and-mkdocs", "helm-and-code"])
def test_files_outside_it_that_are_no_documents_are_nothing_to_check(sparse, command, quiet, listed):
    (sparse / "lista.txt").write_text(listed, encoding="utf-8")
    result = run_cli(command, "--files-from", "lista.txt", *(["--quiet"] if quiet else []))
    assert result.exception is None
    assert result.exit_code == 0, result.stderr  # before: 2, "nothing was checked: ... outside the sparse checkout"
    assert "sparse" not in result.stderr and "rzadk" not in result.stderr
    assert "pominięt" not in result.stderr  # nor told as deleted


@pytest.mark.parametrize("command", ["lint", "fmt"])
@pytest.mark.parametrize("document", ["personas/tomek.yaml", "personas/szkic.yaml"], ids=["persona", "unparsed-kind"])
def test_a_document_outside_it_beside_them_is_still_exit_2_and_named(sparse, command, document):
    (sparse / "lista.txt").write_text(f"README.md\nbackend/app.py\n.github/workflows/ci.yml\n{document}\n",
                                      encoding="utf-8")
    result = run_cli(command, "--files-from", "lista.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(
        f"cxkit: --files-from: nothing was checked: {document}, a file the list names, lies outside the sparse "
        "checkout; none of the others it names is a cxkit document that `exclude` leaves in; bring its folder into "
        "it (git sparse-checkout add) to check it, or leave it out of the list\n")
    note = result.stderr.splitlines()[0]
    assert note.startswith("cxkit: uwaga: ") and document in note
    assert "backend" not in note and "workflows" not in note


def test_the_top_relative_names_git_prints_are_found_from_a_subfolder(sparse, monkeypatch):
    monkeypatch.chdir(sparse / "docs")
    (sparse / "docs" / "lista.txt").write_text("backend/app.py\npersonas/tomek.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--files-from", "lista.txt", "--quiet")
    assert result.exit_code == 2
    assert "nothing was checked: personas/tomek.yaml, a file the list names" in result.stderr
    (sparse / "docs" / "lista.txt").write_text("backend/app.py\n.github/workflows/ci.yml\n", encoding="utf-8")
    assert run_cli("lint", "--files-from", "lista.txt", "--quiet").exit_code == 0


def test_a_name_with_a_line_break_outside_it_counts_as_a_document(sparse):
    """`git diff -z` lists a name with a line break; git's batch reader takes a name a line, so such a name is
    not asked of it: the file counts as a document, and the list that checks nothing is exit 2."""
    _git(sparse, "sparse-checkout", "disable")
    (sparse / "personas" / "ola\nnowak.yaml").write_text(PERSONA_PL, encoding="utf-8")
    _git(sparse, "add", "-A")
    _git(sparse, "commit", "-qm", "Ola")
    _git(sparse, "sparse-checkout", "set", "--no-cone", "/cxkit.toml", "/mkdocs.yml", "/README.md", "/docs/")
    assert not (sparse / "personas").exists()
    (sparse / "lista.txt").write_bytes(b"personas/ola\nnowak.yaml\0deploy/values.yaml\0README.md\0")
    result = run_cli("lint", "--files-from", "lista.txt", "--quiet")
    assert result.exit_code == 2, result.stderr
    # Ola is the document named; the Helm values are not one (read in place of Ola's, they hid her)
    assert "nowak.yaml" in result.stderr and "deploy/values.yaml" not in result.stderr
