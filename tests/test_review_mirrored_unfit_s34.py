"""`cxkit review`: a `mirrored-negative-persona` (CX204) finding whose mirrored persona does not fit the
format on the other side is not compared.

lint reads no traits of a persona with a `schema` error (a key typo), so no negative persona mirrors it
there. Mending the typo must not "introduce" the mirror (the change did not write it), and a typo must not
"fix" it; as `similar-personas` and `trait-overlap` already are (test_review_r1_s19).  The mended branch's
mirror is still what `cxkit lint` of the branch reports, so at the fail level it fails the review as a finding
not compared (s37, 3e0491f9: a gate must not pass what lint then fails), unless the working tree's baseline
records it.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from mirrored_helpers import DENIED_HABIT, REVIEWED_PAWEL as PAWEL, STUDENT_MIRRORING

STUDENT = STUDENT_MIRRORING.format(first=DENIED_HABIT)

DANA = """\
kind: persona
id: dana-bikes
name: Dana Hughes
lang: en
owner: CX team (Marta)
reviewed: 2026-11-20
behaviours:
  - Reads the Brakes section of the BikeRadar forum three times a week
goals:
  - Buy hydraulic disc brakes for under 300 pounds
"""

COMMUTER = """\
kind: negative-persona
id: casual-commuter
name: Casual commuter
lang: en
owner: CX team (Marta)
reviewed: 2026-11-20
reasons:
  - Does not read the Brakes section of the BikeRadar forum
  - Does not buy hydraulic disc brakes for under 300 pounds
"""

#: A key typo: the persona no longer fits the format, so lint reads none of its behaviours, where the mirrored
#: habit is (s37: a typo beside another field, `owenr:` under `owner:`, touches only that field, and the traits
#: are read).
TYPO = ("behaviours:\n", "behavoiurs:\n")

RULE = "mirrored-negative-persona"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
    monkeypatch.chdir(r.root)
    return r


def review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json", "--no-cache", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def of(findings: list[dict]) -> list[str]:
    return sorted(f["path"] for f in findings if f["rule"] == RULE)


def uncompared(report: dict) -> list[tuple[str, str]]:
    return sorted((f["side"], f["path"]) for f in report["not_compared_findings"] if f["rule"] == RULE)


def failing(report: dict) -> list[tuple[str, str]]:
    """The mirrors not compared that fail the review (lint of the branch reports them)."""
    return sorted((f["side"], f["path"]) for f in report["not_compared_findings"] if f["rule"] == RULE and f["fails"])


def lint_codes() -> tuple[int, list[tuple[str, str]]]:
    """`cxkit lint` of the working tree, as the branch is linted after the merge: its exit code and its
    mirrored-negative-persona findings."""
    result = run_cli("lint", "--format", "json", "--no-cache")
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, sorted((f["path"], f["rule"]) for f in json.loads(result.stdout) if f["rule"] == RULE)


def test_mending_a_typo_in_the_mirrored_persona_does_not_introduce_the_mirror(repo):
    repo.write("personas/pawel.yaml", PAWEL.replace(*TYPO))
    repo.write("personas/student.yaml", STUDENT)
    repo.commit("base with a key typo")
    repo.write("personas/pawel.yaml", PAWEL)
    code, report = review()
    assert of(report["introduced"]) == []
    assert uncompared(report) == [("after", "personas/student.yaml")]
    # Not introduced, but lint of the branch reports the mirror (a warning): the review fails as lint does.
    assert failing(report) == [("after", "personas/student.yaml")]
    assert (code, report["failing_not_compared"]) == (1, 1)
    assert lint_codes() == (1, [("personas/student.yaml", RULE)])


def test_a_typo_in_the_mirrored_persona_does_not_fix_the_mirror(repo):
    repo.write("personas/pawel.yaml", PAWEL)
    repo.write("personas/student.yaml", STUDENT)
    repo.commit("base")
    repo.write("personas/pawel.yaml", PAWEL.replace(*TYPO))
    code, report = review("--fail-level", "info")
    assert of(report["fixed"]) == []
    assert uncompared(report) == [("before", "personas/student.yaml")]
    assert code == 1  # the schema error


def test_english_mirror_behind_a_mended_typo(repo):
    repo.write("cxkit.toml", 'lang = "en"\npaths = ["personas"]\n')
    repo.write("personas/dana.yaml", DANA.replace("behaviours:\n", "behavours:\n"))
    repo.write("personas/commuter.yaml", COMMUTER)
    repo.commit("base with a key typo")
    repo.write("personas/dana.yaml", DANA)
    code, report = review()
    assert of(report["introduced"]) == []
    assert uncompared(report) == [("after", "personas/commuter.yaml")]
    assert failing(report) == [("after", "personas/commuter.yaml")]
    assert (code, report["failing_not_compared"]) == (1, 1)
    assert lint_codes() == (1, [("personas/commuter.yaml", RULE)])


def test_a_mended_typos_mirror_recorded_in_the_baseline_passes_s37(repo):
    # Recorded in the working tree's baseline, lint of the branch does not report the mirror: neither does
    # the review fail on it, and it is still not introduced (an introduced finding the baseline would not hide).
    repo.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\nbaseline = ".cxkit-baseline.json"\n')
    repo.write("personas/pawel.yaml", PAWEL.replace(*TYPO))
    repo.write("personas/student.yaml", STUDENT)
    repo.commit("base with a key typo")
    repo.write("personas/pawel.yaml", PAWEL)
    written = run_cli("lint", "--write-baseline", "--no-baseline", "--no-cache")
    assert written.exit_code == 0, written.output
    assert lint_codes() == (0, [])
    code, report = review()
    assert of(report["introduced"]) == []
    assert uncompared(report) == [("after", "personas/student.yaml")]
    assert failing(report) == []
    assert (code, report["failing_not_compared"]) == (0, 0)


def test_a_mirror_made_beside_an_unrelated_typo_is_still_introduced(repo):
    # Guard: the mirrored persona fits on both sides; another persona's typo changes nothing.
    repo.write("personas/pawel.yaml", PAWEL)
    repo.write("personas/inny.yaml", PAWEL.replace("pawel-audiofil", "inny-klient").replace(
        "Paweł audiofil", "Inny klient").replace(*TYPO))
    repo.write("personas/student.yaml", STUDENT.replace("  - Nie czyta działu Słuchawki na forum Audiostereo\n"
                                                        "  - Nie kupuje słuchawek otwartych do 2 500 zł\n",
                                                        "  - Słucha tylko z głośnika telefonu\n"
                                                        "  - Kupuje to, co poleci sprzedawca w dniu zakupu\n"))
    repo.commit("base")
    repo.write("personas/student.yaml", STUDENT)
    code, report = review()
    assert of(report["introduced"]) == ["personas/student.yaml"]
    assert uncompared(report) == []
    assert code == 1
