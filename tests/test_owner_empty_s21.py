"""unowned-opportunity (CX403): an `owner:` key written but left empty is reported at that key's
value and said to be empty; a missing key stays at the action (tester4 F9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from rule_helpers import pos, write

# A UK home-insurance claim journey with four opportunities, owners written in four ways.
JOURNEY = """\
kind: journey
id: priya-escape-of-water
name: Priya's escape-of-water claim
lang: en
persona: priya-shah
stages:
  - id: drying
    name: Drying out the kitchen
    touchpoints: [phone, loss adjuster visit]
    emotion: -2
    barriers:
      - Dehumidifiers run for three weeks and nobody says when they can be switched off
    opportunities:
      - action: Text the drying readings after each visit
        owner: ""
        due: 2027-03-31
      - action: Agree a switch-off date at the first visit
        owner:
        due: 2027-03-31
      - action: Pay the electricity for the dehumidifiers up front
        due: 2027-06-30
      - action: Name one claims handler per claim
        owner: TBC
        due: 2027-06-30
      - action: Explain the £350 excess before the visit
        owner: Claims operations (Tom Reed)
        due: 2027-06-30
"""

POLISH = """\
kind: journey
id: olena-zglasza-zalanie
name: Olena zgłasza zalanie mieszkania
lang: pl
persona: olena-kovalenko
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints: [infolinia]
    emotion: -1
    opportunities:
      - action: Oddzwonić w ciągu godziny po zgłoszeniu
        owner:   
        due: 2027-02-28
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *extra: str) -> list[dict]:
    write(tmp_path, {"journeys/claim.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX403", *extra,
                                      "journeys/claim.yaml"])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def test_an_empty_owner_is_reported_at_the_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(tmp_path, monkeypatch, JOURNEY)
    quoted = pos(JOURNEY, 'owner: ""')
    bare_line = pos(JOURNEY, "owner:\n")[0]
    assert [(f["line"], f["column"], f["message"]) for f in found] == [
        (quoted[0], quoted[1] + len("owner: "),
         "opportunity 'Text the drying readings after each visit' has no owner (`owner` is empty); "
         "name the team or person who will fix it"),
        (bare_line, len("        owner:") + 1,
         "opportunity 'Agree a switch-off date at the first visit' has no owner (`owner` is empty); "
         "name the team or person who will fix it"),
        # No owner key at all: the action is the place to add it.
        (*pos(JOURNEY, "Pay the electricity"),
         "opportunity 'Pay the electricity for the dehumidifiers up front' has no owner; "
         "name the team or person who will fix it"),
        (pos(JOURNEY, "owner: TBC")[0], pos(JOURNEY, "owner: TBC")[1] + len("owner: "),
         "opportunity 'Name one claims handler per claim' has no owner ('TBC' names nobody); "
         "name the team or person who will fix it"),
    ]


def test_an_owner_of_blanks_with_require_due(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('[rules.unowned-opportunity]\nrequire-due = true\n', encoding="utf-8")
    text = POLISH.replace("        due: 2027-02-28\n", "")
    found = lint(tmp_path, monkeypatch, text)
    line = pos(text, "owner:")[0]
    assert [(f["line"], f["column"], f["message"]) for f in found] == [
        (line, len("        owner:") + 1,
         "opportunity 'Oddzwonić w ciągu godziny po zgłoszeniu' has no owner (`owner` is empty) and no due date; "
         "name the team or person who will fix it and by when"),
    ]
