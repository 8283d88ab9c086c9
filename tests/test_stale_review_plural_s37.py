"""stale-review (CX303) says "1 month", not "1 months", and Polish "ponad miesiąc temu", not "ponad 1 miesiąc
temu" (session 37, tester39's L4), with `max-age-months = 1`."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)


@pytest.mark.parametrize(("lang", "reviewed", "limit", "said"), [
    ("en", "2026-10-20", 1, "last reviewed 2026-10-20, over 1 month ago (limit 1 month); review it against fresh research"),
    ("en", "2026-09-01", 1, "last reviewed 2026-09-01, 3 months ago (limit 1 month); review it against fresh research"),
    ("en", "2026-09-20", 2, "last reviewed 2026-09-20, over 2 months ago (limit 2 months); review it against fresh research"),
    ("pl", "2026-10-20", 1, "data ostatniego przeglądu to 2026-10-20, ponad miesiąc temu (limit: 1 miesiąc); zweryfikuj "
                            "dokument z wynikami świeżych badań"),
    ("pl", "2026-09-20", 2, "data ostatniego przeglądu to 2026-09-20, ponad 2 miesiące temu (limit: 2 miesiące); "
                            "zweryfikuj dokument z wynikami świeżych badań"),
])
def test_stale_review_counts_months_in_the_right_number_s37(ws: Path, lang: str, reviewed: str, limit: int,
                                                            said: str) -> None:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n[rules.stale-review]\nmax-age-months = {limit}\n', encoding="utf-8")
    (ws / "p.yaml").write_text(f"kind: persona\nid: tom\nname: Tom\nreviewed: {reviewed}\n", encoding="utf-8")
    assert [f["message"] for f in lint("--select", "CX303", "p.yaml")[1]] == [said]
