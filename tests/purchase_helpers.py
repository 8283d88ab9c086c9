"""The insurer's sales journey the journey-ends-at-purchase (CX405) tests name the last stage of.

Tomasz compares offers, then the stage under test (`id: k`) ends the journey; only its name decides what
CX405 says (test_ends_at_purchase_insurer_s36, and session 37's circumstance and next-step tests).
"""

from __future__ import annotations

from rule_helpers import run

#: A two-stage sales journey of an insurer; the last stage is the one under test.
SALES = """\
kind: journey
id: tomasz-kupuje-oc
name: Tomasz kupuje OC
lang: {lang}
persona: tomasz
stages:
  - id: porownanie-ofert
    name: Porównanie ofert
    touchpoints: [rankomat.pl]
    emotion: -1
  - id: k
    name: {name}
    touchpoints: [aplikacja]
    emotion: 1
"""


def last_stage(tmp_path, monkeypatch, name: str, lang: str = "pl"):
    """The journey with its last stage named ``name``, and what journey-ends-at-purchase finds in it."""
    text = SALES.format(lang=lang, name=name)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
