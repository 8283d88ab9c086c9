"""journey-without-sources (CX305, opt-in): a map's source that says it is no research is told as
missing-sources (CX301) tells a persona's (session 39).

Before, any source quieted CX305, even `type: other` whose note says it is the team's assumptions from a
workshop, while the same source in a persona got CX301's "is an assumption".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assumed_source_helpers import ASSUMED, JOURNEY, PERSONA, RESEARCH
from lint_cli_helpers import lint, ws  # noqa: F401  (ws: the fixture)

def _found(*args: str) -> list[tuple[int, str, str]]:
    code, findings = lint("--select", "CX301,CX305", *args)
    return [(f["line"], f["code"], f["message"]) for f in findings]


@pytest.mark.parametrize(("note", "words"), [
    ("Założenia zespołu z warsztatu", "Założenia"),
    ("Our assumptions from the kick-off workshop", "assumptions"),
])
def test_an_assumed_source_alone_is_told_as_a_personas_is_s39(ws: Path, note: str, words: str) -> None:
    source = ASSUMED.format(note=note)
    (ws / "j.yaml").write_text(JOURNEY.format(sources=source), encoding="utf-8")
    (ws / "p.yaml").write_text(PERSONA.format(sources=source), encoding="utf-8")
    found = _found("j.yaml", "p.yaml")
    assert [(line, code) for line, code, _ in found] == [(10, "CX305"), (9, "CX301")]
    journey, persona = found[0][2], found[1][2]
    assert journey.startswith(f"source 'warsztat-zespolu' is an assumption, not research (its note says '{words}")
    assert "and this journey map has no other source" in journey
    # the same reading of the same source: the words before the advice are the persona's
    assert journey.split(", and this")[0] == persona.split(", and this")[0]


def test_an_assumed_source_beside_research_is_told_to_leave_s39(ws: Path) -> None:
    sources = RESEARCH + ASSUMED.format(note="Założenia zespołu z warsztatu")
    (ws / "j.yaml").write_text(JOURNEY.format(sources=sources), encoding="utf-8")
    found = _found("j.yaml")
    assert [(line, code) for line, code, _ in found] == [(14, "CX305")]
    assert found[0][2].endswith("; leave it out of `sources`, or test it in interviews or data and cite those")


def test_research_and_a_tested_hypothesis_are_quiet_s39(ws: Path) -> None:
    tested = ASSUMED.format(note="Hipotezy zespołu sprawdzone w 11 wywiadach z klientkami")
    (ws / "a.yaml").write_text(JOURNEY.format(sources=RESEARCH), encoding="utf-8")
    (ws / "b.yaml").write_text(JOURNEY.format(sources=tested).replace("id: ania-bierze-kredyt", "id: ania-b"),
                               encoding="utf-8")
    assert _found("a.yaml", "b.yaml") == []


def test_in_a_polish_workspace_it_is_told_in_polish_s39(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "j.yaml").write_text(JOURNEY.format(sources=ASSUMED.format(note="Założenia zespołu z warsztatu")),
                               encoding="utf-8")
    found = _found("j.yaml")
    assert [(line, code) for line, code, _ in found] == [(10, "CX305")]
    assert found[0][2].startswith("źródło „warsztat-zespolu” to założenie, a nie badanie")
    assert "a ta mapa podróży nie ma innego źródła" in found[0][2]
