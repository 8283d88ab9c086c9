"""The persona the tests of pseudo-profiling (CX101) on public services' words write around the traits
under test (test_public_service_words_s39, test_public_service_review_s39): Kelly Brooks in Leeds or
Olena Kowalenko in Łódź, in English or Polish, whose behaviours are the traits given."""

from __future__ import annotations

import json

RULE = "pseudo-profiling"


def persona_with(lang: str, *traits: str, demographics: bool = False) -> str:
    """The persona, in ``lang``, with ``traits`` as its behaviours (each quoted, so a trait is read as
    written); ``demographics``: her age and location too, before them."""
    name = "Olena Kowalenko" if lang == "pl" else "Kelly Brooks"
    text = f"kind: persona\nid: p\nname: {name}\nlang: {lang}\n"
    if demographics:
        text += (f"demographics:\n  age: 41\n"
                 f"  location: {'Łódź, Bałuty' if lang == 'pl' else 'Leeds, Seacroft'}\n")
    return text + "behaviours:\n" + "".join(f"  - {json.dumps(t, ensure_ascii=False)}\n" for t in traits)
