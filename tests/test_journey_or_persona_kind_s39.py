"""The schema (CX002) on a kind that names a journey and a persona's kind at once (session 39, review of
0b5eef99).

0b5eef99 asked of `kind: negative-journey` with no telling keys "is it a journey or a negative persona?",
and asked the same of `kind: persona-journey`, which names no negative persona at all.  And beside a
persona's keys (`goals:`) `negative-journey` was told "its keys say it is a persona": a negative persona has
a persona's keys too, and the word says negative (before 0b5eef99 it was "did you mean 'negative-persona'?").
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli


def lint(tmp_path, monkeypatch, text: str, config: str = "") -> list[tuple[int, int, str]]:
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "d.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


PERSONA_JOURNEY = """\
kind: persona-journey
id: ola-kupuje-rower-cargo
name: Ola kupuje rower cargo
"""


@pytest.mark.parametrize(("config", "message"), [
    ("", "unknown kind 'persona-journey'; is it a journey or a persona? write `kind: journey` or `kind: persona`"),
    ('lang = "pl"\n', "nieznany rodzaj „persona-journey”; to ścieżka czy persona? napisz `kind: journey` albo "
                      "`kind: persona`"),
])
def test_a_persona_journey_is_asked_journey_or_persona_s39(tmp_path, monkeypatch, config, message):
    assert lint(tmp_path, monkeypatch, PERSONA_JOURNEY, config) == [(1, 7, message)]


NEGATIVE_WITH_GOALS = """\
kind: negative-journey
id: nie-kupi-roweru-cargo
name: Marek, który nie kupi roweru cargo
goals:
  - Dojeżdżać do pracy w Gdańsku samochodem, bo wozi narzędzia
"""


@pytest.mark.parametrize(("config", "message"), [
    ("", "unknown kind 'negative-journey'; did you mean 'negative-persona'?"),
    ('lang = "pl"\n', "nieznany rodzaj „negative-journey”; czy chodziło o „negative-persona”?"),
])
def test_a_negative_journey_with_a_personas_keys_is_a_negative_persona_s39(tmp_path, monkeypatch, config, message):
    assert lint(tmp_path, monkeypatch, NEGATIVE_WITH_GOALS, config) == [(1, 7, message)]


def test_a_persona_journey_with_goals_is_still_told_by_its_keys_s39(tmp_path, monkeypatch):
    text = PERSONA_JOURNEY + "goals:\n  - Wozić dwoje dzieci do przedszkola bez samochodu\n"
    assert lint(tmp_path, monkeypatch, text) == [
        (1, 7, "unknown kind 'persona-journey'; its keys say it is a persona: did you mean 'persona'?")]
