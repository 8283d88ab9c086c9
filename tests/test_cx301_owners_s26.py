"""missing-sources (CX301): whose board, management or team gives an opinion.

A board, a management or a team named without "our" is the team's own only when nothing qualifies it: in the
singular, followed by a verb, "że", a topic, the end of its clause or one of our departments ("Zdaniem
zarządu…", "Zespół sprzedaży uważa…", "Management thinks…"). In the plural ("zespołów IT w szkołach") or
qualified by another body ("zarządu wspólnoty") it is someone else's, whose opinion the note collected.
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
  - id: notatki
    type: {type}
    date: 2026-10-14
    note: "{note}"
reviewed: 2026-11-01
"""

SCHOOL = dict(id="dyrektorka-szkoly", name="Jolanta Pawlak", lang="pl",
              summary="Dyrektorka szkoły podstawowej, która wybiera dziennik elektroniczny razem z radą pedagogiczną.",
              occupation="Dyrektorka Szkoły Podstawowej nr 3 w Ełku")
RESIDENT = dict(id="emerytka-gdynia", name="Halina Borkowska", lang="pl",
                summary="Emerytka z Gdyni, która co roku składa w urzędzie wniosek o dodatek mieszkaniowy.",
                occupation="Emerytowana księgowa")
HOSPITAL = dict(id="zamowienia-szpital", name="Anna Wilk", lang="pl",
                summary="Kierowniczka działu zamówień szpitala powiatowego, która prowadzi przetargi.",
                occupation="Kierowniczka Działu Zamówień Publicznych w Szpitalu Powiatowym w Wyszkowie")
RETAIL = dict(id="beata-raty", name="Beata Kowalczyk", lang="pl",
              summary="Nauczycielka z Poznania, która kupuje AGD na raty 0% po porównaniu cen w Ceneo.",
              occupation="Nauczycielka matematyki")
SHOPPER = dict(id="priya-groceries", name="Priya Shah", lang="en",
               summary="Nurse in Leeds who orders groceries online twice a week after night shifts.",
               occupation="Staff nurse")
TENANT = dict(id="gary-tenant", name="Gary Phelps", lang="en",
              summary="Private tenant in Sittingbourne who reports bins through the council's website.",
              occupation="Forklift driver")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: dict, note: str, kind: str = "other") -> list[dict]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(PERSONA.format(**persona, type=kind, note=note), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("persona", "note"), [
    (SCHOOL, "Zdaniem zespołów IT w szkołach-klientach dziennik musi działać offline"),  # fail before (these five)
    (SCHOOL, "Zdaniem zespołu IT w szkole-kliencie dziennik musi działać offline"),
    (RESIDENT, "Zdaniem zarządu wspólnoty mieszkańcy nie znają e-usług"),
    (HOSPITAL, "Opinie zespołów zamówień w szpitalach powiatowych, zebrane na konferencji"),
    (RESIDENT, "Opinie zarządów spółdzielni mieszkaniowych o dodatkach"),
    (TENANT, "The tenants' association board thinks residents want texts"),  # guards: not reported before either
    (SHOPPER, "Management at our biggest customer thinks delivery is slow"),
])
def test_others_bodies_are_not_our_team(tmp_path, monkeypatch, persona, note):
    assert lint(tmp_path, monkeypatch, persona, note) == []


@pytest.mark.parametrize(("persona", "note", "said"), [
    (RETAIL, "Zdaniem zarządu nasza klientka to kobieta 35-45 lat", "Zdaniem zarządu"),  # guards: still reported
    (RETAIL, "Zdaniem zarządu, klientki chcą rat", "Zdaniem zarządu"),
    (RETAIL, "Zdaniem zarządu klientki wolą raty", "Zdaniem zarządu"),
    (RETAIL, "Zespół sprzedaży uważa, że klientki porównują ceny w Ceneo", "Zespół sprzedaży uważa"),
    (RETAIL, "Zdaniem działu obsługi klienta, klientki dzwonią wieczorem", "Zdaniem działu obsługi"),
    (RETAIL, "Przekonania zarządu o klientkach", "Przekonania zarządu"),
    (SHOPPER, "Management thinks night-shift workers want 1-hour slots", "Management thinks"),
    (SHOPPER, "According to the board, shoppers want next-day delivery", "According to the board"),
    (SHOPPER, "The leadership team's view of night-shift shoppers", "The leadership team's view"),
])
def test_our_bodies_are_still_reported(tmp_path, monkeypatch, persona, note, said):
    found = lint(tmp_path, monkeypatch, persona, note)
    assert len(found) == 1, found
    assert f"is our own team's opinion, not research (its note says '{said}')" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (12, 11)
