"""Krystyna's claim against the other driver's OC, as the tests write it.

`CLAIM` is the journey the vague-action (CX410) tests put one opportunity's `action` into: she reports the
claim at the insurer's hotline; the stage is painful and owned, so only the `action` decides what
vague-action says (test_vague_action_process_s36, the channel tests of session 37).

`CLAIM_HEADER` and `claim_journey` are the Polish journey the render tests draw and export (the CSV
separator and resaved-CSV tests, `--stage` by a name without diacritics), with her persona's full id.
"""

from __future__ import annotations

from rule_helpers import run

CLAIM = """\
kind: journey
id: krystyna-szkoda-oc
name: Krystyna zgłasza szkodę z OC sprawcy
lang: {lang}
persona: krystyna
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody na infolinii
    touchpoints: [infolinia]
    emotion: -2
    barriers:
      - Po zerwaniu połączenia trzeba zaczynać od nowa
    opportunities:
      - action: "{action}"
        owner: Dyrektor likwidacji szkód (Jan Kowalczyk)
"""


def lint_action(tmp_path, monkeypatch, action: str, lang: str, **options):
    text = CLAIM.format(lang=lang, action=action)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action", **options)


#: The top of the journey the render tests write, up to its stages.
CLAIM_HEADER = """\
kind: journey
id: krystyna-szkoda-oc
name: Krystyna zgłasza szkodę z OC sprawcy
persona: krystyna-zolkiewska
lang: pl
stages:
"""


def claim_journey(doing: str, opportunities: str = "") -> str:
    """Her three stages as the CSV export tests render them: the hotline, the surcharge for depreciation, the
    car collected.  ``doing`` is the hotline stage's `doing:` and ``opportunities`` the surcharge stage's
    `opportunities:`, each as its lines stand in the YAML (indented, ending in a line break)."""
    return CLAIM_HEADER + f"""\
  - id: zgloszenie
    name: Zgłoszenie szkody na infolinii
    touchpoints: [infolinia]
{doing}    emotion: -2
  - id: doplata
    name: Dopłata za amortyzację
    touchpoints: [list polecony]
    emotion: -2
    barriers:
      - "- 35% amortyzacji części, bez wyjaśnienia"
{opportunities}  - id: odbior
    name: Odbiór auta z warsztatu
    touchpoints: [warsztat]
    emotion: 1
"""
