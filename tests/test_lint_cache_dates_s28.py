"""The lint cache across days: the date is no part of a key, each result keeps the days it holds on.

The invariant: on every day, a cached run prints what `--no-cache` prints.  Results that read no date
(or whose verdict stands for months) stay warm from one day to the next; a review that turns stale
overnight, an opportunity that falls overdue, a far-off `due` that comes within ten years are judged
again on the day they change.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _edit(path: Path, *swaps: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern, new in swaps:
        text, n = re.subn(pattern, new, text, count=1, flags=re.MULTILINE)
        assert n == 1, (path.name, pattern)
    path.write_text(text, encoding="utf-8")


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped examples with dates that change their verdicts in late 2026 and early 2027."""
    ws = tmp_path / "ws"
    shutil.copytree(EXAMPLES, ws)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    en, pl = ws / "en", ws / "pl"
    # Reviewed a year before: stale from 2026-12-02 on, "13 months ago" from 2027-01-01.
    _edit(en / "personas" / "dan-heating-firm-owner.yaml", (r"^reviewed: .*$", "reviewed: 2025-12-01"))
    # No date anywhere: nothing of it depends on the day.
    _edit(en / "personas" / "rosa-occasional-freelancer.yaml",
          (r"^reviewed: .*\n", ""), (r"^    date: .*\n", ""), (r"^    date: .*\n", ""))
    # Overdue from 2026-12-04; already overdue (in months); 29 February ten years on.
    _edit(en / "journeys" / "dan-switches-invoicing.yaml",
          (r"due: 2029-01-31", "due: 2026-12-03"), (r"due: 2028-12-18", "due: 2026-09-15"),
          (r"due: 2029-02-01", "due: 2036-02-29"))
    # No `reviewed`: the newest source stands in for it, dated in the future until 2027-01-09.
    _edit(pl / "personas" / "agnieszka-studio-podcastow.yaml",
          (r"^reviewed: .*\n", ""), (r"date: 2026-10-09", "date: 2027-01-10"))
    # A source in the future beside a `reviewed` date.
    _edit(pl / "personas" / "kamil-kupuje-pod-promocje.yaml", (r"date: 2026-10-14", "date: 2027-01-10"))
    # Reviewed on 29 February: stale all along, its months counted from a day most months lack.
    _edit(pl / "personas" / "pawel-programista-audiofil.yaml", (r"^reviewed: .*$", "reviewed: 2024-02-29"))
    # A `due` over ten years ahead (a typo), and one that comes within ten years on 2027-03-05.
    _edit(pl / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml",
          (r"due: 2029-01-31", "due: 2041-01-01"), (r"due: 2028-12-19", "due: 2037-03-05"))
    monkeypatch.chdir(ws)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    return ws


def _days(first: str, last: str) -> list[dt.date]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


DATE_RULES = ("stale-review", "overdue-opportunity", "unowned-opportunity")


