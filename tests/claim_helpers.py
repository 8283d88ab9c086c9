"""The claims journey the vague-action (CX410) tests put one opportunity's `action` into.

Krystyna reports a claim against the other driver's OC at the insurer's hotline; the stage is painful and
owned, so only the `action` decides what vague-action says (test_vague_action_process_s36, the channel
tests of session 37).
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
