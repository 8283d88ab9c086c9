"""A `--stage` journey's JSON export is still a journey document (review10 R10-3).

61cfeeb ended it with a `stage_selection` key, which the journey schema (`cxkit schema journey`,
docs/schema/journey.json: no other keys but `x-` ones) and the model refuse: a CI step that checks
exports with any JSON Schema validator failed, and "loading it with the same model gives back an
equal document" no longer held. The key is now `x-cxkit-stage-selection`.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cxkit.model import JourneyMap
from cxkit.model.validate import validate
from snapshot_helpers import render_cli

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema" / "journey.json"

JOURNEY = "\n".join(
    ["kind: journey", "id: marta-przechodzi-na-ksef", "name: Marta przechodzi na KSeF", "lang: pl",
     "persona: marta-biuro-rachunkowe", "x-figma-frame: Journey / 01", "stages:"]
    + [line for n in range(1, 16) for line in (
        f"  - id: etap-{n}", f"    name: Etap {n} – połączenie z KSeF",
        f"    doing: Wkleja token KSeF po raz {n} i czeka na UPO", f"    emotion: {(n % 5) - 2}")]) + "\n"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    (tmp_path / "journeys" / "ksef.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def test_a_stage_export_validates_against_the_journey_schema(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/ksef.yaml", "--stage", "3,etap-12,14", "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert data["x-cxkit-stage-selection"] == {"numbers": [3, 12, 14], "of": 15}
    # cxkit validates it as it is, its stages those picked.
    model, issues = validate(data)
    assert issues == [] and isinstance(model, JourneyMap)
    assert [s.id for s in model.stages] == ["etap-3", "etap-12", "etap-14"]
    # The author's own x- key is dropped, as in every JSON export: the one x- key there is cxkit's.
    assert "x-figma-frame" not in data and [k for k in data if k.startswith("x-")] == ["x-cxkit-stage-selection"]


def test_the_whole_journey_validates_too(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: without --stage nothing is added."""
    code, out, _err = render_cli(ws, monkeypatch, "journeys/ksef.yaml", "-f", "json")
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert not [k for k in data if k.startswith("x-")]
