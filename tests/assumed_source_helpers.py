"""Ania's mortgage journey and her persona with sources to fill in, and a source that says it is the
team's assumptions: what missing-sources (CX301) and journey-without-sources (CX305) read alike
(test_journey_assumed_sources_s39, test_assumption_tested_after_comma_s39).

In both documents the assumed source's `type:` is on the line CX305 and CX301 report when it stands first
(line 10 of the journey, 9 of the persona)."""

from __future__ import annotations

#: Her journey map; ``{sources}``: the items of `sources:`, each line ending in a newline.
JOURNEY = """\
kind: journey
id: ania-bierze-kredyt
name: Ania bierze kredyt hipoteczny na pierwsze mieszkanie
persona: ania-pierwsze-mieszkanie
lang: pl
reviewed: 2026-10-05
sources:
{sources}stages:
  - id: wniosek
    name: Wniosek kredytowy
    emotion: -1
    feeling: Niepewność, czy bank przyjmie umowę o dzieło
    barriers:
      - Doradca prosi o zaświadczenie o dochodach na papierze
"""

#: Her persona; ``{sources}`` as in JOURNEY.
PERSONA = """\
kind: persona
id: ania-pierwsze-mieszkanie
name: Ania Kowalczyk
lang: pl
goals: [Kupić dwa pokoje na Zabłociu przed ślubem w 2027]
sources:
{sources}"""

#: A source of `type: other` whose ``{note}`` says what it rests on.
ASSUMED = """\
  - id: warsztat-zespolu
    type: other
    note: {note}
"""

#: Interviews: research.
RESEARCH = """\
  - id: wywiady-kredyt-2026
    type: interview
    date: 2026-09-14
    n: 11
"""
