"""A half-valid document's values under a key the format does not know and that stands for no field
(session 35, review of the half-valid lint).  Its schema error says to keep them under `x-`, where the
rules that read the values as written (placeholder) skip them: so a finding in them is one the author
would not get once the error is fixed as told.  The same rules still read the document's own fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA_PL = """\
kind: persona
id: ola
name: Ola
lang: pl
reviewed: 2026-10-05
summary: TODO kim jest Ola w dwóch zdaniach
notatki: TODO uzupełnić po wywiadach
demographics:
  location: Lublin, Czechów
goals:
  - Kupić buty do biegania przed półmaratonem w Lublinie w kwietniu
pain_points:
  - Kolejka w aptece przy Zana w sobotę rano
sources:
  - id: wywiady
    type: interview
    n: 6
"""

JOURNEY_EN = """\
kind: journey
id: priya-renews
name: Priya renews her insurance
persona: priya
lang: en
reviewed: 2026-10-05
stages:
  - id: renewal
    name: Renewal
    doing: Compares the renewal letter with two quotes on her phone
    touchpoints: [Renewal letter]
    emotion: -1
    barriers: [The letter hides the new price on page three]
    opportunities:
      - action: Put the new price on the first page
        owner: Letters team
        due: 2027-02-10
        notes: |
          TODO ask legal
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    return tmp_path


def lint(name: str) -> list[tuple[int, str, str]]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "--ignore", "CX201,CX004", name],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 1, result.output
    return [(f["line"], f["code"], f["message"]) for f in json.loads(result.stdout)]


def test_a_placeholder_under_an_unknown_top_level_key_is_left_to_its_error(ws: Path) -> None:
    (ws / "p.yaml").write_text(PERSONA_PL, encoding="utf-8")
    found = lint("p.yaml")
    assert [(line, code) for line, code, _ in found] == [(6, "CX501"), (7, "CX002")]
    assert "'summary'" in found[0][2] and "x-" in found[1][2]
    # Fixed as its error says: the same findings but the schema one.
    (ws / "p.yaml").write_text(PERSONA_PL.replace("notatki:", "x-notatki:"), encoding="utf-8")
    assert [(line, code) for line, code, _ in lint("p.yaml")] == [(6, "CX501")]


