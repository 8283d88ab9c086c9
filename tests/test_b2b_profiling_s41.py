"""pseudo-profiling (CX101) on a B2B buying committee (tester49): a company's size and compliance said as values.

A payroll vendor's personas live in "mid-size companies" and "care about compliance": so does every buyer of
the category, and the trait says nothing of this one.  A size with its number, band or source ("50-249
employees (ONS size band)", "średnie przedsiębiorstwo wg GUS") and compliance said as a filing, a deadline or a
penalty ("Files RTI FPS on payday; an HMRC penalty in 2024 cost £400") are facts and stay quiet.  A role's
acronym ("CFO") names no one, so it no longer saves a summary of clichés either.
"""

from __future__ import annotations

import pytest

from cxkit.lint.vague import matcher
from rule_helpers import pos, run, where

RULE = "pseudo-profiling"

#: A company's size with no number, band or source (the tester's words first).
COMPANY_SIZE = [
    "Works in a mid-size company", "Values ROI in a mid-size company", "SME", "Mid-market company",
    "Decision maker in a mid-size company", "Runs payroll at a medium-sized business", "Works for a large firm",
    "Small and medium-sized enterprises",
    "Pracuje w średniej firmie", "Decydentka w średniej firmie", "Średnia firma w Polsce", "MŚP",
    "Kadrowa w firmie średniej wielkości", "Zapracowana kadrowa w średniej firmie, która dba o terminy",
    "Prowadzi małą firmę",
]

#: Compliance as a value, with nothing filed, checked or paid.
COMPLIANCE = [
    "Cares about compliance", "Compliance-focused", "Wants to stay compliant", "Concerned about regulations",
    "Values regulatory compliance",
    "Dba o zgodność z przepisami", "Zależy jej na zgodności z przepisami", "Dba o przestrzeganie przepisów",
    "Zgodność z przepisami",
]

#: Concrete facts of the tester's B2B personas (and their kind): none may be reported.
CONCRETE_B2B = [
    "Approves spend > £10k", "Approves any spend over £10k; anything over £50k a year goes to the board",
    "Zatwierdza wydatki powyżej 40 000 zł", "50–249 employees (ONS size band)", "średnie przedsiębiorstwo wg GUS",
    "Stała cena za pracownika w przedziale 50–249 osób (średnie przedsiębiorstwo wg GUS)",
    "A fixed annual price per employee band (50-249 employees, the ONS medium-size band)",
    "Runs payroll in Excel and Sage 50 Payroll", "Dropped a Workday trial in 2025 after a quote of £38 per employee",
    "Import kartotek pracowników z Symfonii Kadry i Płace", "Firma przeszła z Comarch Optima w 2024 r.",
    "enova365 Kadry Płace w wersji biurowej", "Files RTI FPS on payday; an HMRC penalty in 2024 cost £400",
    "Sends the P60 to every employee by 31 May", "Wysyła ZUS DRA do 15. dnia miesiąca",
    "Przygotowuje PIT-11 dla 230 osób do końca lutego", "Busy at month-end; blocks working days 1-5",
    "Dba o terminy ZUS; w 2025 r. ani razu nie spóźniła się z DRA",
    "Mid-size company (180 employees)", "Works at a mid-size logistics firm with 180 employees in Leeds",
    "Pracuje w średniej firmie produkcyjnej (230 osób) w Łodzi", "a mid-size company by the ONS definition",
    "Sprawdza zgodność z przepisami RODO przed każdym wdrożeniem", "Compliance officer at Whitfield Logistics",
    "Odpowiada za compliance w Symfonii", "Asks her CFO to sign off any tool above £10k a year",
    "Final decision maker on the fleet lease, signs off with the CFO",
    "Kupuje w Polsce od 2019 r.",
]


