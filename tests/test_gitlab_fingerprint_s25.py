"""GitLab Code Quality fingerprints do not change with the counts in a message (tester16 F9).

GitLab's merge request widget compares fingerprints with the target branch's: a fingerprint that
changes shows one finding fixed and one new.  "the workspace has 1 persona" becoming "has 2
personas", "5 of 6 traits" becoming "4 of 6", or a stale review's "34 months ago" becoming "35
months ago" is the same finding.  The fingerprint is the file, the rule and what the message quotes
(its subject); two findings of one rule in one file on different subjects still differ.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

KASIA = """kind: persona
id: kasia-mama-dwojga
name: Kasia Zielińska
lang: pl
reviewed: 2025-10-20
sources:
  - id: wywiady-2025
    type: interview
    n: 6
    date: 2025-10-01
demographics:
  age: 36
  location: Wrocław, Krzyki
psychographics:
  values:
    - Ceni jakość
    - Dba o zdrowie
goals:
  - Ceni wygodę
  - Robi zakupy spożywcze w aplikacji Frisco w niedzielę wieczorem, na cały tydzień
"""

JOURNEY = """kind: journey
id: kasia-zamawia-zakupy
name: Kasia zamawia zakupy na tydzień
persona: kasia-mama-dwojga
lang: pl
reviewed: 2025-10-20
stages:
  - id: zamowienie
    name: Zamówienie
    touchpoints: [aplikacja Frisco]
    opportunities:
      - action: Dodać do aplikacji listę zakupów z poprzedniego tygodnia
        owner: Zespół aplikacji mobilnej
        due: 2026-11-01
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def report(*args: str) -> list[dict]:
    result = run_cli("lint", "--no-cache", "--format", "gitlab", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    entries = json.loads(result.stdout)
    assert len({e["fingerprint"] for e in entries}) == len(entries)
    return entries


def by_description(entries: list[dict], start: str) -> list[dict]:
    return [e for e in entries if e["description"].startswith(start)]


def test_a_persona_count_in_the_message_keeps_the_fingerprint(ws: Path) -> None:
    # tester16's repro: the same CX201 finding on the same file and line.
    dan = (EXAMPLES / "en" / "personas" / "dan-heating-firm-owner.yaml").read_text(encoding="utf-8")
    (ws / "dan.yaml").write_text(dan, encoding="utf-8")
    one = by_description(report("--select", "missing-negative-persona"), "missing-negative-persona: the workspace has 1 persona ")
    pawel = (EXAMPLES / "pl" / "personas" / "pawel-programista-audiofil.yaml").read_text(encoding="utf-8")
    (ws / "pawel.yaml").write_text(pawel, encoding="utf-8")
    two = by_description(report("--select", "missing-negative-persona"), "missing-negative-persona: the workspace has 2 personas ")
    assert len(one) == 1 and [e["location"]["path"] for e in two if e["location"]["path"] == "dan.yaml"] == ["dan.yaml"]
    assert one[0]["fingerprint"] in {e["fingerprint"] for e in two}


def test_a_share_of_generic_traits_keeps_the_fingerprint(ws: Path) -> None:
    persona = ws / "kasia.yaml"
    persona.write_text(KASIA, encoding="utf-8")
    before = by_description(report("--select", "pseudo-profiling", "kasia.yaml"), "pseudo-profiling: 3 of 4 traits")
    persona.write_text(KASIA.replace("    - Dba o zdrowie\n", "    - Dba o zdrowie\n    - Lubi podróżować\n"), encoding="utf-8")
    after = by_description(report("--select", "pseudo-profiling", "kasia.yaml"), "pseudo-profiling: 4 of 5 traits")
    assert len(before) == len(after) == 1
    assert before[0]["fingerprint"] == after[0]["fingerprint"]


def test_ages_in_days_and_months_keep_the_fingerprint(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "kasia.yaml").write_text(KASIA, encoding="utf-8")
    (ws / "zakupy.yaml").write_text(JOURNEY, encoding="utf-8")
    rules = ("--select", "stale-review,overdue-opportunity")
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-25")
    early = report(*rules)
    monkeypatch.setenv("CXKIT_TODAY", "2027-03-05")
    late = report(*rules)
    # "(24 days ago)" became "(4 months ago)"; the review "13 months ago" became "16 months ago".
    assert "days ago" in json.dumps(early) and "months ago" in json.dumps(late)
    assert [e["check_name"] for e in early] == [e["check_name"] for e in late] and len(late) >= 2
    assert [e["fingerprint"] for e in early] == [e["fingerprint"] for e in late]


def test_findings_of_one_rule_on_different_subjects_differ(ws: Path) -> None:
    persona = ws / "kasia.yaml"
    persona.write_text(KASIA, encoding="utf-8")
    entries = report("--select", "pseudo-profiling", "kasia.yaml")
    traits = [e for e in entries if e["description"].startswith('pseudo-profiling: "')]
    assert [e["description"].split('"')[1] for e in traits] == ["Ceni jakość", "Dba o zdrowie", "Ceni wygodę"]
    assert len({e["fingerprint"] for e in traits}) == 3
    # Another trait is another finding; the ones left keep theirs, also when lines are added above.
    persona.write_text("# Persona z wywiadów, jesień 2025\n" + KASIA.replace("Ceni wygodę", "Lubi zakupy"), encoding="utf-8")
    again = [e for e in report("--select", "pseudo-profiling", "kasia.yaml") if e["description"].startswith('pseudo-profiling: "')]
    assert [e["description"].split('"')[1] for e in again] == ["Ceni jakość", "Dba o zdrowie", "Lubi zakupy"]
    assert [e["fingerprint"] for e in again[:2]] == [e["fingerprint"] for e in traits[:2]]
    assert again[2]["fingerprint"] != traits[2]["fingerprint"]


def test_another_id_is_another_finding(ws: Path) -> None:
    (ws / "kasia.yaml").write_text(KASIA, encoding="utf-8")
    (ws / "kasia-2.yaml").write_text(KASIA.replace("Kasia Zielińska", "Kasia Nowak"), encoding="utf-8")
    before = {e["location"]["path"]: e["fingerprint"] for e in report("--select", "duplicate-id")}
    for name in ("kasia.yaml", "kasia-2.yaml"):
        path = ws / name
        path.write_text(path.read_text(encoding="utf-8").replace("id: kasia-mama-dwojga", "id: kasia-mama"), encoding="utf-8")
    after = {e["location"]["path"]: e["fingerprint"] for e in report("--select", "duplicate-id")}
    assert set(before) == set(after) == {"kasia.yaml", "kasia-2.yaml"}
    assert all(before[p] != after[p] for p in before)
