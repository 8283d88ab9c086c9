"""pseudo-profiling (CX101): who the summary opens with, for the age after it (session 38).

- A job title named with where from ("Księgowa z Lublina, ok. 50 lat", "Accountant from Leeds, about 50") is
  the persona, as the title alone is ("Księgowa, ok. 50 lat"): far from `demographics.age` its age
  contradicts it and is reported; it was taken for someone else's and dropped.  Someone else beside a
  title ("Trenerka seniorów z Lublina, 60-70 lat"), or a place that is no place ("Koleżanka z pracy"),
  keeps it someone else's, and so does a pronoun after the age that names the persona as someone else
  ("Opiekunka, ok. 60 lat, odwiedza ją": reported before, as the title alone was the persona).
- A bare range after the persona's own name ("Anna, 45-55, lives in Leeds" of Anna Kowalska) is an age, as
  after "Woman" it is; after another capitalised word ("Leeds, 45-55, …", "Ola, 45-55" of Anna Kowalska) it
  is not: a lone capitalised word may be a place, or someone else.
"""

from __future__ import annotations

import pytest
import yaml

from cxkit.api import lint_text

from test_summary_age_contradiction_s37 import stated
from test_summary_kin_age_s37 import at_summary, found, persona

FROM_PLACE = [
    ("pl", "Księgowa z Lublina, ok. 50 lat, rozlicza 40 firm w Comarch ERP Optima", "ok. 50 lat"),
    ("pl", "Księgowa z Lublina – ok. 50 lat, rozlicza 40 firm w Comarch ERP Optima", "ok. 50 lat"),
    ("pl", "Babcia z Nowego Sącza, ok. 70 lat, płaci za leki w DOZ aplikacją", "ok. 70 lat"),
    ("en", "Accountant from Leeds, about 50, files returns for 40 firms in Xero", "about 50"),
]


@pytest.mark.parametrize(("lang", "summary", "said"), FROM_PLACE, ids=[s for _, s, _ in FROM_PLACE])
def test_a_title_from_a_place_is_the_persona_and_its_far_age_contradicts_s38(lang, summary, said):
    text = persona(lang, summary=summary, age=34)
    line, column = at_summary(text)
    assert found(text) == [(line, column, stated(said, 34))]


SOMEONE_ELSE = [
    ("pl", "Trenerka seniorów z Lublina, 60-70 lat, prowadzi zajęcia w MOSiR"),
    ("pl", "Koleżanka z pracy, ok. 50 lat, poleciła jej Vinted"),
    ("pl", "Córka starszej pani z Lublina, ok. 50 lat, robi jej zakupy w Lidlu"),
    ("en", "A friend from work, about 50, got her into parkrun"),
    # a pronoun after the age names the persona as someone else: the opener is not her
    ("pl", "Opiekunka z Caritasu, ok. 60 lat, odwiedza ją 2 razy w tygodniu"),
    ("pl", "Opiekunka, ok. 60 lat, odwiedza ją 2 razy w tygodniu"),
    ("en", "Carer from Crossroads, about 60, looks after her on Tuesdays"),
]


@pytest.mark.parametrize(("lang", "summary"), SOMEONE_ELSE, ids=[s for _, s in SOMEONE_ELSE])
def test_someone_else_from_a_place_keeps_their_age_s38(lang, summary):
    assert found(persona(lang, summary=summary, age=34)) == []


def named(lang: str, name: str, summary: str) -> list[tuple[int, str]]:
    doc = {"kind": "persona", "id": "anna", "name": name, "lang": lang, "summary": summary,
           "goals": ["Zamknąć miesiąc w 3 dni robocze" if lang == "pl" else "Close the month in 3 working days"],
           "sources": [{"id": "s", "type": "interview", "date": "2026-09-01", "n": 12}], "reviewed": "2026-11-01"}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    return [(f.column, f.message) for f in lint_text(text, select="CX101", baseline=False)]


RANGE = ('summary: "45-55" is an age range; a range of ages is a segment, not a person: give one age in '
         "demographics.age and name the life stage that matters (first child, retirement, moving out)")


@pytest.mark.parametrize(("lang", "name", "summary"), [
    ("en", "Anna Kowalska", "Anna, 45-55, lives in Leeds"),
    ("en", "Anna Kowalska", "Anna Kowalska, 45-55, lives in Leeds"),
    ("pl", "Anna Kowalska", "Anna, 45-55, mieszka w Lublinie"),
])
def test_a_bare_range_after_the_personas_own_name_is_an_age_s38(lang, name, summary):
    assert [message for _column, message in named(lang, name, summary)] == [RANGE]  # English: no `lang = "pl"` config


@pytest.mark.parametrize(("lang", "name", "summary"), [
    ("en", "Anna Kowalska", "Leeds, 45-55, was the office's headcount"),
    ("en", "Anna Kowalska", "Ola, 45-55, lives in Leeds"),
    ("en", "Anna Kowalska", "Anna, 45-55 invoices a month, works in Leeds"),
    ("pl", "Anna Kowalska", "Lublin, 45-55 tys. zł obrotu miesięcznie w sklepie"),
])
def test_a_bare_range_after_another_capitalised_word_is_no_age_s38(lang, name, summary):
    assert named(lang, name, summary) == []
