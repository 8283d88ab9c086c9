"""pseudo-profiling (CX101): a shopper's employer does not make a buyer's example (review121, session 41).

Review of 64c4d06a: any company word in a persona's `occupation` ("Payroll clerk at a logistics company",
"Księgowa w firmie transportowej") gave a consumer persona, whose summary is the family car or the weekly
shop, a payroll vendor's examples (Sage 50, a month-end close).  Everyone works somewhere: the occupation now
makes the persona a buyer only when it names a role that buys for the company (a director, an owner, the
board, procurement); the summary and the trait are read as before.
"""

from __future__ import annotations

import pytest

from rule_helpers import run

RULE = "pseudo-profiling"


def persona(lang: str, trait: str, occupation: str, summary: str | None = None) -> str:
    head = f"kind: persona\nid: p\nname: Jo Patel\nlang: {lang}\n"
    if summary:
        head += f"summary: {summary}\n"
    return head + f"demographics:\n  occupation: {occupation}\nbehaviours:\n  - {trait}\n"


@pytest.mark.parametrize(("lang", "occupation", "summary", "trait", "shopper", "buyer"), [
    ("en", "Payroll clerk at a logistics company (commutes 40 minutes by car)",
     "Teacher's partner in Leeds who replaces the family car every eight years", "Values quality", "Moccamaster",
     "Sage 50"),
    ("en", "Works for a software company in Manchester", None, "Tech-savvy", "NHS App", "Excel"),
    ("pl", "Księgowa w firmie transportowej", "Mama dwójki dzieci z Poznania, co sobotę robi zakupy online",
     "Otwarta na nowe technologie", "Frisco", "e-Doręczenia"),
    ("pl", "Pracuje w dużej spółce w Warszawie", None, "Zapracowana, chce oszczędzać czas", "zakupy zajmują",
     "listy płac"),
])
def test_a_shopper_with_an_employer_keeps_the_shoppers_example_s41(tmp_path, monkeypatch, lang, occupation,
                                                                    summary, trait, shopper, buyer):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona(lang, trait, occupation, summary)}, RULE)
    told = [f.message for f in found if trait.split(",")[0] in f.message]
    assert len(told) == 1 and shopper in told[0] and buyer not in told[0], told


@pytest.mark.parametrize(("lang", "occupation", "trait", "buyer"), [
    ("en", "Head of Finance at Brightwell Foods (UK, 180 staff)", "Values quality", "Sage 50"),
    ("en", "Owner of a 12-person plumbing firm in Bristol", "Tech-savvy", "Excel"),
    ("pl", "Dyrektorka finansowa w zakładzie w Łodzi", "Otwarta na nowe technologie", "e-Doręczenia"),
    ("pl", "Właścicielka biura rachunkowego w Gdańsku", "Zapracowana, chce oszczędzać czas", "listy płac"),
])
def test_a_role_that_buys_for_the_company_gets_a_buyers_example_s41(tmp_path, monkeypatch, lang, occupation, trait,
                                                                    buyer):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona(lang, trait, occupation)}, RULE)
    told = [f.message for f in found if trait.split(",")[0] in f.message]
    assert len(told) == 1 and buyer in told[0], told
