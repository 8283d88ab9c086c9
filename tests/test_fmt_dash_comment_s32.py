"""`cxkit fmt` lays out a list item with a note above its dash and one after it (`- # note`).

After an item that ends in a flow list (`sources: [s]`, `pain_points: [Kolejki]`) ruamel keeps
the comment lines above the next item's dash and the comment after that dash together. fmt
refused the file when the item's keys moved, and wrote the dash's note above the dash when
they did not. The note above the dash stays there, for the item; the one after the dash
belongs to the item's first key, as without a note above (docs/scaffolding.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import format_text
from test_fmt_suppressions import _same_findings


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(tmp_path)


PERSONA_PL = """\
kind: persona
id: ola
name: Ola
goals:
  - text: Lubi kawę z automatu
    sources: [wywiady]
  # notatka z wywiadu
  - # komentarz
    {first}
    {second}
sources: [{{id: wywiady, type: interview}}]
"""

PERSONA_EN = """\
kind: persona
id: maya
name: Maya
needs:
  - text: Wants to pay by card
    sources: [survey]
  # added after the workshop
  - # her own words
    {first}
    {second}
sources: [{{id: survey, type: survey}}]
"""


@pytest.mark.parametrize("template", [PERSONA_PL, PERSONA_EN], ids=["pl", "en"])
def test_a_trait_with_sources_first_is_laid_out_with_the_note_on_its_first_key(tmp_path: Path, template: str) -> None:
    # Refused before: "could not lay it out without moving this comment away from the key it belongs to".
    text = template.format(first="sources: [s]", second="text: Płaci kartą")
    out = _same_findings(tmp_path, text)
    note = "# komentarz" if "ola" in text else "# her own words"
    assert out == template.format(first="sources: [s]", second="text: Płaci kartą").replace(
        f"  - {note}\n    sources: [s]\n    text: Płaci kartą\n",
        f"  - text: Płaci kartą\n    {note}\n    sources: [s]\n")
    assert format_text(out) == out


@pytest.mark.parametrize("template", [PERSONA_PL, PERSONA_EN], ids=["pl", "en"])
@pytest.mark.parametrize("text_line", ["text: Płaci kartą", "text: >-\n      Płaci kartą"], ids=["plain", "folded"])
def test_a_trait_in_fmts_order_keeps_the_note_after_its_dash(tmp_path: Path, template: str, text_line: str) -> None:
    # Before: the note after the dash was written above it, below the other note.
    text = template.format(first=text_line, second="sources: [s]")
    assert _same_findings(tmp_path, text) == text


def test_a_note_after_a_block_value_and_a_blank_line_stays_above_the_dash(tmp_path: Path) -> None:
    text = """\
kind: persona
id: ola
name: Ola
goals:
  - text: >-
      Lubi kawę z automatu
    sources: [wywiady]
  # notatka z wywiadu

  - # komentarz
    # druga notatka
    text: Płaci kartą
    sources: [wywiady]
sources: [{id: wywiady, type: interview}]
"""
    assert _same_findings(tmp_path, text) == text


JOURNEY = """\
kind: journey
id: ola-kupuje
name: Ola kupuje ekspres
persona: ola
stages:
  - id: wybor
    name: Wybór
{rest}"""


@pytest.mark.parametrize(("rest", "laid_out"), [
    # a stage after a stage that ends in a flow list
    ("    pain_points: [Kolejki]\n  # notatka\n  - # komentarz\n    name: Zakup\n    id: zakup\n",
     "    pain_points: [Kolejki]\n  # notatka\n  - id: zakup\n    # komentarz\n    name: Zakup\n"),
    # the same with `-` alone on its line and the note below it
    ("    pain_points: [Kolejki]\n  # notatka\n  -\n    # komentarz\n    name: Zakup\n    id: zakup\n",
     "    pain_points: [Kolejki]\n  # notatka\n  - id: zakup\n    # komentarz\n    name: Zakup\n"),
    # a touchpoint after one written as a flow mapping
    ("    touchpoints:\n      - {channel: www, description: Szuka}\n      # notatka\n"
     "      - # komentarz\n        description: Płaci\n        channel: kasa\n",
     "    touchpoints:\n      - {channel: www, description: Szuka}\n      # notatka\n"
     "      - channel: kasa\n        # komentarz\n        description: Płaci\n"),
    # a barrier (a trait in a stage) after one that ends in its sources
    ("    barriers:\n      - text: Kolejki\n        sources: [s]\n      # notatka\n"
     "      - # komentarz\n        sources: [s]\n        text: Brak kasy samoobsługowej\n",
     "    barriers:\n      - text: Kolejki\n        sources: [s]\n      # notatka\n"
     "      - text: Brak kasy samoobsługowej\n        # komentarz\n        sources: [s]\n"),
], ids=["stage", "stage-dash-alone", "touchpoint", "barrier"])
def test_journey_items_with_a_note_above_and_after_the_dash(tmp_path: Path, rest: str, laid_out: str) -> None:
    out = _same_findings(tmp_path, JOURNEY.format(rest=rest))
    assert out == JOURNEY.format(rest=laid_out)


def test_a_suppression_after_the_dash_stays_there_below_a_note(tmp_path: Path) -> None:
    # lint reads it as applying to the dash's line alone: it stays there when the keys move.
    text = PERSONA_PL.format(first="sources: [s]", second="text: Płaci kartą").replace(
        "- # komentarz", "- # cxkit: disable=CX402")
    out = _same_findings(tmp_path, text)
    assert "  # notatka z wywiadu\n  - # cxkit: disable=CX402\n    text: Płaci kartą\n    sources: [s]\n" in out


def test_the_generated_trait_the_property_test_found(tmp_path: Path) -> None:
    # fmt's own layout with notes an author added (test_fmt_of_fmt_is_fmt_for_generated_files): refused before.
    text = """\
kind: persona
id: basia
name: Dba o zdrowie
goals:
  - text: >-
      TODO
    sources: [nieznane]
  # notatka z wywiadu
  - # cxkit: disable=CX402
    text: >-
      Kupuje słuchawki Sennheiser HD 600 po testach w sklepie
    # cxkit: disable=pseudo-profiling
    # notatka z wywiadu
    sources: [nieznane]
sources: [{id: s, type: survey}]
"""
    assert _same_findings(tmp_path, text) == text


def test_the_command_writes_it_and_diff_sees_no_change_in_meaning(tmp_path: Path) -> None:
    text = PERSONA_PL.format(first="sources: [wywiady]", second="text: Płaci kartą")
    (tmp_path / "before.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["fmt", "ola.yaml"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    after = (tmp_path / "ola.yaml").read_text(encoding="utf-8")
    assert "  # notatka z wywiadu\n  - text: Płaci kartą\n    # komentarz\n    sources: [wywiady]\n" in after
    assert runner.invoke(app, ["fmt", "--check", "ola.yaml"], catch_exceptions=False).exit_code == 0
    diff = runner.invoke(app, ["diff", "before.yaml", "ola.yaml"], catch_exceptions=False)
    assert diff.exit_code == 0, diff.output
