"""`cxkit review`: a finding of a rule that lint runs on a half-valid document is compared (session 38,
tester41's M2). BASE's persona had a source of `type: observation` (a schema error touching the sources'
types only); the change added `- Values quality`. lint runs pseudo-profiling on such a document, but review
took BASE as not checked at all and said "0 findings introduced … 1 not compared … the change did not
introduce it", nudging the team to baseline new debt. Now review asks lint which rules ran whole on the
other side's document; a finding of a rule the schema error touches (a typo in `behaviours`) is still not
compared."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo

PRIYA = """\
kind: persona
id: h08-priya-nurse
name: Priya Sharma
lang: en
goals:
  - text: Cut data entry per asthma review from 6 minutes to 2 by importing peak-flow readings
    sources: [nurse-shadowing-2025]
behaviours:
  - Reads the Practice Nurse Facebook group (27,000 members) on the bus to work
sources:
  - id: nurse-shadowing-2025
    type: {type}
    date: 2025-10-14
    n: 6
reviewed: 2026-10-30
"""

EWA = """\
kind: persona
id: ewa-pielegniarka
name: Ewa Nowak
goals:
  - text: Skrócić wpisywanie pomiarów PEF z 6 do 2 minut na wizytę
    sources: [obserwacja-2025]
behaviours:
  - Czyta grupę „Pielęgniarki POZ” na Facebooku w tramwaju do pracy
sources:
  - id: obserwacja-2025
    type: {type}
    date: 2025-10-14
    n: 6
reviewed: 2026-10-30
"""

NEGATIVE = """\
kind: negative-persona
id: n01-private-only
name: Private-only patient
reasons:
  - Pays £90 a month for Bupa cover and books every appointment through Bupa's own app
sources:
  - id: nurse-shadowing-2025
    type: survey
    n: 120
reviewed: 2026-10-30
"""


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def repo_with(tmp_path, monkeypatch, lang: str, base: str) -> Repo:
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "{lang}"\n')
    r.write("personas/p.yaml", base)
    r.write("personas/n.yaml", NEGATIVE)
    r.commit("base")
    monkeypatch.chdir(r.root)
    return r


def review() -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json", "--no-cache")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def rules(findings: list[dict]) -> list[str]:
    return sorted(f["rule"] for f in findings)


@pytest.mark.parametrize(("lang", "base", "vague"), [
    ("en", PRIYA.format(type="observation"), "Values quality"),
    ("pl", EWA.format(type="obserwacja"), "Ceni jakość"),
], ids=["en", "pl"])
def test_a_vague_trait_added_beside_a_bad_source_type_is_introduced_s38(tmp_path, monkeypatch, lang, base, vague) -> None:
    r = repo_with(tmp_path, monkeypatch, lang, base)
    r.write("personas/p.yaml", base.replace("behaviours:\n", f"behaviours:\n  - {vague}\n"))
    code, report = review()
    assert code == 1
    assert rules(report["introduced"]) == ["pseudo-profiling"]
    assert report["not_compared_findings"] == []


def test_a_source_type_mended_does_not_fix_or_introduce_what_lint_found_before_s38(tmp_path, monkeypatch) -> None:
    # BASE: a bad type and a vague trait, both reported by lint; the change mends only the type.
    vague = PRIYA.replace("behaviours:\n", "behaviours:\n  - Values quality\n")
    r = repo_with(tmp_path, monkeypatch, "en", vague.format(type="observation"))
    r.write("personas/p.yaml", vague.format(type="other"))
    _code, report = review()
    assert rules(report["fixed"]) == ["schema"]
    assert report["introduced"] == [] and report["not_compared_findings"] == []


def test_a_finding_of_a_field_the_error_touches_is_still_not_compared_s38(tmp_path, monkeypatch) -> None:
    # BASE misspells `behaviours` (the error touches them): pseudo-profiling did not read them there, so
    # the vague trait the fix reveals is not the change's doing.
    vague = PRIYA.format(type="survey").replace("behaviours:\n", "behaviours:\n  - Values quality\n")
    r = repo_with(tmp_path, monkeypatch, "en", vague.replace("behaviours:", "behavoiurs:"))
    r.write("personas/p.yaml", vague)
    _code, report = review()
    assert report["introduced"] == []
    assert [f["rule"] for f in report["not_compared_findings"]] == ["pseudo-profiling"]
