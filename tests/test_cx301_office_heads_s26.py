"""missing-sources (CX301): an office's head is "our own organisation" only for a resident or applicant.

An interview with a mayor, a wójt or a council's chief executive was reported as "asks our own
organisation" for every persona who is not an official. For a resident or an applicant the office is
the organisation whose view the research should look past; for a school head whose school the mayor
runs, or a care home's manager, it is neither the persona's people nor ours, so it is not reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

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

SCHOOL = dict(id="dyrektorka-szkoly", name="Jolanta Pawlak", lang="pl",
              summary="Dyrektorka szkoły podstawowej, która wybiera dziennik elektroniczny razem z radą pedagogiczną.",
              occupation="Dyrektorka Szkoły Podstawowej nr 3 w Ełku")
CARE = dict(id="care-home-manager", name="Ruth Adeyemi", lang="en",
            summary="Registered manager of a 40-bed care home who orders hygiene supplies monthly.",
            occupation="Registered manager, Oakfield Care Home, Kent")
RESIDENT_PL = dict(id="emerytka-gdynia", name="Halina Borkowska", lang="pl",
                   summary="Emerytka z Gdyni, która co roku składa w urzędzie wniosek o dodatek mieszkaniowy.",
                   occupation="Emerytowana księgowa")
RESIDENT_EN = dict(id="gary-tenant", name="Gary Phelps", lang="en",
                   summary="Private tenant in Sittingbourne who reports bins through the council's website.",
                   occupation="Forklift driver")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: dict, note: str) -> list[dict]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(PERSONA.format(**persona, note=note), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


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
