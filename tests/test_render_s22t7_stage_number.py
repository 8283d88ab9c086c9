"""`--stage 12` picks the 12th stage, as every view numbers them (tester 7, F8).

Panel titles (`12/25 · KSeF connection`), column heads (`12. KSeF connection`) and the curve's
legend all number the stages, so in a workshop people say "stage 12" and typed `--stage 12`,
which was refused (exit 2) without a word about stage 12. An id or a name that is the number
still wins: a team that numbers its stages from 0 means its id.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

ONBOARDING = "\n".join(
    ["kind: journey", "id: invoice-onboarding", "name: Accounting office onboarding", "lang: en",
     "persona: marta-biuro-rachunkowe", "stages:"]
    + [line for n in range(1, 26) for line in (
        f"  - id: {'ksef-connection' if n == 12 else f'step-{n}'}",
        f"    name: {'KSeF connection' if n == 12 else f'Step {n}'}",
        f"    doing: Marta pastes her KSeF token on screen {n}", f"    emotion: {(n % 5) - 2}")]) + "\n"

# Etap 0 is the team's "before she looks for software": its ids are the workshop's numbers.
NUMBERED = """\
kind: journey
id: zakup-abonamentu
name: Zakup abonamentu
lang: pl
persona: marta-biuro-rachunkowe
stages:
  - id: "0"
    name: Zanim szuka programu
    doing: Wystawia faktury w Excelu
    emotion: -1
  - id: "1"
    name: Porównanie ofert
    doing: Porównuje trzy programy do KSeF
    emotion: 0
  - id: "2"
    name: Zakup
    doing: Płaci 49 zł za pierwszy miesiąc
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    (tmp_path / "journeys" / "onboarding.yaml").write_text(ONBOARDING, encoding="utf-8")
    (tmp_path / "journeys" / "zakup.yaml").write_text(NUMBERED, encoding="utf-8")
    return tmp_path


def stage_ids(ws: Path, monkeypatch: pytest.MonkeyPatch, path: str, *stages: str) -> list[str]:
    args = [a for s in stages for a in ("--stage", s)]
    code, out, err = render_cli(ws, monkeypatch, path, *args, "-f", "json")
    assert code == 0, err
    return [s["id"] for s in json.loads(out)["stages"]]


def test_a_number_picks_that_stage(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert stage_ids(ws, monkeypatch, "journeys/onboarding.yaml", "12") == ["ksef-connection"]
    assert stage_ids(ws, monkeypatch, "journeys/onboarding.yaml", "12,22") == ["ksef-connection", "step-22"]
    assert stage_ids(ws, monkeypatch, "journeys/onboarding.yaml", "25", "step-1") == ["step-1", "step-25"]


def test_a_number_in_the_terminal_view(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "12", columns=80)
    assert code == 0, err
    assert "12. KSeF connection" in out or "12/25 · KSeF connection" in out
    assert "Step 11" not in out and "Step 13" not in out


def test_an_id_that_is_a_number_wins(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: `--stage 1` of stages `0`, `1`, `2` is the stage whose id is 1, the second."""
    assert stage_ids(ws, monkeypatch, "journeys/zakup.yaml", "1") == ["1"]
    assert stage_ids(ws, monkeypatch, "journeys/zakup.yaml", "0,2") == ["0", "2"]
    # No id 3: no stage either (review10 R10-1), not the third one, whose id is 2 — see
    # tests/test_review10_s22_stage_numbers.py.


def test_a_number_past_the_last_stage_says_which_there_are(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "26", "-f", "md")
    assert code == 2 and out == ""
    assert err.startswith("cxkit: journeys/onboarding.yaml: no stage '26'; it has 25 stages, so --stage takes a "
                          "number from 1 to 25; its stages: step-1, step-2,")


@pytest.mark.parametrize("typed", ["012", "+3", "1.0"])
def test_only_a_plain_number_is_a_place(ws: Path, monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    """Guard: "012", "+3" or "1.0" are not numbers as the views write them: no stage, exit 2."""
    code, _out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", typed, "-f", "md")
    assert code == 2
    assert f"no stage '{typed}'" in err
