"""missing-sources (CX301) for a company that sells to public offices (session 26).

A company selling software to city halls writes personas of department heads and mayors, and
interviews them: "Wywiad z naczelnikiem Wydziału Lokali Mieszkalnych UM Gdynia" was reported as
"asks our own organisation", unless the note added "our customer". Interviews with the people a
persona describes are research whatever their job title: an office's heads are the office's own
view only when the persona is not one of the office's people (a city hall's persona of a resident).
The team's own opinions stay reported, and are now reported in more of their forms: "Our CEO
thinks…", "Opinie naszego zespołu sprzedaży", "Interview with our head of sales".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

B2G_PL = """\
kind: persona
id: naczelniczka-wydzialu-lokalowego
name: Ewa Malinowska
lang: pl
summary: >-
  Naczelniczka Wydziału Lokalowego w urzędzie miasta na prawach powiatu. Od 2025 r. wdraża
  e-wnioski o mieszkanie komunalne i odpowiada za budżet na ich obsługę.
demographics:
  occupation: naczelniczka wydziału w urzędzie miasta (120 tys. mieszkańców)
goals:
  - text: Skrócić kolejkę wniosków o mieszkanie komunalne z 14 do 6 miesięcy do końca 2027 r.
    sources: [rozmowa]
sources:
  - id: rozmowa
    type: {type}
    date: 2026-10-14
    note: "{note}"
"""

B2G_EN = """\
kind: persona
id: head-of-housing
name: Helen Carter
lang: en
summary: >-
  Head of Housing at a district council in Kent; owns the allocations backlog and the budget
  for the software that runs it.
demographics:
  occupation: Head of Housing, district council
goals:
  - text: Clear the backlog of 900 housing applications before the 2027 allocations round
    sources: [talk]
sources:
  - id: talk
    type: {type}
    date: 2026-10-14
    note: "{note}"
"""

# A city hall's own persona: a resident, not one of the office's people.
RESIDENT_PL = """\
kind: persona
id: przedsiebiorca-ceidg
name: Marek Zieliński
lang: pl
summary: Hydraulik, prowadzi jednoosobową działalność od 2019 r. Sprawy w urzędzie załatwia przez internet.
demographics:
  occupation: hydraulik, jednoosobowa działalność gospodarcza
sources:
  - id: rozmowa
    type: {type}
    date: 2026-10-14
    note: "{note}"
"""

RESIDENT_EN = """\
kind: persona
id: priya-private-tenant
name: Priya Shah
lang: en
summary: Private tenant in Leeds waiting for a council flat. Works night shifts at a care home.
demographics:
  occupation: care worker on night shifts
sources:
  - id: talk
    type: {type}
    date: 2026-10-14
    note: "{note}"
"""

SHOP_EN = """\
kind: persona
id: dan-heating-firm
name: Dan Hughes
lang: en
summary: Owns a heating firm with 4 vans in Bristol.
sources:
  - id: talk
    type: {type}
    date: 2026-10-14
    note: "{note}"
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: str, note: str, type_: str = "interview"):
    text = template.format(note=note, type=type_)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return text, json.loads(result.stdout)


def at_note(text: str, note: str) -> tuple[int, int]:
    start = text.index(f'"{note}"')
    return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)


@pytest.mark.parametrize(("template", "note"), [
    (B2G_PL, "Wywiad z naczelnikiem Wydziału Lokali Mieszkalnych UM Gdynia"),  # fails before (these nine)
    (B2G_PL, "Wywiad z naczelniczką wydziału mieszkalnictwa w Urzędzie Miasta Płocka, 90 min"),
    (B2G_PL, "Rozmowa z burmistrzem Wrześni o wdrożeniu e-wniosków"),
    (B2G_PL, "Wywiad z dyrektorem wydziału spraw lokalowych w Rzeszowie"),
    (B2G_PL, "Wywiad z Prezydentem Miasta Tychy o kolejce do mieszkań"),
    (B2G_PL, "Wywiad z naszym prezesem i 4 naczelnikami wydziałów"),
    (B2G_EN, "Interview with the council's chief executive at Swale"),
    (B2G_EN, "Interview with the council leader of Tunbridge Wells"),
    (B2G_EN, "Interview with the council's head of service for allocations"),
    (B2G_EN, "Interview with the head of the council's housing department, Maidstone"),  # guards from here
    (B2G_PL, "Wywiad z naczelnikiem wydziału, naszym klientem"),
    (B2G_PL, "Ankieta wśród 40 naczelników wydziałów lokalowych"),
])
def test_an_interview_with_the_office_people_the_persona_describes_is_research(tmp_path, monkeypatch, template, note):
    _, found = lint(tmp_path, monkeypatch, template, note)
    assert found == []


