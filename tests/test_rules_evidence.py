"""Evidence rules: missing-sources, unknown-source, stale-review and missing-review-date."""

from __future__ import annotations

import json

import pytest

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.finding import Severity
from rule_helpers import pos, run, where, write  # noqa: F401


PERSONA_PL = """\
kind: persona
id: pawel-audiofil
name: Paweł
lang: pl
goals:
  - text: Słuchać muzyki po 22:00 bez budzenia partnerki
    sources: [wywiady-2026-09]
pain_points:
  - text: Sklepy nie podają impedancji ani czułości
    sources: [wywiady-2026-09, ankieta-2026-08]
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
    n: 9
  - id: ankieta-2026-08
    type: survey
    date: 2026-08-20
    n: 412
reviewed: 2026-10-01
"""

PERSONA_EN = """\
kind: persona
id: dan-heating
name: Dan
lang: en
goals:
  - text: Quote a boiler replacement on the first visit
    sources: [ride-alongs-2026]
sources:
  - id: ride-alongs-2026
    type: interview
    date: 2026-05-12
    n: 6
reviewed: 2026-06-01
"""


# --- missing-sources (CX301) -----------------------------------------------------------------


def test_missing_sources_fires_at_id_when_a_polish_persona_has_no_sources_key(tmp_path, monkeypatch):
    text = """\
    kind: persona
    id: ola-biegaczka
    name: Ola Nowak
    lang: pl
    goals:
      - Przebiec półmaraton poniżej 2 godzin
    """
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "missing-sources")
    assert [where(f) for f in found] == [("personas/ola.yaml", 2, 1)]
    f = found[0]
    assert (f.code, f.severity) == ("CX301", Severity.warning)
    assert "no sources" in f.message and "assumptions" in f.message and "interviews" in f.message


def test_missing_sources_fires_at_an_empty_sources_list_of_an_english_negative_persona(tmp_path, monkeypatch):
    text = """\
    kind: negative-persona
    id: bargain-hunter
    name: Bargain hunter
    lang: en
    reasons:
      - Will not pay for anything a free app does badly
    sources: []
    """
    found = run(tmp_path, monkeypatch, {"personas/bargain.yaml": text}, "missing-sources")
    assert [where(f) for f in found] == [("personas/bargain.yaml", *pos(text, "sources: []"))]


def test_missing_sources_quiet_with_sources(tmp_path, monkeypatch):
    files = {"personas/pawel.yaml": PERSONA_PL, "personas/dan.yaml": PERSONA_EN}
    assert run(tmp_path, monkeypatch, files, "missing-sources") == []


def test_missing_sources_does_not_apply_to_journeys(tmp_path, monkeypatch):
    journey = """\
    kind: journey
    id: pawel-kupuje
    name: Paweł kupuje słuchawki
    lang: pl
    persona: pawel-audiofil
    stages:
      - id: zakup
        name: Zakup
    """
    assert run(tmp_path, monkeypatch, {"journeys/pawel.yaml": journey}, "missing-sources") == []


# --- unknown-source (CX302) ------------------------------------------------------------------


