"""`--stage` exports say they are a part of the journey (tester 7, F4).

`cxkit render onboarding.yaml --stage ksef-connection,first-payment -f md` kept the journey's title
and summary, drew the curve from the one stage straight to the other (`▁ ▆ (-2 → +1)`: a rise
across nine stages nobody sees), and its JSON numbered the two stages 0 and 1 of nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

EMOTIONS = [0, 1, 0, -1, -2, 0, -1, -1, 1, -2, 0, -2, 2, 2, 0, -1, 1, 0, 1, 0, -1, 1, 0, 1, 2]
NAMES = {12: ("ksef-connection", "KSeF connection"), 13: ("first-invoice", "First invoice sent"),
         14: ("client-import", "Clients imported"), 22: ("first-payment", "First payment")}


def onboarding() -> str:
    lines = ["kind: journey", "id: invoice-onboarding", "name: Accounting office onboarding", "lang: en",
             "persona: marta-biuro-rachunkowe", "stages:"]
    for n, emotion in enumerate(EMOTIONS, 1):
        ident, name = NAMES.get(n, (f"step-{n}", f"Step {n}"))
        lines += [f"  - id: {ident}", f"    name: {name}",
                  f"    doing: Marta works through step {n}, pasting her NIP 727-274-84-90", f"    emotion: {emotion}"]
    return "\n".join(lines) + "\n"


CHURN = """\
kind: journey
id: tomasz-rezygnuje
name: Tomasz rezygnuje z subskrypcji
lang: pl
persona: marta-biuro-rachunkowe
stages:
  - id: frustracja
    name: Frustracja
    doing: Próbuje wystawić fakturę w piwnicy
    emotion: -2
  - id: rezygnacja
    name: Rezygnacja
    doing: Anuluje plan za 49 zł miesięcznie
    emotion: -1
  - id: powrot
    name: Powrót po pół roku
    doing: Wraca, bo jest tryb offline
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    (tmp_path / "journeys" / "onboarding.yaml").write_text(onboarding(), encoding="utf-8")
    (tmp_path / "journeys" / "churn.yaml").write_text(CHURN, encoding="utf-8")
    return tmp_path


def test_markdown_says_which_stages_of_how_many(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "ksef-connection,first-payment",
                                "-f", "md")
    assert code == 0, err
    assert out.splitlines()[2:7] == [
        "_journey_ · `invoice-onboarding` · Persona: `marta-biuro-rachunkowe` · Reviewed: never",
        "",
        "_Selected stages: 12, 22 of 25; the others are left out_",
        "",
        "**Emotion curve:** `▁ … ▆` (-2 … +1)",
    ]


def test_markdown_joins_adjacent_stages_and_runs_their_numbers(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage",
                                 "ksef-connection,first-invoice,client-import,first-payment", "-f", "md")
    assert code == 0
    assert "_Selected stages: 12–14, 22 of 25; the others are left out_" in out
    assert "**Emotion curve:** `▁ █ █ … ▆` (-2 → +2 → +2 … +1)" in out


def test_polish_markdown_says_it_in_polish(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(ws, monkeypatch, "journeys/churn.yaml", "--stage", "powrot", "-f", "md")
    assert code == 0
    assert "_Wybrany etap: 3 z 3; pozostałe pominięto_" in out
    code, out, _err = render_cli(ws, monkeypatch, "journeys/churn.yaml", "--stage", "frustracja,powrot", "-f", "md")
    assert "_Wybrane etapy: 1, 3 z 3; pozostałe pominięto_" in out
    assert "**Krzywa emocji:** `▁ … ▆` (-2 … +1)" in out


def test_every_stage_picked_is_the_whole_map(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: no note, and arrows all the way, when --stage leaves nothing out (or is not given)."""
    for args in ((), ("--stage", "frustracja,rezygnacja,powrot")):
        code, out, _err = render_cli(ws, monkeypatch, "journeys/churn.yaml", *args, "-f", "md")
        assert code == 0
        assert "pominięto" not in out
        assert "**Krzywa emocji:** `▁ ▃ ▆` (-2 → -1 → +1)" in out


def test_json_keeps_each_stage_number_and_the_count(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "first-payment,ksef-connection",
                                "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [s["id"] for s in data["stages"]] == ["ksef-connection", "first-payment"]
    assert data["x-cxkit-stage-selection"] == {"numbers": [12, 22], "of": 25}
    assert list(data)[-2:] == ["stages", "x-cxkit-stage-selection"]


def test_json_of_the_whole_journey_has_no_selection(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the JSON of a whole journey is the normalised document, nothing added."""
    code, out, _err = render_cli(ws, monkeypatch, "journeys/churn.yaml", "-f", "json")
    assert code == 0
    assert "x-cxkit-stage-selection" not in json.loads(out)
