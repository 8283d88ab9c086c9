"""missing-sources (CX301): an office's head is "our own organisation" only for a resident or applicant.

An interview with a mayor, a wójt or a council's chief executive was reported as "asks our own
organisation" for every persona who is not an official. For a resident or an applicant the office is
the organisation whose view the research should look past; for a school head whose school the mayor
runs, or a care home's manager, it is neither the persona's people nor ours, so it is not reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cx301_helpers import RESIDENT as RESIDENT_PL, SCHOOL, TENANT as RESIDENT_EN, missing_sources

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: {lang}
summary: {summary}
demographics:
  occupation: {occupation}
sources:
  - id: rozmowa
    type: interview
    date: 2026-10-14
    n: 1
    note: "{note}"
reviewed: 2026-11-01
"""

CARE = dict(id="care-home-manager", name="Ruth Adeyemi", lang="en",
            summary="Registered manager of a 40-bed care home who orders hygiene supplies monthly.",
            occupation="Registered manager, Oakfield Care Home, Kent")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: dict, note: str) -> list[dict]:
    return missing_sources(tmp_path, monkeypatch, PERSONA.format(**persona, note=note))


@pytest.mark.parametrize(("persona", "note"), [
    (SCHOOL, "Rozmowa z burmistrzem Ełku, organem prowadzącym szkołę"),  # fail before (these three)
    (SCHOOL, "Rozmowa z wójtem gminy, organem prowadzącym szkołę"),
    (CARE, "Interview with the council's chief executive about care home fees"),
])
def test_an_office_head_for_a_persona_who_is_no_resident_is_not_reported(tmp_path, monkeypatch, persona, note):
    assert lint(tmp_path, monkeypatch, persona, note) == []


@pytest.mark.parametrize(("persona", "note", "said"), [
    (RESIDENT_PL, "Wywiad z burmistrzem", "z burmistrzem"),  # guards: still reported
    (RESIDENT_PL, "Rozmowa z naczelnikiem Wydziału Spraw Społecznych o dodatkach", "z naczelnikiem"),
    (RESIDENT_EN, "Interview with the council's chief executive", "with the council's chief executive"),
    (SCHOOL, "Rozmowa z naszym prezesem o dyrektorach szkół", "z naszym prezesem"),
])
def test_an_office_head_for_a_resident_is_still_reported(tmp_path, monkeypatch, persona, note, said):
    found = lint(tmp_path, monkeypatch, persona, note)
    assert len(found) == 1, found
    assert f"asks our own organisation, not the people it serves (its note says '{said}')" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (13, 11)
