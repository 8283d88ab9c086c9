"""Minor lint messages from tester4: a key in other words gets the field it stands for (a source's
`description` is its `note`), an empty `stages` list is told plainly, and a `due` date implausibly
far ahead (2207 for 2027) is reported at it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.model.validate import validate
from cxkit.yamlio import load_text
from rule_helpers import pos


def issues(text: str) -> list[str]:
    loaded = load_text(text)
    assert loaded.problems == []
    return [issue.message for issue in validate(loaded.data)[1]]


PRIYA = """\
kind: persona
id: priya-shah
name: Priya Shah
lang: en
sources:
  - id: claims-calls-2026
    type: support
    description: 38 recorded calls about escape-of-water claims
"""

OLENA = """\
kind: persona
id: olena-kovalenko
name: Olena Kovalenko
lang: pl
opis: Zgłasza zalanie mieszkania przez sąsiada z góry
sources:
  - id: wywiady-2026-10
    type: interview
    uwagi: 12 wywiadów z klientkami po szkodzie
    url: https://badania.example.pl/zalania
"""


def test_a_sources_description_is_its_note() -> None:
    assert issues(PRIYA) == [
        "unknown field 'description' in 'sources[claims-calls-2026]'; did you mean 'note'?",
    ]


def test_polish_and_other_words_for_fields() -> None:
    assert sorted(issues(OLENA)) == [
        "unknown field 'opis'; did you mean 'summary'? (field names are in English, whatever the language of the text)",
        "unknown field 'url' in 'sources[wywiady-2026-10]'; did you mean 'link'?",
        "unknown field 'uwagi' in 'sources[wywiady-2026-10]'; did you mean 'note'?"
        " (field names are in English, whatever the language of the text)",
    ]


JOURNEY = """\
kind: journey
id: olena-zglasza-zalanie
name: Olena zgłasza zalanie
lang: pl
persona: olena-kovalenko
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emocja: -2
    touchpoints:
      - Opis: infolinia 24h
    opportunities:
      - action: Oddzwonić w ciągu godziny
        właściciel: Zespół szkód
        termin: 2027-02-28
"""


def test_a_stage_and_an_opportunity_in_polish_words() -> None:
    found = issues(JOURNEY)
    assert ("unknown field 'emocja' in 'stages[zgloszenie]'; did you mean 'emotion'? "
            "(field names are in English, whatever the language of the text)") in found
    assert ("unknown field 'właściciel' in 'stages[zgloszenie].opportunities[1st]'; did you mean 'owner'? "
            "(field names are in English, whatever the language of the text)") in found
    assert ("unknown field 'termin' in 'stages[zgloszenie].opportunities[1st]'; did you mean 'due'? "
            "(field names are in English, whatever the language of the text)") in found
    # Guard: a touchpoint written `- Opis: ...` is text with a ': ', told to quote it, not a field.
    [touchpoint] = [m for m in found if "touchpoints[1st]" in m]
    assert "did you mean" not in touchpoint and 'put the whole text in quotes: - "Opis: infolinia 24h"' in touchpoint


def test_an_empty_stages_list_is_told_plainly() -> None:
    text = "kind: journey\nid: priya-claim\nname: Priya's claim\npersona: priya-shah\nstages: []\n"
    assert issues(text) == ["'stages' is an empty list; it needs at least one item"]


CLAIM = """\
kind: journey
id: priya-escape-of-water
name: Priya's escape-of-water claim
lang: en
persona: priya-shah
stages:
  - id: drying
    name: Drying out the kitchen
    emotion: -2
    opportunities:
      - action: Text the drying readings after each visit
        owner: Claims operations
        due: 2207-03-31
      - action: Agree a switch-off date at the first visit
        owner: Loss adjusting
        due: 2036-12-05
      - action: Replace the kitchen within six weeks
        owner: Supplier management
        due: 2999-01-01
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict]:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys/priya.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX403", "journeys/priya.yaml"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_a_due_date_far_ahead_is_reported_at_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(tmp_path, monkeypatch, CLAIM)
    first, third = pos(CLAIM, "2207-03-31"), pos(CLAIM, "2999-01-01")
    assert [(f["line"], f["column"], f["severity"], f["message"]) for f in found] == [
        (*first, "warning", "opportunity 'Text the drying readings after each visit' is due 2207-03-31, 181 years "
                            "from now (a typo for 2027-03-31?); give the date the fix is planned for"),
        # 2036-12-05 is ten years to the day: not reported.
        (*third, "warning", "opportunity 'Replace the kitchen within six weeks' is due 2999-01-01, 973 years from "
                            "now (a typo?); give the date the fix is planned for"),
    ]
