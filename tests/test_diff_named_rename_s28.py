"""One renamed file named by one of its names is compared as renamed, not as new or removed (session 28).

Before: on a branch that moved `personas/ewa-ksiegowa-biuro.yaml` to `personas/biura/` and renamed
Ewa, `cxkit diff main HEAD -- personas/biura/ewa-ksiegowa-biuro.yaml` said `+ ... new persona`
and the old path `- ... removed persona`; `cxkit review main personas/biura/...` listed her as
added and her old findings as introduced. Only both paths, or the folder, showed the rename. Now
the other name git finds for a file named is read too, as a folder's diff reads it.
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
pain_points:
  - Import z programu księgowego zwraca błąd 401 i nic więcej
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
OLD, NEW = "personas/ewa-ksiegowa-biuro.yaml", "personas/biura/ewa-ksiegowa-biuro.yaml"
RENAMED = [
    f"ewa-ksiegowa-biuro  {OLD} → {NEW} (przeniesiony)",
    "  ~ Nazwa: Ewa Żółkiewska → Ewa Żółkiewska-Nowak",
    "",
    "1 dokument różni się (1 przeniesiony); 1 zmiana w dokumencie.",
]


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "faktura24")
    r.write(OLD, EWA)
    r.write("personas/sarah-expat-contractor.yaml", SARAH)
    r.commit("Persony")
    r.git("checkout", "-q", "-b", "pr/ksef-update")
    (r.root / "personas" / "biura").mkdir()
    r.git("mv", OLD, NEW)
    r.write(NEW, EWA.replace("name: Ewa Żółkiewska", "name: Ewa Żółkiewska-Nowak"))
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


@pytest.mark.parametrize("named", [NEW, OLD])
def test_two_revisions_one_name_of_a_renamed_file(repo, named):
    repo.commit("Ewa: nowe nazwisko, przenosiny do biura/")
    result = run("diff", "main", "HEAD", "--", named)
    assert (result.exit_code, result.stdout.splitlines()) == (1, RENAMED)


@pytest.mark.parametrize("args", [["main..HEAD", "--", NEW], ["main", "--", NEW], ["--cached", "main", "--", NEW]])
def test_other_forms_one_name_of_a_renamed_file(repo, args):
    if args[0] == "main..HEAD":
        repo.commit("Ewa: nowe nazwisko, przenosiny do biura/")
    else:
        repo.git("add", "-A")
    result = run("diff", *args)
    assert (result.exit_code, result.stdout.splitlines()) == (1, RENAMED)


def test_named_from_inside_the_folder(repo, monkeypatch):
    repo.commit("Ewa: nowe nazwisko, przenosiny do biura/")
    monkeypatch.chdir(repo.root / "personas" / "biura")
    result = run("diff", "-f", "json", "main", "HEAD", "--", "ewa-ksiegowa-biuro.yaml")
    entries = json.loads(result.stdout)
    assert [(e["op"], e["path"], e["file"]) for e in entries] == [
        ("moved", "", "ewa-ksiegowa-biuro.yaml"), ("changed", "name", "ewa-ksiegowa-biuro.yaml")]
    assert entries[0]["old"] == "../ewa-ksiegowa-biuro.yaml"


def test_review_of_one_name_of_a_renamed_file_introduces_nothing(repo):
    """Her pain point's CX findings were there in main: renaming her file introduces none of them."""
    repo.commit("Ewa: nowe nazwisko, przenosiny do biura/")
    report = json.loads(run("review", "main", NEW, "-f", "json").stdout)
    assert report["introduced"] == [] and report["fixed"] == []
    assert [(c["op"], c["path"]) for c in report["changes"]] == [("moved", ""), ("changed", "name")]


def test_guard_a_file_named_that_was_not_renamed_is_compared_alone(repo):
    repo.commit("Ewa: nowe nazwisko, przenosiny do biura/")
    repo.write("personas/sarah-expat-contractor.yaml", SARAH.replace("two UK clients", "three UK clients"))
    result = run("diff", "main", "--", "personas/sarah-expat-contractor.yaml")
    assert result.stdout.splitlines()[0] == "sarah-expat-contractor  personas/sarah-expat-contractor.yaml"


def test_guard_a_new_file_is_still_new(repo):
    repo.commit("Ewa: nowe nazwisko, przenosiny do biura/")
    repo.write("personas/sarah-kopia.yaml", SARAH.replace("sarah-expat-contractor", "sarah-2").replace(
        "Sarah Collins", "Sarah Collins-Nowak"))
    repo.commit("Kopia")
    result = run("diff", "main", "HEAD", "--", "personas/sarah-kopia.yaml")
    assert result.stdout.splitlines()[0] == '+ sarah-2  personas/sarah-kopia.yaml  new persona "Sarah Collins-Nowak"'
