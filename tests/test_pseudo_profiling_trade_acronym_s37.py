"""pseudo-profiling (CX101): a trade named by its two capitals ("IT", "UX") is no generic word (s37, review
of 14ba84b8).

14ba84b8 made "young" and "freelancer" generic words, so that "Young creative freelancer who values quality
…" is the segment it is. A word of fewer than three letters counts for nothing, so "Freelancer IT", "IT
freelancer", "Freelancerka UX" became "built only from generic words", though they name the trade, as
"Freelancer, programista" or "Freelance 3D artist" do (quiet before and after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

PERSONA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: {lang}
owner: CX
reviewed: 2026-11-20
demographics:
  occupation: {occupation}
goals:
  - {goal}
sources:
  - {{id: wywiady-2026, type: interview, date: 2026-10-01, n: 6}}
"""
GOAL = {"en": "Send six invoices in EUR to Berlin agencies by the 5th of each month",
        "pl": "Wystawić sześć faktur w EUR agencjom z Berlina do 5. dnia miesiąca"}


def occupation_findings(ws: Path, lang: str, occupation: str) -> list[str]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(PERSONA.format(lang=lang, occupation=occupation, goal=GOAL[lang]), encoding="utf-8")
    return [f["message"] for f in lint("--ignore", "CX201", "p.yaml")[1] if f["data_path"] == "demographics.occupation"]


@pytest.mark.parametrize(("lang", "occupation"), [
    ("en", "Freelancer IT"), ("en", "IT freelancer"), ("en", "Freelancer (UX)"), ("en", "Young IT freelancer"),
    ("en", "Freelance HR consultant"),
    ("pl", "Freelancer IT"), ("pl", "Freelancerka UX"), ("pl", "Młody freelancer IT"), ("pl", "Freelancerka, QA"),
])
def test_a_trade_in_two_capitals_is_said_s37(ws: Path, lang: str, occupation: str) -> None:
    assert occupation_findings(ws, lang, occupation) == []


@pytest.mark.parametrize(("lang", "occupation", "start"), [
    ("en", "Young freelancer", 'occupation is built only from generic words ("Young", "freelancer")'),
    ("en", "Freelancer", 'occupation "Freelancer" is a job title that names no trade'),
    ("pl", "Młoda freelancerka", "`occupation` składa się wyłącznie z ogólnych słów („Młoda”, „freelancerka”)"),
    # "it" is a pronoun, and in a text all in capitals a capital tells nothing
    ("en", "Young freelancer, likes it", 'occupation is built only from generic words ("Young", "freelancer"'),
    ("en", "YOUNG FREELANCER IT", 'occupation is built only from generic words ("YOUNG", "FREELANCER")'),
])
def test_no_trade_is_still_the_segment_s37(ws: Path, lang: str, occupation: str, start: str) -> None:
    found = occupation_findings(ws, lang, occupation)
    assert len(found) == 1 and found[0].startswith(start), found


def test_a_trade_does_not_rescue_a_generic_phrase_s37(ws: Path) -> None:
    # "values quality" is a phrase of the lexicons; "IT" beside it is one word of its own, not enough.
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(PERSONA.format(lang="en", occupation="Freelance 3D artist",
                                              goal="Young IT freelancer who values quality"), encoding="utf-8")
    assert [(f["line"], f["code"]) for f in lint("--ignore", "CX201", "p.yaml")[1]] == [(10, "CX101")]
