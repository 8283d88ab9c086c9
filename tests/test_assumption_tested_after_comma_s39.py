"""missing-sources (CX301) and journey-without-sources (CX305): an assumption said to be tested right after a
comma is research (session 39, review of ecb13f47).

ecb13f47 made CX305 read a map's sources as CX301 reads a persona's.  Both read "Założenia zespołu
zweryfikowane w 12 wywiadach" as tested, but not "Założenia zespołu, zweryfikowane w 12 wywiadach z
klientami" nor "Team assumptions, tested in 10 interviews in March": a comma ended the clause before the
result.  A word of a result right after the comma is read now; denied ("…, nie zweryfikowane", "…, not yet
tested") it is still an assumption.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assumed_source_helpers import ASSUMED, JOURNEY, PERSONA
from lint_cli_helpers import lint, ws  # noqa: F401  (ws: the fixture)

def _found(ws: Path, note: str) -> list[tuple[str, int, str]]:
    source = ASSUMED.format(note=f'"{note}"')
    (ws / "j.yaml").write_text(JOURNEY.format(sources=source), encoding="utf-8")
    (ws / "p.yaml").write_text(PERSONA.format(sources=source), encoding="utf-8")
    _code, findings = lint("--select", "CX301,CX305", "j.yaml", "p.yaml")
    return [(f["path"], f["line"], f["code"]) for f in findings]


@pytest.mark.parametrize("note", [
    "Założenia zespołu, zweryfikowane w 12 wywiadach z klientami",
    "Założenia z warsztatu, potwierdzone ankietą wśród 300 klientów",
    "Team assumptions, tested in 10 interviews in March",
])
def test_an_assumption_tested_after_a_comma_is_research_s39(ws: Path, note: str) -> None:
    assert _found(ws, note) == []


@pytest.mark.parametrize("note", [
    "Założenia zespołu, nie zweryfikowane", "Team assumptions, not yet tested",
    "Założenia zespołu, warsztat w marcu",
])
def test_an_assumption_denied_or_not_tested_is_still_told_s39(ws: Path, note: str) -> None:
    assert _found(ws, note) == [("j.yaml", 10, "CX305"), ("p.yaml", 9, "CX301")]
