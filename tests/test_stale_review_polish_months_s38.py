"""stale-review (CX303) in Polish where the limit is several months: the figure said is the whole months since
the review, in the right form, and never "1 miesiąc temu" (review86 of session 37 reported it; it could not be
made at HEAD 8b010ec2 over every limit from 1 to 29 and reviews over two years, so this pins what is said)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cxkit.lint.rules.evidence import _add_months, _months_between, ago_pl

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)


@pytest.mark.parametrize(("reviewed", "today", "limit", "said"), [
    ("2026-05-01", "2026-11-02", 6, "ponad 6 miesięcy temu (limit: 6 miesięcy)"),  # the day after the limit
    ("2026-05-01", "2026-12-01", 6, "7 miesięcy temu (limit: 6 miesięcy)"),
    ("2026-08-01", "2026-12-07", 3, "4 miesiące temu (limit: 3 miesiące)"),
    ("2024-10-01", "2026-08-05", 12, "22 miesiące temu (limit: 12 miesięcy)"),
    ("2024-07-01", "2026-08-05", 12, "25 miesięcy temu (limit: 12 miesięcy)"),
    ("2025-06-15", "2026-06-16", 12, "ponad 12 miesięcy temu (limit: 12 miesięcy)"),
    ("2017-06-01", "2026-08-05", 24, "110 miesięcy temu (limit: 24 miesiące)"),
    ("2017-04-01", "2026-08-05", 24, "112 miesięcy temu (limit: 24 miesiące)"),
])
def test_polish_stale_review_says_the_months_in_their_form_s38(ws: Path, monkeypatch, reviewed, today, limit, said):
    monkeypatch.setenv("CXKIT_TODAY", today)
    (ws / "cxkit.toml").write_text(f'lang = "pl"\n[rules.stale-review]\nmax-age-months = {limit}\n', encoding="utf-8")
    (ws / "p.yaml").write_text(f"kind: persona\nid: ola\nname: Ola Nowak\nreviewed: {reviewed}\n", encoding="utf-8")
    assert [f["message"] for f in lint("--select", "CX303", "--no-cache", "p.yaml")[1]] == [
        f"data ostatniego przeglądu to {reviewed}, {said}; zweryfikuj dokument z wynikami świeżych badań"]


@pytest.mark.parametrize("limit", [2, 3, 6, 12, 18])
def test_no_stale_review_says_one_month_where_the_limit_is_several_s38(limit):
    for step in range(0, 800, 5):
        reviewed = dt.date(2024, 1, 1) + dt.timedelta(step)
        stale_from = _add_months(reviewed, limit) + dt.timedelta(1)
        for late in (0, 1, 27, 28, 29, 30, 31, 59, 61, 400):
            today = stale_from + dt.timedelta(late)
            said = ago_pl(reviewed, today, over=limit)
            months = _months_between(reviewed, today)
            assert "1 miesiąc" not in said and "ponad miesiąc" not in said
            assert said.split()[:2] == (["ponad", str(limit)] if months <= limit else [str(months), said.split()[1]])
