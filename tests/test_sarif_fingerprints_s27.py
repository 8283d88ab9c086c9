"""SARIF results carry `partialFingerprints`: a finding keeps its identity when lines move.

GitHub's upload-sarif computes fingerprints of its own, but offline SARIF consumers (DefectDojo
and the like) match results across runs by what the log gives them.  cxkit's is the gitlab
format's fingerprint: the file from the SARIF root, the rule and what the message quotes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

KEY = "cxkitFindingHash/v1"

OLA = """kind: persona
id: ola-biegaczka
name: Ola Biegaczka
lang: pl
goals:
  - Dba o zdrowie
  - Lubi jakość
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the SARIF root, as a repository's top
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif_results() -> list[dict]:
    result = run_cli("lint", "--no-cache", "--format", "sarif")
    assert result.exit_code == 1 and result.exception is None, result.stdout + result.stderr
    return json.loads(result.stdout)["runs"][0]["results"]


def gitlab_fingerprints() -> list[str]:
    result = run_cli("lint", "--no-cache", "--format", "gitlab")
    return [entry["fingerprint"] for entry in json.loads(result.stdout)]


def by_subject(results: list[dict]) -> dict[tuple[str, str], str]:
    return {(r["ruleId"], r["message"]["text"]): r["partialFingerprints"][KEY] for r in results}


def test_every_result_has_a_unique_fingerprint_the_gitlab_report_shares(ws: Path) -> None:
    results = sarif_results()
    prints = [r["partialFingerprints"][KEY] for r in results]
    assert len(results) >= 3 and len(set(prints)) == len(prints)
    assert all(len(p) == 64 and int(p, 16) >= 0 for p in prints)
    assert prints == gitlab_fingerprints()


def test_a_fingerprint_stays_when_lines_move_and_changes_with_the_finding(ws: Path) -> None:
    before = sarif_results()
    (ws / "personas" / "ola.yaml").write_text("# Persona z warsztatu, marzec\n\n" + OLA, encoding="utf-8")
    after = sarif_results()
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] != \
        [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before]
    assert by_subject(after) == by_subject(before)
    # Another goal quoted: that finding is another one.
    (ws / "personas" / "ola.yaml").write_text(OLA.replace("Lubi jakość", "Ceni wygodę"), encoding="utf-8")
    changed = {r["message"]["text"]: r["partialFingerprints"][KEY] for r in sarif_results() if r["ruleId"] == "CX101"}
    old = {r["message"]["text"]: r["partialFingerprints"][KEY] for r in before if r["ruleId"] == "CX101"}
    assert set(changed.values()) != set(old.values())
