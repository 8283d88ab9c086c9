"""`--files-from` in a sparse checkout: a document outside it that `exclude` leaves out does not count (session 38).

Since session 37 a listed file outside the sparse checkout counts as "a document outside the checkout" (a note,
and exit 2 when nothing else of the list is checked) only when git's index shows it is a cxkit document.  But
the config was not read there: an archived persona the config leaves out (`exclude = ["personas/archiwum"]`),
listed because a change touched it, made `lint --files-from` and `fmt --files-from` fail with "nothing was
checked", though a check with the file here would not take it either (`--only-documents`, which
`--files-from` implies, leaves it out).  Now `exclude` is applied to those files as to the files here: the
config `--config` names, else the one found from the current folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL, enter_workspace, run_cli
from git_helpers import needs_git, sparse_checkout

pytestmark = needs_git

ARCHIWUM = PERSONA_PL.replace("id: tomek-audiofil", "id: tomek-2024")


@pytest.fixture
def sparse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish team's repository whose config leaves its archive out, checked out with the config, the README
    and docs/ only; the current folder."""
    assert "id: tomek-audiofil" in PERSONA_PL
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\nexclude = ["personas/archiwum"]\n', today="2026-12-07",
                    git_identity=True,
                    files={"personas/tomek.yaml": PERSONA_PL, "personas/archiwum/tomek-2024.yaml": ARCHIWUM,
                           "README.md": "# Persony\n", "docs/index.md": "# Start\n", "inny.toml": 'lang = "pl"\n'})
    sparse_checkout(tmp_path, "/cxkit.toml", "/inny.toml", "/README.md", "/docs/")
    assert not (tmp_path / "personas").exists()
    return tmp_path


@pytest.mark.parametrize("command", ["lint", "fmt"])
@pytest.mark.parametrize("quiet", [False, True])
@pytest.mark.parametrize("listed", ["personas/archiwum/tomek-2024.yaml\n", "README.md\npersonas/archiwum/tomek-2024.yaml\n"],
                         ids=["archive-alone", "archive-and-readme"])
def test_an_excluded_document_outside_it_is_nothing_to_check(sparse, command, quiet, listed):
    (sparse / "lista.txt").write_text(listed, encoding="utf-8")
    result = run_cli(command, "--files-from", "lista.txt", *(["--quiet"] if quiet else []))
    assert result.exception is None
    # before: 2, "nothing was checked: ... lies outside the sparse checkout", and a note naming the archive
    assert result.exit_code == 0, result.stderr
    assert "tomek-2024" not in result.stderr
    assert "sparse" not in result.stderr


@pytest.mark.parametrize("command", ["lint", "fmt"])
def test_a_document_it_leaves_in_beside_it_is_still_exit_2_and_named_alone(sparse, command):
    (sparse / "lista.txt").write_text("personas/archiwum/tomek-2024.yaml\npersonas/tomek.yaml\n", encoding="utf-8")
    result = run_cli(command, "--files-from", "lista.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    note = result.stderr.splitlines()[0]
    assert note.startswith("cxkit: uwaga: 1 ścieżka z listy nie została sprawdzona: leży poza sparse checkoutem")
    assert "personas/tomek.yaml" in note and "tomek-2024" not in note  # before: "2 ścieżki …", the archive too
    assert result.stderr.endswith(
        "cxkit: --files-from: nothing was checked: personas/tomek.yaml, a file the list names, lies outside the sparse "
        "checkout; none of the others it names is a cxkit document that `exclude` leaves in; bring its folder into "
        "it (git sparse-checkout add) to check it, or leave it out of the list\n")


def test_from_a_subfolder_the_names_git_prints_are_matched_from_the_top(sparse, monkeypatch):
    monkeypatch.chdir(sparse / "docs")
    (sparse / "docs" / "lista.txt").write_text("personas/archiwum/tomek-2024.yaml\n", encoding="utf-8")
    assert run_cli("lint", "--files-from", "lista.txt", "--quiet").exit_code == 0  # before: 2
    (sparse / "docs" / "lista.txt").write_text("personas/tomek.yaml\n", encoding="utf-8")
    assert run_cli("lint", "--files-from", "lista.txt", "--quiet").exit_code == 2  # guard: Tomek still counts


def test_the_config_given_with_config_decides(sparse):
    """`--config inny.toml`, which excludes nothing: the archived persona counts there, as it is checked there."""
    (sparse / "lista.txt").write_text("personas/archiwum/tomek-2024.yaml\n", encoding="utf-8")
    other = run_cli("lint", "--files-from", "lista.txt", "--config", "inny.toml")
    assert other.exit_code == 2
    assert "nothing was checked: the file the list names lies outside the sparse checkout" in other.stderr
    own = run_cli("lint", "--files-from", "lista.txt", "--config", "cxkit.toml")
    assert own.exit_code == 0, own.stderr
    assert "tomek-2024" not in own.stderr


def test_an_english_workspace_that_excludes_a_glob(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='exclude = ["**/drafts/*.yaml"]\n', git_identity=True,
                    files={"personas/drafts/maya.yaml": PERSONA_EN, "README.md": "# Personas\n"})
    sparse_checkout(tmp_path, "/cxkit.toml", "/README.md")
    (tmp_path / "list.txt").write_text("README.md\npersonas/drafts/maya.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--files-from", "list.txt")
    assert result.exit_code == 0, result.stderr  # before: 2
    assert "maya" not in result.stderr
