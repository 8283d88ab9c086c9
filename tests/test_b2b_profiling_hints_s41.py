"""pseudo-profiling (CX101): one finding names every vague part of a trait, and a buyer's advice has a buyer's example.

tester49 (a payroll vendor's product marketer): "Risk-averse busy executive" was quoted as "busy executive"
only, "Jest wymagający i ceni sobie elastyczność" as "wymagający"; and a finance director told to "make it
specific" was shown a kettle, the weekly shop, the NHS App and an online grocer.  A persona whose summary,
occupation or trait names a company, a role in one or its staff now gets a buyer's example, in the
document's language as every example of the lexicons (a Polish workspace's message around it).
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from rule_helpers import pos, run, where, write

RULE = "pseudo-profiling"


def persona(lang: str, trait: str, summary: str | None = None, occupation: str | None = None) -> str:
    head = f"kind: persona\nid: p\nname: Claire Whitmore\nlang: {lang}\n"
    if summary:
        head += f"summary: {summary}\n"
    if occupation:
        head += f"demographics:\n  occupation: {occupation}\n"
    return head + f"behaviours:\n  - {trait}\n"


@pytest.mark.parametrize(("lang", "trait", "quoted"), [
    ("en", "Risk-averse busy executive", '"Risk-averse", "busy executive" describe almost anyone'),
    ("pl", "Jest wymagający i ceni sobie elastyczność", '"wymagający", "ceni sobie elastyczność" describe almost anyone'),
    ("en", "Values ROI in a mid-size company", '"Values ROI", "mid-size company" describe almost anyone'),
    ("pl", "Ceni ROI w średniej firmie", '"Ceni ROI", "średniej firmie" describe almost anyone'),
])
def test_one_finding_names_every_vague_part_s41(tmp_path, monkeypatch, lang, trait, quoted):
    doc = persona(lang, trait)
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc}, RULE)
    assert [where(f)[1:] for f in found] == [pos(doc, trait)]  # still one finding, where it was
    assert found[0].message.startswith(quoted), found[0].message


@pytest.mark.parametrize(("trait", "quoted"), [
    # "and reliability": one generic word after "and" is no run of its own.
    ("Values quality and reliability", '"Values quality" describes'),
    ("Busy professional", '"Busy professional" describes'),  # the phrase's tail is quoted with it, as before
    ("Dba o zdrowie i regularnie ćwiczy", '"Dba o zdrowie" describes'),  # "regularnie ćwiczy": no generic words
])
def test_a_trait_without_a_second_run_is_quoted_as_before_s41(tmp_path, monkeypatch, trait, quoted):
    doc = persona("pl" if "Dba" in trait else "en", trait)
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc}, RULE)
    assert len(found) == 1 and found[0].message.startswith(quoted), found[0].message


B2B = "Finance director of a 180-employee logistics firm in Leeds"
B2B_PL = "Kierowniczka kadr w firmie produkcyjnej z Łodzi, 230 pracowników"


@pytest.mark.parametrize(("lang", "summary", "trait", "buyer", "shopper"), [
    ("en", B2B, "Values quality", "Sage 50", "Moccamaster"),
    ("en", B2B, "Tech-savvy", "reconciles it in Excel", "NHS App"),
    ("en", B2B, "Risk-averse busy executive", "month-end payroll takes her 3 days", "weekly shop"),
    ("en", B2B, "Grow the business", "system, supplier or figure", "product, shop or channel"),
    ("pl", B2B_PL, "Otwarta na nowe technologie", "e-Doręczenia", "Frisco"),
    ("pl", B2B_PL, "Zapracowana, chce oszczędzać czas", "zamknięcie listy płac", "zakupy zajmują"),
])
def test_a_buyer_in_a_company_gets_a_buyers_example_s41(tmp_path, monkeypatch, lang, summary, trait, buyer, shopper):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona(lang, trait, summary)}, RULE)
    assert len(found) == 1
    assert buyer in found[0].message and shopper not in found[0].message, found[0].message


@pytest.mark.parametrize(("lang", "summary", "trait", "shopper"), [
    ("en", "Nurse in Leeds who does the weekly shop at Tesco on Saturdays", "Values quality", "Moccamaster"),
    ("pl", "Pielęgniarka z Łodzi, zakupy robi w Lidlu w soboty", "Otwarta na nowe technologie", "Frisco"),
])
def test_a_shopper_keeps_the_shoppers_example_s41(tmp_path, monkeypatch, lang, summary, trait, shopper):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona(lang, trait, summary)}, RULE)
    assert len(found) == 1 and shopper in found[0].message, found[0].message


def test_the_occupation_alone_makes_the_persona_a_buyer_s41(tmp_path, monkeypatch):
    doc = persona("en", "Values quality", occupation="Finance Director at Whitfield Logistics (180 employees)")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc}, RULE)
    assert len(found) == 1 and "Sage 50" in found[0].message


def test_in_a_polish_workspace_an_english_buyer_gets_polish_advice_and_an_english_example_s41(tmp_path, monkeypatch):
    # The message speaks the workspace's language; the example is what to write into the document, in its
    # language, as the lexicons' examples and the occupation's and location's are.
    write(tmp_path, {"personas/p.yaml": persona("en", "Values quality", B2B)})
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path, lang="pl"), Selection(select=(RULE,))).findings
    assert len(found) == 1
    message = found[0].message
    assert message.startswith("„Values quality” opisuje niemal każdego; doprecyzuj: podaj produkt"), message
    assert "(np. „chose Sage 50 over" in message
