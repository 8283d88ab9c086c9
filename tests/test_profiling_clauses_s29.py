"""pseudo-profiling (CX101): clauses of generic words in a longer trait, and shares of interviewees.

1. A trait made only of generic words was reported ("Ważna jest dla niej jakość"), but the same clause
   beside a clause that is mostly generic too passed ("Lubi ładne wnętrza, ważna jest dla niej
   jakość", also typed without Polish letters), as soon as one word of the trait was not generic.  A
   clause of generic words is now read as a lexicon phrase is: the rest of the trait must be a fact
   of the person (a number, a name, a reason, two words of their own, a clause of no generic word).
2. A share of the research's people that opens a trait was the segment's figure for "ankietowanych"
   but not for "rozmówców", "uczestników", "interviewees" or "participants".
3. The segment-figure message said "a figure with no source is an assumption" to a trait that cites
   its sources.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.rules import profiling
from cxkit.lint.vague import matcher

GENERIC_CLAUSES = [
    ("pl", "Lubi ładne wnętrza, ważna jest dla niej jakość"),
    ("pl", "Lubi ladne wnetrza, wazna jest dla niej jakosc"),
    ("pl", "Ważna jest dla niej jakość, lubi ładne wnętrza"),
    ("pl", "Lubi ładne wnętrza, ważna jest dla niej jakość [INT-07]"),
    ("en", "Comfort is important to her, likes nice rooms"),
    ("en", "Important to her is comfort, she likes nice interiors"),
]

FACTS_BESIDE_A_GENERIC_CLAUSE = [
    ("pl", "Ważna jest dla niej jakość tkaniny — sprawdza Martindale ≥ 50 000"),
    ("pl", "Ważna jest dla niej jakość, bo sofa ma wytrzymać psa i dwoje dzieci"),
    ("pl", "Ważna jest dla niej jakość, sprawdza skład tkaniny na metce"),
    ("pl", "Ważna jest dla niej jakość, kupuje w IKEA"),
    ("pl", "Zwraca uwagę na skład, bo syn ma celiakię"),
    ("pl", "Obawia się, że nie poradzi sobie z aplikacją"),
    ("en", "Comfort is important to her, she measured the stairwell before ordering"),
    ("en", "Herself a nurse, she distrusts online health advice"),
    ("en", "Quality matters to her: she checks the Martindale rub count, at least 50,000"),
]


@pytest.mark.parametrize(("lang", "text"), GENERIC_CLAUSES)
def test_a_trait_of_generic_clauses_is_generic(lang, text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict


@pytest.mark.parametrize(("lang", "text"), FACTS_BESIDE_A_GENERIC_CLAUSE)
def test_a_generic_clause_beside_a_fact_of_the_person_stays_quiet(lang, text):
    assert not matcher().analyse(text).vague, matcher().analyse(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("64% rozmówców zamawiało próbki tkanin przed zakupem", "64% rozmówców"),
    ("9 z 14 rozmówczyń mierzyło klatkę schodową przed zamówieniem", "9 z 14 rozmówczyń"),
    ("Około 60% uczestników badania kupuje sofę na raty", "Około 60% uczestników badania"),
    ("64% of interviewees ordered fabric samples before buying", "64% of interviewees"),
    ("7 of 12 participants measured the stairwell before ordering", "7 of 12 participants"),
])
def test_a_share_of_the_research_people_is_the_segments_figure(text, figure):
    assert matcher().segment_statistic(text) == figure


@pytest.mark.parametrize("text", [
    "Obsługuje 40% rozmówców jej firmy osobiście",
    "Zamawia próbki 3 tkanin przed każdym zakupem",
    "Ordered 2 of the 5 fabric samples she was sent",
])
def test_the_persons_own_figures_are_no_share_of_the_segment(text):
    assert matcher().segment_statistic(text) is None


def lint(tmp_path: Path, lang: str, traits: list[tuple[str, list[str]]]) -> list[tuple[int, str]]:
    folder = tmp_path / "personas"
    folder.mkdir(parents=True, exist_ok=True)
    body = textwrap.dedent(f"""\
        kind: persona
        id: kasia-urzadza-mieszkanie
        name: Kasia Wrona
        lang: {lang}
        behaviours:
        """)
    for text, sources in traits:
        body += f"  - text: {json.dumps(text, ensure_ascii=False)}\n"
        if sources:
            body += f"    sources: [{', '.join(sources)}]\n"
    (folder / "kasia.yaml").write_text(body, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX101", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    # Line 3, the persona's `name`, is where its share of generic traits is reported: not asked here.
    return [(f["line"], f["message"]) for f in json.loads(result.stdout) if f["line"] != 3]


def test_in_lint_polish(tmp_path):
    found = lint(tmp_path, "pl", [
        ("Lubi ładne wnętrza, ważna jest dla niej jakość", ["wywiady"]),
        ("Ważna jest dla niej jakość tkaniny — sprawdza Martindale ≥ 50 000", ["wywiady"]),
        ("72% ankietowanych (n=412) wskazało jakość tkaniny jako najważniejszą", ["wywiady", "ankieta"]),
        ("64% rozmówców zamawiało próbki tkanin przed zakupem", []),
    ])
    assert [line for line, _ in found] == [6, 10, 12]
    assert found[0][1].startswith('"ważna jest dla niej jakość" is built only from generic words, and the rest of')
    assert found[1][1] == profiling.statistic_message("72% ankietowanych", "pl", sources=["wywiady", "ankieta"])
    assert "no source" not in found[1][1] and "(wywiady, ankieta), which the trait already cites" in found[1][1]
    assert found[2][1] == profiling.statistic_message("64% rozmówców", "pl")
    assert "a figure with no source is an assumption" in found[2][1]


def test_in_lint_english(tmp_path):
    found = lint(tmp_path, "en", [
        ("Comfort is important to her, likes nice rooms", ["interviews"]),
        ("Comfort is important to her, she measured the stairwell before ordering", ["interviews"]),
        ("72% of respondents (n=412) named fabric quality first", ["survey"]),
        ("64% of interviewees ordered fabric samples before buying", []),
    ])
    assert [line for line, _ in found] == [6, 10, 12]
    assert found[0][1].startswith('"Comfort is important to her" is built only from generic words')
    assert "no source" not in found[1][1] and "(survey), which the trait already cites" in found[1][1]
    assert "a figure with no source is an assumption" in found[2][1]


@pytest.mark.parametrize("text", [
    "Mierzy klatkę schodową przed zamówieniem sofy (wywiady-2026-10)",
    "Measures the stairwell before ordering a sofa [W07]",
])
def test_a_trait_with_a_label_and_no_clause_break_is_not_read_again_without_it(text, monkeypatch):
    # Reading a trait again with its labels blanked costs about as much as reading it: only a trait whose
    # words before the label may be generic, or which has a clause break before it, is read so.  The
    # bracket that opens the label is no clause break.
    from cxkit.lint.vague import Matcher

    calls = []
    original = Matcher._generic_beside_references

    def counted(self, *args):
        calls.append(args[0])
        return original(self, *args)

    monkeypatch.setattr(Matcher, "_generic_beside_references", counted)
    m = matcher()
    assert not m.analyse(text).vague
    assert calls == []
    assert m.analyse("Lubi ładne wnętrza, ważna jest dla niej jakość (wywiad 3)").vague
    assert len(calls) == 1
