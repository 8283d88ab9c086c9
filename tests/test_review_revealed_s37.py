"""`cxkit review` fails on what `cxkit lint` of the branch will fail on: the findings of a document that
BASE could not read or check (a misspelt key, a YAML error) and the branch mends are not compared, not
introduced, but lint reports them, so at the fail level they fail the review unless the working tree's
baseline records them.  In text, Markdown, HTML and JSON alike, in English and in Polish."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import REVIEW_KAMIL as KAMIL, Repo, needs_git

pytestmark = needs_git

#: Tom, a persona written from a template in a hurry: vague traits, and a key misspelt (`pain_ponts`), so
#: that the document does not fit the format and lint checks none of its traits.
TOM = """\
kind: persona
id: tom-freelancer
name: Tom Baker
lang: en
reviewed: 2026-11-02
sources: [{id: i1, type: interview, date: 2026-10-20}]
demographics:
  location: Lives in a big city
goals:
  - Get paid within a week of sending an invoice
pain_points:
  - Chases two clients a month for late payments
behaviours:
  - Active on social media
  - Values quality and good design
pain_ponts:
  - Forgets to send invoices
"""
TOM_MENDED = TOM.replace("pain_ponts:", "x-notes:")
#: Ola, in Polish, with a YAML error in BASE (an unclosed `[`), and two vague traits once mended.
OLA = """\
kind: persona
id: ola-ksiegowa
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: w1, type: interview, date: 2026-10-01}]
goals:
  - Zamknąć miesiąc w biurze rachunkowym w Gdyni przed 10. dniem
behaviours:
  - Ceni jakość i mieszka w dużym mieście
  - Lubi nowoczesne rozwiązania i jest aktywna
"""
OLA_BROKEN = OLA.replace("name: Ola Nowak", "name: [Ola Nowak")


def _repo(tmp_path, monkeypatch, config: str, files: dict[str, str]) -> Repo:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", config)
    for rel, text in files.items():
        repo.write(rel, text)
    monkeypatch.chdir(repo.root)
    return repo


@pytest.fixture
def tom(tmp_path, monkeypatch) -> Repo:
    """main: Tom with the misspelt key, its `schema` finding recorded in the baseline (lint passes); the
    working tree renames the key, so that lint of the branch reports Tom's vague traits."""
    repo = _repo(tmp_path, monkeypatch, 'lang = "en"\nbaseline = ".cxkit-baseline.json"\n', {"personas/tom.yaml": TOM})
    written = run_cli("lint", "--write-baseline")
    assert written.exit_code == 0, written.output
    assert run_cli("lint").exit_code == 0
    repo.commit("base, with its baseline")
    repo.write("personas/tom.yaml", TOM_MENDED)
    return repo


def _review(*args: str):
    result = run_cli("review", "HEAD", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.output
    return result


def test_a_mended_document_s_findings_fail_the_review_as_they_fail_lint_s37(tom):
    lint = run_cli("lint")
    assert lint.exit_code == 1 and "pseudo-profiling" in lint.stdout  # what main would say after the merge
    result = _review("-f", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["introduced"] == [] and report["failed"] is True
    assert [f["rule"] for f in report["fixed"]] == ["schema"]
    after = [f for f in report["not_compared_findings"] if f["side"] == "after"]
    assert after and all(f["rule"] == "pseudo-profiling" and f["fails"] for f in after)
    assert report["failing_not_compared"] == len(after)


def test_the_markdown_and_the_text_say_why_the_review_fails_s37(tom):
    md = _review().stdout
    n = md.count("| warning | `pseudo-profiling` CX101 | `personas/tom.yaml:")
    assert n >= 2
    assert (f"**Result:** fails: {n} findings at `warning` level or above in files `HEAD` cannot read or check "
            "(see **Not compared**): the change did not introduce them, but `cxkit lint` reports them after it; "
            "fix them, or record them in the baseline with `cxkit lint --write-baseline --no-baseline`.") in md
    assert "**Result:** passes" not in md
    assert ("Findings in the working tree of files `HEAD` cannot read or check (not counted as introduced, "
            "but cxkit lint reports them):") in md
    text = _review("-f", "text").stdout
    assert f"Result: fails: {n} findings at warning level or above in files HEAD cannot read or check" in text
    assert "Result: passes" not in text
    html = _review("-f", "html").stdout
    assert f"fails: {n} findings at <code>warning</code> level or above in files <code>HEAD</code>" in html


def test_recorded_in_the_branch_s_baseline_they_no_longer_fail_s37(tom):
    # The pull request records the debt the mended document reveals, as the verdict advises.
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    assert run_cli("lint").exit_code == 0
    result = _review("-f", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["failed"] is False and report["failing_not_compared"] == 0
    assert [f["fails"] for f in report["not_compared_findings"] if f["side"] == "after"] == [False] * len(
        [f for f in report["not_compared_findings"] if f["side"] == "after"])
    assert "**Result:** passes: no findings at `warning` level or above introduced." in _review().stdout


def test_below_the_fail_level_they_do_not_fail_s37(tom):
    result = _review("--fail-level", "error")
    assert result.exit_code == 0
    assert "**Result:** passes: no findings at `error` level or above introduced." in result.stdout
    assert "cannot read or check (see" not in result.stdout


def test_a_polish_document_mended_from_a_yaml_error_fails_the_review_in_polish_s37(tmp_path, monkeypatch):
    repo = _repo(tmp_path, monkeypatch, 'lang = "pl"\n', {"persony/ola.yaml": OLA_BROKEN, "persony/kamil.yaml": KAMIL})
    repo.commit("zepsuta")
    repo.write("persony/ola.yaml", OLA)
    assert run_cli("lint").exit_code == 1
    result = _review()
    assert result.exit_code == 1
    md = result.stdout
    assert ("**Wynik:** niezaliczony: 2 uwagi na poziomie `warning` lub wyższym w plikach, których w `HEAD` nie można "
            "odczytać ani sprawdzić (zob. **Nie porównano**): zmiana ich nie wprowadziła, ale `cxkit lint` je po niej "
            "zgłasza; popraw je albo zapisz je w pliku bazowym (klucz `baseline` w `cxkit.toml`, zob. "
            "docs/adopting.md).") in md
    assert "**Wynik:** zaliczony" not in md
    assert "(nieliczone jako nowe, ale cxkit lint je zgłasza):" in md
    report = json.loads(_review("-f", "json").stdout)
    assert report["introduced"] == [] and [f["rule"] for f in report["fixed"]] == ["yaml-syntax"]
    assert report["failing_not_compared"] == 2


def test_a_polish_document_broken_by_the_change_still_leaves_its_old_findings_not_fixed_s37(tmp_path, monkeypatch):
    # The other side: BASE's findings of a file the branch breaks fail nothing by themselves (the
    # `yaml-syntax` finding introduced does).
    repo = _repo(tmp_path, monkeypatch, 'lang = "pl"\n', {"persony/ola.yaml": OLA, "persony/kamil.yaml": KAMIL})
    repo.commit("baza")
    repo.write("persony/ola.yaml", OLA_BROKEN)
    report = json.loads(_review("-f", "json").stdout)
    assert [f["rule"] for f in report["introduced"]] == ["yaml-syntax"]
    assert report["failing_not_compared"] == 0
    assert {f["side"] for f in report["not_compared_findings"]} == {"before"}
    assert not any(f["fails"] for f in report["not_compared_findings"])
