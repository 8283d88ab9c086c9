"""A key that only shares letters with a field is not told that field: `triggers:` in a journey's
stage got "did you mean 'barriers'?", which means another thing. A field's name misspelt by a
letter or two (`bariers`, `touchpoint`) still gets its "did you mean", as a field named in Polish
(`punkty_styku`) or in other words (`thoughts`) gets its field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """\
kind: journey
id: kasia-zaklada-konto
name: Kasia zakłada konto w aplikacji
lang: pl
persona: katarzyna-wojcik
reviewed: 2026-12-04
stages:
  - id: polecenie
    name: Polecenie
    doing: Czyta regulamin promocji na telefonie i szuka warunku „3 płatności kartą w miesiącu”
    emotion: 0
    {key}:
      - Post koleżanki w grupie „Pielęgniarki Łódź” z kodem polecającym
"""


def _unknown(key: str, tmp_path: Path) -> str:
    """The message of the unknown-field finding for ``key`` in a journey's stage."""
    doc = tmp_path / "kasia.yaml"
    doc.write_text(JOURNEY.format(key=key), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "schema", str(doc)],
                                env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    return next(f["message"] for f in json.loads(result.stdout) if "unknown field" in f["message"])


@pytest.mark.parametrize("key", ["triggers", "Triggers", "trigger"])
def test_a_key_of_another_meaning_gets_the_x_advice_not_a_field_spelt_alike(key: str, tmp_path: Path) -> None:
    message = _unknown(key, tmp_path)
    assert message == (f"unknown field '{key}' in 'stages[polecenie]' "
                       "(put your own data under a key that starts with 'x-')")


@pytest.mark.parametrize(("key", "field"), [
    ("bariers", "barriers"),
    ("Barriers", "barriers"),
    ("touchpoint", "touchpoints"),
    ("Touch-Points", "touchpoints"),
    ("oportunities", "opportunities"),
    ("painpoints", "pain_points"),
    ("punkty_styku", "touchpoints"),
    ("bariery", "barriers"),
    ("thoughts", "thinking"),
    ("pains", "pain_points"),
])
def test_a_misspelt_or_translated_field_keeps_its_did_you_mean(key: str, field: str, tmp_path: Path) -> None:
    assert f"unknown field '{key}' in 'stages[polecenie]'; did you mean '{field}'?" in _unknown(key, tmp_path)


def test_triggers_in_a_negative_persona_is_told_purchase_triggers_not_its_opposite(tmp_path: Path) -> None:
    """Where the model has a field of that meaning, the table of other words names it: spelling alone
    told `abandon_triggers`, the opposite, before the table was read."""
    doc = tmp_path / "henryk.yaml"
    doc.write_text("kind: negative-persona\nid: henryk-gotowka\nname: Henryk Gotówka\nlang: pl\n"
                   "summary: Emeryt z Sandomierza, 71 lat, płaci gotówką i w oddziale.\n"
                   "triggers:\n  - Wnuczka założy mu konto i pokaże BLIK\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "schema", str(doc)],
                                env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert "unknown field 'triggers'; did you mean 'purchase_triggers'?" in result.stdout


def test_a_journeys_fields_in_other_words_are_told_once_each(tmp_path: Path) -> None:
    """Guard: `steps` and `persona_id` are too far from `stages` and `persona` to be told by spelling
    alone; the table of other words names them, and no "missing required field" comes with them."""
    doc = tmp_path / "kasia.yaml"
    doc.write_text(JOURNEY.format(key="barriers").replace("persona:", "persona_id:").replace("stages:", "steps:"),
                   encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "schema", str(doc)],
                                env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert [f["message"] for f in json.loads(result.stdout)] == [
        "unknown field 'persona_id'; did you mean 'persona'?", "unknown field 'steps'; did you mean 'stages'?"]
