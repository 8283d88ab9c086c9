"""Other words for a field name the field of the mapping they stand in (review of 4c1be94d, session 39).

`obstacles:` in a journey's stage is its `barriers` (what stops the customer going further), as `bariery:` and
`przeszkody:` are there, not its `pain_points`, which `cxkit fmt --fix` would have renamed it to; in a persona,
which has no barriers, it stays `pain_points`.  `hobbies:` at the top of a persona is told
`psychographics.interests`, as `hobby:` is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import enter_in_language

STAGE = ("kind: journey\nid: krem-z-filtrem\nname: Kasia kupuje krem z filtrem\npersona: kasia\nlang: {lang}\n"
         "stages:\n  - id: koszyk\n    name: Koszyk\n    {key}:\n      - Koszt dostawy widać dopiero przy płatności\n")
PERSONA = "kind: persona\nid: kasia\nname: Kasia Zielińska\nlang: {lang}\n{key}:\n  - Bieganie po Cytadeli w soboty\n"


@pytest.fixture(params=["pl", "en"])
def lang(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return enter_in_language(tmp_path, monkeypatch, request.param, ("personas", "journeys"))


def schema_line(path: str) -> str:
    result = run_cli("lint", "--select", "schema", path)
    [line] = [line for line in result.stdout.splitlines() if "[schema]" in line]
    return line


@pytest.mark.parametrize("key", ["obstacles", "przeszkody", "bariery"])
def test_a_stages_obstacles_are_its_barriers(lang: str, key: str) -> None:
    path = Path("journeys/j.yaml")
    path.write_text(STAGE.format(lang=lang, key=key), encoding="utf-8")
    line = schema_line("journeys/j.yaml")
    assert ("`barriers`" in line or "'barriers'" in line) and "pain_points" not in line, line
    assert run_cli("fmt", "--fix", "journeys/j.yaml").exit_code == 0
    assert "\n    barriers:\n      - Koszt dostawy" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", ["obstacles", "challenges"])
def test_guard_a_personas_obstacles_are_its_pain_points(lang: str, key: str) -> None:
    Path("personas/p.yaml").write_text(PERSONA.format(lang=lang, key=key), encoding="utf-8")
    line = schema_line("personas/p.yaml")
    assert "`pain_points`" in line or "'pain_points'" in line, line


def test_hobbies_at_the_top_of_a_persona_are_its_interests(lang: str) -> None:
    Path("personas/p.yaml").write_text(PERSONA.format(lang=lang, key="hobbies"), encoding="utf-8")
    line = schema_line("personas/p.yaml")
    assert "`psychographics.interests`" in line or "'psychographics.interests'" in line, line
