"""pseudo-profiling (CX101): whose approximate age a summary gives, and what `demographics.age` says of it
(session 37).

Session 36 read a relative's or an acquaintance's age wherever a text opened with one ("Babcia, ok. 85 lat"
in `behaviours`).  In the `summary`, though, a grandmother, a neighbour or a mother-in-law named alone is
who the persona is: "Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją" gives the persona's approximate
age, reported as before session 36.  A possessive or an object that makes the persona someone else keeps
the relative's reading ("Jej babcia, ok. 85 lat", "Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted",
"Her colleague, about 30").  Traits keep it as session 36 had it.

And `demographics.age`: an age said in a trait or the summary more than ten years from every age it allows
is someone else's ("Babcia, ok. 70 lat" of a persona aged 34), unless the text opens by saying it is the
persona's ("Ma ok. 70 lat"); a near one is still the text's range, and where `demographics.age` gives one
age the finding says to write that age instead of asking for it again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cxkit.api import lint_text
from cxkit.config import Config
from cxkit.lint.engine import Selection, lint


def persona(lang: str, summary: str | None = None, trait: str | None = None, age: int | str | None = None) -> str:
    """A sourced, reviewed persona: a bookkeeper from Lublin or Leeds unless ``summary`` says otherwise, with
    ``trait`` as its one behaviour and ``age`` as its `demographics.age`."""
    doc: dict = {
        "kind": "persona", "id": "ola", "name": "Ola Nowak" if lang == "pl" else "Jane Doe", "lang": lang,
        "summary": summary or ("Księgowa z Lublina" if lang == "pl" else "Bookkeeper from Leeds"),
    }
    if age is not None:
        doc["demographics"] = {"age": age, "location": "Lublin, Czuby" if lang == "pl" else "Leeds, Headingley"}
    doc["goals"] = ["Zamknąć miesiąc w 3 dni robocze" if lang == "pl" else "Close the month in 3 working days"]
    doc["sources"] = [{"id": "s", "type": "interview", "date": "2026-09-01", "n": 12}]
    doc["reviewed"] = "2026-11-01"
    if trait:
        doc["behaviours"] = [trait]
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def found(text: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint_text(text, select="CX101", baseline=False)]


def at_summary(text: str) -> tuple[int, int]:
    """Where the summary's value starts: a one-line summary's finding stands there."""
    start = text.index("summary: ") + len("summary: ")
    return text[:start].count("\n") + 1, start - (text.rfind("\n", 0, start) + 1) + 1


# --- 1. the summary opens with the persona ------------------------------------------------------------------

PERSONA_IS_KIN = [
    ("pl", "Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją", "ok. 70 lat"),
    ("pl", "Babcia, ok. 85 lat", "ok. 85 lat"),
    ("pl", "Teściowa, ok. 65 lat, odbiera wnuki z przedszkola na Ursynowie", "ok. 65 lat"),
    ("pl", "Sąsiadka, ok. 70 lat, prowadzi osiedlowy warzywniak na Bielanach", "ok. 70 lat"),
    ("pl", "Babcia, ok. 70 lat, płaci za leki aplikacją, którą zainstalował jej wnuk", "ok. 70 lat"),
    ("en", "Grandma, about 70, pays for her prescriptions at Boots", "about 70"),
    ("en", "Grandma, about 85", "about 85"),
    ("en", "Mother-in-law, about 65, picks the kids up from school", "about 65"),
]


@pytest.mark.parametrize(("lang", "summary", "age"), PERSONA_IS_KIN, ids=[s for _, s, _ in PERSONA_IS_KIN])
def test_a_summary_that_opens_with_a_relative_alone_gives_the_personas_age(lang, summary, age):
    text = persona(lang, summary=summary)
    line, column = at_summary(text)
    assert found(text) == [(line, column, f'summary: "{age}" is an approximate age, a range by another name; give one '
                            "age in demographics.age and name the life stage that matters (first child, retirement, "
                            "moving out)")]
    # in a trait the same words are someone else's, as session 36 had it
    assert found(persona(lang, trait=summary)) == []


SOMEONE_ELSES = [
    # a possessive says whose
    ("pl", "Jej babcia, ok. 85 lat, mieszka w Radomiu"), ("en", "Her colleague, about 30, recommended Vinted"),
    ("en", "A friend of hers, about 30, recommended Monzo"), ("pl", "Jego teściowa, ok. 70 lat, płaci za leki w DOZ"),
    # an object in the clause after the age makes the persona someone else
    ("pl", "Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted"), ("pl", "Babcia, ok. 85 lat, mieszka z nią w Radomiu"),
    ("pl", "Sąsiadka, ok. 70 lat, odbiera jej paczki z InPostu"), ("pl", "Przyjaciółka, ok. 35 lat, namówiła ją na jogę"),
    ("en", "A friend from work, about 30, got her into parkrun"), ("en", "Grandma, about 85, lives with them in Leeds"),
    ("en", "A colleague, about 30, recommended Vinted to her"),
]


@pytest.mark.parametrize(("lang", "summary"), SOMEONE_ELSES, ids=[s for _, s in SOMEONE_ELSES])
def test_a_summary_that_says_whose_relative_it_is_gives_no_age_of_the_personas(lang, summary):
    assert found(persona(lang, summary=summary)) == []


def test_a_mother_opening_a_summary_is_the_persona_as_before():
    text = persona("pl", summary="Mama, ok. 35 lat, mieszka w Gdyni")
    assert [m for _, _, m in found(text)] == [
        'summary: "ok. 35 lat" is an approximate age, a range by another name; give one age in demographics.age and '
        "name the life stage that matters (first child, retirement, moving out)"]


# --- 2. demographics.age -------------------------------------------------------------------------------------

FAR = [
    # A summary's own age far from demographics.age contradicts it and is reported (review82:
    # test_summary_age_contradiction_s37); in a trait it is someone else's.
    ("pl", "Księgowa z Lublina", "Klient, ok. 60 lat", 34),
    ("en", "Bookkeeper from Leeds", "Her regular courier is about 50", 34),
    ("pl", "Księgowa z Lublina", "Klient, ok. 60 lat", "30-34"),
]


@pytest.mark.parametrize(("lang", "summary", "trait", "age"), FAR, ids=[f"{s}|{t}|{a}" for _, s, t, a in FAR])
def test_an_age_far_from_the_stated_one_is_someone_elses(lang, summary, trait, age):
    assert found(persona(lang, summary=summary, trait=trait)) != []  # reported without demographics.age
    assert found(persona(lang, summary=summary, trait=trait, age=age)) == []


@pytest.mark.parametrize(("lang", "summary", "said", "age"), [
    ("pl", "Ma ok. 35 lat, mieszka w Lublinie na Czubach", "ok. 35 lat", 34),
    ("pl", "Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją", "ok. 70 lat", 72),
    ("en", "She is about 35 and lives in Headingley", "about 35", 34),
    ("en", "Woman aged 30-40, lives in Headingley", "30-40", 36),
    # says it is the persona's: told what demographics.age says, far or near
    ("pl", "Ma ok. 60 lat, mieszka w Lublinie na Czubach", "ok. 60 lat", 34),
])
def test_an_age_near_the_stated_one_is_told_to_say_it(lang, summary, said, age):
    text = persona(lang, summary=summary, age=age)
    what = "an approximate age, a range by another name" if not said[0].isdigit() else "an age range"
    line, column = at_summary(text)
    assert found(text) == [(line, column, f'summary: "{said}" is {what}, and demographics.age already gives {age}: '
                            "write that age here, or leave the age to demographics.age")]


def test_the_generic_rest_of_a_trait_whose_age_is_someone_elses_is_still_reported():
    [(_, _, message)] = found(persona("pl", trait="Klient, ok. 60 lat, lubi dobrą kawę", age=34))
    assert message.startswith('"lubi dobrą kawę" describes almost anyone; make it specific')


def test_a_stated_range_leaves_the_ask_for_one_age():
    text = persona("pl", summary="Ma ok. 35 lat, mieszka w Lublinie na Czubach", age="33-36")
    assert [m for _, _, m in found(text)] == [
        'summary: "ok. 35 lat" is an approximate age, a range by another name; give one age in demographics.age and '
        "name the life stage that matters (first child, retirement, moving out)"]


def test_a_near_age_does_not_make_a_relatives_trait_the_personas():
    # a spouse's or a sibling's age is often near the persona's: the trait's reading stands
    assert found(persona("pl", trait="Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją", age=72)) == []


def test_a_polish_workspace_says_what_demographics_age_gives(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        persona("pl", summary="Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją", age=71), encoding="utf-8")
    (tmp_path / "personas" / "ela.yaml").write_text(
        persona("pl", summary="Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją").replace("id: ola", "id: ela"),
        encoding="utf-8")
    result = lint(["."], Config(root=tmp_path, lang="pl"), Selection(select=("CX101",)))
    assert sorted((f.path, f.message) for f in result.findings) == [
        ("personas/ela.yaml", "summary: „ok. 70 lat” to przybliżony wiek, czyli przedział pod inną nazwą; podaj jeden "
                              "wiek w `demographics.age` i nazwij etap życia, który ma znaczenie (pierwsze dziecko, "
                              "emerytura, wyprowadzka z domu)"),
        ("personas/ola.yaml", "summary: „ok. 70 lat” to przybliżony wiek, czyli przedział pod inną nazwą, a "
                              "`demographics.age` podaje już 71: wpisz tu ten wiek albo zostaw wiek w `demographics.age`"),
    ]
