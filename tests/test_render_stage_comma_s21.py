"""`render --stage`: a stage whose name holds a comma is picked by that name ("Drying out, then
repairs"), alone or beside other stages; a partial name suggests the stage whose name holds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

CLAIM = """\
kind: journey
id: escape-of-water
name: Escape of water claim
persona: priya
stages:
  - id: fnol
    name: First notice of loss
    emotion: -2
  - id: assessor
    name: Loss assessor visit, then a written report
    emotion: -1
  - id: repairs
    name: Drying out, then repairs
    emotion: -1
  - id: settlement
    name: Settlement
    emotion: 1
"""

ZGLOSZENIE = """\
kind: journey
id: zalanie
name: Zalanie mieszkania
persona: halina
lang: pl
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody, infolinia
    emotion: -2
  - id: ogledziny
    name: Oględziny
    emotion: -1
"""


@pytest.fixture()
def claims(tmp_path: Path) -> Path:
    (tmp_path / "claim.yaml").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "zalanie.yaml").write_text(ZGLOSZENIE, encoding="utf-8")
    return tmp_path


def _stage_ids(claims: Path, monkeypatch: pytest.MonkeyPatch, path: str, *stage: str) -> list[str]:
    args = [a for value in stage for a in ("--stage", value)]
    code, out, err = render_cli(claims, monkeypatch, path, *args, "-f", "json")
    assert (code, err) == (0, ""), err
    return [s["id"] for s in json.loads(out)["stages"]]


@pytest.mark.parametrize("stage,ids", [
    (["Drying out, then repairs"], ["repairs"]),
    (["drying out,  then REPAIRS"], ["repairs"]),
    (["fnol,Drying out, then repairs"], ["fnol", "repairs"]),
    (["Drying out, then repairs,settlement"], ["repairs", "settlement"]),
    (["Loss assessor visit, then a written report,Drying out, then repairs"], ["assessor", "repairs"]),
    (["settlement", "Drying out, then repairs"], ["repairs", "settlement"]),
    (["fnol,settlement"], ["fnol", "settlement"]),
])
def test_a_name_with_a_comma_picks_its_stage(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                             stage: list[str], ids: list[str]) -> None:
    assert _stage_ids(claims, monkeypatch, "claim.yaml", *stage) == ids


def test_a_polish_name_with_a_comma_in_the_terminal_view(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(claims, monkeypatch, "zalanie.yaml", "--stage", "zgłoszenie szkody, infolinia")
    assert (code, err) == (0, "")
    assert "Zgłoszenie szkody, infolinia" in out and "Oględziny" not in out


def test_a_partial_name_suggests_the_stage_whose_name_holds_it(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(claims, monkeypatch, "claim.yaml", "--stage", "drying out")
    assert (code, out) == (2, "")
    assert err == ("cxkit: claim.yaml: no stage 'drying out'; did you mean 'repairs' (Drying out, then repairs)? "
                   "its stages: fnol, assessor, repairs, settlement\n")


def test_a_name_with_its_comma_mistyped_points_at_the_stage(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No space after the comma: not the name, so the comma separates, and 'Drying out' is a partial name.
    code, _out, err = render_cli(claims, monkeypatch, "claim.yaml", "--stage", "Drying out,then repairs")
    assert code == 2
    assert err.startswith("cxkit: claim.yaml: no stage 'Drying out'; did you mean 'repairs' (Drying out, then repairs)?")


def test_words_in_two_names_suggest_none(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(claims, monkeypatch, "claim.yaml", "--stage", "then")
    assert code == 2
    assert err == "cxkit: claim.yaml: no stage 'then'; its stages: fnol, assessor, repairs, settlement\n"


def test_a_misspelt_id_still_gets_the_id(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(claims, monkeypatch, "claim.yaml", "--stage", "setlement")
    assert code == 2
    assert "no stage 'setlement'; did you mean 'settlement'? its stages:" in err
