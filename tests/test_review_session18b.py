"""`cxkit review`: a `duplicate-id` finding is each copy's own, matched by the copy's file.

Every copy of a duplicated id is reported, and each message lists the other copies, so
adding or deleting a copy changes what every copy's finding says.  Review must still
blame the copy the pull request added (introduced) or deleted (fixed), never a copy the
pull request did not touch; a copy renamed is the file BASE had.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo

DAN = Path(__file__).resolve().parent.parent / "examples" / "en" / "personas" / "dan-heating-firm-owner.yaml"

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources:
  - id: wywiady-2026
    type: interview
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""

# Another persona given the same id by mistake: nothing else in common with Ola.
OLA_NEW = """\
kind: persona
id: ola-biegaczka
name: Aleksandra Wiśniewska
lang: pl
reviewed: 2026-11-20
sources:
  - id: ankieta-2026
    type: survey
goals:
  - Ukończyć Bieg Rzeźnika w Bieszczadach w czerwcu 2027
behaviours:
  - Trenuje podbiegi na Gubałówce w każdą sobotę o 6:00
"""


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def _review(base: str) -> tuple[int, dict]:
    result = run_cli("review", base, "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _duplicates(findings: list[dict]) -> list[str]:
    return sorted(f["path"] for f in findings if f["rule"] == "duplicate-id")


@pytest.fixture
def two_copies(tmp_path, monkeypatch) -> Repo:
    """BASE (`main`): personas/b.yaml and personas/c.yaml, both `dan-heating-firm-owner`."""
    r = Repo(tmp_path / "ws")
    (r.root / "personas").mkdir()
    shutil.copy(DAN, r.root / "personas" / "b.yaml")
    shutil.copy(DAN, r.root / "personas" / "c.yaml")
    r.commit("base")
    monkeypatch.chdir(r.root)
    return r


def test_a_copy_added_to_an_id_already_duplicated_is_introduced_on_the_added_file(two_copies):
    two_copies.git("checkout", "-q", "-b", "pr")
    shutil.copy(DAN, two_copies.root / "personas" / "a.yaml")
    two_copies.commit("pr")
    code, report = _review("main")
    assert code == 1
    # Not on personas/c.yaml, which the pull request did not touch (its message lists a.yaml now).
    assert _duplicates(report["introduced"]) == ["personas/a.yaml"]
    assert _duplicates(report["fixed"]) == []
    introduced = next(f for f in report["introduced"] if f["rule"] == "duplicate-id")
    assert introduced["message"].startswith(
        "id 'dan-heating-firm-owner' is also used by personas/b.yaml:9, personas/c.yaml:9"
    )


def test_a_copy_deleted_is_fixed_on_the_deleted_file_not_on_one_that_keeps_the_error(two_copies):
    two_copies.git("checkout", "-q", "-b", "three")
    shutil.copy(DAN, two_copies.root / "personas" / "a.yaml")
    two_copies.commit("three")
    two_copies.git("rm", "-q", "personas/a.yaml")
    _code, report = _review("three")
    assert _duplicates(report["fixed"]) == ["personas/a.yaml"]
    assert _duplicates(report["introduced"]) == []
    # The two copies left still have the error: lint reports it on both.
    lint = run_cli("lint", "--no-cache", "--select", "duplicate-id", "--format", "json")
    assert _duplicates(json.loads(lint.stdout)) == ["personas/b.yaml", "personas/c.yaml"]


def test_a_copy_renamed_is_the_file_base_had_and_a_copy_added_is_new(tmp_path, monkeypatch):
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", 'select = ["duplicate-id"]\n')
    r.write("personas/ola.yaml", OLA)
    r.write("personas/ola-kopia.yaml", OLA.replace("name: Ola Nowak", "name: Ola Nowak (kopia)"))
    r.commit("Ola i jej kopia")
    monkeypatch.chdir(r.root)
    (r.root / "archiwum").mkdir()
    r.git("mv", "personas/ola-kopia.yaml", "archiwum/ola-kopia.yaml")
    r.write("personas/ola-nowa.yaml", OLA_NEW)
    code, report = _review("HEAD")
    assert code == 1
    # The moved copy had the error in BASE under its old name; personas/ola.yaml is untouched.
    assert _duplicates(report["introduced"]) == ["personas/ola-nowa.yaml"]
    assert report["fixed"] == []
