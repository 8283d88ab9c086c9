"""placeholder (CX501): session 38's reviewers' leftovers (session 39).

- "XXX" in capitals was a marker anywhere, also as the Roman thirty of a school or a congress: "XXX LO w
  Warszawie" is where a persona went to school.  "Kwota XXX zł", "Umowa nr XXX" are still markers.
- "Uzupełnić: dane do wniosku" stays a placeholder: the infinitive before a colon is a note of what is
  still to write, as "TODO: dane do wniosku" is; "Uzupełnić dane do wniosku w aplikacji" is a step.
- A stage whose touchpoints all name none (`TBD`, `do ustalenia`) was told twice, by
  stage-without-touchpoints (CX402) and by this rule: CX402 says what is missing, so it tells it while it
  is in force there, as unowned-opportunity does for an owner `TBD`.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from rule_helpers import run

PERSONA = """\
kind: persona
id: ola-maturzystka
name: Ola Wrona
lang: pl
demographics:
  age: 19
  location: Warszawa, Mokotów
summary: "{summary}"
"""


@pytest.mark.parametrize("summary", [
    "Absolwentka XXX LO w Warszawie, od października studiuje na SGH",
    "Chodziła do XXX Liceum Ogólnokształcącego im. Śniadeckich",
    "Na XXX-lecie szkoły kupiła bilety przez aplikację",
    "Radna, była na sesji XXX Rady Dzielnicy o parkingach",
])
def test_the_roman_thirty_is_no_marker_s39(tmp_path, monkeypatch, summary):
    assert run(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA.format(summary=summary)}, "placeholder") == []


@pytest.mark.parametrize(("summary", "marker"), [
    ("XXX", "XXX"), ("XXX: kim jest Ola w dwóch zdaniach", "XXX"), ("Wydaje XXX zł miesięcznie na książki", "XXX"),
    ("Umowa najmu nr XXX do wpisania", "XXX"),
    ("Uzupełnić: dane do wniosku", "Uzupełnić"), ("Uzupełnić po wywiadach", "Uzupełnić"),
])
def test_a_marker_is_still_reported_s39(tmp_path, monkeypatch, summary, marker):
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA.format(summary=summary)}, "placeholder")
    # at the quoted value's opening quote, as for any quoted one-line value
    assert [(f.path, f.line, f.column) for f in found] == [("personas/ola.yaml", 8, 10)]
    assert f"'{marker}'" in found[0].message


def test_a_goals_verb_is_no_placeholder_s39(tmp_path, monkeypatch):
    text = PERSONA.format(summary="Studentka") + "goals:\n  - Uzupełnić dane do wniosku o stypendium w USOS do 15 października\n"
    assert run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "placeholder") == []


JOURNEY = """\
kind: journey
id: ola-stypendium
name: Ola składa wniosek o stypendium
persona: ola-maturzystka
lang: pl
stages:
  - id: wniosek
    name: Wniosek w USOS
    touchpoints: {touchpoints}
    emotion: -1
"""


def lint(tmp_path, monkeypatch, touchpoints: str, *args: str):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(JOURNEY.format(touchpoints=touchpoints), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return [(f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)]


NONE = ["[do ustalenia]", "[TBD]", "[TBD, do ustalenia]", "\n      - channel: TBD"]


@pytest.mark.parametrize("touchpoints", NONE)
def test_touchpoints_that_name_none_are_told_once_by_cx402_s39(tmp_path, monkeypatch, touchpoints):
    assert lint(tmp_path, monkeypatch, touchpoints, "--select", "CX402,CX501") == [("CX402", 7, 9)]


@pytest.mark.parametrize("touchpoints", NONE)
def test_without_cx402_the_placeholder_reports_them_s39(tmp_path, monkeypatch, touchpoints):
    found = lint(tmp_path, monkeypatch, touchpoints, "--select", "CX402,CX501", "--ignore", "CX402")
    assert found and {code for code, _, _ in found} == {"CX501"}


def test_a_placeholder_beside_a_real_touchpoint_is_the_placeholders_s39(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, "[USOS, TBD]", "--select", "CX402,CX501") == [("CX501", 9, 25)]
