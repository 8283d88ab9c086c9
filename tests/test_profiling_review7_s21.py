"""pseudo-profiling: a when or how before what the medicines are for (review 7, R7-1, session 21).

53dff65 made adverbial idioms after "na"/"od" ("na koniec miesiąca", "na bieżąco", "na receptę",
"od lat") no purpose, which is right when they stand alone; but the search for the purpose stopped
at the idiom, so "Kupuje tanie leki na koniec miesiąca na nadciśnienie", which names what the
medicines are for, became a finding (it passed at a234e58).  The purpose may now follow an idiom of
a word or two; an idiom alone, or one followed by another idiom, still names none.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

PURPOSE_AFTER_AN_IDIOM = [
    ("Kupuje tanie leki na koniec miesiąca na nadciśnienie", "nadciśnienie"),
    ("Kupuje tanie leki na tydzień na nadciśnienie", "nadciśnienie"),
    ("Kupuje tanie leki na bieżąco na nadciśnienie", "nadciśnienie"),
    ("Kupuje tanie leki na receptę na nadciśnienie", "nadciśnienie"),
    ("Kupuje tanie leki od lat na alergię", "alergię"),
]

NO_PURPOSE = [
    "Kupuje tanie leki na koniec miesiąca",
    "Kupuje tanie leki na bieżąco",
    "Kupuje tanie leki na koniec miesiąca na zapas",
    "Kupuje tanie leki od lat na receptę",
    "Kupuje tanie leki na razie na zdrowie",
]


@pytest.mark.parametrize(("text", "purpose"), PURPOSE_AFTER_AN_IDIOM)
def test_what_the_medicines_are_for_after_an_idiom_is_detail(text, purpose):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"what it is for ('{purpose}')"


@pytest.mark.parametrize("text", NO_PURPOSE)
def test_an_idiom_with_no_purpose_after_it_is_still_generic(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert verdict.rescue is None


def test_a_pharmacy_persona_is_not_called_generic_for_its_purposes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "halina.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: halina-emerytka
        name: Halina Wróbel
        lang: pl
        behaviours:
          - Kupuje tanie leki na koniec miesiąca na nadciśnienie
          - Kupuje tanie leki na receptę na nadciśnienie
          - Kupuje tanie leki od lat na alergię
          - Kupuje tanie leki na koniec miesiąca
        """), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    findings = lint(["."], Config(root=tmp_path), Selection(select=("pseudo-profiling",))).findings
    assert [(f.line, f.column) for f in findings] == [(9, 5)]
