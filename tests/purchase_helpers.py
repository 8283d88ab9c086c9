"""The insurer's sales journey the journey-ends-at-purchase (CX405) tests name the last stage of.

Tomasz compares offers, then the stage under test (`id: k`) ends the journey; only its name decides what
CX405 says (test_ends_at_purchase_insurer_s36, and session 37's circumstance and next-step tests).  Other
shops' journeys of the same shape (journey_ending_at) serve the tests of sessions 38 and 39.
"""

from __future__ import annotations

from rule_helpers import pos, run, where

def journey_ending_at(journey: str, title: str, persona: str, first: str, first_name: str, first_touchpoints: str,
                      last_touchpoints: str) -> str:
    """A two-stage journey of ``persona`` (``first`` stage, then the last one, `id: k`, the stage under test),
    as a template of the last stage's ``{name}`` and the document's ``{lang}``."""
    return f"""\
kind: journey
id: {journey}
name: {title}
lang: {{lang}}
persona: {persona}
stages:
  - id: {first}
    name: {first_name}
    touchpoints: [{first_touchpoints}]
    emotion: -1
  - id: k
    name: {{name}}
    touchpoints: [{last_touchpoints}]
    emotion: 1
"""


#: A two-stage sales journey of an insurer; the last stage is the one under test.
SALES = journey_ending_at("tomasz-kupuje-oc", "Tomasz kupuje OC", "tomasz", "porownanie-ofert", "Porównanie ofert",
                          "rankomat.pl", "aplikacja")


def last_stage(tmp_path, monkeypatch, name: str, lang: str = "pl", journey: str = SALES):
    """``journey`` (SALES unless told) with its last stage named ``name``, and what journey-ends-at-purchase
    finds in it."""
    text = journey.format(lang=lang, name=name)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")


def assert_ends_at_last_stage(text: str, found, name: str | None = None) -> None:
    """``found`` is one finding, at the last stage's id (`id: k`) of ``text``; it names the stage and
    ``name``, where given."""
    line, column = pos(text, "id: k")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + 4)]
    if name is not None:
        assert f"'k' ({name})" in found[0].message
