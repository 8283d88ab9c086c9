"""Session 22, tester 6 (F12): `30.11.2026 r.` (the most common Polish way to write a date) got no
suggestion, though `30.11.2026` did; a month without its day (`październik 2026`, a likely way to
date a round of research) got none either."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

OLA = """\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - text: Kupić sukienkę na wesele siostry w czerwcu 2027
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: {date}
reviewed: {reviewed}
"""

DAY = "; a date needs its day too: write {month}-DD with the day ({month}-01 for the month as a whole)"


def _messages(tmp_path, monkeypatch, date: str, reviewed: str) -> list[str]:
    (tmp_path / "ola.yaml").write_text(OLA.format(date=date, reviewed=reviewed), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "ola.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [f"{f['line']}:{f['column']} {f['message']}" for f in json.loads(result.stdout)]


@pytest.mark.parametrize("written", ["30.11.2026 r.", "30.11.2026r.", "30.11.2026 r"])
def test_a_polish_numeric_date_with_r_is_told_the_iso_date(tmp_path, monkeypatch, written):
    found = _messages(tmp_path, monkeypatch, "2026-10-14", written)
    assert found == [f"12:11 'reviewed': expected a date written as YYYY-MM-DD, got '{written}'; did you mean 2026-11-30?"]


@pytest.mark.parametrize(("written", "month"), [
    ("październik 2026", "2026-10"), ("Październik 2026 r.", "2026-10"), ("X 2026", "2026-10"),
    ("October 2026", "2026-10"), ("Oct 2026", "2026-10"), ("2026-10", "2026-10"), ("10/2026", "2026-10"),
    ("listopad 2026", "2026-11"),
])
def test_a_month_without_its_day_is_told_to_add_the_day(tmp_path, monkeypatch, written, month):
    found = _messages(tmp_path, monkeypatch, written, "2026-11-30")
    assert found == [f"11:11 'sources[wywiady].date': expected a date written as YYYY-MM-DD, got '{written}'"
                     + DAY.format(month=month)]


@pytest.mark.parametrize("written", ["jesień 2026", "13/2026"])  # a quarter gets its last day: test_research_values_s29
def test_guard_what_names_no_month_gets_no_hint(tmp_path, monkeypatch, written):
    found = _messages(tmp_path, monkeypatch, written, "2026-11-30")
    assert found == [f"11:11 'sources[wywiady].date': expected a date written as YYYY-MM-DD, got '{written}'"]
