"""pseudo-profiling (CX101): owning what everyone owns ("Ma smartfona", "Owns a smartphone") and a
household that is only "typical", "Polish" or "average" ("Typowa polska rodzina") fit every customer;
which phone and what follows, or who lives in the household, is detail."""

from __future__ import annotations

import pytest

from trait_helpers import one_trait_persona as _persona


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Ma smartfona"), ("pl", "Posiada laptopa"), ("pl", "Ma komputer"), ("pl", "Mają smartfony"),
    ("en", "Owns a smartphone"), ("en", "Has a laptop"), ("en", "Has a mobile phone"), ("en", "Owns a computer"),
])
def test_owning_what_everyone_owns(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait=trait))
    found = lint_json(".", select="pseudo-profiling").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX101", 6)]
    # One generic word beside stopwords ("Ma smartfona") is quoted with the whole trait since session 39.
    assert "built only from generic words (" in found[0]["message"]


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Ma smartfona z Androidem 9, na którym nie działa nasza aplikacja"),
    ("pl", "Ma tablet dla dzieci z aplikacją Librus"),
    ("en", "Owns an iPhone 8 that cannot install our app (iOS 16 required)"),
    ("en", "Has a laptop from work where IT blocks every install"),
    ("en", "Has a dog"),
])
def test_which_one_and_what_follows_is_detail(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait=trait))
    assert lint_json(".", select="pseudo-profiling").findings == []


@pytest.mark.parametrize(("lang", "household"), [
    ("pl", "Typowa polska rodzina"), ("pl", "Przeciętna rodzina"), ("pl", "Zwykla polska rodzina"),
    ("en", "Average family"), ("en", "Ordinary British family"),
])
def test_a_typical_household_is_a_kind(write, lint_json, lang, household):
    write("personas/p.yaml", _persona(lang, household=household))
    found = lint_json(".", select="pseudo-profiling").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX101", 6)]
    assert found[0]["message"].startswith(f'household "{household}" is a kind of household, not who lives in it')


@pytest.mark.parametrize(("lang", "household"), [
    ("pl", "Polska rodzina z Londynu: mąż, żona i syn (7 lat)"),
    ("pl", "Żona i dwie córki, 8 i 11 lat"),
    ("en", "Lives with her partner, a night-shift nurse"),
])
def test_who_lives_there_is_detail(write, lint_json, lang, household):
    write("personas/p.yaml", _persona(lang, household=household))
    assert lint_json(".", select="pseudo-profiling").findings == []
