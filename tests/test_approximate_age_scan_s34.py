"""The scan for approximate ages (pseudo-profiling, CX101) on its own: "ok. 35 lat", "about 35", "35-ish" are
ages; how long something lasted or how long ago it was is none, whatever the trait around it rescues."""

from __future__ import annotations

import pytest

from cxkit.lint.vague import _vague_ages, normalise


def _ages(text: str) -> list[str]:
    return [text[a:b] for a, b in _vague_ages(text, normalise(text))]


@pytest.mark.parametrize("text", [
    "Od około 20 lat", "Od ok. 15 lat", "Przez około 30 lat", "Ok. 20 lat temu", "Około 20 lat później",
    "For about 20 years", "Since about 25 years", "About 20 years ago", "Around 15 years later",
    "About 40 minutes", "Ma ok. 30 lat doświadczenia", "Ma około 20 lat stażu", "Has about 20 years of experience",
    "Opiekuje się mamą, ok. 80-letnią", "Her father, about 80 years old", "Po ok. 30-letniej pracy w PKP",
    "Od ok. 15-letniej współpracy z Orlenem",
])
def test_a_duration_or_someone_elses_age_is_no_approximate_age(text):
    assert _ages(text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Ma ok. 35 lat", "ok. 35 lat"), ("Około 40-letni mężczyzna", "Około 40-letni"),
    ("Around 35 years old", "Around 35 years old"), ("A 35-ish mum", "35-ish"), ("Kobieta ok. 35 lat", "ok. 35 lat"),
])
def test_an_approximate_age_is_found(text, age):
    assert _ages(text) == [age]
