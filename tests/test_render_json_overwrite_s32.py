"""`cxkit render -f json -o FILE` replaces its own previous folder or pair export, which starts with
`"format": "cxkit-render-folder/1"` / `"cxkit-render-pair/1"` since those objects name their shape;
an export an older cxkit wrote (no `format`) is still replaced; another tool's JSON, or cxkit's review
JSON, is not without --force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

PERSONA = """\
kind: persona
id: joanna-cargo
name: Joanna, mama na rowerze cargo
lang: pl
summary: Wozi dwoje dzieci do przedszkola rowerem cargo i porównuje modele na forum rodziców.
"""

NEGATIVE = """\
kind: negative-persona
id: lowca-promocji
name: Łowca promocji
lang: pl
reasons:
  - Kupuje tylko na Black Friday i zwraca po tygodniu
"""

JOURNEY = """\
kind: journey
id: zakup-roweru
name: Zakup roweru cargo
persona: joanna-cargo
lang: pl
stages:
  - id: porownanie
    name: Porównanie modeli
    doing: Porównuje trzy rowery cargo na forum rodziców
    emotion: 0
"""

# The workspace is Polish, and so is the refusal (session 38; test_polish_notes_s38 has the English one).
REFUSED = ("nie jest wcześniejszym eksportem cxkit; zapis eksportu zastąpiłby ten plik — podaj w -o inny plik albo "
           "dodaj --force, by go zastąpić")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "mapy"
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / "joanna.yaml").write_text(PERSONA, encoding="utf-8")
    (root / "personas" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    (root / "journeys" / "zakup.yaml").write_text(JOURNEY, encoding="utf-8")
    return root


@pytest.mark.parametrize(("args", "shape"), [
    ((".",), "cxkit-render-folder/1"),
    (("personas/joanna.yaml", "--against", "personas/lowca.yaml"), "cxkit-render-pair/1"),
])
def test_a_json_export_that_names_its_format_is_replaced_by_the_next_render(workspace, monkeypatch, args, shape):
    first = render_cli(workspace, monkeypatch, *args, "-f", "json", "-o", "eksport.json")
    assert first[0] == 0, first[2]
    assert json.loads((workspace / "eksport.json").read_text(encoding="utf-8"))["format"] == shape
    (workspace / "personas" / "joanna.yaml").write_text(PERSONA.replace("Joanna,", "Joanna K.,"), encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, *args, "-f", "json", "-o", "eksport.json")
    assert code == 0, err
    assert "Joanna K.," in (workspace / "eksport.json").read_text(encoding="utf-8")


def test_a_folder_export_an_older_cxkit_wrote_is_still_replaced(workspace, monkeypatch):
    (workspace / "eksport.json").write_text('{\n  "documents": [],\n  "not_read": []\n}\n', encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, ".", "-f", "json", "-o", "eksport.json")
    assert code == 0, err
    assert json.loads((workspace / "eksport.json").read_text(encoding="utf-8"))["format"] == "cxkit-render-folder/1"


@pytest.mark.parametrize("text", [
    '{\n  "format": "cxkit-review/1",\n  "documents": []\n}\n',  # cxkit review -f json, not a render
    '{\n  "format": "csv-import/2",\n  "rows": []\n}\n',  # another tool's JSON with a `format` key
])
def test_other_json_with_a_format_key_is_not_replaced_without_force(workspace, monkeypatch, text):
    (workspace / "eksport.json").write_text(text, encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, ".", "-f", "json", "-o", "eksport.json")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == f"cxkit: eksport.json: {REFUSED}"
    assert (workspace / "eksport.json").read_text(encoding="utf-8") == text
