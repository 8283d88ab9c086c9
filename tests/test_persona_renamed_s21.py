"""unknown-persona (CX004) after a persona's id was renamed in its file but not in the journeys:
the file named after the missing id is the lead (tester4 F6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from rule_helpers import pos, write

PRIYA = """\
kind: persona
id: priya-escape-of-water
name: Priya Shah
lang: en
goals:
  - Kitchen usable again within 3 weeks of the burst pipe
"""

CLAIM = """\
kind: journey
id: priya-burst-pipe-claim
name: Priya's burst-pipe claim
lang: en
persona: priya-burst-pipe-claimant
stages:
  - id: first-call
    name: First notice of loss
    emotion: -1
"""

OLENA = """\
kind: persona
id: olena-zalanie-mieszkania
name: Olena Kovalenko
lang: pl
goals:
  - Wrócić do mieszkania przed świętami
"""

ZGLOSZENIE = """\
kind: journey
id: olena-zglasza-zalanie
name: Olena zgłasza zalanie
lang: pl
persona: olena-kovalenko
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -2
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *targets: str) -> list[dict]:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX004", *targets])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("targets", [(".",), ("journeys/priya-claim.yaml",)])
def test_the_file_named_after_the_missing_id_is_suggested(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          targets: tuple[str, ...]) -> None:
    found = lint(tmp_path, monkeypatch, {"personas/priya-burst-pipe-claimant.yaml": PRIYA,
                                         "personas/tom-reed.yaml": PRIYA.replace("priya-escape-of-water", "tom-reed"),
                                         "journeys/priya-claim.yaml": CLAIM}, *targets)
    line, column = pos(CLAIM, "priya-burst-pipe-claimant")
    assert [(f["path"], f["line"], f["column"], f["message"]) for f in found] == [(
        "journeys/priya-claim.yaml", line, column,
        "persona 'priya-burst-pipe-claimant' does not exist in the workspace; did you mean 'priya-escape-of-water' "
        "(personas/priya-burst-pipe-claimant.yaml, the file named after this id)?",
    )]


def test_a_yml_file_and_a_polish_persona(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(tmp_path, monkeypatch, {"personas/klienci/olena-kovalenko.yml": OLENA, "journeys/zalanie.yaml": ZGLOSZENIE}, ".")
    assert [f["message"] for f in found] == [
        "persona 'olena-kovalenko' does not exist in the workspace; did you mean 'olena-zalanie-mieszkania' "
        "(personas/klienci/olena-kovalenko.yml, the file named after this id)?",
    ]


def test_a_file_named_otherwise_gets_the_spelling_suggestion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard: no file is named after the id, so the closest id by spelling is suggested as before.
    found = lint(tmp_path, monkeypatch, {"personas/priya.yaml": PRIYA,
                                         "journeys/priya-claim.yaml": CLAIM.replace("priya-burst-pipe-claimant",
                                                                                    "priya-escape-of-watter")}, ".")
    assert [f["message"] for f in found] == [
        "persona 'priya-escape-of-watter' does not exist in the workspace; did you mean 'priya-escape-of-water' (Priya Shah)?",
    ]
