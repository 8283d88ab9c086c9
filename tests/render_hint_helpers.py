"""Documents shared by the tests of `cxkit render`'s note on a journey's persona (missing, negative,
retired): a Polish persona and the negative persona a journey may name instead."""

from __future__ import annotations

#: Ola, who renews her car insurance in the insurer's app; ``{extra}``: keys before her summary
#: (`status: retired\n`), or "".
PERSONA_PL = """\
kind: persona
id: ola-kierowczyni
name: Ola Nowak
lang: pl
{extra}summary: Odnawia polisę OC co roku w marcu, w aplikacji ubezpieczyciela, w niedzielę wieczorem.
reviewed: 2026-10-20
"""

#: The negative persona of the same workspace: the driver who switches insurers for a 20 zł difference.
NEGATIVE_PL = """\
kind: negative-persona
id: lowca-najnizszej-skladki
name: Łowca najniższej składki
lang: pl
reasons:
  - Co roku zmienia ubezpieczyciela dla 20 zł różnicy w składce i nie zostaje na drugi rok
"""
