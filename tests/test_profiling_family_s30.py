"""pseudo-profiling: whose the trait is, and an interview's label, in both languages (session 30).

"Dba o urodę córki, kupuje jej kosmetyki" was specific because "córki" names whom the person looks
after; "partnerki", "teścia", "szwagra" and "partner", "in-laws", "grandchild" did not, so the same
trait about a partner was reported.  An interview labelled "(W03)", "[W03]" or "W03: …" was read as
a number of detail where "(INT-07)" or "(R3)" is read as a label: the generic trait went unreported.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher


@pytest.mark.parametrize("trait", [
    "Dba o urodę partnerki, kupuje jej kosmetyki",
    "Dba o urodę partnera, kupuje mu kosmetyki",
    "Dba o urodę teścia, kupuje mu kosmetyki",
    "Dba o urodę szwagra, kupuje mu kosmetyki",
    "Dba o urodę, kupuje kosmetyki partnerce",
    "Dba o urodę, kupuje kosmetyki szwagierce",
    "Dba o urodę, kupuje kosmetyki teściom",
    "Cares about her skin, buys cosmetics for her partner",
    "Cares about her skin, buys cosmetics for the in-laws",
    "Cares about her skin, buys cosmetics for her spouse",
    "Cares about her skin, buys cosmetics for her grandkids",
])
def test_a_family_member_says_whose_the_trait_is(trait):
    """Each fails before: only some family words (córki, daughter) were known."""
    assert not matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "Dba o urodę córki, kupuje jej kosmetyki",
    "Dba o urodę teściowej, kupuje jej kosmetyki",
    "Dba o urodę wnuczki, kupuje jej kosmetyki",
    "Cares about her skin, buys cosmetics for her daughter",
])
def test_the_family_words_known_before_still_are(trait):
    """Guards."""
    assert not matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "Dba o urodę, kupuje jej kosmetyki",
    "Cares about her skin, buys cosmetics for her friend",
    "Cares about her skin, buys cosmetics",
])
def test_without_a_family_member_it_stays_generic(trait):
    """Guards: a pronoun or a friend says no more than before."""
    assert matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "Ceni jakość (W03)",
    "Ceni jakość [W03]",
    "W03: Ceni jakość",
    "W03: Lubi ładne rzeczy",
    "(W03): Lubi ładne rzeczy",
    "INT-07: Ceni jakość",
    "Wywiad 3: Lubi ładne rzeczy",
    "Values quality (W03)",
    "Values quality [W03]",
    "W03: Values quality",
    "R3: Values quality",
])
def test_an_interview_label_is_no_detail(trait):
    """Each fails before: the label's number rescued the generic trait."""
    assert matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "W03: kupuje 3 razy w tygodniu w Biedronce",
    "W03: Ceni jakość tkanin Martindale 50 000",
    "Ceni jakość (W03) w 3 sklepach",
    "2024: Ceni jakość",
    "Etap 2: Ceni jakość",
])
def test_detail_beside_the_label_still_counts(trait):
    """Guards: the label is left out, not what follows it; a year or another word before a colon is no label."""
    assert not matcher().analyse(trait).vague


def test_lint_reports_the_labelled_trait_at_the_phrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Fails before: nothing was reported on the labelled lines."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ola
        name: Ola Nowak
        lang: pl
        behaviours:
          - "W03: Ceni jakość"
          - Ceni jakość [W03]
          - Dba o urodę partnerki, kupuje jej kosmetyki
          - Zamawia kawę z palarni Java w Krakowie 2 razy w miesiącu
        """), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("pseudo-profiling",))).findings
    traits = [(f.line, f.column) for f in found if f.line >= 6]
    assert traits == [(6, 5), (7, 5)], [(f.line, f.column, f.message[:40]) for f in found]
    assert all(f.message.startswith("\"Ceni jakość\" describes almost anyone") for f in found if f.line >= 6)