def test_unknown_source_fires_at_the_cited_id_pl(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("sources: [wywiady-2026-09, ankieta-2026-08]", "sources: [wywiady-2026-09, ankieta-2025]")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "unknown-source")
    assert [where(f) for f in found] == [("personas/pawel.yaml", *pos(text, "ankieta-2025"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX302", Severity.error)
    assert "'ankieta-2025'" in f.message and "not defined" in f.message
    assert "ankieta-2026-08, wywiady-2026-09" in f.message  # what is defined, to pick from


def test_unknown_source_fires_for_each_bad_citation_in_english(tmp_path, monkeypatch):
    text = """\
    kind: persona
    id: rosa-freelancer
    name: Rosa
    lang: en
    psychographics:
      attitudes:
        - text: Distrusts any tool that wants her bank login
          sources: [survey-2025]
    behaviours:
      - text: Sends invoices from her phone on the train
        sources:
          - diary-study
          - interviews-2026
    sources:
      - id: interviews-2026
        type: interview
    """
    found = run(tmp_path, monkeypatch, {"personas/rosa.yaml": text}, "unknown-source")
    assert [where(f) for f in found] == [
        ("personas/rosa.yaml", *pos(text, "survey-2025")),
        ("personas/rosa.yaml", *pos(text, "diary-study")),
    ]


def test_unknown_source_when_the_file_defines_none(tmp_path, monkeypatch):
    text = """\
    kind: negative-persona
    id: janusz-okazja
    name: Janusz
    lang: pl
    reasons:
      - text: Kupuje pod wpływem impulsu przy kasie
        sources: [dane-sprzedazowe]
    """
    found = run(tmp_path, monkeypatch, {"personas/janusz.yaml": text}, "unknown-source")
    assert [(f.line, f.column) for f in found] == [pos(text, "dane-sprzedazowe")]
    assert "none are defined" in found[0].message


def test_unknown_source_quiet_when_every_citation_resolves(tmp_path, monkeypatch):
    files = {"personas/pawel.yaml": PERSONA_PL, "personas/dan.yaml": PERSONA_EN}
    assert run(tmp_path, monkeypatch, files, "unknown-source") == []


def test_unknown_source_looks_in_this_file_only(tmp_path, monkeypatch):
    # Another persona defines ride-alongs-2026; a citation must resolve in its own file.
    text = """\
    kind: persona
    id: ania-heating
    name: Ania
    lang: en
    goals:
      - text: Quote a heat pump on the first visit
        sources: [ride-alongs-2026]
    sources:
      - id: office-survey-2026
        type: survey
    """
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": PERSONA_EN, "personas/ania.yaml": text}, "unknown-source")
    assert [where(f) for f in found] == [("personas/ania.yaml", *pos(text, "ride-alongs-2026"))]


# --- stale-review (CX303) --------------------------------------------------------------------


def test_stale_review_fires_on_an_old_reviewed_date_pl(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2027-12-01")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PERSONA_PL}, "stale-review")
    assert [where(f) for f in found] == [("personas/pawel.yaml", *pos(PERSONA_PL, "2026-10-01"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX303", Severity.warning)
    assert "last reviewed 2026-10-01" in f.message and "14 months ago" in f.message and "limit 12" in f.message


def test_stale_review_quiet_on_a_recent_review(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2027-03-15")
    files = {"personas/pawel.yaml": PERSONA_PL, "personas/dan.yaml": PERSONA_EN}
    assert run(tmp_path, monkeypatch, files, "stale-review") == []


def test_stale_review_boundary_is_strictly_older_than_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2027-10-01")  # exactly 12 months after the review
    assert run(tmp_path, monkeypatch, {"personas/pawel.yaml": PERSONA_PL}, "stale-review") == []
    monkeypatch.setenv("CXKIT_TODAY", "2027-10-02")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PERSONA_PL}, "stale-review")
    assert len(found) == 1 and "12 months ago" in found[0].message


@pytest.mark.parametrize("reviewed", ["9999-06-01", "9999-12-31", "9998-12-31"])
def test_stale_review_of_a_date_near_the_calendars_end_is_a_future_date_not_a_crash(tmp_path, monkeypatch, reviewed):
    # Twelve months after it lies past year 9999, which Python's dates do not reach.
    text = PERSONA_PL.replace("reviewed: 2026-10-01", f"reviewed: {reviewed}")
    assert f"reviewed: {reviewed}" in text
    for options in ({"max-age-months": 1200}, {}):
        found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "stale-review", **options)
        assert [where(f) for f in found] == [("personas/pawel.yaml", *pos(text, reviewed))]
        assert f"last reviewed {reviewed}, a date in the future" in found[0].message


@pytest.mark.parametrize(("today", "reviewed", "fires"), [
    ("2026-11-23", "2062-11-01", True),   # a typo for 2026: quiet until 2063 otherwise
    ("2026-11-23", "2026-11-25", True),
    ("2026-11-23", "2026-11-24", False),  # a day of slack: east of the run's clock it is tomorrow already
    ("2026-11-23", "2026-11-23", False),
])
def test_stale_review_reports_a_review_date_in_the_future(tmp_path, monkeypatch, today, reviewed, fires):
    monkeypatch.setenv("CXKIT_TODAY", today)
    text = PERSONA_PL.replace("reviewed: 2026-10-01", f"reviewed: {reviewed}")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "stale-review")
    assert [where(f) for f in found] == ([("personas/pawel.yaml", *pos(text, reviewed))] if fires else [])
    if fires:
        assert f"(today is {today})" in found[0].message


@pytest.mark.parametrize("pinned", ["2026-13-01", "garbage", "23.11.2026", "20261101", "2026-W45-1"])
def test_a_cxkit_today_that_is_no_date_stops_the_run(tmp_path, monkeypatch, pinned):
    # A pinned, reproducible run must not quietly use the real date.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "pawel.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", pinned)
    for args in (("lint", "--no-cache"), ("lint",)):
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == 2, result.output
        assert f"cxkit: CXKIT_TODAY='{pinned}' is not a date; write it as YYYY-MM-DD" in result.stderr


def test_a_rule_that_fails_on_one_document_is_an_error_there_and_the_run_goes_on(tmp_path, monkeypatch):
    from cxkit.lint.rules.evidence import StaleReview

    def broken(self, doc):  # noqa: ANN001, ANN202
        if "pawel" in doc.path:
            raise ValueError("year 10000 is out of range")
        yield from original(self, doc)

    original = StaleReview.check
    monkeypatch.setattr(StaleReview, "check", broken)
    monkeypatch.setenv("CXKIT_TODAY", "2027-12-01")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PERSONA_PL, "personas/dan.yaml": PERSONA_EN}, "stale-review")
    assert [(f.path, f.line, f.column, f.code, f.severity) for f in found] == [
        ("personas/dan.yaml", *pos(PERSONA_EN, "2026-06-01"), "CX303", Severity.warning),
        ("personas/pawel.yaml", *pos(PERSONA_PL, "kind"), "CX303", Severity.error),
    ]
    assert found[1].message.startswith("cxkit failed while checking this rule here (ValueError: year 10000 is out of range)")


def test_a_workspace_rule_that_fails_is_an_error_and_the_other_rules_still_report(tmp_path, monkeypatch):
    from cxkit.config import Config
    from cxkit.lint.engine import Selection, lint
    from cxkit.lint.rules.core import DuplicateId

    def broken(self, index):  # noqa: ANN001, ANN202
        raise KeyError("persona")
        yield  # a generator, as the real one is

    monkeypatch.setattr(DuplicateId, "check_workspace", broken)
    monkeypatch.setenv("CXKIT_TODAY", "2027-12-01")
    write(tmp_path, {"personas/pawel.yaml": PERSONA_PL, "cxkit.toml": ""})
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path, source=tmp_path / "cxkit.toml"), Selection(select=("duplicate-id", "stale-review"))).findings
    assert [(f.path, f.line, f.code, f.severity) for f in found] == [
        ("cxkit.toml", 1, "CX003", Severity.error),
        ("personas/pawel.yaml", pos(PERSONA_PL, "2026-10-01")[0], "CX303", Severity.warning),
    ]
    assert "failed while checking this rule across the workspace (KeyError: 'persona')" in found[0].message


