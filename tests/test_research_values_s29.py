"""Schema messages as a researcher reads them: list items by id (or counted from 1), research-style
values (a fieldwork period, `n=14`, `Q1 2027`, `emotion: negatywna`) told the value meant, a journey's
persona written as the persona's name, misspelt fields past the unknown-field count, and `cxkit new`
warning of a second persona with a name already taken."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA_PL = """\
kind: persona
id: kasia-urzadza-mieszkanie
name: Kasia Wrona
lang: pl
owner: Zespół badań UX
summary: Urządza pierwsze własne mieszkanie w Krakowie i kupuje meble online.
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    n: 14
goals:
  - text: Umeblować salon przed świętami
    sources: [wywiady]
"""

JOURNEY_PL = """\
kind: journey
id: kasia-kupuje-sofe
name: Kasia kupuje sofę
lang: pl
owner: Zespół e-commerce
persona: kasia-urzadza-mieszkanie
stages:
  - id: awareness
    name: Świadomość
    emotion: 1
  - id: consideration
    name: Rozważanie
    feeling: Niepewna, czy sofa zmieści się na klatce
    emotion: -1
    opportunities:
      - action: Dodać wymiary opakowania na karcie produktu
        owner: Zespół treści
        due: 2027-03-31
"""

JOURNEY_EN = """\
kind: journey
id: tomasz-orders-office-chairs
name: Tomasz orders office chairs
lang: en
owner: B2B sales team
persona: tomasz-office-manager
stages:
  - id: quote
    name: Asking for a quote
    emotion: 0
  - id: delivery
    name: Delivery
    emotion: 1
    opportunities:
      - action: Send the delivery slot by text message the day before
        owner: Logistics team
        due: 2027-01-31
