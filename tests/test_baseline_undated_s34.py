"""A baseline written before stale-review took over undated documents still hides them (session 34).

Until this session a journey map with no `reviewed` date (and no dated source) got missing-review-date
(CX304, info), and a team that adopted cxkit recorded that finding in its baseline.  stale-review (CX303,
warning) now reports such a document as stale instead, at the same place with the same subject.  The
document did not change, so the old baseline must keep hiding it: before, the upgrade turned CI red with
a "new" warning and called the recorded entry "no longer found (fixed…)".  The other way round too: a
baseline written now still hides the CX304 finding that `[rules.stale-review] undated = false` brings back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pl"
JOURNEY = "journeys/pawel-kupuje-sluchawki-otwarte.yaml"


def _undated_workspace(root: Path, monkeypatch: pytest.MonkeyPatch, config: str = "") -> Path:
    files = {str(p.relative_to(EXAMPLES)): p.read_text(encoding="utf-8") for p in EXAMPLES.rglob("*.yaml")}
    # No `reviewed`, and no date on its sources either: its age cannot be told.
    files[JOURNEY] = "".join(line for line in files[JOURNEY].splitlines(keepends=True)
                             if not line.startswith(("reviewed:", "    date:")))
    return enter_workspace(root, monkeypatch, config='lang = "pl"\nbaseline = "dlug.json"\n' + config,
                           today="2026-12-01", files=files)


def _baseline(root: Path, rule: str, place: str = "id", path: str = JOURNEY) -> None:
    (root / "dlug.json").write_text(json.dumps({"format": "cxkit-baseline/1", "findings": [
        {"path": path, "rule": rule, "place": place, "subject": "`reviewed`",
         "document": "pawel-kupuje-sluchawki-otwarte", "count": 1}]}), encoding="utf-8")


def test_the_journey_without_a_date_is_stale_without_a_baseline(tmp_path, monkeypatch):
    _undated_workspace(tmp_path, monkeypatch)
    result = run_cli("lint", "--no-cache", "--no-baseline")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "CX303" in result.stdout and "CX304" not in result.stdout


def test_a_baseline_that_recorded_missing_review_date_still_hides_the_document(tmp_path, monkeypatch):
    _undated_workspace(tmp_path, monkeypatch)
    _baseline(tmp_path, "missing-review-date")
    result = run_cli("lint", "--no-cache")
    assert result.exception is None
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "CX303" not in result.stdout
    assert "no longer found" not in result.stderr  # the recorded problem is not fixed: nothing to shrink
    assert "Nie pokazano 1 zgłoszenia zapisanego" in result.stdout + result.stderr


def test_the_document_moved_with_its_id_kept_is_still_hidden(tmp_path, monkeypatch):
    _undated_workspace(tmp_path, monkeypatch)
    _baseline(tmp_path, "missing-review-date", path="mapy/pawel.yaml")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "CX303" not in result.stdout


def test_a_baseline_written_now_hides_the_info_that_undated_false_brings_back(tmp_path, monkeypatch):
    _undated_workspace(tmp_path, monkeypatch, config="[rules.stale-review]\nundated = false\n")
    _baseline(tmp_path, "stale-review")
    result = run_cli("lint", "--no-cache", "--fail-level", "info")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "CX304" not in result.stdout


def test_another_stale_finding_is_not_hidden_by_the_old_entry(tmp_path, monkeypatch):
    # The entry stands for the missing date only: a date in the future on the same map is a new finding.
    _undated_workspace(tmp_path, monkeypatch)
    text = (tmp_path / JOURNEY).read_text(encoding="utf-8").replace("\nstages:", "\nreviewed: 2027-05-01\nstages:", 1)
    (tmp_path / JOURNEY).write_text(text, encoding="utf-8")
    _baseline(tmp_path, "missing-review-date")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "CX303" in result.stdout and "2027-05-01" in result.stdout
