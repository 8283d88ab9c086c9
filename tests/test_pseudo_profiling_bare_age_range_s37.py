"""pseudo-profiling (CX101) reads an age range written without "years"/"lat" as an age where it is clearly one
(session 37, fixII37).

"Woman, 45-55, lives in a big city" is the classic pseudo-profiling bracket, but with no "years", "lat" or
age word right before it the range was not read as an age at all. It is one beside a person and "is",
"jest", "ma" ("She is 50-55 and values quality") or in a clause of its own in the comma list after an opener
that names a person ("Kobieta, 45-55, mieszka w dużym mieście"); never a price, a time, a count, a
percentage, a date, a version or a stage number, nor a relative's age."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.lint.vague import _vague_ages, normalise
from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)


def persona(ws: Path, lang: str, body: str) -> list[dict]:
    (ws / "p.yaml").write_text(f"kind: persona\nid: ewa-nowak\nname: Ewa Nowak\nlang: {lang}\n{body}",
                               encoding="utf-8")
    return lint("--select", "CX101", "p.yaml")[1]


@pytest.mark.parametrize(("lang", "summary", "age"), [
    ("en", "Woman, 45-55, lives in a big city", "45-55"),
    ("en", "She is 50-55 and values quality", "50-55"),
    ("en", "Mum of two, 35–45, works part-time and shops online", "35–45"),
    ("pl", "Kobieta, 45-55, mieszka w dużym mieście", "45-55"),
    ("pl", "Mężczyzna z dużego miasta, 30-40, dba o zdrowie", "30-40"),
    ("pl", "Ona jest 50-55 i ceni jakość", "50-55"),
])
def test_a_bare_range_in_the_summary_is_the_personas_age_range_s37(ws: Path, lang: str, summary: str,
                                                                   age: str) -> None:
    found = persona(ws, lang, f'summary: "{summary}"\n')
    assert [(f["line"], f["code"]) for f in found] == [(5, "CX101")]
    assert f'"{age}"' in found[0]["message"] or f"„{age}”" in found[0]["message"]


@pytest.mark.parametrize(("lang", "trait", "age"), [
    ("en", "Woman, 45-55, values quality", "45-55"),
    ("pl", "Klientka, 45-55, ceni jakość", "45-55"),
])
def test_a_bare_range_in_a_trait_after_a_person_is_an_age_s37(ws: Path, lang: str, trait: str, age: str) -> None:
    found = persona(ws, lang, f"behaviours:\n  - {trait}\n")
    assert [(f["line"], f["code"]) for f in found] == [(6, "CX101")]
    assert age in found[0]["message"]


NO_AGE = [
    "Płaci 45-55 zł miesięcznie za karnet na siłownię",
    "Klientka, 45-55 zł miesięcznie wydaje na kosmetyki",
    "Kobieta, 45-55 zł miesięcznie",
    "Spends $45-55 a week on flat whites",
    "Woman, $45-55, a week on coffee",
    "Woman, 45-55 invoices a month, sends them from Xero",
    "Accountant, 45-55 invoices a month",
    "Wysyła 45-55 faktur miesięcznie",
    "Kobieta, 16-20 zamówień miesięcznie",
    "Pracuje 9-17 w biurze",
    "Kobieta, 9-17, pracuje w biurze",
    "Kobieta, 10-14, odbiera paczki z paczkomatu",
    "Works 10-18 at the Boots on Briggate",
    "Sklep czynny, 10-18, od poniedziałku",
    "Woman, margin 45-55%, sells on Etsy",
    "Her margin is 45-55% on ceramics",
    "Klientka, 10-12 maja kupuje prezenty",
    "Kobieta, 2019-2021 klientka Allegro",
    "Uses Xero 10-12, not the web app",
    "Customer, stage 10-12 of the loan application",
    "Utknęła na etapie 10-12 wniosku",
    "The queue is 45-55 minutes on a Monday",
    "The queue is 45-55",
    "Her son is 16-18",
    "Jej mama, 60-70, mieszka w Radomiu",
    "Her mum, 60-70, lives in Hull",
    "Woman, has worked in retail, 20-25, values quality",
]


@pytest.mark.parametrize("text", NO_AGE)
def test_a_range_that_is_no_age_is_not_read_as_one_s37(text: str) -> None:
    assert _vague_ages(text, normalise(text), summary=True) == []


@pytest.mark.parametrize(("lang", "summary"), [
    ("pl", "Kobieta, 45-55 zł miesięcznie wydaje na kosmetyki w Rossmannie przy Piotrkowskiej"),
    ("en", "Accountant, 45-55 invoices a month, all sent from Xero on the last Friday"),
    ("pl", "Jej mama, 60-70, mieszka w Radomiu i dzwoni co niedzielę o 18:00"),
])
def test_a_summary_with_a_range_that_is_no_age_stays_quiet_s37(ws: Path, lang: str, summary: str) -> None:
    assert persona(ws, lang, f'summary: "{summary}"\n') == []