def test_each_date_rule_answers_the_same_on_every_day_its_answer_says_it_holds(workspace, monkeypatch):
    # Every document, every day from late 2025 to spring 2027: what a rule says on a day is what it
    # says on each other day of the span it gave, and its span holds that day.
    from cxkit import clock
    from cxkit.config import load_config
    from cxkit.discovery import discover_with_context
    from cxkit.lint.engine import build_ruleset
    from cxkit.lint.selection import Selection
    from cxkit.workspace import load_document

    config = load_config()
    rules = [a.rule for a in build_ruleset(config, Selection(select=DATE_RULES)).document_rules]
    assert sorted(r.name for r in rules) == sorted(DATE_RULES)
    docs = [load_document(t, config)[0] for t in discover_with_context(["."], config)[0]]
    assert len(docs) == 7 and all(d is not None and d.model is not None for d in docs)
    days = _days("2025-11-20", "2027-04-10")
    for doc in docs:
        said, spans = {}, {}
        for day in days:
            monkeypatch.setenv("CXKIT_TODAY", day.isoformat())
            seen = clock.watch()
            said[day] = [(r.name, h.line, h.column, h.message) for r in rules if not r.kinds or doc.kind in r.kinds
                         for h in r.check(doc)]
            spans[day] = seen.close()
            assert clock.within(spans[day], day), (doc.path, day, spans[day])
        for day in days:
            same = [d for d in days if clock.within(spans[day], d)]
            assert all(said[d] == said[day] for d in same), (doc.path, day, spans[day])
        kept = {d: spans[d] for d in days}
        if doc.path.endswith("rosa-occasional-freelancer.yaml"):
            assert set(kept.values()) == {None}  # no date read: every day
        if doc.path.endswith("dan-heating-firm-owner.yaml"):
            # Fresh to the review's anniversary (from the day before its newest source, 2026-10-07, which is
            # in the future before that), then stale a month at a time.
            assert kept[dt.date(2026, 1, 5)] == (dt.date(2026, 1, 5).toordinal(),) * 2
            assert kept[dt.date(2026, 11, 5)] == (dt.date(2026, 10, 6).toordinal(), dt.date(2026, 12, 1).toordinal())
            assert kept[dt.date(2026, 12, 10)] == (dt.date(2026, 12, 2).toordinal(), dt.date(2026, 12, 31).toordinal())
            assert kept[dt.date(2027, 1, 10)] == (dt.date(2027, 1, 1).toordinal(), dt.date(2027, 1, 31).toordinal())


def _cli(*args: str, day: str) -> tuple[int, str]:
    from cxkit.cli import app

    result = CliRunner().invoke(app, ["lint", "--format", "json", *args], env={"CXKIT_TODAY": day, "COLUMNS": "120"})
    return result.exit_code, result.output


def test_a_cached_run_prints_what_no_cache_prints_on_every_day_in_any_order(workspace):
    days = [d.isoformat() for d in (
        *_days("2026-11-28", "2026-12-08"), *_days("2027-01-07", "2027-01-11"), *_days("2027-03-03", "2027-03-06"),
        dt.date(2025, 11, 29), dt.date(2025, 11, 30), dt.date(2026, 2, 28), dt.date(2026, 3, 1), dt.date(2027, 2, 1),
    )]
    random.Random(28).shuffle(days)
    seen_outputs = set()
    for day in days + days[::-1]:
        cold = _cli(".", "--no-cache", day=day)
        assert _cli(".", day=day) == cold, day
        assert _cli(".", day=day) == cold, day  # the second run is served from what the first stored
        seen_outputs.add(cold[1])
    assert len(seen_outputs) > 10  # the days do differ


