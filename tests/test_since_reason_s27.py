"""pseudo-profiling (CX101): a life event after "since" / "odkąd" is a reason of the person's own, as
one after "because" / "bo" is ("Cares about health since her cancer treatment: avoids any product
with fragrance"); a time alone is not ("since last year", "odkąd pamięta")."""

from __future__ import annotations

import pytest

from trait_helpers import one_trait_persona as _persona


@pytest.mark.parametrize(("lang", "trait"), [
    ("en", "Cares about health since her cancer treatment: avoids any product with fragrance"),
    ("en", "Wants to save time since having twins"),
    ("pl", "Dba o zdrowie odkąd zachorowała na cukrzycę"),
    ("pl", "Dba o zdrowie odkad zachorowala na cukrzyce"),
])
def test_a_life_event_after_since_is_a_reason(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    assert lint_json(".", select="pseudo-profiling").findings == []


@pytest.mark.parametrize(("lang", "trait"), [
    ("en", "Cares about health"),
    ("en", "Cares about health since last year"),
    ("en", "Cares about health since the past few years"),
    ("en", "Health-conscious since childhood"),
    ("pl", "Ceni jakość odkąd pamięta"),
    ("pl", "Dba o zdrowie odkąd minęły ostatnie lata"),
])
def test_a_time_alone_is_no_reason(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    found = lint_json(".", select="pseudo-profiling").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX101", 6)]