"""


def lint(root: Path, *paths: str) -> list[tuple[int, int, str, str]]:
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--no-cache", *paths], env={"COLUMNS": "200"},
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return [(f["line"], f["column"], f["code"], f["message"]) for f in json.loads(result.stdout)]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "kasia-urzadza-mieszkanie.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(ws: Path, name: str, text: str) -> str:
    (ws / name).write_text(text, encoding="utf-8")
    return name


def schema(ws: Path, name: str, text: str) -> list[tuple[int, int, str]]:
    return [(line, col, msg) for line, col, code, msg in lint(ws, write(ws, name, text)) if code == "CX002"]


# --- 1. list items by id, else counted from 1 -------------------------------------------------------


def test_a_stage_is_named_by_its_id_and_an_opportunity_counted_from_one(ws):
    text = JOURNEY_PL.replace("    emotion: -1\n", "    emotion: 1.0e0x\n").replace("due: 2027-03-31", "due: 2027-02-30")
    found = schema(ws, "journeys/kasia-kupuje-sofe.yaml", text)
    assert found == [
        (14, 14, "'stages[consideration].emotion' must be a whole number, not the text '1.0e0x'; an emotion is a "
                 "whole number from -2 (very negative) to +2 (very positive)"),
        (18, 14, "'stages[consideration].opportunities[1st].due': '2027-02-30' is not a real date (2027-02 has 28 days)"),
    ]


def test_an_english_journey_names_its_stage_by_id_and_an_unknown_key_in_it(ws):
    text = JOURNEY_EN.replace("    emotion: 1\n", "    emotion: 1\n    feelings: Relieved\n")
    found = schema(ws, "journeys/tomasz.yaml", text)
    assert found == [(14, 5, "unknown field 'feelings' in 'stages[delivery]'; did you mean 'feeling'?")]


def test_items_that_share_an_id_or_have_no_valid_one_are_counted_from_one(ws):
    text = JOURNEY_EN.replace("  - id: delivery\n", "  - id: quote\n")
    assert schema(ws, "journeys/tomasz.yaml", text) == [
        (11, 9, "'stages[2nd].id': two stages share the id 'quote'; ids must be unique within the document")]
    text = PERSONA_PL.replace("  - id: wywiady\n", "  - id: Wywiady W01-W14\n").replace("[wywiady]", "[wywiady-w01-w14]")
    assert schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text) == [
        (8, 9, "'sources[1st].id' must be a slug (lowercase letters and digits joined by hyphens or underscores, "
               "e.g. 'ola-runner'), not 'Wywiady W01-W14'; did you mean 'wywiady-w01-w14'?")]


# --- 2. research-style values -----------------------------------------------------------------------


def test_a_fieldwork_period_is_told_one_date_and_the_note(ws):
    text = PERSONA_PL.replace("date: 2026-11-12", "date: 2026-11-12 - 2026-11-26")
    assert schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text) == [(
        10, 11, "'sources[wywiady].date': expected a date written as YYYY-MM-DD, got '2026-11-12 - 2026-11-26'; it is "
                "a period, and the field holds one date: write its first day (2026-11-12) or its last (2026-11-26), "
                "and the period in `note`")]


@pytest.mark.parametrize("written", ["n=14", "N = 14", "14 osób", "14 respondents"])
def test_a_sample_size_with_its_letter_or_unit_is_told_the_number(ws, written):
    text = PERSONA_PL.replace("n: 14", f"n: {written}")
    assert schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text) == [(
        11, 8, f"'sources[wywiady].n' must be a whole number, not the text '{written}'; did you mean `n: 14`? "
               "(the people or answers behind the source, a number alone)")]


@pytest.mark.parametrize(("written", "hint"), [
    ("Q1 2027", "a date is one day: write 2027-03-31 for the end of Q1 2027 (or 2027-01-01 for its start)"),
    ("I kwartał 2027", "a date is one day: write 2027-03-31 for the end of Q1 2027 (or 2027-01-01 for its start)"),
    ("2027-Q4", "a date is one day: write 2027-12-31 for the end of Q4 2027 (or 2027-10-01 for its start)"),
    ("koniec lutego 2028", "a date needs its year, month and day: did you mean 2028-02-29?"),
    ("end of March 2027", "a date needs its year, month and day: did you mean 2027-03-31?"),
    ("połowa maja 2027", "a date needs its year, month and day: did you mean 2027-05-15?"),
])
def test_a_quarter_or_part_of_a_month_is_told_the_date(ws, written, hint):
    text = JOURNEY_PL.replace("due: 2027-03-31", f"due: {written}")
    assert schema(ws, "journeys/kasia-kupuje-sofe.yaml", text) == [(
        18, 14, f"'stages[consideration].opportunities[1st].due': expected a date written as YYYY-MM-DD, got "
                f"'{written}'; {hint}")]


def test_part_of_a_month_without_its_year_is_told_the_coming_one(ws):
    today = dt.date.today()
    year = today.year + (2 < today.month)
    last = (dt.date(year, 3, 1) - dt.timedelta(days=1)).isoformat()
    text = JOURNEY_PL.replace("due: 2027-03-31", "due: koniec lutego")
    [(_line, _col, message)] = schema(ws, "journeys/kasia-kupuje-sofe.yaml", text)
    assert message.endswith(f"got 'koniec lutego'; a date needs its year, month and day: did you mean {last}? "
                            "(the year is a guess: write the one you mean)")


@pytest.mark.parametrize(("written", "hint"), [
    ("-1.5", "write -2 or -1, whichever the research supports"),
    ("1.2", "write 1"),
    ("negatywna", "for 'negatywna' write emotion: -1"),
    ("bardzo negatywna", "for 'bardzo negatywna' write emotion: -2"),
    ("neutralna", "for 'neutralna' write emotion: 0"),
    ("very positive", "for 'very positive' write emotion: 2"),
])
def test_an_emotion_with_a_fraction_or_in_words_is_told_the_whole_number(ws, written, hint):
    text = JOURNEY_PL.replace("    emotion: -1\n", f"    emotion: {written}\n")
    [(line, col, message)] = schema(ws, "journeys/kasia-kupuje-sofe.yaml", text)
    what = f"the number {written}" if written[-1].isdigit() else f"the text '{written}'"
    assert (line, col, message) == (
        14, 14, f"'stages[consideration].emotion' must be a whole number, not {what}; an emotion is a whole number "
                f"from -2 to +2: {hint}")


def test_guard_an_emotion_out_of_range_keeps_its_message(ws):
    text = JOURNEY_PL.replace("    emotion: -1\n", "    emotion: 3\n")
    assert schema(ws, "journeys/kasia-kupuje-sofe.yaml", text) == [
        (14, 14, "'stages[consideration].emotion' is 3; an emotion runs from -2 (very negative) to +2 (very positive)")]


# --- 3. a journey's persona written as its name -------------------------------------------------------


@pytest.mark.parametrize("written", ["Kasia Wrona", "kasia wrona", "kasia-wrona"])
def test_a_persona_named_by_its_name_is_told_its_id(ws, written):
    write(ws, "journeys/kasia-kupuje-sofe.yaml", JOURNEY_PL.replace("persona: kasia-urzadza-mieszkanie", f"persona: {written}"))
    found = [f for f in lint(ws) if f[2] in ("CX002", "CX004")]
    told = (6, 10, "CX004", f"persona „{written}” nie istnieje w obszarze roboczym; czy chodziło o "
                            "„kasia-urzadza-mieszkanie” (Kasia Wrona)? Ścieżka wskazuje personę przez id z jej pliku "
                            "(personas/kasia-urzadza-mieszkanie.yaml), a nie przez imię")
    if " " in written:
        assert found == [(6, 10, "CX002", f"'persona' must be a slug (lowercase letters and digits joined by hyphens or "
                                          f"underscores, e.g. 'ola-runner'), not '{written}'; a journey names its persona "
                                          "by the `id:` written in the persona's file, not by its name"), told]
    else:
        assert found == [told]


def test_a_persona_id_misspelt_is_told_the_id_with_the_name(ws):
    write(ws, "journeys/kasia-kupuje-sofe.yaml", JOURNEY_PL.replace("persona: kasia-urzadza-mieszkanie",
                                                                    "persona: kasia-urzadza-mieszkan"))
    assert [f for f in lint(ws) if f[2] == "CX004"] == [(6, 10, "CX004", "persona „kasia-urzadza-mieszkan” nie istnieje "
                                                         "w obszarze roboczym; czy chodziło o „kasia-urzadza-mieszkanie” "
                                                         "(Kasia Wrona)?")]


# --- 4. misspelt field names past the unknown-field count ------------------------------------------


def test_misspelt_and_polish_fields_past_the_count_keep_their_suggestion(ws):
    crm = "".join(f"crm_pole_{i}: x\n" for i in range(22))
    text = PERSONA_PL + crm + "motywations:\n  - Dom\nexpectation:\n  - Dostawa z wniesieniem\npotrzeba:\n  - Wymiary\n"
    found = schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text)
    assert found[20][2].startswith("2 more unknown fields at the top level, from 'crm_pole_20' on")
    assert found[21:] == [
        (37, 1, "unknown field 'motywations'; did you mean 'motivations'?"),
        (39, 1, "unknown field 'expectation'; did you mean 'expectations'?"),
        (41, 1, "unknown field 'potrzeba'; did you mean 'needs'? (field names are in English, whatever the language "
                "of the text)"),
    ]


# --- L12. `cxkit new` and a name already taken ------------------------------------------------------


def test_new_persona_with_a_name_already_taken_is_written_with_a_note(ws):
    result = CliRunner().invoke(app, ["new", "persona", "Kasia  Wrona", "--no-input"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (ws / "personas" / "kasia-wrona.yaml").exists()
    assert result.stderr.splitlines()[-2] == (  # the last line counts the TODOs left
        "cxkit: note: personas/kasia-urzadza-mieszkanie.yaml already has a persona named 'Kasia Wrona' (id "
        "'kasia-urzadza-mieszkanie'); two with one name are hard to tell apart in reviews and renders: give this one "
        "another name, or delete the file you do not need")


def test_guard_new_persona_with_a_name_of_its_own_has_no_note(ws):
    result = CliRunner().invoke(app, ["new", "persona", "Tomasz Nowak", "--no-input", "--lang", "en"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "already has" not in result.stderr
