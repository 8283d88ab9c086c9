"""A symbolic link named to `cxkit diff` that leads to no file is reported, not passed over (session 27).

Before: `cxkit diff HEAD -- personas/petla1.yaml` (a link in a loop), a link to a file deleted, or a
link out of the repository said "No semantic differences." and exited 0, while `cxkit lint` reports
the same files unreadable: the diff dropped them on both sides before reading. Now a named one is a
read error on each side that holds it, located as any file a side cannot read (`HEAD:path:1:1`,
`:path` for the index); with nothing else to compare that is exit 2, as for any file that cannot be
read, and beside files compared it is listed as not compared (exit 1). A folder scan still leaves
such links out.
"""

from __future__ import annotations

import os

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = [
    pytest.mark.skipif(not HAS_GIT, reason="git missing"),
    pytest.mark.skipif(os.name == "nt", reason="symbolic links"),
]

LOOP_OS = "Too many levels of symbolic links"
LOOP_GIT = "the symbolic link leads round in a loop (or through too many links)"
OUT = ("the symbolic link leads out of the repository (../../poza.yaml), where no revision holds files, "
       "so it is compared on neither side")


def line(where: str, why: str) -> str:
    return f"{where}:1:1: error CX000 cannot read the file: {why} [read-error]"


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    os.symlink("petla2.yaml", r.root / "personas/petla1.yaml")
    os.symlink("petla1.yaml", r.root / "personas/petla2.yaml")
    os.symlink("usunieta.yaml", r.root / "personas/zerwany.yaml")
    (tmp_path / "poza.yaml").write_text(PERSONA_PL, encoding="utf-8")
    os.symlink("../../poza.yaml", r.root / "personas/poza.yaml")
    r.commit("Linki")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_lint_reports_the_loop_unreadable(team):
    code, out, _ = run("lint", "personas/petla1.yaml")
    assert code == 1 and LOOP_OS in out


@pytest.mark.parametrize(("args", "lines"), [
    (("HEAD", "--", "personas/petla1.yaml"),
     [line("HEAD:personas/petla1.yaml", LOOP_GIT), line("personas/petla1.yaml", LOOP_OS)]),
    (("personas/petla1.yaml",), [line(":personas/petla1.yaml", LOOP_GIT), line("personas/petla1.yaml", LOOP_OS)]),
    (("--cached", "--", "personas/petla1.yaml"),
     [line("HEAD:personas/petla1.yaml", LOOP_GIT), line(":personas/petla1.yaml", LOOP_GIT)]),
    (("HEAD", "--", "personas/poza.yaml"), [line("HEAD:personas/poza.yaml", OUT), line("personas/poza.yaml", OUT)]),
])
def test_a_named_link_to_no_file_is_a_read_error_on_each_side(team, args, lines):
    code, out, err = run("diff", *args)
    assert (code, out) == (2, "")
    assert err.splitlines() == lines


def test_a_link_to_a_file_deleted(team):
    code, _out, err = run("diff", "HEAD~1", "HEAD", "--", "personas/zerwany.yaml")
    assert code == 2
    assert err.splitlines() == [line("HEAD:personas/zerwany.yaml",
                                     "the symbolic link leads to personas/usunieta.yaml, which is not there")]
    code, _out, err = run("diff", "HEAD", "personas/zerwany.yaml")
    assert code == 2 and err.splitlines()[1].startswith("personas/zerwany.yaml:1:1: error CX000 cannot read the file:")


def test_beside_a_file_compared_it_is_listed_as_not_compared(team):
    (team.root / "personas/tomek.yaml").write_text(PERSONA_PL.replace("Tomek", "Tomasz", 1), encoding="utf-8")
    code, out, err = run("diff", "HEAD", "--", "personas/tomek.yaml", "personas/petla1.yaml")
    assert code == 1
    assert "{+Tomasz+}" in out and "Nie porównano" in out and "personas/petla1.yaml" in out
    assert line("personas/petla1.yaml", LOOP_OS) in err.splitlines()


def test_a_folder_scan_still_leaves_them_out(team):
    assert run("diff", "HEAD~1") == (0, "No semantic differences.\n", "")
    assert run("diff", "HEAD", "--", "personas")[0] == 0
