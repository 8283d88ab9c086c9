"""`--stage N` in a journey whose stage ids are numbers (review10 R10-1).

With stages `0`, `1`, `2` (a workshop's numbering from 0), `--stage 2` is the stage whose id is 2
(the third) while `--stage 3`, naming no id, was taken as the third stage — the same stage: so
`--stage 2,3` gave one stage where two were asked for, and `--stage 3` silently showed the stage
labelled `2`. Where a stage's id or name is a number, a number is now an id or a name only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

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

# Ids are words, but one stage is *named* with a number, as a team's workshop board had it.
NAMED_BY_NUMBER = """\
kind: journey
id: onboarding
name: First invoice in KSeF
lang: en
persona: marta-biuro-rachunkowe
stages:
  - id: sign-up
    name: Sign-up
    doing: Creates an account with her NIP
    emotion: 0
  - id: ksef-token
    name: "3"
    doing: Pastes the KSeF token
    emotion: -2
  - id: first-invoice
    name: First invoice
    doing: Sends the first invoice for 1 250 zł
    emotion: 1
"""

WORDS = """\
kind: journey
id: pierwsza-faktura
name: Pierwsza faktura w KSeF
lang: pl
persona: marta-biuro-rachunkowe
stages:
  - id: rejestracja
    name: Rejestracja
    emotion: 0
  - id: token
    name: Token KSeF
    emotion: -2
  - id: faktura
    name: Pierwsza faktura
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    (tmp_path / "journeys" / "zakup.yaml").write_text(NUMBERED, encoding="utf-8")
    (tmp_path / "journeys" / "onboarding.yaml").write_text(NAMED_BY_NUMBER, encoding="utf-8")
    (tmp_path / "journeys" / "faktura.yaml").write_text(WORDS, encoding="utf-8")
    return tmp_path


def stage_ids(ws: Path, monkeypatch: pytest.MonkeyPatch, path: str, stages: str) -> list[str]:
    code, out, err = render_cli(ws, monkeypatch, path, "--stage", stages, "-f", "json")
    assert code == 0, err
    return [s["id"] for s in json.loads(out)["stages"]]


def test_a_number_that_is_no_id_is_no_stage_where_ids_are_numbers(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/zakup.yaml", "--stage", "3", "-f", "md")
    assert (code, out) == (2, "")
    assert err == ("cxkit: journeys/zakup.yaml: no stage '3'; its stages' ids or names are numbers, so --stage "
                   "takes a number as an id or a name, never as a stage's place; its stages: 0, 1, 2\n")


def test_two_numbers_are_never_one_stage(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(ws, monkeypatch, "journeys/zakup.yaml", "--stage", "2,3", "-f", "json")
    assert code == 2 and "no stage '3'" in err
    assert stage_ids(ws, monkeypatch, "journeys/zakup.yaml", "1,2") == ["1", "2"]


def test_a_stage_named_with_a_number_makes_numbers_names(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "3" is the stage named 3 (the second), and 2 is no place either.
    assert stage_ids(ws, monkeypatch, "journeys/onboarding.yaml", "3") == ["ksef-token"]
    code, _out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "--stage", "2", "-f", "md")
    assert code == 2 and "no stage '2'; its stages' ids or names are numbers" in err


def test_places_where_no_id_or_name_is_a_number(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: in a journey of word ids a number is the stage's place, as the views number it."""
    assert stage_ids(ws, monkeypatch, "journeys/faktura.yaml", "2,3") == ["token", "faktura"]
    assert stage_ids(ws, monkeypatch, "journeys/faktura.yaml", "1,faktura") == ["rejestracja", "faktura"]


# --- a stage's number written otherwise (read-through RT22-6) -------------------------------------
# "--stage 03" said "it has 3 stages, so --stage takes a number from 1 to 3": 3 is one of them.


@pytest.mark.parametrize(("wanted", "hint"), [
    ("03", "write --stage 3, without the leading zero; "),
    ("002", "write --stage 2, without the leading zeros; "),
    ("٣", "write --stage 3, in the digits 0-9; "),  # an Arabic-Indic 3: isdecimal(), yet no number here
    ("٩", "it has 3 stages, so --stage takes a number from 1 to 3, in the digits 0-9; "),
])
def test_a_stage_number_written_otherwise_is_told_how_to_write_it(ws: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  wanted: str, hint: str) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/faktura.yaml", "--stage", wanted, "-f", "md")
    assert (code, out) == (2, "")  # still refused: "03" could be meant as an id
    assert err == f"cxkit: journeys/faktura.yaml: no stage '{wanted}'; {hint}its stages: rejestracja, token, faktura\n"


@pytest.mark.parametrize("wanted", ["0", "4", "0" * 5000 + "4", "9" * 5000])
def test_a_number_past_the_last_stage_still_says_which_there_are(ws: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 wanted: str) -> None:
    """Guard: 0, a number past the last stage, and one too long for int() (no traceback)."""
    code, _out, err = render_cli(ws, monkeypatch, "journeys/faktura.yaml", "--stage", wanted, "-f", "md")
    assert code == 2
    assert err.endswith("; it has 3 stages, so --stage takes a number from 1 to 3; its stages: rejestracja, token, faktura\n")


@pytest.mark.parametrize("wanted", ["02", "٢"])
def test_numbers_written_otherwise_where_ids_are_numbers(ws: Path, monkeypatch: pytest.MonkeyPatch, wanted: str) -> None:
    """Guard: where ids are numbers, 02 is no id and no place; the hint says so, as for 3."""
    code, _out, err = render_cli(ws, monkeypatch, "journeys/zakup.yaml", "--stage", wanted, "-f", "md")
    assert code == 2
    assert err == (f"cxkit: journeys/zakup.yaml: no stage '{wanted}'; its stages' ids or names are numbers, so --stage "
                   "takes a number as an id or a name, never as a stage's place; its stages: 0, 1, 2\n")
