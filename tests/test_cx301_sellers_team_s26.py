"""missing-sources (CX301): sellers, student councils and the team's knowledge.

- A marketplace's sellers are its customers: "Wywiady z naszymi sprzedawcami" (interview, n=15) for a
  persona who sells on the platform was "asks our own organisation". Sellers are the people a persona
  describes when it is a seller, a merchant, a shop's owner or a sales partner, or its summary describes
  a marketplace; for a retailer's shopper they stay the shop's staff.
- An office counts as a persona's employer no more for a student council, a parents' council or a
  municipal company: a resident with "student council rep" in the occupation made an interview with the
  council's chief executive research.
- The team's knowledge and what its sales people say are its opinion: "Feedback from our account
  managers", "Wiedza naszych handlowców", "Handlowcy mówią…"; not where the persona is a sales person and
  the note names sales people without "our", nor where the note counts records or conversations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli


def persona(pid: str, name: str, lang: str, summary: str, occupation: str) -> str:
    return f"""\
kind: persona
id: {pid}
name: {name}
lang: {lang}
summary: "{summary}"
demographics:
  occupation: "{occupation}"
sources:
  - id: zrodlo
    type: {{type}}
    date: 2026-10-14{{n}}
    note: "{{note}}"
"""


MARKET_SELLER_PL = persona("sprzedawca-czesci-rowerowych", "Paweł Nowicki", "pl",
                           "Prowadzi sklep z częściami rowerowymi na naszej platformie od 2020 r.",
                           "właściciel sklepu internetowego")
MARKET_SELLER_EN = persona("maker-on-marketplace", "Ruth Ellis", "en",
                           "Sells hand-made ceramics on our marketplace. Lists 40 items a month.", "ceramicist")
MARKET_BUYER_PL = persona("mama-kupuje-uzywane", "Karolina Wójcik", "pl",
                          "Kupuje używane ubranka dziecięce na naszym marketplace, porównuje oferty wielu sprzedawców.",
                          "nauczycielka")
SHOPPER_PL = persona("mama-dwojga-dzieci", "Anna Kowalska", "pl",
                     "Mama dwojga dzieci z Łodzi, kupuje ubranka w naszych sklepach i online.", "księgowa")
SALES_REP_PL = persona("handlowiec-hurtowni", "Piotr Kaczmarek", "pl",
                       "Handlowiec w hurtowni budowlanej, 120 rozmów tygodniowo. Korzysta z naszego CRM.",
                       "przedstawiciel handlowy")
B2B_PL = persona("prezes-firmy-budowlanej", "Tomasz Wrona", "pl",
                 "Prezes firmy budowlanej zatrudniającej 40 osób pod Poznaniem. Sam zatwierdza zakup oprogramowania.",
                 "prezes zarządu, firma budowlana")
B2B_EN = persona("ops-director-logistics", "Sarah Mills", "en",
                 "Operations director at a 200-person logistics firm in Leeds. Signs off software over 10k GBP.",
                 "operations director, logistics")
STUDENT_EN = persona("student-tenant", "Tom Reid", "en",
                     "Student renting a room in Leeds. Pays council tax late.", "student, student council rep")
STUDENT_PL = persona("student-wroclaw", "Kuba Lis", "pl",
                     "Student z Wrocławia. Meldunek i dowód załatwia w urzędzie.", "student, samorząd studencki")
BUS_EN = persona("bus-driver", "Ian Cole", "en",
                 "Drives the number 12 for the town. Lives in a council flat.", "bus driver, municipal transport company")
PARENT_PL = persona("mama-rada-rodzicow", "Agnieszka Bąk", "pl",
                    "Mama ucznia SP 12. Sprawy w urzędzie załatwia przez ePUAP.",
                    "księgowa, przewodnicząca rady rodziców")
COUNCIL_EN = persona("head-of-revenues", "Helen Price", "en",
                     "Head of Revenues in Kent. Buys case-management software.", "Head of Revenues, Swale Borough Council")
GMINA_PL = persona("informatyk-gminy", "Adam Wrona", "pl", "Informatyk gminy Kórnik. Wdraża e-usługi.",
                   "informatyk w urzędzie gminy")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: str, note: str, type_: str = "other",
         n: int | None = None) -> list[dict]:
    text = template.format(type=type_, n=f"\n    n: {n}" if n is not None else "", note=note)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def only_finding(found: list[dict], what: str, words: str) -> None:
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX301", 12, 11)], found
    assert f"source 'zrodlo' {what} (its note says '{words}')" in found[0]["message"], found[0]["message"]


OWN = "asks our own organisation, not the people it serves"
TEAM = "is our own team's opinion, not research"


# --- sellers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("template", "type_", "n", "note"), [
    (MARKET_SELLER_PL, "interview", 15, "Wywiady z naszymi sprzedawcami o wystawianiu ofert"),  # fail before (4)
    (MARKET_SELLER_PL, "interview", None, "Rozmowy z naszymi sprzedawczyniami z kategorii Dom i ogród"),
    (MARKET_BUYER_PL, "interview", 8, "Wywiady z naszymi sprzedawcami o zwrotach"),
    (MARKET_SELLER_PL, "other", None, "Opinie naszych sprzedawców z ankiety w panelu, 340 odpowiedzi"),
])
def test_a_marketplaces_sellers_are_the_people_it_serves(tmp_path, monkeypatch, template, type_, n, note):
    assert lint(tmp_path, monkeypatch, template, note, type_, n) == []


@pytest.mark.parametrize(("template", "type_", "note", "what", "words"), [
    # guards: a shop's sellers are its staff; on a marketplace our CEO and sales people are still ours
    (SHOPPER_PL, "interview", "Wywiad z naszymi sprzedawcami ze sklepu w Manufakturze", OWN, "z naszymi sprzedawcami"),
    (SHOPPER_PL, "other", "Opinie naszych sprzedawców o tym, o co pytają klientki", TEAM, "Opinie naszych sprzedawców"),
    (MARKET_SELLER_PL, "interview", "Rozmowa z naszym prezesem o tym, czego chcą sprzedawcy", OWN, "z naszym prezesem"),
    (MARKET_SELLER_PL, "interview", "Wywiad z naszymi handlowcami z działu obsługi sprzedawców", OWN,
     "z naszymi handlowcami"),
    (MARKET_SELLER_EN, "other", "Our CEO thinks sellers want lower fees", TEAM, "Our CEO thinks"),
])
def test_our_own_people_stay_reported_beside_sellers(tmp_path, monkeypatch, template, type_, note, what, words):
    only_finding(lint(tmp_path, monkeypatch, template, note, type_), what, words)


# --- an office as the employer --------------------------------------------------------------------

@pytest.mark.parametrize(("template", "note", "words"), [
    (STUDENT_EN, "Interview with the council's chief executive about students", "with the council's chief executive"),
    (STUDENT_PL, "Rozmowa z naczelnikiem Wydziału Spraw Studenckich o meldunku", "z naczelnikiem"),
    (BUS_EN, "Interview with the mayor about bus drivers", "with the mayor"),  # fail before (these three)
    (PARENT_PL, "Rozmowa z naczelnikiem Wydziału Edukacji o radach rodziców", "z naczelnikiem"),  # guard
])
def test_a_student_or_parents_council_is_no_office(tmp_path, monkeypatch, template, note, words):
    only_finding(lint(tmp_path, monkeypatch, template, note, "interview"), OWN, words)


@pytest.mark.parametrize(("template", "note"), [  # guards: an office as the employer still counts
    (COUNCIL_EN, "Interview with the council's chief executive at Swale"),
    (COUNCIL_EN, "Interview with the head of the council's housing department in Medway"),
    (GMINA_PL, "Wywiad z sekretarzem gminy Kórnik"),
])
def test_an_office_as_the_employer_still_makes_its_heads_research(tmp_path, monkeypatch, template, note):
    assert lint(tmp_path, monkeypatch, template, note, "interview") == []


# --- the team's knowledge and what its sales people say ------------------------------------------

@pytest.mark.parametrize(("template", "note", "words"), [
    (B2B_EN, "Feedback from our account managers", "Feedback from our account managers"),  # fail before (all)
    (B2B_EN, "Our account managers believe operations directors want dashboards", "Our account managers believe"),
    (B2B_EN, "Insights from our sales team", "Insights from our sales team"),
    (B2B_PL, "Wiedza naszych handlowców o klientach", "Wiedza naszych handlowców"),
    (B2B_PL, "Doświadczenie naszych handlowców z targów", "Doświadczenie naszych handlowców"),
    (B2B_PL, "Handlowcy mówią, że prezesi kupują po poleceniu", "Handlowcy mówią"),
    (B2B_PL, "Zespół powiedział, że prezesi kupują po poleceniu", "Zespół powiedział"),
    (B2B_PL, "Zarząd mówi, że klienci chcą aplikacji", "Zarząd mówi"),
    (SALES_REP_PL, "Nasi handlowcy mówią, że hurtownie nie potrzebują aplikacji", "Nasi handlowcy mówią"),
])
def test_the_teams_knowledge_is_its_opinion(tmp_path, monkeypatch, template, note, words):
    only_finding(lint(tmp_path, monkeypatch, template, note), TEAM, words)


@pytest.mark.parametrize(("template", "note"), [  # guards: someone else's knowledge, or customers saying it
    (B2B_PL, "Wiedza zespołu badawczego z 20 wywiadów z prezesami"),
    (B2B_EN, "Feedback from the board of Acme after the pilot"),
    (B2B_EN, "Feedback from 40 operations directors in the beta"),
    (B2B_EN, "The customer's account managers believe renewals are automatic"),
    (B2B_PL, "Prezesi mówią, że Excel wystarcza (notatki z 9 rozmów)"),
    (B2B_PL, "Klienci mówią, że wdrożenie trwa za długo"),
    (B2B_PL, "Handlowcy klienta mówią, że raporty są za wolne"),
    (SALES_REP_PL, "Handlowcy mówią, że CRM jest za wolny (notatki z 6 wizyt w hurtowniach)"),
    # what the team passes on with a count of records or conversations
    (B2B_EN, "Feedback from our support team: 1,200 tickets tagged by topic"),
    (B2B_EN, "Input from our sales team on objections heard in 60 demos"),
    (B2B_PL, "Uwagi naszych handlowców z 40 rozmów z klientami"),
    (B2B_PL, "Handlowcy mówią o tym na każdym spotkaniu, 120 notatek z CRM"),
])
def test_others_knowledge_is_not_the_teams(tmp_path, monkeypatch, template, note):
    assert lint(tmp_path, monkeypatch, template, note) == []
