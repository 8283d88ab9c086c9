"""missing-sources (CX301): whose board, management or team gives an opinion.

A board, a management or a team named without "our" is the team's own only when nothing qualifies it: in the
singular, followed by a verb, "że", a topic, the end of its clause or one of our departments ("Zdaniem
zarządu…", "Zespół sprzedaży uważa…", "Management thinks…"). In the plural ("zespołów IT w szkołach") or
qualified by another body ("zarządu wspólnoty") it is someone else's, whose opinion the note collected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cx301_helpers import RESIDENT, SCHOOL, TENANT, missing_sources

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

HOSPITAL = dict(id="zamowienia-szpital", name="Anna Wilk", lang="pl",
                summary="Kierowniczka działu zamówień szpitala powiatowego, która prowadzi przetargi.",
                occupation="Kierowniczka Działu Zamówień Publicznych w Szpitalu Powiatowym w Wyszkowie")
RETAIL = dict(id="beata-raty", name="Beata Kowalczyk", lang="pl",
              summary="Nauczycielka z Poznania, która kupuje AGD na raty 0% po porównaniu cen w Ceneo.",
              occupation="Nauczycielka matematyki")
SHOPPER = dict(id="priya-groceries", name="Priya Shah", lang="en",
               summary="Nurse in Leeds who orders groceries online twice a week after night shifts.",
               occupation="Staff nurse")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: dict, note: str, kind: str = "other") -> list[dict]:
    return missing_sources(tmp_path, monkeypatch, PERSONA.format(**persona, type=kind, note=note))


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