def test_a_document_that_cannot_be_indexed_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    from cxkit.lint import engine

    def broken(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(engine, "summarize", broken)
    monkeypatch.setenv("CXKIT_TODAY", "2027-12-01")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PERSONA_PL}, "stale-review")
    assert [(f.code, f.severity) for f in found] == [("CX002", Severity.error), ("CX303", Severity.warning)]
    assert "failed while indexing this document for the workspace rules (RecursionError" in found[0].message


def test_stale_review_max_age_months_option_en(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-10-15")  # four and a half months after 2026-06-01
    assert run(tmp_path, monkeypatch, {"personas/dan.yaml": PERSONA_EN}, "stale-review") == []
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": PERSONA_EN}, "stale-review", **{"max-age-months": 3})
    assert [where(f) for f in found] == [("personas/dan.yaml", *pos(PERSONA_EN, "2026-06-01"))]
    assert "4 months ago (limit 3 months)" in found[0].message


def test_stale_review_uses_the_newest_source_date_when_reviewed_is_absent(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("reviewed: 2026-10-01\n", "")
    monkeypatch.setenv("CXKIT_TODAY", "2027-11-01")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "stale-review")
    # The interviews (2026-09-14) are newer than the survey (2026-08-20): they set the age.
    assert [where(f) for f in found] == [("personas/pawel.yaml", *pos(text, "2026-09-14"))]
    assert "newest source is from 2026-09-14" in found[0].message and "13 months ago" in found[0].message
    monkeypatch.setenv("CXKIT_TODAY", "2027-09-01")
    assert run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "stale-review") == []


def test_stale_review_on_an_english_journey(tmp_path, monkeypatch):
    journey = """\
    kind: journey
    id: dan-orders-parts
    name: Dan orders boiler parts
    lang: en
    persona: dan-heating
    reviewed: 2025-01-20
    stages:
      - id: order
        name: Order
    """
    monkeypatch.setenv("CXKIT_TODAY", "2026-10-01")
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": journey}, "stale-review")
    assert [where(f) for f in found] == [("journeys/dan.yaml", 6, 11)]
    assert "20 months ago" in found[0].message


