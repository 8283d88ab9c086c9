"""`--stage` takes a stage's name written without diacritics (session 36, fixAA36).

On a terminal without a Polish keyboard, `--stage "Doplata za amortyzacje"` named no stage of a
journey whose stage is "Dopłata za amortyzację" (exit 2, "did you mean 'doplata'?"). A name now
matches in any case and with or without its letters' marks (ł, ą, ę, ó, ż… and é, ü in English
names), after the closer matches; two stages that only differ by their marks are a usage error
that names both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from claim_helpers import CLAIM_HEADER

CLAIM = CLAIM_HEADER + """\
  - id: kosztorys
    name: Kosztorys i akceptacja naprawy
    emotion: -1
  - id: czesci
    name: Oczekiwanie na części
    emotion: -2
  - id: doplata
    name: Dopłata za amortyzację
    emotion: -2
  - id: odbior
    name: Odbiór auta z warsztatu
    emotion: 1
  - id: zolta-kartka
    name: Żółta kartka od rzeczoznawcy
    emotion: -1
"""

CAFE = """\
kind: journey
id: chloe-cafe-insurance
name: Chloé insures her café
persona: chloe-owner
lang: en
stages:
  - id: quote
    name: Online quote
    emotion: 0
  - id: survey
    name: Café survey by the insurer
    emotion: -1
"""


def _render(folder: Path, text: str, *stages: str) -> tuple[int, str, str]:
    (folder / "j.yaml").write_text(text, encoding="utf-8")
    args = ["render", str(folder / "j.yaml"), "-f", "json"]
    for stage in stages:
        args += ["--stage", stage]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "100", "NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("typed", "picked"), [
    ("Doplata za amortyzacje", ["doplata"]),
    ("DOPLATA ZA AMORTYZACJE", ["doplata"]),
    ("oczekiwanie na czesci", ["czesci"]),
    ("Odbior auta z warsztatu,Zolta kartka od rzeczoznawcy", ["odbior", "zolta-kartka"]),
])
def test_a_polish_stage_name_typed_without_diacritics_picks_the_stage(tmp_path: Path, typed: str, picked: list[str]) -> None:
    code, out, err = _render(tmp_path, CLAIM, typed)
    assert code == 0, err
    assert [s["id"] for s in json.loads(out)["stages"]] == picked


def test_an_english_name_without_its_accents_picks_the_stage(tmp_path: Path) -> None:
    code, out, err = _render(tmp_path, CAFE, "cafe survey by the insurer")
    assert code == 0, err
    assert [s["id"] for s in json.loads(out)["stages"]] == ["survey"]


def test_two_stages_that_differ_only_by_their_marks_are_named_both(tmp_path: Path) -> None:
    twins = CLAIM.replace("  - id: odbior\n    name: Odbiór auta z warsztatu",
                          "  - id: odbior\n    name: Doplata za amortyzacje")
    # The name as typed (in any case) is closer than one without marks: each picks its own stage.
    code, out, err = _render(tmp_path, twins, "dopłata za amortyzację")
    assert code == 0 and [s["id"] for s in json.loads(out)["stages"]] == ["doplata"], err
    code, out, err = _render(tmp_path, twins, "doplata za amortyzacje")
    assert code == 0 and [s["id"] for s in json.loads(out)["stages"]] == ["odbior"], err
    # With some of the marks (ł, not ę), neither is closer: exit 2, both named, nothing written.
    code, out, err = _render(tmp_path, twins, "Dopłata za amortyzacje")
    assert code == 2 and out == ""
    assert ("--stage 'Dopłata za amortyzacje' matches 2 stages: 'doplata' (Dopłata za amortyzację), "
            "'odbior' (Doplata za amortyzacje); give the id of the one you mean") in err
