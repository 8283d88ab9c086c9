"""journey-without-sources (CX305, info, opt-in): a journey map names the research it rests on (session 38,
tester40's M3: a 16-stage map with 7 barriers, no `sources` and no citation, was clean).  That it is opt-in,
and how a team raises or silences it: test_opt_in_rules_s36.py."""

from __future__ import annotations

from pathlib import Path

from lint_cli_helpers import lint, ws  # noqa: F401  (ws: the fixture)

JOURNEY_PL = """\
kind: journey
id: ania-bierze-kredyt
name: Ania bierze kredyt hipoteczny na pierwsze mieszkanie
persona: ania-pierwsze-mieszkanie
lang: pl
reviewed: 2026-10-05
stages:
  - id: wniosek
    name: Wniosek kredytowy
    emotion: -1
    feeling: Niepewność, czy bank przyjmie umowę o dzieło
    barriers:
      - Doradca prosi o zaświadczenie o dochodach na papierze
  - id: wycena
    name: Wycena nieruchomości
    emotion: -2
    feeling: Złość, że rzeczoznawca przyjeżdża dopiero po trzech tygodniach
    pain_points: [Nikt nie mówi, na jakim etapie jest wycena]
  - id: wyplata
    name: Wypłata kredytu
    emotion: 1
    feeling: Ulga, że deweloper dostał transzę przed terminem
"""

JOURNEY_EN = """\
kind: journey
id: priya-remortgages
name: Priya remortgages through a broker
persona: priya-remortgager
lang: en
reviewed: 2026-10-05
sources: []
stages:
  - id: application
    name: Application
    emotion: -1
    feeling: Anxious that the broker forgot her bonus payslips
    barriers: [The broker portal logs her out while she uploads payslips]
  - id: offer
    name: Offer
    emotion: 1
    feeling: Relieved the rate was fixed before the May rise
"""

MESSAGE_EN = ("no sources: this journey map rests on assumptions; list in `sources` the research its stages come from "
              "(interviews, support tickets, analytics), and cite it from the barriers and pain points")
MESSAGE_PL = ("brak źródeł: ta mapa podróży opiera się na założeniach; wypisz w `sources` badania, z których pochodzą "
              "jej etapy (wywiady, zgłoszenia do obsługi, dane analityczne), i powołaj się na nie w barierach i "
              "bolączkach")

SOURCES = """\
sources:
  - id: wywiady-kredyt-2026
    type: interview
    date: 2026-09-14
    n: 11
"""


def _found(*args: str) -> list[tuple[int, int, str, str, str]]:
    code, findings = lint("--select", "journey-without-sources", *args)
    assert code == 0, "info by default: it does not fail a gate"
    return [(f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in findings]


def test_a_polish_map_with_no_sources_is_told_in_polish_at_its_id(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    assert _found("j.yaml") == [(2, 1, "CX305", "info", MESSAGE_PL)]


def test_an_english_map_with_empty_sources_is_told_at_sources(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    assert _found("j.yaml") == [(7, 1, "CX305", "info", MESSAGE_EN)]
    # The same map in a Polish workspace: the message follows the workspace, as every rule's does.
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    assert _found("j.yaml") == [(7, 1, "CX305", "info", MESSAGE_PL)]


def test_a_map_with_a_source_of_any_kind_is_not_reported(ws: Path) -> None:
    (ws / "pl.yaml").write_text(JOURNEY_PL.replace("stages:\n", SOURCES + "stages:\n", 1), encoding="utf-8")
    (ws / "en.yaml").write_text(JOURNEY_EN.replace(
        "sources: []\n", "sources:\n  - id: broker-tickets\n    type: support\n    n: 214\n"), encoding="utf-8")
    assert _found("pl.yaml", "en.yaml") == []


def test_a_citation_with_no_source_defined_is_left_to_unknown_source(ws: Path) -> None:
    cited = JOURNEY_PL.replace("      - Doradca prosi o zaświadczenie o dochodach na papierze\n",
                               "      - text: Doradca prosi o zaświadczenie o dochodach na papierze\n"
                               "        sources: [wywiady-kredyt-2026]\n")
    assert cited != JOURNEY_PL
    (ws / "j.yaml").write_text(cited, encoding="utf-8")
    code, findings = lint("--select", "CX302,CX305", "j.yaml")
    assert [(f["code"], f["line"]) for f in findings] == [("CX302", 14)], "told once, by the rule that names the id"


def test_a_retired_map_and_personas_are_not_reported(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_PL.replace("lang: pl\n", "lang: pl\nstatus: retired\n"), encoding="utf-8")
    (ws / "p.yaml").write_text("kind: persona\nid: ania-pierwsze-mieszkanie\nname: Ania Kowalczyk\nlang: pl\n"
                               "goals: [Kupić dwa pokoje na Zabłociu przed ślubem w 2027]\n", encoding="utf-8")
    assert _found("j.yaml", "p.yaml") == []
    # missing-sources (CX301) is the persona's rule; the map's is this one.
    code, findings = lint("--select", "CX301,CX305", "p.yaml")
    assert [f["code"] for f in findings] == ["CX301"]