def _checked_paths(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from cxkit.lint import engine

    checked: list[str] = []
    real = engine.check_target

    def spy(target, *args, **kwargs):
        checked.append(target.display)
        return real(target, *args, **kwargs)

    monkeypatch.setattr(engine, "check_target", spy)
    return checked


def _lint(day: str, monkeypatch: pytest.MonkeyPatch):
    from cxkit.config import load_config
    from cxkit.lint.engine import lint

    monkeypatch.setenv("CXKIT_TODAY", day)
    return lint(["."], load_config(), jobs=1, cache=True)


def test_a_file_whose_results_read_no_date_stays_warm_the_next_day(workspace, monkeypatch):
    from cxkit.config import load_config
    from cxkit.lint.engine import lint

    checked = _checked_paths(monkeypatch)
    first = _lint("2026-11-28", monkeypatch)
    assert len(checked) == 7 and first.cached_files == 0
    checked.clear()
    # Two days on: the two personas with a source in the future are told "today is ...", and Paweł's
    # review (29 February 2024) is 33 months old from the 29th; the rest keeps its verdicts.
    second = _lint("2026-11-30", monkeypatch)
    assert sorted(checked) == ["pl/personas/agnieszka-studio-podcastow.yaml", "pl/personas/kamil-kupuje-pod-promocje.yaml",
                               "pl/personas/pawel-programista-audiofil.yaml"]
    assert second.cached_files == 4 and second.findings == lint(["."], load_config(), jobs=1, cache=False).findings
    checked.clear()
    # A month on: Dan's review has turned stale, an opportunity of his journey is overdue.  Rosa's
    # persona (no date in it), Paweł's (still 33 months) and Paweł's journey (its far-off `due`
    # dates still as far) stay warm.
    third = _lint("2026-12-28", monkeypatch)
    assert sorted(checked) == ["en/journeys/dan-switches-invoicing.yaml", "en/personas/dan-heating-firm-owner.yaml",
                               "pl/personas/agnieszka-studio-podcastow.yaml", "pl/personas/kamil-kupuje-pod-promocje.yaml"]
    assert third.cached_files == 3
    stale = [f.message for f in third.findings if f.rule == "stale-review" and "dan-heating" in f.path]
    assert stale == ["last reviewed 2025-12-01, over 12 months ago (limit 12 months); review it against fresh research"]
    assert third.findings == lint(["."], load_config(), jobs=1, cache=False).findings


def test_a_stat_only_run_is_served_the_next_day_and_not_once_a_verdict_changes(workspace, monkeypatch):
    # The quickest path (file times only, no rule loaded) is kept across days too, while it holds.
    from cxkit.config import load_config
    from cxkit.lint.cache import cached_run

    for name in ("agnieszka-studio-podcastow.yaml", "kamil-kupuje-pod-promocje.yaml"):  # "today is ..." each day
        (workspace / "pl" / "personas" / name).unlink()
    selection = ((), (), ())
    _lint("2026-11-29", monkeypatch)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-30")
    hit = cached_run(["."], load_config(), selection)
    assert hit is not None and hit.count > 0
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-02")  # Dan's review has turned stale
    assert cached_run(["."], load_config(), selection) is None


def test_a_cross_file_rule_that_reads_the_date_keeps_the_whole_run_to_that_day(workspace, monkeypatch):
    # No shipped cross-file rule reads the date; one that does (through cxkit.clock) must not have its
    # findings served on another day from the whole-run entry.
    from cxkit import clock
    from cxkit.lint.finding import Hit
    from cxkit.lint.rules.personas import MissingNegativePersona

    real = MissingNegativePersona.check_workspace

    def dated(self, index):
        yield from real(self, index)
        yield Hit(1, 1, f"checked on {clock.today().isoformat()}", path="cxkit.toml")

    monkeypatch.setattr(MissingNegativePersona, "check_workspace", dated)
    for day in ("2026-11-28", "2026-11-29", "2026-11-28"):
        got = [f.message for f in _lint(day, monkeypatch).findings if f.message.startswith("checked on")]
        assert got == [f"checked on {day}"]


def test_a_cxkit_today_that_is_no_date_still_stops_a_cached_run(workspace):
    assert _cli(".", day="2026-11-28")[0] == 1
    code, out = _cli(".", day="2026-11-31")
    assert code == 2 and "CXKIT_TODAY='2026-11-31' is not a date" in out


def test_worker_processes_hand_back_the_days_their_results_hold_on(tmp_path, monkeypatch):
    # Over 48 files with -j 2: the results come back from worker processes, each with its days.
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(EXAMPLES.parent / "bench" / "gen_corpus.py"), str(corpus), "--groups", "15"],
                   check=True, capture_output=True)
    monkeypatch.chdir(corpus)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    outputs = set()
    # Its opportunities fall due from 10 to 28 December 2026; its reviews turn stale in October 2027.
    for day in ("2026-12-09", "2026-12-16", "2026-12-09", "2026-12-17", "2027-10-20", "2026-12-16"):
        cold = _cli(".", "-j", "2", "--no-cache", day=day)
        assert _cli(".", "-j", "2", day=day) == cold, day
        outputs.add(cold[1])
    assert len(outputs) == 4
