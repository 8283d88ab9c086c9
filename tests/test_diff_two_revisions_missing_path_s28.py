"""With two revisions, a path in neither of them is an error that names both, not "no differences" (session 28).

Before: `cxkit diff e45b45c main -- personas/cfo-korporacja.yaml`, a file only on the branch checked
out, said "No semantic differences." (exit 0), as the working tree had the path; and a path in
neither revision nor on disk was "no such path in the working tree or in 'e45b45c'", naming a
side the comparison did not have and leaving out the second revision.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

JANUSZ = """\
kind: negative-persona
id: janusz-tylko-excel
name: Janusz Kowalczyk
lang: pl
reviewed: 2026-11-20
reasons:
  - Prowadzi faktury w Excelu od 2009 roku i nie zamierza płacić abonamentu
"""
CFO = """\
kind: negative-persona
id: cfo-korporacja
name: Krzysztof Dąbrowski
lang: pl
reviewed: 2026-11-20
reasons:
  - Korporacja ma własny system ERP zintegrowany z KSeF przez dostawcę SAP
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "faktura24")
    r.write("personas/janusz-tylko-excel.yaml", JANUSZ)
    r.commit("Initial personas")
    r.git("tag", "start")
    r.write("personas/janusz-tylko-excel.yaml", JANUSZ.replace("2009", "2008"))
    r.commit("Janusz: od 2008")
    r.git("checkout", "-q", "-b", "pr/ksef-update", "start")
    r.write("personas/cfo-korporacja.yaml", CFO)
    r.commit("Nowa persona negatywna CFO")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_a_file_only_in_the_working_tree_is_in_neither_revision(repo):
    assert run("diff", "start", "main", "--", "personas/cfo-korporacja.yaml") == (2, "", (
        "cxkit: personas/cfo-korporacja.yaml: no such path in 'start' or in 'main'; it is in the working tree: "
        "`cxkit diff start -- personas/cfo-korporacja.yaml` compares it with 'start'\n"))


def test_a_path_nowhere_names_both_revisions_not_the_working_tree(repo):
    assert run("diff", "start", "HEAD", "--", "personas/nie-ma.yaml") == (
        2, "", "cxkit: personas/nie-ma.yaml: no such path in 'start' or in 'HEAD'\n")


def test_a_name_close_to_a_file_of_the_revisions_is_offered(repo, monkeypatch):
    monkeypatch.chdir(repo.root / "personas")
    assert run("diff", "start", "main", "--", "janusz-tylko-exel.yaml") == (2, "", (
        "cxkit: janusz-tylko-exel.yaml: no such path in 'start' or in 'main'; did you mean janusz-tylko-excel.yaml?\n"))


def test_guard_a_path_in_one_revision_is_compared(repo):
    code, out, _err = run("diff", "start", "HEAD", "--", "personas/cfo-korporacja.yaml")
    assert (code, out.splitlines()[0]) == (
        1, '+ cfo-korporacja  personas/cfo-korporacja.yaml  nowa persona negatywna „Krzysztof Dąbrowski”')


def test_guard_one_revision_still_counts_the_working_tree(repo):
    assert run("diff", "start", "--", "personas/nie-ma.yaml") == (
        2, "", "cxkit: personas/nie-ma.yaml: no such path in the working tree or in 'start'\n")


def test_a_range_is_two_revisions_too(repo):
    assert run("diff", "start..main", "--", "personas/cfo-korporacja.yaml") == (2, "", (
        "cxkit: personas/cfo-korporacja.yaml: no such path in 'start' or in 'main'; it is in the working tree: "
        "`cxkit diff start -- personas/cfo-korporacja.yaml` compares it with 'start'\n"))
    assert run("diff", "start..HEAD", "--", "personas/nie-ma.yaml") == (
        2, "", "cxkit: personas/nie-ma.yaml: no such path in 'start' or in 'HEAD'\n")
