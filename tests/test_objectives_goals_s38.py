"""`objectives:` (a brief's or an OKR deck's word) is told to be a persona's `goals` and a journey's `goal`
(session 38, tester41's L9): it was an unknown field with only the advice to keep it as an `x-` key."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

PRIYA = """\
kind: persona
id: priya-nurse
name: Priya Sharma
objectives:
  - Cut data entry per asthma review from 6 minutes to 2 by importing peak-flow readings
pain_points:
  - Re-keys peak-flow numbers that 1 in 3 patients bring on a paper diary; about 90 minutes a week
"""

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
objective: Kupić buty do półmaratonu poniżej 600 zł przed marcem
stages:
  - id: awareness
    name: Świadomość
    emotion: 0
"""


def schema(findings: list[dict]) -> list[tuple[int, str]]:
    return [(f["line"], f["message"]) for f in findings if f["code"] == "CX002"]


def test_objectives_of_a_persona_is_goals_s38(ws: Path) -> None:
    (ws / "p.yaml").write_text(PRIYA, encoding="utf-8")
    assert schema(lint("p.yaml")[1]) == [(4, "unknown field 'objectives'; did you mean 'goals'?")]
    # and fmt --fix renames it, the list kept
    result = CliRunner().invoke(app, ["fmt", "--fix", "p.yaml"])
    assert result.exit_code == 0, result.output
    text = (ws / "p.yaml").read_text(encoding="utf-8")
    assert "goals:\n  - Cut data entry per asthma review" in text and "objectives" not in text
    assert schema(lint("p.yaml")[1]) == []


def test_objective_of_a_polish_journey_is_goal_in_polish_s38(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    assert schema(lint("j.yaml")[1]) == [(5, "nieznane pole `objective`; czy chodziło o `goal`?")]


def test_a_persona_with_goals_beside_objectives_is_told_to_merge_s38(ws: Path) -> None:
    # Beside a `goals:` list, the key is still a near miss of it (to merge), not an author's own key.
    (ws / "p.yaml").write_text(PRIYA + "goals:\n  - Finish her clinic list by 17:00 on Tuesdays\n", encoding="utf-8")
    [(line, message)] = schema(lint("p.yaml")[1])
    assert line == 4 and "merge the two into 'goals'" in message
