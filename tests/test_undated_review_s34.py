"""A missing date fails a gate as an old one does (session 34, tester35's H-2).

A journey map last reviewed in 2022 failed CI with stale-review (CX303, warning); deleting its
`reviewed:` line made it pass, with only missing-review-date (CX304, info).  A document with no date
at all (no `reviewed`, no dated source; for a persona, sources without dates) is now stale-review's:
a warning, told once (CX304 leaves it to CX303 while that rule is in force for it), and `undated =
false` in `[rules.stale-review]` gives the old behaviour.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from lint_cli_helpers import ws  # noqa: F401  (the fixture)

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
{reviewed}stages:
  - id: zakup
    name: Zakup
    emotion: -1
    feeling: Niepewność, czy kurier zdąży przed weekendem
"""

JOURNEY_EN = """\
kind: journey
id: priya-renews
name: Priya renews her home insurance
persona: priya
lang: en
{reviewed}stages:
  - id: renewal
    name: Renewal
    emotion: -1
    feeling: Annoyed that the renewal price rose by £86 with no claim made
"""

PERSONA_UNDATED_SOURCES = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Poznaniu w październiku poniżej 1:55
sources:
  - id: rozmowy-w-sklepie
    type: interview
    n: 12
"""


def lint(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "--select", "CX3", *args],
                                env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def short(findings: list[dict]) -> list[tuple[str, int, int, str, str]]:
    return [(Path(f["path"]).name, f["line"], f["column"], f["code"], f["severity"]) for f in findings]


@pytest.mark.parametrize("template", [JOURNEY_PL, JOURNEY_EN], ids=["pl", "en"])
def test_deleting_an_old_date_no_longer_passes_the_gate(ws: Path, template: str) -> None:
    (ws / "old.yaml").write_text(template.format(reviewed="reviewed: 2022-01-10\n"), encoding="utf-8")
    (ws / "none.yaml").write_text(template.format(reviewed=""), encoding="utf-8")
    code, findings = lint("old.yaml")
    assert code == 1 and short(findings) == [("old.yaml", 6, 11, "CX303", "warning")]
    code, findings = lint("none.yaml")
    assert code == 1, "a map with no date must fail where one with an old date does"
    assert short(findings) == [("none.yaml", 2, 1, "CX303", "warning")]
    assert findings[0]["message"] == (
        "no `reviewed` date and no dated source, so how old this journey map is cannot be told: it counts as "
        "stale; add the date it was last checked against research (reviewed: YYYY-MM-DD)")


def test_an_empty_reviewed_key_is_where_the_finding_sits(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_PL.format(reviewed="reviewed:\n"), encoding="utf-8")
    code, findings = lint("j.yaml")
    assert code == 1 and short(findings) == [("j.yaml", 6, 1, "CX303", "warning")]


def test_a_persona_whose_sources_have_no_date_is_stale_too(ws: Path) -> None:
    (ws / "p.yaml").write_text(PERSONA_UNDATED_SOURCES, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert code == 1 and short(findings) == [("p.yaml", 2, 1, "CX303", "warning")]
    assert "how old this persona is cannot be told" in findings[0]["message"]


def test_a_persona_without_sources_is_left_to_missing_sources(ws: Path) -> None:
    text = PERSONA_UNDATED_SOURCES.split("sources:")[0]
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert sorted((f["code"], f["severity"]) for f in findings) == [("CX301", "warning"), ("CX304", "info")]


def test_a_dated_source_stands_in_for_reviewed_as_before(ws: Path) -> None:
    text = PERSONA_UNDATED_SOURCES.replace("    n: 12\n", "    n: 12\n    date: 2026-09-01\n")
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("p.yaml")
    assert code == 0 and short(findings) == [("p.yaml", 2, 1, "CX304", "info")]


def test_undated_false_keeps_the_old_behaviour(ws: Path) -> None:
    (ws / "cxkit.toml").write_text("[rules.stale-review]\nundated = false\n", encoding="utf-8")
    (ws / "none.yaml").write_text(JOURNEY_EN.format(reviewed=""), encoding="utf-8")
    code, findings = lint("none.yaml")
    assert code == 0 and short(findings) == [("none.yaml", 2, 1, "CX304", "info")]


def test_with_stale_review_off_missing_review_date_speaks_again(ws: Path) -> None:
    (ws / "none.yaml").write_text(JOURNEY_PL.format(reviewed=""), encoding="utf-8")
    code, findings = lint("none.yaml", "--ignore", "stale-review")
    assert code == 0 and short(findings) == [("none.yaml", 2, 1, "CX304", "info")]
    # Silenced in the file, stale-review is not in force there either.
    text = JOURNEY_PL.format(reviewed="").replace("kind: journey\n", "kind: journey\n# cxkit: disable-file=stale-review\n")
    (ws / "none.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("none.yaml")
    assert code == 0 and short(findings) == [("none.yaml", 3, 1, "CX304", "info")]


def test_a_retired_map_needs_no_date(ws: Path) -> None:
    text = JOURNEY_EN.format(reviewed="status: retired\n")
    (ws / "none.yaml").write_text(text, encoding="utf-8")
    code, findings = lint("none.yaml")
    assert code == 0 and short(findings) == [("none.yaml", 2, 1, "CX304", "info")]
