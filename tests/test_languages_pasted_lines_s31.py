"""Polish or English lines pasted into a document in another language: the word rules leave them alone
with the rest of the document, and docs/rules.md's language section says so and why (it said nothing)."""

from __future__ import annotations

import json
from pathlib import Path

from cxkit.lint.docs import rules_markdown

from conftest import run_cli

PERSONA = """\
kind: persona
id: anke-mueller
name: Anke Müller
lang: {lang}
summary: Sachbearbeiterin aus Köln, die ihre Einkäufe für die ganze Woche am Sonntagabend bestellt.
goals:
  - text: Den Wocheneinkauf in zehn Minuten über die App bestellen
  - text: Wants to save time
pain_points:
  - text: Die Lieferfenster am Samstag sind oft schon am Donnerstag ausgebucht
"""


def _section() -> str:
    page = rules_markdown()
    start = page.index("## What is checked in which language")
    return " ".join(page[start:page.index("| rule |", start)].split())


def test_the_language_section_says_pasted_lines_are_not_read_and_why():
    section = _section()
    assert ("Polish or English lines pasted into a document in another language (an English trait in a "
            "`lang: de` persona) are not read by the word rules either.") in section
    assert "would judge it by the few lines they could read" in section
    assert "Keep such text in a document in its language, or translate it." in section


def _generic(tmp_path: Path, monkeypatch, lang: str) -> list[str]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "anke.yaml").write_text(PERSONA.format(lang=lang), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "pseudo-profiling", "personas/anke.yaml")
    return [f["message"].split(" describes")[0] for f in json.loads(result.stdout)]


def test_as_documented_an_english_line_in_a_german_persona_is_not_read(tmp_path, monkeypatch):
    assert _generic(tmp_path, monkeypatch, "de") == []


def test_the_same_line_in_an_english_persona_is(tmp_path, monkeypatch):
    assert _generic(tmp_path, monkeypatch, "en") == ['"save time"']
