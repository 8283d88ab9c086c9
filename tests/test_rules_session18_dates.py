"""Dates that are plainly wrong: a source dated in the future (stale-review, CX303) and an
opportunity past its due date and not done (overdue-opportunity, CX408), in Polish and English."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.finding import Severity
from rule_helpers import pos, run, where

TODAY = "2026-12-05"

PERSONA_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - text: Odebrać leki w Paczkomacie przy Żabce w ciągu 24 h od zamówienia
    sources: [wywiady-2026-09]
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
    n: 9
  - id: ankieta-apteka
    type: survey
    date: SURVEY_DATE
    n: 412
reviewed: 2026-11-20
"""

PERSONA_EN = """\
kind: persona
id: tom-baker-uk
name: Tom Baker
lang: en
goals:
  - text: Get his repeat prescription delivered before he leaves for the bakery at 04:30
    sources: [interviews-2026-10]
sources:
  - id: interviews-2026-10
    type: interview
    date: INTERVIEW_DATE
    n: 6
"""


# --- stale-review (CX303): a source dated in the future -------------------------------------------


@pytest.mark.parametrize(("survey", "fires"), [
    ("2027-03-01", True),   # research planned for spring, written down as done
    ("2026-12-07", True),
    ("2026-12-06", False),  # a day of slack, as for `reviewed`: east of the run's clock it is tomorrow
    ("2026-12-05", False),  # today
    ("2026-11-30", False),
])
def test_a_future_source_date_is_reported_even_when_the_persona_has_a_review_date(tmp_path, monkeypatch, survey, fires):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = PERSONA_PL.replace("SURVEY_DATE", survey)
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "stale-review")
    assert [where(f) for f in found] == ([("personas/ola.yaml", *pos(text, survey))] if fires else [])
    if fires:
        f = found[0]
        assert (f.code, f.severity) == ("CX303", Severity.warning)
        assert f.message == (
            f"source 'ankieta-apteka' is dated {survey}, a date in the future (today is {TODAY}): "
            "research cannot have been done yet; write the date it was done"
        )


def test_every_future_source_is_reported_and_a_future_review_date_too(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = (PERSONA_PL.replace("SURVEY_DATE", "2027-03-01").replace("date: 2026-09-14", "date: 2062-09-14")
            .replace("reviewed: 2026-11-20", "reviewed: 2028-01-01"))
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "stale-review")
    assert [where(f) for f in found] == [
        ("personas/ola.yaml", *pos(text, "2062-09-14")),
        ("personas/ola.yaml", *pos(text, "2027-03-01")),
        ("personas/ola.yaml", *pos(text, "2028-01-01")),
    ]
    assert "source 'wywiady-2026-09' is dated 2062-09-14" in found[0].message
    assert "last reviewed 2028-01-01, a date in the future" in found[2].message


def test_without_a_review_date_the_newest_future_source_is_reported_once_and_older_future_ones_too(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = (PERSONA_PL.replace("SURVEY_DATE", "2027-03-01").replace("date: 2026-09-14", "date: 2027-01-10")
            .replace("reviewed: 2026-11-20\n", ""))
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "stale-review")
    assert [where(f) for f in found] == [
        ("personas/ola.yaml", *pos(text, "2027-01-10")),
        ("personas/ola.yaml", *pos(text, "2027-03-01")),
    ]
    assert found[0].message.startswith("source 'wywiady-2026-09' is dated 2027-01-10, a date in the future")
    # The newest stands in for `reviewed`: the message that says so, not a second one.
    assert found[1].message.startswith("newest source is from 2027-03-01, a date in the future")


@pytest.mark.parametrize(("interview", "expected"), [
    ("2027-02-14", "source"),   # one source, newest: reported once, as the date standing in for `reviewed`
    ("2026-10-12", None),
])
def test_an_english_persona_without_review_date_gets_one_finding_per_future_date(tmp_path, monkeypatch, interview, expected):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = PERSONA_EN.replace("INTERVIEW_DATE", interview)
    found = run(tmp_path, monkeypatch, {"personas/tom.yaml": text}, "stale-review")
    if expected is None:
        assert found == []
    else:
        assert [where(f) for f in found] == [("personas/tom.yaml", *pos(text, interview))]
        assert found[0].message.startswith(f"newest source is from {interview}, a date in the future")


def test_a_future_source_date_of_a_journey_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = journey(JOURNEY_PL, "2027-03-31", "planned").replace("reviewed: 2026-11-20\n", "reviewed: 2026-11-20\nsources:\n"
                              "  - id: nagrania-czatu\n    type: support\n    date: 2027-01-31\n")
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "stale-review")
    assert [where(f) for f in found] == [("journeys/ola.yaml", *pos(text, "2027-01-31"))]
    assert "source 'nagrania-czatu' is dated 2027-01-31" in found[0].message


# --- overdue-opportunity (CX408) ------------------------------------------------------------------

