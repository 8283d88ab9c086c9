"""pseudo-profiling (CX101): "since she can remember" and "odkąd sięga pamięcią" are a time, as
"odkąd pamięta" is, not a life event that would make the trait the person's own reason."""

from __future__ import annotations

import pytest

from trait_helpers import one_trait_persona as _persona


@pytest.mark.parametrize(("lang", "trait", "phrase"), [
    ("en", "Since she can remember, she values quality", "values quality"),
    ("en", "Has cared about health since she can remember", "cared about health"),
    ("pl", "Odkąd sięga pamięcią, ceni jakość", "ceni jakość"),
    ("pl", "Odkad siega pamiecia ceni jakosc", "ceni jakosc"),
    ("pl", "Dba o zdrowie, odkąd tylko sięga pamięcią", "Dba o zdrowie"),
])
def test_a_memory_after_since_is_no_reason(write, lint_json, lang, trait, phrase):
    write("personas/p.yaml", _persona(lang, trait))
    found = lint_json(".", select="pseudo-profiling").findings
    assert [f["code"] for f in found] == ["CX101"]
    assert f'"{phrase}" describes almost anyone' in found[0]["message"]


@pytest.mark.parametrize(("lang", "trait"), [
    ("en", "Cares about health since her cancer treatment: avoids any product with fragrance"),
    ("en", "Since she became a mother, she cares about her health"),
    ("pl", "Odkąd urodziła córkę, dba o zdrowie"),
])
def test_a_life_event_after_since_is_still_a_reason(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    assert lint_json(".", select="pseudo-profiling").findings == []
