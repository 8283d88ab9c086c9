"""A document with a schema error is still read by the rules that do not need the part the error is
about (session 35, tester35's L-5).  Before, one error (`age: ok. 35`, a date with no such day) stopped
every rule that needs a valid document, so an author who fixed it met a new wave of findings.  Now those
rules run on the rest, each only when it read none of the fields the errors touch: no finding says a
value is missing, or counts traits, because the value was left out."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from lint_cli_helpers import ws  # noqa: F401  (the fixture)

PERSONA_PL = """\
kind: persona
id: marta-biegaczka
name: Marta
lang: pl
reviewed: 2026-13-05
demographics:
  age: ok. 35
  location: duże miasto
goals:
  - Zależy jej na dobrej cenie
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w październiku
pain_points:
  - Mieszka w dużym mieście
sources:
  - id: wywiady-2026
    type: interview
    n: 8
"""

PERSONA_EN = """\
kind: persona
id: priya
name: Priya
lang: en
reviewed: 2026-10-05
demographics:
  age: mid-30s
  location: a big city
goals:
  - Wants good value for money
  - Renews her home insurance the week the letter comes, on her phone after the school run
pain_points:
  - Hidden fees
sources:
  - id: interviews-2026
    type: interview
    n: 9
"""

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-02-30
stages:
  - id: rozwazanie
    name: Rozważanie
    touchpoints: [Strona sklepu]
    emotion: 0
  - id: zakup
    name: Zakup
    touchpoints: [Aplikacja]
    barriers: [Brak płatności BLIK]
"""


def lint(*args: str) -> tuple[int, list[tuple[int, str, str]]]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "--ignore", "CX201,CX004", *args],
                                env={"COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, [(f["line"], f["code"], f["message"]) for f in json.loads(result.stdout)]


def codes(findings: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    return [(line, code) for line, code, _ in findings]


def test_a_bad_date_and_age_leave_the_polish_traits_to_be_read(ws: Path) -> None:
    (ws / "p.yaml").write_text(PERSONA_PL, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert code == 1
    assert codes(findings) == [(5, "CX002"), (7, "CX002"), (8, "CX101"), (10, "CX101"), (13, "CX101")]
    assert findings[3][2].startswith('"dobrej cenie" describes almost anyone')
    # What the fixed document gets, but for the review date's rules: nothing new after the fix but
    # what the fixed values themselves say.
    fixed = PERSONA_PL.replace("2026-13-05", "2026-10-05").replace("ok. 35", "35")
    (ws / "p.yaml").write_text(fixed, encoding="utf-8")
    assert codes(lint("p.yaml")[1]) == [(8, "CX101"), (10, "CX101"), (13, "CX101")]


def test_no_missing_review_date_for_a_date_left_out(ws: Path) -> None:
    (ws / "p.yaml").write_text(PERSONA_PL, encoding="utf-8")
    code, findings = lint("--select", "CX3,CX002", "p.yaml")
    assert codes(findings) == [(5, "CX002"), (7, "CX002")], "the bad date is not read as no date (CX304, CX303)"


def test_english_age_left_out_the_rest_checked(ws: Path) -> None:
    (ws / "p.yaml").write_text(PERSONA_EN, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert codes(findings) == [(7, "CX002"), (8, "CX101"), (10, "CX101"), (13, "CX101")]
    assert findings[1][2].startswith('location "a big city" is a category')


def test_a_journey_with_a_bad_review_date_gets_its_stage_findings(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    code, findings = lint("j.yaml")
    assert codes(findings) == [(6, "CX002"), (12, "CX401"), (12, "CX404"), (12, "CX405")]
    assert findings[1][2] == "stage 'zakup' has no emotion; score it from -2 (very negative) to +2 (very positive)"


def test_an_error_inside_a_stage_keeps_the_stage_rules_off(ws: Path) -> None:
    text = JOURNEY_PL.replace("2026-02-30", "2026-02-10") + (
        "    opportunities:\n      - action: Włączyć BLIK\n        owner: Zespół płatności\n        due: 2027-02-30\n")
    (ws / "j.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("j.yaml")
    assert codes(findings) == [(19, "CX002")], "the stages are what the error touches: no stage rule reads them"


def test_a_key_that_stands_for_a_field_keeps_its_readers_off(ws: Path) -> None:
    # `frustrations` stands for `pain_points`: read without it, the persona would have "no pain points"
    # (demographics-only) and fewer traits to count; neither is said.
    text = ("kind: persona\nid: jan\nname: Jan\nlang: pl\nreviewed: 2026-10-05\n"
            "demographics:\n  location: Lublin, Czechów\n"
            "frustrations:\n  - Kolejka w aptece przy Zana w sobotę rano\n"
            "sources:\n  - id: wywiady\n    type: interview\n    n: 6\n")
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert codes(findings) == [(8, "CX002")]
    # A key near no field (`notatki`) touches none (s37): its error says to keep it as an `x-` key, and the
    # rest is read as the English test above reads it, one line down.
    (ws / "p.yaml").write_text(PERSONA_EN.replace("reviewed: 2026-10-05\n", "reviewed: 2026-10-05\nnotatki: x\n"),
                               encoding="utf-8")
    code, findings = lint("p.yaml")
    assert codes(findings) == [(6, "CX002"), (8, "CX002"), (9, "CX101"), (11, "CX101"), (14, "CX101")]


def test_a_finding_on_the_rest_is_silenced_as_any_other(ws: Path) -> None:
    text = PERSONA_PL.replace("  - Zależy jej na dobrej cenie\n",
                              "  - Zależy jej na dobrej cenie  # cxkit: disable=pseudo-profiling\n")
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert codes(findings) == [(5, "CX002"), (7, "CX002"), (8, "CX101"), (13, "CX101")]