def test_a_placeholder_under_an_unknown_key_inside_a_stage_is_left_to_its_error(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    assert [(line, code) for line, code, _ in lint("j.yaml")] == [(18, "CX002")]
    # A key that stands for a field is to be renamed, not kept aside: its placeholder is reported.
    (ws / "p.yaml").write_text(PERSONA_PL.replace("summary:", "opis:").replace("notatki: TODO uzupełnić po wywiadach\n", ""),
                               encoding="utf-8")
    found = lint("p.yaml")
    assert [(line, code) for line, code, _ in found] == [(6, "CX002"), (6, "CX501")]
    assert "did you mean 'summary'" in found[0][2]


def test_a_placeholder_that_is_the_schema_error_is_told_once(ws: Path) -> None:
    # `due: TBD` is no date (the schema error) and a placeholder (CX501): the schema finding tells it.
    text = JOURNEY_EN.replace("due: 2027-02-10", "due: TBD").replace("        notes: |\n          TODO ask legal\n", "")
    (ws / "j.yaml").write_text(text, encoding="utf-8")
    assert [(line, code) for line, code, _ in lint("j.yaml")] == [(17, "CX002")]


def test_a_value_over_several_lines_leaves_the_rules_waiting(ws: Path) -> None:
    # A plain value over two lines may have swallowed a list item: which field holds what is in doubt.
    text = PERSONA_PL.replace("notatki: TODO uzupełnić po wywiadach\n", "").replace("2026-10-05", "2026-13-05").replace(
        "  - Kupić buty do biegania przed półmaratonem w Lublinie w kwietniu\n",
        "  - Zależy jej na dobrej cenie\n    i szybkiej dostawie\n")
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    assert "CX101" not in [code for _, code, _ in lint("p.yaml")]
    (ws / "p.yaml").write_text(text.replace("\n    i szybkiej dostawie", " i szybkiej dostawie"), encoding="utf-8")
    assert "CX101" in [code for _, code, _ in lint("p.yaml")]


NOTES_EN = """\
kind: persona
id: ola
name: Ola
lang: pl
reviewed: 2026-10-05
demographics:
  location: Lublin, Czechów
goals:
  - Kupić buty do biegania przed półmaratonem w Lublinie
sources:
  - id: wywiady
    type: interview
    n: 6
notes:
  - She compares the prices of three shops every evening before she buys anything
  - She reads every review on the forum and asks her friends from the running club
  - She wants the delivery to come to the parcel locker next to her office in the city
  - She returns the shoes when they do not fit after the first run in the park
  - She pays with the app of her bank because she does not trust the shop with her card
"""


def test_english_notes_under_an_unknown_key_do_not_make_a_polish_persona_read_as_english(ws: Path) -> None:
    # Read with the notes, the text is English and lang-contradicts-text would say `use lang: en`:
    # wrong advice, and gone once the notes are kept under `x-notes` as the schema error says.
    (ws / "p.yaml").write_text(NOTES_EN, encoding="utf-8")
    assert [(line, code) for line, code, _ in lint("p.yaml")] == [(14, "CX002")]
    (ws / "p.yaml").write_text(NOTES_EN.replace("notes:", "x-notes:"), encoding="utf-8")
    assert CliRunner().invoke(app, ["lint", "--no-cache", "--ignore", "CX201,CX004", "p.yaml"]).exit_code == 0
    # The document's own fields are still read as written: English in them is still told.
    text = NOTES_EN.replace("notes:", "notatki:").replace("  - Kupić buty do biegania przed półmaratonem w Lublinie\n",
                                                          "".join(f"  {line}\n" for line in NOTES_EN.splitlines()[15:]))
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    assert "CX602" in [code for _, code, _ in lint("p.yaml")]


@pytest.mark.parametrize("due", ["[TODO]", "|\n          TBD"])
def test_a_placeholder_inside_a_value_the_schema_finds_wrong_is_told_once(ws: Path, due: str) -> None:
    # The whole value is to be replaced by a date: the schema finding says so, the placeholder rule need not.
    text = JOURNEY_EN.replace("due: 2027-02-10", f"due: {due}").replace("        notes: |\n          TODO ask legal\n", "")
    (ws / "j.yaml").write_text(text, encoding="utf-8")
    found = lint("j.yaml")
    assert [code for _, code, _ in found] == ["CX002"], found
    # A placeholder elsewhere in the document is still told.
    (ws / "j.yaml").write_text(text.replace("doing: Compares", "thinking: TODO\n    doing: Compares"), encoding="utf-8")
    assert [code for _, code, _ in lint("j.yaml")] == ["CX501", "CX002"]


def test_a_rule_reading_the_model_through_a_property_reads_every_field() -> None:
    # What a rule reads is noted field by field; a property (or method) of the model may read any of them,
    # so reading one counts as reading all: its findings are not kept beside an error in any field.
    from cxkit.lint.lenient import _Reading, _unaffected
    from cxkit.model.common import CxModel

    class Card(CxModel):
        name: str = ""
        goals: list[str] = []

        @property
        def everything(self) -> list[str]:
            return [self.name, *self.goals]

    seen: set[str] = set()
    reading = _Reading(Card(name="Ola", goals=["Biegać"]), seen)
    assert reading.everything == ["Ola", "Biegać"]
    assert not _unaffected(seen, frozenset({"goals"}), frozenset())
    # A field read by name counts alone, and a name the model lacks reads nothing (getattr's default).
    seen.clear()
    assert reading.name == "Ola" and getattr(reading, "purchase_triggers", None) is None
    assert seen == {"name"} and _unaffected(seen, frozenset({"goals"}), frozenset())
