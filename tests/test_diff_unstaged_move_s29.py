"""A file moved with a plain `mv`, not yet `git add`ed, named by either name, is compared as renamed (session 29).

Before: after `mv personas/ewa-ksiegowa-biuro.yaml personas/biura/ewa.yaml`, `cxkit diff main --
personas/biura/ewa.yaml` said `+ ... new persona` (and the old name `- ... removed persona`), and
`cxkit review main personas/biura/ewa.yaml` introduced her findings again: git finds renames among
tracked files only, and the new file is untracked. The diff is keyed by id, so the deleted file and
the new one are paired when they are the only ones of that kind and id; a rename git finds (staged,
or committed) is read exactly as before.
"""

from __future__ import annotations

import json
import shutil

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
  - Ceni jakość i mieszka w dużym mieście
pain_points:
  - Import z programu księgowego zwraca błąd 401 i nic więcej
"""
DAN = """\
kind: persona
id: dan-heating-firm
name: Dan Kowalski
lang: en
reviewed: 2026-11-20
summary: Runs a four-person heating firm in Gdynia and sends every invoice from his phone between jobs.
sources:
  - {id: interviews, type: interviews, n: 6, date: 2026-10-12}
goals:
  - Send an invoice from the van before leaving the customer's driveway
"""
OLD, NEW = "personas/ewa-ksiegowa-biuro.yaml", "personas/biura/ewa.yaml"
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
    r.write("personas/dan-heating-firm.yaml", DAN)
    r.commit("Persony")
    r.git("checkout", "-q", "-b", "pr/biura")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def moved(repo: Repo, new: str = NEW) -> None:
    """`mv` and an edit, nothing staged."""
    (repo.root / new).parent.mkdir(parents=True, exist_ok=True)
    shutil.move(repo.root / OLD, repo.root / new)
    (repo.root / new).write_text(EWA.replace("name: Ewa Żółkiewska", "name: Ewa Żółkiewska-Nowak"), encoding="utf-8")


def run(*args: str):
    result = run_cli(*args)
    assert result.exception is None, repr(result.exception)
    return result


@pytest.mark.parametrize("named", [NEW, OLD])
def test_either_name_of_a_file_moved_with_mv_reads_as_renamed(repo, named):
    moved(repo)
    result = run("diff", "main", "--", named)
    assert (result.exit_code, result.stdout.splitlines()) == (1, RENAMED)


def test_named_from_inside_the_new_folder(repo, monkeypatch):
    moved(repo)
    monkeypatch.chdir(repo.root / "personas" / "biura")
    entries = json.loads(run("diff", "-f", "json", "main", "--", "ewa.yaml").stdout)
    assert [(e["op"], e["path"]) for e in entries] == [("moved", ""), ("changed", "name")]
    assert (entries[0]["old"], entries[0]["new"]) == ("../ewa-ksiegowa-biuro.yaml", "ewa.yaml")


def test_review_of_the_new_name_introduces_nothing(repo):
    moved(repo)
    report = json.loads(run("review", "main", NEW, "-f", "json").stdout)
    assert (report["introduced"], report["fixed"]) == ([], [])
    assert [(c["op"], c["path"]) for c in report["changes"]] == [("moved", ""), ("changed", "name")]


def test_guard_a_rename_git_finds_is_read_as_before(repo):
    repo.git("mv", OLD, "personas/ewa.yaml")
    result = run("diff", "main", "--", "personas/ewa.yaml")
    assert result.stdout.splitlines()[0] == f"ewa-ksiegowa-biuro  {OLD} → personas/ewa.yaml (przeniesiony)"


def test_guard_two_new_files_with_the_id_pair_with_neither(repo):
    moved(repo)
    shutil.copy(repo.root / NEW, repo.root / "personas" / "ewa-kopia.yaml")
    result = run("diff", "main", "--", NEW)
    assert result.stdout.splitlines()[0].startswith(f"+ ewa-ksiegowa-biuro  {NEW}  nowa persona „")


def test_guard_a_new_file_of_another_id_stays_new(repo):
    (repo.root / OLD).unlink()
    repo.write("personas/biura/sarah.yaml", DAN.replace("dan-heating-firm", "sarah-expat").replace("Dan Kowalski", "Sarah Collins"))
    result = run("diff", "main", "--", "personas/biura/sarah.yaml")
    assert result.stdout.splitlines()[0].startswith("+ sarah-expat  personas/biura/sarah.yaml  new persona")
