"""Helpers shared by the tests of one persona trait read by lint's word rules (session 27 onward)."""

from __future__ import annotations


def one_trait_persona(lang: str, trait: str = "", household: str = "") -> str:
    """A sourced persona `p-LANG` in ``lang`` whose only trait is the behaviour ``trait`` and whose only
    demographic is ``household`` (each left out when empty), both single-quoted as written."""
    demo = f"demographics:\n  household: '{household}'\n" if household else ""
    traits = f"behaviours:\n  - '{trait}'\n" if trait else ""
    return (f"kind: persona\nid: p-{lang}\nname: Persona {lang}\nlang: {lang}\n{demo}{traits}"
            "sources:\n  - {id: interviews, type: interview, date: 2026-10-01, n: 11}\n")