def test_stale_review_without_any_date_counts_it_stale(tmp_path, monkeypatch):
    text = """\
    kind: persona
    id: ola
    name: Ola
    lang: pl
    sources:
      - id: rozmowy-w-sklepie
        type: interview
    """
    monkeypatch.setenv("CXKIT_TODAY", "2030-01-01")
    # A missing date fails as an old one does (session 34); `undated = false` is quiet as before.
    [found] = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "stale-review")
    assert (found.line, found.column, found.code) == (2, 1, "CX303")
    assert "how old this persona is cannot be told" in found.message
    assert run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "stale-review", undated=False) == []


def test_stale_review_max_age_months_from_config_file(tmp_path, monkeypatch):
    write(tmp_path, {"cxkit.toml": "[rules.stale-review]\nmax-age-months = 6\n", "personas/dan.yaml": PERSONA_EN})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2027-01-15")
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--select", "stale-review"])
    assert result.exit_code == 1
    assert [(f["rule"], f["line"]) for f in json.loads(result.stdout)] == [("stale-review", pos(PERSONA_EN, "reviewed")[0])]


def test_stale_review_unknown_option_is_a_config_error(tmp_path, monkeypatch):
    write(tmp_path, {"cxkit.toml": "[rules.stale-review]\nmax-age = 6\n", "personas/dan.yaml": PERSONA_EN})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--format", "json"])
    assert result.exit_code == 2
    assert "stale-review" in result.stderr and "'max-age'" in result.stderr and "max-age-months" in result.stderr


# --- missing-review-date (CX304) -------------------------------------------------------------


def test_missing_review_date_fires_at_id_on_a_polish_journey(tmp_path, monkeypatch):
    journey = """\
    kind: journey
    id: ola-kupuje-buty
    name: Ola kupuje buty do biegania
    lang: pl
    persona: ola-biegaczka
    stages:
      - id: zakup
        name: Zakup
    """
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": journey}, "missing-review-date")
    assert [where(f) for f in found] == [("journeys/ola.yaml", 2, 1)]
    f = found[0]
    assert (f.code, f.severity) == ("CX304", Severity.info)
    assert "`reviewed`" in f.message


def test_missing_review_date_fires_on_an_english_persona_and_quiets_with_a_date(tmp_path, monkeypatch):
    text = PERSONA_EN.replace("reviewed: 2026-06-01\n", "")
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": text}, "missing-review-date")
    assert [where(f) for f in found] == [("personas/dan.yaml", 2, 1)]
    assert run(tmp_path, monkeypatch, {"personas/dan.yaml": PERSONA_EN}, "missing-review-date") == []


def test_missing_review_date_fires_at_a_reviewed_key_left_empty(tmp_path, monkeypatch):
    # `reviewed:` with nothing after it means "not given": the finding sits where the date goes.
    text = PERSONA_PL.replace("reviewed: 2026-10-01\n", "reviewed:  # po warsztacie z działem obsługi\n")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "missing-review-date")
    assert [where(f) for f in found] == [("personas/pawel.yaml", *pos(text, "reviewed:"))]
    assert pos(text, "reviewed:") == (20, 1)


def test_missing_review_date_quiet_on_a_reviewed_polish_persona(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/pawel.yaml": PERSONA_PL}, "missing-review-date") == []


def test_missing_review_date_is_info_and_does_not_fail_the_run(tmp_path, monkeypatch):
    write(tmp_path, {"personas/dan.yaml": PERSONA_EN.replace("reviewed: 2026-06-01\n", "")})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--select", "missing-review-date"])
    assert result.exit_code == 0
    assert [f["severity"] for f in json.loads(result.stdout)] == ["info"]


def test_a_source_date_in_the_future_asks_for_the_date_of_the_research(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    text = PERSONA_PL.replace("reviewed: 2026-10-01\n", "").replace("2026-09-14", "2062-09-14")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": text}, "stale-review")
    assert len(found) == 1
    assert "newest source is from 2062-09-14, a date in the future" in found[0].message
    assert found[0].message.endswith("write the date the research was done")


@pytest.mark.parametrize("command", [("init", ".", "--lang", "pl"), ("new", "persona", "Ola Nowak", "--no-input")])
def test_documents_cxkit_writes_are_dated_by_the_pinned_day(tmp_path, monkeypatch, command):
    # A pinned CXKIT_TODAY in the past made every document `init` or `new` had just written "reviewed
    # in the future": they took the real date.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-01-15")
    assert CliRunner().invoke(app, list(command)).exit_code == 0
    written = [p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.yaml") if "personas" in p.parts]
    assert written and all("reviewed: 2026-01-15" in text for text in written if "reviewed:" in text)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "stale-review"])
    # A new persona's template source has no date: stale for want of one (session 34), never "in the future".
    assert result.exit_code in (0, 1) and "in the future" not in result.output, result.output
