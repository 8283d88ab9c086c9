"""Three edges of what `cxkit lint` is told to check and where it writes (session 36).

- `-o cxkit.toml` (a name not there yet) wrote the report as a config, which the next run read (and
  stopped on); `cxkit review` refused such a name already. A new `report.yml` stays a report's name.
- An empty path (`cxkit lint ""`, `cxkit lint "$CHANGED"` with nothing in the variable, and
  `cxkit.api.lint([""])`) checked the current folder, the whole workspace, where a file was meant.
- `--files-from` whose every listed file lies outside the sparse checkout checked nothing and exited 0,
  so a job passed without having looked at any file the change touched.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import cxkit.api
from conftest import JOURNEY_PL, PERSONA_PL, enter_workspace, run_cli
from git_helpers import needs_git


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish team's workspace: the config at the top, Tomek in personas/, one journey; the current folder."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07",
                    files={"personas/tomek.yaml": PERSONA_PL, "journeys/tomek-kupuje.yaml": JOURNEY_PL})
    return tmp_path


# --- -o with a config's name ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, folder", [("personas/cxkit.toml", "personas"), ("journeys/pyproject.toml", "journeys"),
                                          ("personas/CXKIT.toml", "personas")])
def test_a_new_file_named_as_a_config_is_refused(ws, name, folder):
    result = run_cli("lint", "--no-cache", "-o", name)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"cxkit: --output-file {name}: cannot write the report: that name is a cxkit config's: the "
                             f"next run would read the report as the config of {folder}; give another file name\n")
    assert not (ws / name).exists()
    assert run_cli("lint", "--no-cache").exit_code == 1  # the workspace is as it was: no config of a report


def test_a_new_yml_report_is_written_as_before(ws):
    result = run_cli("lint", "--no-cache", "-f", "json", "-o", "raporty/lint.yml")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")
    findings = json.loads((ws / "raporty" / "lint.yml").read_text(encoding="utf-8"))
    assert {f["path"] for f in findings} >= {"personas/tomek.yaml"}
    again = run_cli("lint", "--no-cache", "-f", "json")  # and the next run reads no report as a document
    assert json.loads(again.stdout) == findings


# --- an empty path ----------------------------------------------------------------------------------------------

EMPTY = 'a path given is empty (""); name a file or folder, or . for the current folder'


@pytest.mark.parametrize("args", [("",), ("personas/tomek.yaml", ""), ("", "--select", "CX301")])
def test_the_command_refuses_an_empty_path(ws, args):
    result = run_cli("lint", "--no-cache", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"cxkit: {EMPTY}\n")


@pytest.mark.parametrize("paths", [[""], "", ["personas", ""]])
def test_the_api_refuses_it_alike(ws, paths):
    with pytest.raises(cxkit.api.CxkitError) as raised:
        cxkit.api.lint(paths)
    assert str(raised.value) == EMPTY
    assert cxkit.api.lint(".") == cxkit.api.lint(["personas", "journeys"])  # `.` is the way to say "here"


# --- --files-from and a sparse checkout -------------------------------------------------------------------------

def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, stdin=subprocess.DEVNULL)


@pytest.fixture
def sparse(ws: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The workspace committed, checked out without personas/ (a sparse checkout of the journeys)."""
    enter_workspace(ws, monkeypatch, git_identity=True)
    _git(ws, "init", "-q")
    _git(ws, "add", "-A")
    _git(ws, "commit", "-qm", "start")
    _git(ws, "sparse-checkout", "set", "--no-cone", "/cxkit.toml", "/journeys/")
    assert not (ws / "personas" / "tomek.yaml").exists()
    return ws


@needs_git
@pytest.mark.parametrize("quiet", [False, True])
def test_a_list_of_files_all_outside_the_sparse_checkout_is_exit_2(sparse, quiet):
    (sparse / "lista.txt").write_text("personas/tomek.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--files-from", "lista.txt", *(["--quiet"] if quiet else []))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(
        "cxkit: --files-from: nothing was checked: the file the list names lies outside the sparse checkout; bring "
        "its folder into it (git sparse-checkout add) to check it, or leave it out of the list\n")
    assert ("sparse checkoutem" in result.stderr) is not quiet  # the note, in the workspace's Polish, unless --quiet


@needs_git
def test_one_file_checked_beside_them_is_linted_as_before(sparse):
    """The note says what was not checked; the exit code is the findings' of the files that were."""
    (sparse / "lista.txt").write_text("personas/tomek.yaml\njourneys/tomek-kupuje.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--files-from", "lista.txt", "--select", "CX401,CX402")
    assert result.exit_code in (0, 1)
    assert "nothing was checked" not in result.stderr


@needs_git
def test_a_list_of_deleted_files_is_still_nothing_to_check(sparse):
    """Files the change deleted are in no checkout: nothing to check, exit 0, as before."""
    (sparse / "lista.txt").write_text("personas/usunieta.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--files-from", "lista.txt")
    assert result.exit_code == 0, result.stderr
