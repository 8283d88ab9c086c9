"""pseudo-profiling (CX101): the year of a source is no figure beside a stand-in for the segment (review19 R19-3).

"Like most customers, she pays by card (Mintel 2025)" and "…, according to Mintel 2025" were told that
"Like most customers" makes the figure beside it the segment's, though the only figure was the year of
the research.  The same trait without its source, or with "(survey of 2025)", is generic ("describes
almost anyone").  The figure is now looked for outside the source: a trait with none falls back to
the generic message; a figure of its own beside the source is still the segment's.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.vague import SegmentFigure, matcher


@pytest.mark.parametrize("text", [
    "Like most customers, she pays by card (Mintel 2025)",
    "Like most customers, she pays by card, according to Mintel 2025",
    "Like most customers, she pays by card (Mintel survey, 2025)",
])
def test_the_year_of_a_source_is_no_figure_of_the_segment(text):
    verdict = matcher().analyse(text)
    plain = matcher().analyse("Like most customers, she pays by card")
    assert verdict.vague and verdict.rescue is None, verdict
    assert [m.text for m in verdict.matches] == [m.text for m in plain.matches] == ["Like most customers"]


@pytest.mark.parametrize(("text", "stand_in"), [
    # a figure outside the source is still the segment's
    ("Like most customers, spends £200 a month (Mintel 2025)", "Like most customers"),
    ("Jak większość klientek, wydaje 500 zł miesięcznie (badanie Gemius 2025)", "Jak większość klientek"),
    ("Like most customers, spends £200 a month, according to Mintel 2025", "Like most customers"),
])
def test_a_figure_outside_the_source_stays_the_segments(text, stand_in):
    verdict = matcher().analyse(text)
    assert not verdict.vague and isinstance(verdict.rescue, SegmentFigure), verdict
    assert verdict.rescue.phrase == stand_in


def test_lint_gives_the_generic_message_for_a_trait_whose_only_figure_is_its_sources_year(tmp_path: Path):
    folder = tmp_path / "personas"
    folder.mkdir()
    (folder / "kate.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: kate
        name: Kate Morgan
        lang: en
        behaviours:
          - Like most customers, she pays by card (Mintel 2025)
          - Orders groceries from Ocado every Sunday evening for a family of four
          - Walks the dog on Hampstead Heath before her 8:15 train
        sources:
          - {id: int, type: interview, date: 2026-09-05, n: 6}
        """), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX101", str(tmp_path)])
    assert result.exit_code == 1, result.output
    found = [(f["line"], f["message"].split(";")[0]) for f in json.loads(result.stdout)]
    assert found == [(6, '"Like most customers" describes almost anyone')]