JOURNEY_PL = """\
kind: journey
id: ola-zamawia-leki
name: Ola zamawia leki bez recepty
lang: pl
persona: ola-biegaczka
reviewed: 2026-11-20
stages:
  - id: wyszukiwanie
    name: Wyszukiwanie
    touchpoints: [{channel: web, description: Wyszukiwarka apteki}]
    emotion: -2
    barriers:
      - Wyszukiwarka nie znajduje leków po substancji czynnej
    opportunities:
      - action: Naprawić wyszukiwarkę leków po substancji czynnej
        owner: Zespół wyszukiwarki
        due: DUE_DATE
STATUS_LINE  - id: lojalnosc
    name: Lojalność
    touchpoints: [{channel: e-mail, description: Przypomnienie o kolejnym zamówieniu}]
    emotion: 1
"""

JOURNEY_EN = """\
kind: journey
id: tom-orders-repeat-prescription
name: Tom orders his repeat prescription
lang: en
persona: tom-baker-uk
reviewed: 2026-11-02
stages:
  - id: ordering
    name: Ordering
    touchpoints: [{channel: app, description: Repeat prescription screen}]
    emotion: -1
    pain_points: [The app logs him out before he can confirm the order]
    opportunities:
      - action: Keep the session alive for 30 minutes on the repeat prescription screen
        owner: Mobile team
        due: DUE_DATE
STATUS_LINE  - id: loyalty
    name: Loyalty
    touchpoints: [{channel: e-mail, description: Reminder a week before the pills run out}]
    emotion: 1
"""


def journey(template: str, due: str, status: str | None) -> str:
    return template.replace("DUE_DATE", due).replace("STATUS_LINE", f"        status: {status}\n" if status else "")


STATUSES = [None, "idea", "planned", "in-progress", "done"]


@pytest.mark.parametrize("template", [JOURNEY_PL, JOURNEY_EN], ids=["pl", "en"])
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("due", "overdue"), [
    ("2023-01-01", True),
    ("2026-12-04", True),    # yesterday
    ("2026-12-05", False),   # due today: not late yet
    ("2026-12-06", False),
    ("2027-03-31", False),
])
def test_overdue_opportunity_past_today_future_for_each_status(tmp_path, monkeypatch, template, status, due, overdue):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = journey(template, due, status)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "overdue-opportunity")
    fires = overdue and status != "done"
    line, col = pos(text, f"due: {due}")
    assert [where(f) for f in found] == ([("journeys/j.yaml", line, col + len("due: "))] if fires else [])
    if fires:
        f = found[0]
        assert (f.code, f.rule, f.severity) == ("CX408", "overdue-opportunity", Severity.info)
        state = f"is still '{status}'" if status else "is not marked done"
        assert f"was due {due} (" in f.message and f") and {state}; " in f.message
        assert f.message.endswith("set `status: done` if it is done, else give it a new due date")


@pytest.mark.parametrize(("due", "ago"), [
    ("2026-12-04", "1 day ago"),
    ("2026-11-05", "30 days ago"),
    ("2026-10-06", "60 days ago"),       # under two whole months: counted in days
    ("2026-10-05", "2 months ago"),
    ("2023-01-01", "47 months ago"),
])
def test_overdue_opportunity_says_how_long_ago_in_days_then_months(tmp_path, monkeypatch, due, ago):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = journey(JOURNEY_PL, due, "planned")
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "overdue-opportunity")
    assert [f.message for f in found] == [(
        f"opportunity 'Naprawić wyszukiwarkę leków po substancji czynnej' was due {due} ({ago}) and is still "
        "'planned'; set `status: done` if it is done, else give it a new due date"
    )]


def test_an_opportunity_without_a_due_date_is_not_overdue(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = journey(JOURNEY_PL, "2023-01-01", "planned").replace("        due: 2023-01-01\n", "")
    assert "due:" not in text
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "overdue-opportunity") == []


def test_each_overdue_opportunity_of_several_is_reported_at_its_own_due_date(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    text = journey(JOURNEY_PL, "2026-06-30", "in-progress").replace(
        "        status: in-progress\n",
        "        status: in-progress\n"
        "      - action: Dodać synonimy nazw handlowych do wyszukiwarki\n"
        "        owner: Zespół wyszukiwarki\n"
        "        due: 2026-11-30\n"
        "        status: done\n"
        "      - action: Pokazać zamienniki, gdy lek jest niedostępny\n"
        "        owner: Zespół katalogu\n"
        "        due: 2026-09-15\n",
    )
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "overdue-opportunity")
    assert [where(f) for f in found] == [
        ("journeys/j.yaml", *pos(text, "2026-06-30")),
        ("journeys/j.yaml", *pos(text, "2026-09-15")),
    ]


def test_overdue_opportunity_is_info_and_does_not_fail_the_run_unless_raised(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(journey(JOURNEY_EN, "2026-10-01", "in-progress"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX408"])
    assert result.exit_code == 0, result.output
    assert [(f["code"], f["severity"]) for f in json.loads(result.stdout)] == [("CX408", "info")]
    (tmp_path / "cxkit.toml").write_text('[rules.overdue-opportunity]\nseverity = "warning"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX408"])
    assert result.exit_code == 1
    assert [(f["code"], f["severity"]) for f in json.loads(result.stdout)] == [("CX408", "warning")]
