"""missing-sources (CX301): for a persona of a public office, our own people stay "our own
organisation" when the note names an office only as a sector or an employer.

A company selling to city halls writes personas of department heads. Office people named beside
our CEO are people asked ("Wywiad z naszym prezesem i 4 naczelnikami wydziałów"), but an office
named without anyone in it is not: "z naszym dyrektorem sprzedaży samorządowej" is our sales
director for the local-government market, and "pracował w urzędzie miasta" is where our CEO once
worked. Both notes were passed as research, since any word of an office (samorząd, w urzędzie)
counted as its people.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

B2G_PL = """\
kind: persona
id: naczelniczka-wydzialu-lokalowego
name: Ewa Malinowska
lang: pl
summary: Naczelniczka Wydziału Lokalowego w urzędzie miasta. Wdraża e-wnioski o mieszkanie komunalne.
demographics:
  occupation: naczelniczka wydziału w urzędzie miasta (120 tys. mieszkańców)
sources:
  - id: rozmowa
    type: interview
    date: 2026-10-14
    note: "{note}"
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, note: str) -> list[dict]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(B2G_PL.format(note=note), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("note", "said"), [
    ("Rozmowa z naszym dyrektorem sprzedaży samorządowej", "z naszym dyrektorem sprzedaży"),  # fail before
    ("Rozmowa z naszym prezesem, który 10 lat pracował w urzędzie miasta", "z naszym prezesem"),
    ("Wywiad z naszymi handlowcami od sektora samorządowego", "z naszymi handlowcami"),
    ("Rozmowa z naszym prezesem o tym, jak kupują urzędy", "z naszym prezesem"),  # guard
])
def test_our_people_are_ours_whatever_office_the_note_names(tmp_path, monkeypatch, note, said):
    found = lint(tmp_path, monkeypatch, note)
    assert len(found) == 1
    assert f"asks our own organisation, not the people it serves (its note says '{said}')" in found[0]["message"]


@pytest.mark.parametrize("note", [
    "Wywiad z naszym prezesem i 4 naczelnikami wydziałów",  # guards: office people asked with our CEO
    "Warsztat z naszym prezesem i urzędniczkami z 3 gmin",
    "Rozmowa z naszym handlowcem i sekretarzem gminy Kórnik",
])
def test_office_people_named_beside_ours_are_asked(tmp_path, monkeypatch, note):
    assert lint(tmp_path, monkeypatch, note) == []
