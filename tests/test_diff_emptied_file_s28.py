"""A document emptied (a file truncated to 0 bytes) is "not compared" in diff and review, not removed (session 28).

Before: `: > personas/janusz-tylko-excel.yaml` made `cxkit diff HEAD` say "- janusz-tylko-excel ...
removed negative persona", and `cxkit review main` list it as removed and count its findings as
fixed, while `cxkit lint personas/janusz-tylko-excel.yaml` says CX001 "the file is empty". A file
that is not valid YAML was already "not compared"; an empty one now is too, and the review fails
on its CX001 as on a broken file's.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: Ewa Żółkiewska
lang: pl
reviewed: 2026-11-20
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 jednoosobowe firmy i od lutego 2026 wysyła faktury przez KSeF.
sources:
  - {id: wywiady, type: interviews, n: 9, date: 2026-10-12}
goals:
  - Wysłać wszystkie faktury klientów przez KSeF przed 10. dniem miesiąca
"""
JANUSZ = """\
kind: negative-persona
id: janusz-tylko-excel
name: Janusz Kowalczyk
lang: pl
reviewed: 2026-11-20
sources:
  - {id: wywiady, type: interviews, n: 9, date: 2026-10-12}
reasons:
  - Prowadzi fakturę w Excelu od 2009 roku i nie zamierza płacić abonamentu
  - Wystawia trzy faktury rocznie, więc KSeF obsłuży w darmowej aplikacji ministerstwa
"""
SARAH = """\
kind: persona
id: sarah-expat-contractor
name: Sarah Collins
lang: en
reviewed: 2026-11-20
summary: A British UX contractor in Kraków who invoices two UK clients in pounds and files Polish VAT.
sources:
  - {id: interviews, type: interviews, n: 9, date: 2026-10-12}
goals:
  - Send an English invoice that is also valid in KSeF within a day of finishing a sprint
"""
NOT_COMPARED = ("  personas/janusz-tylko-excel.yaml:1:1: error CX001 the file is empty; expected a YAML mapping with a "
                "`kind` key [yaml-syntax]")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "faktura24")
    r.write("personas/ewa-ksiegowa-biuro.yaml", EWA)
    r.write("personas/janusz-tylko-excel.yaml", JANUSZ)
    r.write("personas/sarah-expat-contractor.yaml", SARAH)
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


@pytest.mark.parametrize("emptied", ["", "\n\n", "# do uzupełnienia\n"])
def test_an_emptied_document_is_not_compared_not_removed(repo, emptied):
    repo.write("personas/janusz-tylko-excel.yaml", emptied)
    result = run("diff", "HEAD")
    assert (result.exit_code, result.stdout.splitlines()) == (1, [
        "1 file could not be compared (personas/janusz-tylko-excel.yaml); no semantic differences in the files compared.",
        "",
        "Not compared: 1 file could not be read on one side, so its changes are not shown:",
        # (session 33: comments left are not called empty)
        NOT_COMPARED if "#" not in emptied else NOT_COMPARED.replace("is empty", "holds only comments and no document"),
    ])


def test_an_emptied_document_staged_and_against_the_index(repo):
    repo.write("personas/janusz-tylko-excel.yaml", "")
    assert "removed" not in run("diff").stdout  # the working tree against what is staged
    repo.git("add", "-A")
    result = run("diff", "--cached", "-f", "json")
    entries = json.loads(result.stdout)
    assert result.exit_code == 1
    assert [(e["op"], e["problems"][0]["message"]) for e in entries] == [
        ("not-compared", "the file is empty; expected a YAML mapping with a `kind` key")]


def test_review_lists_an_emptied_document_as_not_compared(repo):
    repo.write("personas/janusz-tylko-excel.yaml", "")
    report = json.loads(run("review", "main", "-f", "json").stdout)
    assert report["changes"] == []
    assert [(f["side"], f["path"], f["code"]) for f in report["not_compared_files"]] == [
        ("after", "personas/janusz-tylko-excel.yaml", "CX001")]
    assert not any(f["path"] == "personas/janusz-tylko-excel.yaml" for f in report["fixed"])


def test_review_fails_on_an_emptied_document_as_on_a_broken_one(repo):
    """Lint's folder scan passes over an empty file (it names no `kind`); the review lints it as named."""
    repo.write("personas/janusz-tylko-excel.yaml", "")
    result = run("review", "main", "-f", "json")
    report = json.loads(result.stdout)
    assert [(f["path"], f["code"], f["message"]) for f in report["introduced"] if f["rule"] == "yaml-syntax"] == [
        ("personas/janusz-tylko-excel.yaml", "CX001", "the file is empty; expected a YAML mapping with a `kind` key")]
    assert (result.exit_code, report["failed"]) == (1, True)


def test_two_revisions_an_emptied_document_committed(repo):
    repo.write("personas/janusz-tylko-excel.yaml", "")
    repo.commit("Zły merge")
    result = run("diff", "HEAD~1", "HEAD")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == NOT_COMPARED.replace("  personas/", "  HEAD:personas/")


def test_guard_an_empty_file_the_revision_did_not_hold_is_no_document(repo):
    repo.write("personas/nowa.yaml", "")
    result = run("diff", "HEAD")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")


def test_guard_an_empty_file_filled_in_is_a_document_added(repo):
    repo.write("personas/nowa.yaml", "")
    repo.commit("Szkic")
    repo.write("personas/nowa.yaml", JANUSZ.replace("janusz-tylko-excel", "cfo-korporacja").replace(
        "Janusz Kowalczyk", "Krzysztof Dąbrowski"))
    result = run("diff", "HEAD")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        '+ cfo-korporacja  personas/nowa.yaml  nowa persona negatywna „Krzysztof Dąbrowski”')
