"""An approximator run into the digits ("ok35", "about35") is none, for the full age patterns as for the
quick scans that decide whether they run; "35ish" and "ok. 35lat" are approximate ages for both, not only
when another age in the text made the full patterns run: the two never disagree on such a text (review79)."""

from __future__ import annotations

import re

import pytest

from age_helpers import cx101_messages, persona
from cxkit.lint import vague
from cxkit.lint.vague import normalise

_QUICK = ("_VAGUE_AGE_IN_NORM", "_VAGUE_AGE_AFTER_NUMBER", "_SINGLE_AGE_HINT", "_SINGLE_AGE_AFTER_NUMBER",
          "_AGE_BEFORE_NUMBER", "_DECADE_HINT", "_APPROX_HINT", "_APPROXIMATOR")


def _full(text: str, monkeypatch) -> list[tuple[int, int]]:
    with monkeypatch.context() as patch:
        for name in _QUICK:
            patch.setattr(vague, name, re.compile(""))
        return vague._vague_ages(text, "")


@pytest.mark.parametrize("text", [
    "35 y/oK35 y/o",
    "Kobieta ok35 lat, mieszka w Gdańsku",
    "Okolo35 lat, prowadzi sklep z rowerami w Toruniu",
    "Runs a bakery in Leeds, about35 years old",
    "about35ish",
    "-35ish35ish",
    "Ok. 3.35 zł za litr, tankuje na Orlenie",  # a decimal, not an age
])
def test_a_word_run_into_the_digits_is_no_approximator_for_either_scan(text, monkeypatch):
    assert vague._vague_ages(text, normalise(text)) == []
    assert _full(text, monkeypatch) == []


@pytest.mark.parametrize("text, quoted", [
    ("Kobieta ok. 35 lat, mieszka w Gdańsku", "ok. 35 lat"),
    ("Księgowa z Lublina, ok. ~35 lat, pracuje zdalnie", "ok. ~35 lat"),
    ("Runs a bakery in Leeds, about 35 years old", "about 35 years old"),
    ("Around ~40, rents a flat in Croydon", "Around ~40"),
    # written as one word: the quick scans missed them, so lint did too
    ("Jane, 35ish, runs a café in Headingley", "35ish"),
    ("Księgowa z Lublina, ok. 35lat, pracuje zdalnie", "ok. 35lat"),
    ("Mama, ok. 35lat", "ok. 35lat"),
    ("Roughly 35y/o, rents a flat in Croydon", "Roughly 35y/o"),
    # the abbreviation's dot parts "ok." from the number, a common slip
    ("Księgowa z Lublina, ok.35 lat, pracuje zdalnie", "ok.35 lat"),
])
def test_an_approximate_age_is_found_by_both_scans(text, quoted, monkeypatch):
    quick = vague._vague_ages(text, normalise(text))
    assert [text[a:b] for a, b in quick] == [quoted]
    assert _full(text, monkeypatch) == quick


@pytest.mark.parametrize(("lang", "summary", "age"), [
    ("en", "Jane, 35ish, runs a café in Headingley", "35ish"),
    ("pl", "Księgowa z Lublina, ok. 35lat, pracuje zdalnie", "ok. 35lat"),
    ("pl", "Księgowa z Lublina, ok.35 lat, pracuje zdalnie", "ok.35 lat"),
])
def test_lint_reports_an_approximate_age_written_as_one_word(lang, summary, age):
    assert [m.split(" is ")[0] for m in cx101_messages(persona(lang, summary=summary))] == [f'summary: "{age}"']
