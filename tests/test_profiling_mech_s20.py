"""pseudo-profiling (session 20, tester3 F1, F3, F7): what is no detail, and the fields not read before.

F1: an interview id ("(INT-07)"), the document's own source id ("(wywiady-2026-10)"), a link, or a
person's name (the persona's own, "pani Halina", a speaker beside "mówi"/"says"/"каже") next to a
generic phrase used to count as detail and hid the finding; a real brand, shop or place still does.
F3: `summary`, `demographics.household` and `demographics.education` were never read.
F7: numbers that only stress ("24/7", "10/10", "na 1000%", "na 5 gwiazdek", "(top 1)") counted as detail.
"""

from __future__ import annotations

import pytest

from cxkit.lint import vague
from cxkit.lint.vague import matcher
from rule_helpers import pos, run

RULE = "pseudo-profiling"

# --- F1: labels, links and people ------------------------------------------------------------------

LABELLED_VAGUE = [
    "Dba o zdrowie (INT-07)",
    "Dba o zdrowie [INT-07]",
    "Dba o zdrowie (wywiad INT-07)",
    "Dba o zdrowie [IDI-12]",
    "Ceni jakość (respondentka INT-07)",
    "Values quality (interview INT-07)",
    "Dba o zdrowie (źródło: wywiady 2026-10)",
    "Ceni jakość (ankieta 2026-10-14)",
    "Ceni jakość, https://drive.example.com/x",
    "Values quality, see www.example.com/notes/int-07",
]

PEOPLE_VAGUE = [
    "Halina Wróblewska mówi, że dba o zdrowie",
    "Pani Halina mówi, że dba o zdrowie",
    "Olena Kowalenko mówi, że ceni jakość",
    "Według notatek Olena dba o zdrowie",
    "Як каже Олена, dba o zdrowie",
    "Dba o zdrowie, jak mówi pani Kowalska",
    "Cares about health, says Mrs Patel",
    "Dba o zdrowie (Olena)",
]

#: A real brand, shop, place or family member beside the same phrases: still specific.
NAMED_SPECIFIC = [
    "Dba o zdrowie, kupuje w Żabce",
    "Ceni jakość, kupuje kosmetyki Ziaja",
    "Mieszka w dużym mieście — Lublinie",
    "Ceni jakość, narzędzia kupuje w Castoramie",
    "Ceni jakość (Castorama)",
    "Zakupy robi w Piotr i Paweł, ceni jakość",
    "Ceni jakość, kremy Dr Irena Eris",
    "Cares about Hanna's health",
    "Dba o zdrowie, trenuje z Ewą Chodakowską",
    "Ceni jakość, kupuje w sklepie Pani Walewska",
    "Ceni jakość według Rossmanna",
    "Dba o zdrowie, Olena zamawia Euthyrox co 3 miesiące",
    "Dba o zdrowie (pakiet Medicover)",
]


@pytest.mark.parametrize("trait", LABELLED_VAGUE)
def test_an_interview_id_a_dated_source_or_a_link_is_no_detail(trait):
    verdict = matcher().analyse(trait)
    assert verdict.matches
    assert verdict.vague, verdict.rescue


@pytest.mark.parametrize("trait", PEOPLE_VAGUE)
def test_a_speaker_or_interviewee_named_beside_the_phrase_is_no_detail(trait):
    verdict = matcher().analyse(trait)
    assert verdict.matches
    assert verdict.vague, verdict.rescue


@pytest.mark.parametrize("trait", NAMED_SPECIFIC)
def test_a_named_brand_shop_place_or_relative_still_makes_it_specific(trait):
    verdict = matcher().analyse(trait)
    assert verdict.matches, "the phrase is still found"
    assert not verdict.vague


