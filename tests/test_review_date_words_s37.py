"""A review date written under another name is the `reviewed` it stands for (s37, review of 339b2c50).

Since 339b2c50 an unknown key near no field touches none, so the rules read the rest of the document as
if the key were an `x-` one. A date a team keeps under its own name (`review_date:`, `last_reviewed:`,
`ostatni_przegląd:`) was such a key: missing-review-date (CX304) and stale-review (CX303) then said "no
`reviewed` date" beside the very date, and the schema error advised an `x-` key. Those names now stand
for `reviewed` ("did you mean 'reviewed'?"): the key touches that field, the rules that read it wait for
the fix, the others still run, and `cxkit fmt --fix` renames the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from lint_cli_helpers import TOM as TOM_BAKER
from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

#: Tom with a review date under the name ``{key}``.
TOM = TOM_BAKER + "{key}: 2026-10-28\n"

JOURNEY = """\
kind: journey
id: tom-pays
name: Tom pays an invoice
persona: tom-baker
{key}: 2026-10-28
stages:
  - id: awareness
    name: Awareness
    emotion: 0
    touchpoints: [Xero invoice e-mail]
"""

ANNA = """\
kind: persona
id: anna-kowal
name: Anna Kowal
goals:
  - Zamyka miesiąc w biurze rachunkowym w Gdyni do 10. dnia
pain_points:
  - Co miesiąc ściąga 14 faktur od klientów z e-maila
{key}: 2026-10-28
"""


def codes(*args: str) -> list[tuple[int, str]]:
    return [(f["line"], f["code"]) for f in lint("--ignore", "CX201", *args)[1]]


@pytest.mark.parametrize("key", ["review_date", "last_reviewed", "reviewed_on", "Last-Reviewed", "date_reviewed"])
def test_an_english_review_date_under_its_own_name_is_reviewed_s37(ws: Path, key: str) -> None:
    (ws / "p.yaml").write_text(TOM.format(key=key), encoding="utf-8")
    findings = lint("--ignore", "CX201", "p.yaml")[1]
    # missing-sources still runs; missing-review-date waits for the date's key to be fixed
    assert [(f["line"], f["code"]) for f in findings] == [(2, "CX301"), (8, "CX002")]
    assert findings[1]["message"] == f"unknown field '{key}'; did you mean 'reviewed'?"


def test_a_journeys_last_reviewed_is_no_stale_journey_s37(ws: Path) -> None:
    (ws / "p.yaml").write_text(TOM.format(key="reviewed"), encoding="utf-8")
    (ws / "j.yaml").write_text(JOURNEY.format(key="last_reviewed"), encoding="utf-8")
    found = codes("j.yaml")
    assert (5, "CX002") in found
    assert not [c for _, c in found if c in ("CX303", "CX304")], found


@pytest.mark.parametrize("key", ["ostatni_przegląd", "data_weryfikacji", "zweryfikowano", "przejrzano"])
def test_a_polish_review_date_under_its_own_name_is_reviewed_s37(ws: Path, key: str) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(ANNA.format(key=key), encoding="utf-8")
    findings = lint("--ignore", "CX201", "p.yaml")[1]
    assert [(f["line"], f["code"]) for f in findings] == [(2, "CX301"), (8, "CX002")]
    assert findings[0]["message"].startswith("brak źródeł")
    assert "`reviewed`" in findings[1]["message"] and "x-" not in findings[1]["message"]


def test_fmt_fix_renames_a_review_date_to_reviewed_s37(ws: Path) -> None:
    (ws / "p.yaml").write_text(TOM.format(key="review_date"), encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "--fix", "p.yaml"])
    assert result.exit_code == 0, result.output
    assert (ws / "p.yaml").read_text(encoding="utf-8") == TOM.format(key="reviewed")
    assert codes("p.yaml") == [(2, "CX301")]


def test_a_date_of_another_name_still_leaves_the_review_date_missing_s37(ws: Path) -> None:
    # Guard: a key near no field (`created`) touches none; the document is read as with `x-created`.
    (ws / "p.yaml").write_text(TOM.format(key="created"), encoding="utf-8")
    findings = lint("--ignore", "CX201", "p.yaml")[1]
    assert [(f["line"], f["code"]) for f in findings] == [(2, "CX301"), (2, "CX304"), (8, "CX002")]
    assert "x-" in findings[2]["message"]


STAGE = """\
kind: journey
id: tom-pays
name: Tom pays an invoice
persona: tom-baker
reviewed: 2026-11-20
stages:
  - id: awareness
    name: Awareness
    touchpoints: [Xero invoice e-mail]
    {emotion}: -1
    barriers: [The e-mail lands in the spam folder]
    {opportunities}:
      - {{action: Send invoices from our own domain, owner: Ola (IT), due: 2027-01-15}}
"""


@pytest.mark.parametrize(("lang", "emotion", "opportunities"), [
    ("en", "mood", "ideas"), ("en", "emotion", "improvements"), ("pl", "nastrój", "okazje"),
    ("pl", "nastroj", "opportunities"),
])
def test_a_stages_mood_and_ideas_are_its_emotion_and_opportunities_s37(ws: Path, lang: str, emotion: str,
                                                                     opportunities: str) -> None:
    # Their stage rules (stage-without-emotion, unaddressed-pain) wait for the rename instead of saying the stage
    # has none beside them; fmt --fix renames them.
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(TOM.format(key="reviewed"), encoding="utf-8")
    (ws / "j.yaml").write_text(STAGE.format(emotion=emotion, opportunities=opportunities), encoding="utf-8")
    found = lint("--ignore", "CX201", "j.yaml")[1]
    renamed = [emotion != "emotion", opportunities != "opportunities"]
    assert [f["code"] for f in found] == ["CX002"] * sum(renamed), found
    assert not [f for f in found if "x-" in f["message"]], found
    result = CliRunner().invoke(app, ["fmt", "--fix", "j.yaml"])
    assert result.exit_code == 0, result.output
    assert (ws / "j.yaml").read_text(encoding="utf-8") == STAGE.format(emotion="emotion", opportunities="opportunities")
    assert lint("--ignore", "CX201", "j.yaml")[1] == []
