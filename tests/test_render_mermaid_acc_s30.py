"""The Mermaid export's accessible title and description (`accTitle`, `accDescr`).

Mermaid draws a journey's scores as faces; without `accTitle`/`accDescr` the SVG on an intranet
page has no text alternative. The description says each stage's emotion in words, as the HTML
export's curve does, in the document's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY_PL = """\
kind: journey
id: zaneta-kredyt
name: "Żaneta składa wniosek o kredyt"
lang: pl
persona: zaneta-lecka
stages:
  - id: potrzeba
    name: Potrzeba
    doing: "Czyta list od właściciela mieszkania"
    emotion: -1
  - id: czekanie
    name: Czekanie
    doing: "Czeka 14 dni na decyzję"
  - id: decyzja
    name: Decyzja
    doing: "Podpisuje umowę podpisem kwalifikowanym"
    emotion: 2
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "kredyt.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    return tmp_path


def test_the_diagram_ends_with_a_title_and_a_description_in_words(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "mermaid")
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    assert lines[0] == "journey" and lines[1] == "    title Żaneta składa wniosek o kredyt"
    assert lines[-2:] == [
        "    accTitle: Żaneta składa wniosek o kredyt",
        "    accDescr: Krzywa emocji: 1. Potrzeba: -1 źle#59; 2. Czekanie: emocji nie zapisano#59; "
        "3. Decyzja: +2 bardzo dobrze",  # its tasks fit their boxes whole (s40): none is listed in full
    ]


def test_a_picked_stage_is_described_by_its_number_in_the_journey(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(ws, monkeypatch, "kredyt.yaml", "-f", "mermaid", "--stage", "3")
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    assert lines[-2] == "    accTitle: Żaneta składa wniosek o kredyt (Etap 3 z 3)"
    assert lines[-1] == "    accDescr: Krzywa emocji: 3. Decyzja: +2 bardzo dobrze"
