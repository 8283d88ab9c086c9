"""`cxkit diff -f json` names each change's document kind (`kind`: persona, negative-persona,
journey), so a quarterly report counts personas and journeys without reading the files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL, enter_workspace, run_cli


@pytest.fixture
def quarter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two copies of a workspace: a persona edited, a journey edited, a negative persona removed,
    an English persona added, and a persona moved to another folder."""
    old = {"personas/tomek.yaml": PERSONA_PL, "journeys/tomek.yaml": JOURNEY_PL,
           "negatywne/janusz.yaml": NEGATIVE_PL, "personas/stary.yaml": PERSONA_PL.replace(
               "id: tomek-audiofil", "id: stary-klient")}
    new = {"personas/tomek.yaml": PERSONA_PL.replace("  age: 34\n", "  age: 35\n"),
           "journeys/tomek.yaml": JOURNEY_PL.replace("Kupić otwarte słuchawki do 1500 zł",
                                                      "Kupić otwarte słuchawki do 2000 zł"),
           "personas/en/maya.yaml": PERSONA_EN,
           "persony/stary.yaml": PERSONA_PL.replace("id: tomek-audiofil", "id: stary-klient")}
    (tmp_path / "ws").mkdir()
    root = enter_workspace(tmp_path / "ws", monkeypatch, config="")
    for side, files in (("v1", old), ("v2", new)):
        for rel, text in files.items():
            (root / side / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / side / rel).write_text(text, encoding="utf-8")
    return root


def test_every_change_names_its_documents_kind(quarter):
    result = run_cli("diff", "v1", "v2", "-f", "json")
    assert result.exception is None and result.exit_code == 1
    kinds = {(e["document"], e["op"], e["kind"]) for e in json.loads(result.stdout)}
    assert kinds == {
        ("tomek-audiofil", "changed", "persona"),
        ("tomek-kupuje-sluchawki", "changed", "journey"),
        ("janusz-okazja", "removed", "negative-persona"),
        ("maya-runner", "added", "persona"),
        ("stary-klient", "moved", "persona"),
    }


def test_the_other_keys_are_as_before_and_kind_is_added_last(quarter):
    result = run_cli("diff", "v1", "v2", "-f", "json")
    [age] = [e for e in json.loads(result.stdout) if e["path"] == "demographics.age"]
    assert age == {"op": "changed", "document": "tomek-audiofil", "file": "personas/tomek.yaml",
                   "path": "demographics.age", "old": 34, "new": 35, "kind": "persona"}
    assert list(age)[-1] == "kind"


def test_a_file_not_compared_has_a_null_kind(quarter):
    (quarter / "v2" / "personas" / "tomek.yaml").write_text("kind: persona\nid: [zepsute\n", encoding="utf-8")
    result = run_cli("diff", "v1", "v2", "-f", "json")
    [entry] = [e for e in json.loads(result.stdout) if e["op"] == "not-compared"]
    assert entry["kind"] is None and entry["document"] is None
