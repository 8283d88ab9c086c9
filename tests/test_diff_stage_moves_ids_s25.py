"""A stage that left one journey and a stage of the same id that came into another are one stage
moved only when it kept its name (review18 R18-4, session 25).

Positional ids (`etap-2`) and template stages repeat across journeys: with the id and the
template's boilerplate counted in the likeness, a stage deleted from one journey and an
unrelated one added to another were shown as one "move", and `cxkit review` carried the
deleted stage's findings onto the new one.
"""

from __future__ import annotations

import json

from conftest import run_cli

DOWOD = """\
kind: journey
id: dowod
name: Wymiana dowodu osobistego
lang: pl
persona: jan
stages:
  - id: etap-1
    name: Potrzeba
    emotion: 0
    touchpoints:
      - channel: email
        description: Przypomnienie z mObywatela o końcu ważności dowodu
"""
PASZPORT = """\
kind: journey
id: paszport
name: Wyrobienie paszportu
lang: pl
persona: jan
stages:
  - id: etap-1
    name: Wniosek
    emotion: 0
    touchpoints:
      - channel: web
        description: Rezerwacja wizyty w urzędzie wojewódzkim
"""


def stage(name: str, emotion: int, description: str = '"TODO: opisz punkt styku"') -> str:
    return (f"  - id: etap-2\n    name: {name}\n    emotion: {emotion}\n    touchpoints:\n"
            f"      - channel: email\n        description: {description}\n")


def compare(tmp_path, old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str, str]]:
    for side, files in (("old", old), ("new", new)):
        for name, text in files.items():
            (tmp_path / side).mkdir(exist_ok=True)
            (tmp_path / side / name).write_text(text, encoding="utf-8")
    result = run_cli("diff", "-f", "json", str(tmp_path / "old"), str(tmp_path / "new"))
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [(e["op"], e["document"], e["path"]) for e in json.loads(result.stdout)]


def test_a_template_stage_deleted_here_and_another_added_there_is_no_move(tmp_path):
    found = compare(tmp_path, {"dowod.yaml": DOWOD + stage("Oczekiwanie", -1), "paszport.yaml": PASZPORT},
                    {"dowod.yaml": DOWOD, "paszport.yaml": PASZPORT + stage("Decyzja", 0)})
    assert found == [("removed", "dowod", "stages[etap-2]"), ("added", "paszport", "stages[etap-2]")]


def test_a_stage_renamed_to_another_of_its_kind_is_no_move(tmp_path):
    found = compare(
        tmp_path,
        {"dowod.yaml": DOWOD + stage("Oczekiwanie na dowód", -1, "Mail o gotowym dowodzie do odbioru"),
         "paszport.yaml": PASZPORT},
        {"dowod.yaml": DOWOD,
         "paszport.yaml": PASZPORT + stage("Oczekiwanie na paszport", -1, "Mail o gotowym paszporcie do odbioru")})
    assert found == [("removed", "dowod", "stages[etap-2]"), ("added", "paszport", "stages[etap-2]")]


def test_a_stage_moved_with_a_typo_put_right_and_an_edit_is_still_a_move(tmp_path):
    """Guard: the same stage, its name's typo put right and its emotion edited on the way."""
    described = "Mail o gotowym dokumencie do odbioru w urzędzie"
    found = compare(tmp_path,
                    {"dowod.yaml": DOWOD + stage("Oczekiwnie na odbiór", -1, described), "paszport.yaml": PASZPORT},
                    {"dowod.yaml": DOWOD, "paszport.yaml": PASZPORT + stage("Oczekiwanie na odbiór", -2, described)})
    assert found == [("moved", "dowod", "stages[etap-2]"), ("moved", "paszport", "stages[etap-2]"),
                     ("changed", "paszport", "stages[etap-2].name"), ("changed", "paszport", "stages[etap-2].emotion")]


def test_a_stage_moved_with_a_word_added_to_its_name_is_still_a_move(tmp_path):
    """Guard: one word more in the name is the same stage; a word replaced (above) is not."""
    described = "Mail o gotowym dokumencie do odbioru w urzędzie"
    found = compare(tmp_path,
                    {"dowod.yaml": DOWOD + stage("Oczekiwanie na odbiór", -1, described), "paszport.yaml": PASZPORT},
                    {"dowod.yaml": DOWOD,
                     "paszport.yaml": PASZPORT + stage("Oczekiwanie na osobisty odbiór", -1, described)})
    assert found == [("moved", "dowod", "stages[etap-2]"), ("moved", "paszport", "stages[etap-2]"),
                     ("changed", "paszport", "stages[etap-2].name")]