@pytest.mark.parametrize(("template", "note", "type_", "said", "what"), [
    # the team's own people, asked: reported before and after
    (B2G_PL, "Rozmowa z naszym prezesem o tym, jak kupują urzędy", "interview", "z naszym prezesem",
     "asks our own organisation, not the people it serves"),
    (B2G_PL, "Założenia zespołu z warsztatu", "other", "Założenia", "is an assumption, not research"),
    # fails before (these five): the team's sales people, and its opinions
    (B2G_PL, "Rozmowy z naszymi handlowcami o tym, kto decyduje o zakupie", "interview", "z naszymi handlowcami",
     "asks our own organisation, not the people it serves"),
    (B2G_EN, "Interview with our head of sales about council buyers", "interview", "with our head of sales",
     "asks our own organisation, not the people it serves"),
    (B2G_PL, "Opinie naszego zespołu sprzedaży o naczelnikach", "other", "Opinie naszego zespołu",
     "is our own team's opinion, not research"),
    (B2G_PL, "Nasz zespół uważa, że naczelnicy nie mają czasu na szkolenia", "other", "Nasz zespół uważa",
     "is our own team's opinion, not research"),
    (B2G_EN, "Our CEO thinks council buyers want dashboards", "other", "Our CEO thinks",
     "is our own team's opinion, not research"),
])
def test_the_teams_own_view_is_still_reported_for_a_persona_of_an_office(tmp_path, monkeypatch, template, note,
                                                                       type_, said, what):
    text, found = lint(tmp_path, monkeypatch, template, note, type_)
    source = "rozmowa" if template is B2G_PL else "talk"
    assert [(f["line"], f["column"]) for f in found] == [at_note(text, note)]
    assert found[0]["message"] == (f"source '{source}' {what} (its note says '{said}'), and this persona has no other "
                                   "source; list the interviews, surveys or data it comes from")


@pytest.mark.parametrize(("template", "note", "said"), [
    (RESIDENT_PL, "Rozmowa z naczelnikiem Wydziału Działalności Gospodarczej o typowym przedsiębiorcy",
     "z naczelnikiem"),  # guards: a city hall's own heads, as in session 25
    (RESIDENT_PL, "Wywiad z dyrektorem wydziału", "z dyrektorem wydziału"),
    (RESIDENT_EN, "Interview with the council's chief executive about a typical tenant",
     "with the council's chief executive"),
    (RESIDENT_EN, "Interview with the head of the council's housing department",
     "with the head of the council's housing department"),  # fails before (not read as the office's head)
    (RESIDENT_EN, "Interview with the mayor about residents on the waiting list", "with the mayor"),  # fails before
    (B2G_PL, "Wywiad z naszym naczelnikiem wydziału", "z naszym naczelnikiem"),  # guard: "our" is ours
])
def test_an_offices_own_head_is_still_its_own_view(tmp_path, monkeypatch, template, note, said):
    text, found = lint(tmp_path, monkeypatch, template, note)
    assert [(f["line"], f["column"]) for f in found] == [at_note(text, note)]
    assert f"asks our own organisation, not the people it serves (its note says '{said}')" in found[0]["message"]


@pytest.mark.parametrize(("template", "note", "type_"), [
    (RESIDENT_PL, "Wywiad z naczelnikiem i 8 wnioskodawcami", "interview"),  # guards: research
    (RESIDENT_PL, "Wywiady z 5 burmistrzami małych gmin", "interview"),
    (RESIDENT_EN, "Interview with the chief executive of a housing association", "interview"),
    (SHOP_EN, "Interviews with 12 customers, run together with our CEO", "interview"),
    (SHOP_EN, "Testing what our CEO thinks in 8 interviews with buyers", "other"),
    (SHOP_EN, "Gartner: the analysts' view of field-service software", "desk-research"),
    (RESIDENT_PL, "Opinie naszych klientów z ankiety NPS", "other"),
    (RESIDENT_PL, "Raport Deloitte: zdaniem zarządów firm handlowych rynek spowolni", "desk-research"),
])
def test_research_and_reports_pass(tmp_path, monkeypatch, template, note, type_):
    _, found = lint(tmp_path, monkeypatch, template, note, type_)
    assert found == []


def test_a_council_in_a_residents_summary_does_not_make_them_one_of_its_people(tmp_path, monkeypatch):
    """Guard: an office named as whom a resident writes to is no employer; only the occupation says so."""
    template = RESIDENT_EN.replace("Private tenant in Leeds waiting for a council flat.",
                                   "Private tenant who writes to the local council every month about repairs.")
    note = "Interview with the council's chief executive about a typical tenant"
    text, found = lint(tmp_path, monkeypatch, template, note)
    assert [(f["line"], f["column"]) for f in found] == [at_note(text, note)]


def test_an_office_as_the_employer_in_the_occupation_makes_one_of_its_people(tmp_path, monkeypatch):
    template = RESIDENT_PL.replace("hydraulik, jednoosobowa działalność gospodarcza",
                                   "informatyk w urzędzie gminy Dobrzyca (jedyny w urzędzie)")
    template = template.replace("Hydraulik, prowadzi jednoosobową działalność od 2019 r.",
                                "Sam utrzymuje 40 komputerów i serwer.")
    _, found = lint(tmp_path, monkeypatch, template, "Wywiad z wójtem gminy Dobrzyca")
    assert found == []  # fails before
