"""A negative persona's fields written in the words people reach for (`why_not:`, `alternatives:`,
`dlaczego_nie:`) are told the real field, not pushed to an `x-` key that no check reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

DOC = """\
kind: negative-persona
id: henryk-gotowka
name: Henryk Gotówka
lang: pl
summary: Emeryt, 71 lat, płaci gotówką i nie ufa aplikacjom bankowym.
{key}:
  - Nie ufa aplikacjom
"""


@pytest.mark.parametrize(("key", "field"), [
    ("why_not", "reasons"),
    ("alternatives", "substitutes"),
    ("dlaczego_nie", "reasons"),
    ("alternatywy", "substitutes"),
    ("Kupiłby, gdyby", "purchase_triggers"),
    ("walks_away_when", "abandon_triggers"),
])
def test_a_common_wrong_name_is_told_the_field(key: str, field: str, tmp_path: Path) -> None:
    doc = tmp_path / "henryk.yaml"
    doc.write_text(DOC.format(key=key), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", str(doc)], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 1
    line = next(line for line in result.stdout.splitlines() if "CX002" in line)
    assert f"unknown field '{key}'; did you mean '{field}'?" in line
    assert "'x-'" not in line


def test_a_persona_is_not_told_a_negative_persona_s_field(tmp_path: Path) -> None:
    """Guard: `alternatives` in a persona has no field to mean, so it keeps the `x-` advice."""
    doc = tmp_path / "kasia.yaml"
    doc.write_text(DOC.replace("negative-persona", "persona").format(key="alternatives"), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", str(doc)], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert "unknown field 'alternatives' (put your own data under a key that starts with 'x-')" in result.stdout