@pytest.mark.parametrize("trait", COMPANY_SIZE)
def test_a_company_size_without_a_figure_is_vague_s41(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.rescue is None, verdict
    assert "company-size" in {m.entry.id for m in verdict.matches}


@pytest.mark.parametrize("trait", COMPLIANCE)
def test_compliance_as_a_value_is_vague_s41(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.rescue is None, verdict
    assert [m.entry.id for m in verdict.matches] == ["compliance"]


@pytest.mark.parametrize("trait", CONCRETE_B2B)
def test_concrete_b2b_facts_stay_quiet_s41(trait):
    verdict = matcher().analyse(trait)
    assert not verdict.vague or verdict.rescue is not None, verdict


@pytest.mark.parametrize(("generic", "with_size"), [
    ("Values ROI", "Values ROI in a mid-size company"),
    ("Ceni ROI", "Ceni ROI w średniej firmie"),
    ("A busy finance director who values ROI and wants to save time.",
     "A busy finance director at a mid-market company who values ROI and wants to save time."),
])
def test_a_company_phrase_no_longer_makes_a_generic_trait_look_concrete_s41(generic, with_size):
    # Its words ("mid", "size", "market") counted as the author's own detail; now they are a phrase.
    assert matcher().analyse(generic).vague
    assert matcher().analyse(with_size).vague


@pytest.mark.parametrize("trait", ["A busy CFO who values ROI and wants to save time.",
                                   "Zapracowany CFO w MŚP, który chce oszczędzać czas"])
def test_a_roles_acronym_names_no_one_s41(trait):
    # "CFO" was read as a name (a brand or a person), which rescued the trait.
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.rescue is None, verdict


CLAIRE = """\
    kind: persona
    id: claire-whitmore
    name: Claire Whitmore
    lang: en
    summary: A busy CFO at a mid-market company who values ROI and wants to save time.
    demographics:
      location: Mid-size company in the UK
      occupation: Decision maker in a mid-size company
    behaviours:
      - Cares about compliance
      - Files RTI FPS on payday; an HMRC penalty in 2024 cost £400
      - Approves any spend over £10k; anything over £50k a year goes to the board
      - text: Works at a mid-size logistics firm (180 employees, ONS band 50-249)
    """

KASIA = """\
    kind: persona
    id: katarzyna-wojcik
    name: Katarzyna Wójcik
    lang: pl
    demographics:
      location: Łódź, Widzew
      occupation: Decydentka w średniej firmie
    psychographics:
      values:
        - Dba o zgodność z przepisami
        - Zatwierdza wydatki powyżej 40 000 zł
    goals:
      - Wysyłać deklaracje ZUS DRA do 15. dnia miesiąca bez ręcznych korekt w Płatniku
      - Stała cena za pracownika w przedziale 50–249 osób (średnie przedsiębiorstwo wg GUS)
    """


def test_an_english_b2b_persona_is_reported_on_its_size_and_compliance_s41(tmp_path, monkeypatch):
    found = sorted(run(tmp_path, monkeypatch, {"personas/claire.yaml": CLAIRE}, RULE), key=where)
    by_line = {f.line: f.message for f in found}
    assert pos(CLAIRE, "A busy CFO")[0] in by_line
    assert '"mid-market"' in by_line[pos(CLAIRE, "A busy CFO")[0]]
    assert by_line[pos(CLAIRE, "Mid-size company in")[0]].startswith(
        'location "Mid-size company in the UK" is a category ("Mid-size company", "the UK"), not a place')
    # (the field's name is followed by a colon or not, as the occupation's other findings are worded)
    assert by_line[pos(CLAIRE, "Decision maker")[0]].startswith("occupation")
    assert ('"Decision maker", "mid-size company" describe almost anyone; make it specific: give the headcount'
            in by_line[pos(CLAIRE, "Decision maker")[0]])
    assert by_line[pos(CLAIRE, "Cares about")[0]].startswith(
        '"Cares about compliance" describes almost anyone; make it specific: name the filing, deadline or audit')
    for fact in ("Files RTI", "Approves any", "Works at a mid-size"):
        assert pos(CLAIRE, fact)[0] not in by_line, fact


def test_a_polish_b2b_persona_is_reported_on_its_size_and_compliance_s41(tmp_path, monkeypatch):
    found = sorted(run(tmp_path, monkeypatch, {"personas/kasia.yaml": KASIA}, RULE), key=where)
    assert [where(f)[1:] for f in found] == [pos(KASIA, "Decydentka"), pos(KASIA, "Dba o zgodność")]
    assert found[0].message.startswith("occupation")
    assert '"średniej firmie" describes almost anyone' in found[0].message
    assert found[1].message.startswith('"Dba o zgodność z przepisami" describes almost anyone; make it specific: '
                                       'name the filing, deadline or audit')
    assert "ZUS DRA do 15. dnia miesiąca" in found[1].message  # the Polish lexicon's example
