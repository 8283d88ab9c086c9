"""The bundled examples stay clean for a long time: their opportunities fall due well after the
date they were reviewed, so `cxkit lint examples/` from the README's quick start reports no
overdue opportunity (CX408) for years after release."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.model import JourneyMap
from cxkit.model.validate import validate
from cxkit.yamlio import load_bytes

REPO = Path(__file__).resolve().parents[1]
JOURNEYS = sorted((REPO / "examples").glob("*/journeys/*.yaml"))


def _dues(path: Path) -> list[dt.date]:
    model, issues = validate(load_bytes(path.read_bytes()).data)
    assert issues == [] and isinstance(model, JourneyMap)
    return [o.due for s in model.stages for o in s.opportunities if o.due is not None]


@pytest.mark.parametrize("path", JOURNEYS, ids=lambda p: p.name)
def test_every_example_opportunity_falls_due_in_2028_or_later(path: Path) -> None:
    dues = _dues(path)
    assert len(dues) >= 8  # each example shows owners and due dates on most stages
    assert min(dues) >= dt.date(2028, 1, 1), f"{path.name}: {min(dues)}"


@pytest.mark.parametrize("today", ["2026-12-16", "2027-06-30", "2027-10-15"])
def test_lint_examples_reports_no_overdue_opportunity_in_the_year_after_review(
    monkeypatch: pytest.MonkeyPatch, today: str
) -> None:
    # The examples were reviewed in autumn 2026; up to a year later (when stale-review starts to
    # speak of the review date, as it should) the quick start's `cxkit lint examples/` is clean.
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("CXKIT_TODAY", today)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--no-cache", "--fail-level", "info", "examples/"])
    assert json.loads(result.stdout) == []
    assert result.exit_code == 0


def test_an_opportunity_past_its_due_date_is_still_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dates moved, the rule did not: the day after the first due date, CX408 speaks.
    monkeypatch.chdir(REPO)
    first = min(d for p in JOURNEYS for d in _dues(p))
    monkeypatch.setenv("CXKIT_TODAY", (first + dt.timedelta(days=1)).isoformat())
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--no-cache", "--select", "overdue-opportunity", "examples/"])
    found = json.loads(result.stdout)
    assert found and all(f["rule"] == "overdue-opportunity" for f in found)
    assert result.exit_code == 0  # an info does not fail the run