def test_the_documents_own_source_id_and_name_are_no_detail_only_for_that_document():
    own = vague.DocumentWords.of("Halina Wróblewska", ["halina-2026-10", "ankieta-sklep"])
    m = matcher()
    for trait in ("Dba o zdrowie (halina-2026-10)", "Ceni jakość, Wróblewska", "Dba o zdrowie Haliny"):
        assert m.analyse(trait, own).vague, trait
        # Another document's traits: the same words are a number and names.
        assert not m.analyse(trait).vague, trait


PHARMACY = """\
    kind: persona
    id: halina-w
    name: Halina Wróblewska
    lang: pl
    goals:
      - Dba o zdrowie (INT-07)
      - Dba o zdrowie (wywiady-2026-10)
      - Halina Wróblewska mówi, że dba o zdrowie
      - Dba o zdrowie, leki zamawia w aptece Gemini
      - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik
      - Płaci BLIKIEM, bo nie ma karty kredytowej
    sources:
      - id: wywiady-2026-10
        type: interview
        date: 2026-10-14
        n: 12
    """


def test_lint_reports_the_labelled_and_attributed_traits_of_a_persona(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/halina.yaml": PHARMACY}, RULE)
    assert [(f.line, f.column) for f in found] == [
        pos(PHARMACY, "Dba o zdrowie (INT"),
        pos(PHARMACY, "Dba o zdrowie (wyw"),
        pos(PHARMACY, "Halina Wróblewska mówi"),
    ]
    assert all('"Dba o zdrowie"' in f.message or '"dba o zdrowie"' in f.message for f in found)


# --- F7: numbers that only stress --------------------------------------------------------------------

INTENSIFIED_VAGUE = [
    "Dba o zdrowie 24/7",
    "Ceni jakość w 100%",
    "Ceni jakość na 5 gwiazdek",
    "Ceni jakość (top 1)",
    "Dba o zdrowie na 1000%",
    "Ceni jakość 😊 10/10",
    "Dba o zdrowie na 110%",
    "Values quality, number 1 for her",
]

COUNTED_SPECIFIC = [
    "Ceni jakość, dopłaca o 200% więcej za markowe",
    "Values quality, books 5-star hotels",
    "Ceni jakość, czyta ranking top 10 kremów",
    "Ceni jakość, na Booking wybiera hotele z oceną 9/10",
    "Dba o zdrowie, bierze witaminę D 2000 j.m.",
]


@pytest.mark.parametrize("trait", INTENSIFIED_VAGUE)
def test_a_number_that_only_stresses_is_no_detail(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict.rescue


@pytest.mark.parametrize("trait", COUNTED_SPECIFIC)
def test_a_number_that_counts_or_rates_stays_detail(trait):
    verdict = matcher().analyse(trait)
    assert verdict.matches
    assert verdict.rescue == "a number"


# --- F3: summary, household, education --------------------------------------------------------------

SUMMARY = """\
    kind: persona
    id: sm
    name: Marta Sowa
    lang: pl
    summary: Kobieta z dużego miasta, 30-40 lat, dba o zdrowie i ceni jakość.
    demographics:
      household: Rodzina z dziećmi
      education: Wyższe
    goals:
      - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik
    """


def test_summary_household_and_education_are_read(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"sm.yaml": SUMMARY}, RULE)
    assert [(f.line, f.column) for f in found] == [
        pos(SUMMARY, "Kobieta"), pos(SUMMARY, "Rodzina"), pos(SUMMARY, "Wyższe"),
    ]
    summary, household, education = (f.message for f in found)
    assert summary.startswith('summary: "dużego miasta", "30-40 lat", "dba o zdrowie", "ceni jakość" describe almost anyone')
    assert household.startswith('household "Rodzina z dziećmi" is a kind of household, not who lives in it')
    assert education.startswith('education "Wyższe" names only a level')


BLOCK_SUMMARY = """\
    kind: persona
    id: halina-w
    name: Halina Wróblewska
    lang: pl
    summary: >-
      Emerytowana nauczycielka.
      Kobieta z dużego miasta,
      dba o zdrowie i ceni jakość.
    goals:
      - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik
    """


@pytest.mark.parametrize("style", [">-", "|", ">"])
def test_a_summary_over_several_lines_is_reported_at_its_first_phrase(tmp_path, monkeypatch, style):
    text = BLOCK_SUMMARY.replace("summary: >-", f"summary: {style}")
    found = run(tmp_path, monkeypatch, {"p.yaml": text}, RULE)
    assert [(f.line, f.column) for f in found] == [pos(text, "dużego miasta")]


SPECIFIC_DEMOGRAPHICS = """\
    kind: persona
    id: dan
    name: Dan Okafor
    lang: en
    summary: >-
      Runs a four-van heating firm in Leeds; quotes jobs from his phone in the van
      and pays suppliers on Friday nights.
    demographics:
      household: Married to a school business manager; two sons aged 12 and 15
      education: NVQ Level 3 in Plumbing and Heating; Gas Safe registered since 2006
    goals:
      - Quote a combi swap within 24 hours of the survey
    """


@pytest.mark.parametrize(("household", "education"), [
    ("Married to a school business manager; two sons aged 12 and 15", "BA in English Literature, University of Leeds"),
    ("Mieszka z mężem i córką (7 lat)", "Magister farmacji, UM w Lublinie"),
    ("Lives with her partner, who drives to work; no children", "Technikum farmaceutyczne w Lublinie"),
    ("Rodzina 2+1", "mgr inż. informatyki, Politechnika Gdańska (2012)"),
])
def test_a_household_or_education_that_says_who_or_what_is_not_reported(tmp_path, monkeypatch, household, education):
    text = SPECIFIC_DEMOGRAPHICS.replace(
        "Married to a school business manager; two sons aged 12 and 15", household
    ).replace("NVQ Level 3 in Plumbing and Heating; Gas Safe registered since 2006", education)
    assert run(tmp_path, monkeypatch, {"p.yaml": text}, RULE) == []


@pytest.mark.parametrize(("household", "education"), [
    ("Family with kids", "University degree"),
    ("Para bez dzieci", "Średnie"),
    ("Married", "Master's degree"),
])
def test_a_household_kind_or_an_education_level_alone_is_reported(tmp_path, monkeypatch, household, education):
    text = SPECIFIC_DEMOGRAPHICS.replace(
        "Married to a school business manager; two sons aged 12 and 15", household
    ).replace("NVQ Level 3 in Plumbing and Heating; Gas Safe registered since 2006", education)
    found = run(tmp_path, monkeypatch, {"p.yaml": text}, RULE)
    assert [(f.line, f.message.split(" ")[0]) for f in found] == [(9, "household"), (10, "education")]


def test_allow_exempts_a_household_kind_the_team_accepts(tmp_path, monkeypatch):
    text = SPECIFIC_DEMOGRAPHICS.replace("Married to a school business manager; two sons aged 12 and 15", "Family with kids")
    assert run(tmp_path, monkeypatch, {"p.yaml": text}, RULE, allow=["family with kids"]) == []


def test_a_generic_summary_counts_towards_vague_share(tmp_path, monkeypatch):
    text = SUMMARY.replace("      household: Rodzina z dziećmi\n      education: Wyższe\n", "      age: 34\n")
    text = text.replace(
        "      - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik\n",
        "      - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik\n"
        "      - Ceni wygodę\n"
        "      - Dba o zdrowie\n"
        "      - Płaci BLIKIEM, bo nie ma karty kredytowej\n",
    )
    found = run(tmp_path, monkeypatch, {"sm.yaml": text}, RULE)
    # Two of four traits are generic, and so is the summary: 3 of 5, more than vague-share 50% (session 35).
    assert [f.message.split(" ")[0] for f in found] == ["3", "summary:", '"Ceni', '"Dba']
    assert found[0].message.startswith("3 of 5 traits (the summary among them) are generic (60%")
