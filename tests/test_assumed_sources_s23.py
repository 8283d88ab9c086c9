"""A source that says it is an assumption (tester10 F-M1) is no research: missing-sources (CX301)
reports it at the note or id that says so; interviews, surveys and data notes that mention
hypotheses they tested, and ordinary desk research, pass."""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

PL = """\
kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: pl
goals:
  - Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7
sources:
{sources}
reviewed: 2026-11-20
"""

EN = """\
kind: negative-persona
id: bargain-hunter
name: Bargain hunter
lang: en
reasons:
  - Buys whatever headphones Argos has under £40 on the day
sources:
{sources}
reviewed: 2026-11-20
"""


def lint(tmp_path, monkeypatch, template: str, sources: str):
    text = template.replace("{sources}", sources)
    return text, run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")


def test_a_brainstorm_as_the_only_source_is_reported_at_its_note(tmp_path, monkeypatch):
    note = "Burza mózgów działu marketingu; założenia zespołu, bez rozmów z klientami"
    text, found = lint(tmp_path, monkeypatch, PL, f'  - {{id: warsztat, type: other, date: 2026-10-01, note: "{note}"}}')
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, f"\"{note}\""))]
    assert found[0].message == (
        "source 'warsztat' is an assumption, not research (its note says 'Burza mózgów'), and this persona has no "
        "other source; list the interviews, surveys or data it comes from"
    )


def test_the_opposite_of_a_persona_as_desk_research_is_reported(tmp_path, monkeypatch):
    text, found = lint(tmp_path, monkeypatch, PL, '  - {id: zrodlo, type: desk-research, note: "Odwrotność persony Pawła"}')
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, "\"Odwrotność"))]
    assert "(its note says 'Odwrotność persony')" in found[0].message


def test_an_assumption_beside_interviews_is_reported_with_other_advice(tmp_path, monkeypatch):
    sources = ("  - {id: wywiady-2026-09, type: interview, date: 2026-09-14, n: 9}\n"
               "  - {id: hipotezy-zespolu, type: other}")
    text, found = lint(tmp_path, monkeypatch, PL, sources)
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, "hipotezy-zespolu"))]
    assert found[0].message == (
        "source 'hipotezy-zespolu' is an assumption, not research (its id says 'hipotezy'); leave it out of "
        "`sources`, or test it in interviews or data and cite those"
    )


@pytest.mark.parametrize("note", [
    "Our assumptions after the kick-off workshop", "Team brainstorm, no customer interviews yet",
    "Proto-persona from the sales team's hypotheses", "Educated guess by product",
])
def test_english_assumption_notes_are_reported(tmp_path, monkeypatch, note):
    text, found = lint(tmp_path, monkeypatch, EN, f'  - {{id: team-notes, type: other, note: "{note}"}}')
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, f"\"{note}\""))]
    assert found[0].rule == "missing-sources"


@pytest.mark.parametrize(("template", "sources"), [
    (PL, '  - {id: wywiady, type: interview, n: 12, note: "Wywiady weryfikujące hipotezy zespołu"}'),
    (PL, '  - {id: gus, type: desk-research, note: "Raport GUS o wydatkach gospodarstw domowych 2025"}'),
    (PL, '  - {id: crm, type: other, note: "Dane z założenia konta w aplikacji, 2 400 kont"}'),
    (PL, '  - {id: rozmowy, type: other, note: "Notatki doradców z 14 rozmów w salonie"}'),
    (PL, '  - {id: warsztat-z-klientami, type: other, n: 8, note: "Warsztat z 8 klientami; hipotezy odrzucone"}'),
    (EN, '  - {id: returns, type: sales-data, note: "Returns log 2025; tests our assumption about sizes"}'),
    (EN, '  - {id: argos-visits, type: other, note: "Shadowed 6 shoppers at Argos, Croydon"}'),
])
def test_research_that_mentions_hypotheses_or_is_plain_desk_research_passes(tmp_path, monkeypatch, template, sources):
    _text, found = lint(tmp_path, monkeypatch, template, sources)
    assert found == []


def test_no_sources_keeps_its_one_finding(tmp_path, monkeypatch):
    text = PL.replace("sources:\n{sources}\n", "")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    assert [f.message for f in found] == [
        "no sources: this persona rests on assumptions; list the interviews, surveys or data it comes from"
    ]
