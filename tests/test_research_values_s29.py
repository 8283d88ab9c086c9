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
        (14, 14, "`stages[consideration].emotion` musi być liczbą całkowitą, a jest tu tekst „1.0e0x”; emocja to "
                 "liczba całkowita od -2 (bardzo negatywna) do +2 (bardzo pozytywna)"),
        (18, 14, "`stages[consideration].opportunities[nr 1].due`: „2027-02-30” to nie jest prawdziwa data (2027-02 ma 28 dni)"),
    ]


def test_an_english_journey_names_its_stage_by_id_and_an_unknown_key_in_it(ws):
    text = JOURNEY_EN.replace("    emotion: 1\n", "    emotion: 1\n    feelings: Relieved\n")
    found = schema(ws, "journeys/tomasz.yaml", text)
    assert found == [(14, 5, "nieznane pole `feelings` w `stages[delivery]`; czy chodziło o `feeling`?")]


def test_items_that_share_an_id_or_have_no_valid_one_are_counted_from_one(ws):
    text = JOURNEY_EN.replace("  - id: delivery\n", "  - id: quote\n")
    assert schema(ws, "journeys/tomasz.yaml", text) == [
        (11, 9, "`stages[nr 2].id`: dwa etapy mają to samo id „quote”; identyfikatory muszą być niepowtarzalne w dokumencie")]
    text = PERSONA_PL.replace("  - id: wywiady\n", "  - id: Wywiady W01-W14\n").replace("[wywiady]", "[wywiady-w01-w14]")
    assert schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text) == [
        (8, 9, "`sources[nr 1].id` musi być identyfikatorem (małe litery i cyfry połączone łącznikami lub "
               "podkreślnikami, np. „ola-runner”), a jest tu „Wywiady W01-W14”; czy chodziło o „wywiady-w01-w14”?")]


# --- 2. research-style values -----------------------------------------------------------------------


def test_a_fieldwork_period_is_told_one_date_and_the_note(ws):
    text = PERSONA_PL.replace("date: 2026-11-12", "date: 2026-11-12 - 2026-11-26")
    assert schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text) == [(
        10, 11, "`sources[wywiady].date`: oczekiwano daty zapisanej jako RRRR-MM-DD, a podano „2026-11-12 - 2026-11-26”; "
                "to okres, a pole mieści jedną datę: wpisz jego pierwszy dzień (2026-11-12) albo ostatni (2026-11-26), "
                "a okres opisz w `note`")]


@pytest.mark.parametrize("written", ["n=14", "N = 14", "14 osób", "14 respondents"])
def test_a_sample_size_with_its_letter_or_unit_is_told_the_number(ws, written):
    text = PERSONA_PL.replace("n: 14", f"n: {written}")
    assert schema(ws, "personas/kasia-urzadza-mieszkanie.yaml", text) == [(
        11, 8, f"`sources[wywiady].n` musi być liczbą całkowitą, a jest tu tekst „{written}”; czy chodziło o `n: 14`? "
               "(liczba osób lub odpowiedzi, na których opiera się źródło; sama liczba)")]


@pytest.mark.parametrize(("written", "hint"), [
    ("Q1 2027", "data to jeden dzień: wpisz 2027-03-31 jako koniec 1. kwartału 2027 (albo 2027-01-01 jako jego początek)"),
    ("I kwartał 2027", "data to jeden dzień: wpisz 2027-03-31 jako koniec 1. kwartału 2027 (albo 2027-01-01 jako jego "
                       "początek)"),
    ("2027-Q4", "data to jeden dzień: wpisz 2027-12-31 jako koniec 4. kwartału 2027 (albo 2027-10-01 jako jego początek)"),
    ("koniec lutego 2028", "data musi mieć rok, miesiąc i dzień: czy chodziło o 2028-02-29?"),
    ("end of March 2027", "data musi mieć rok, miesiąc i dzień: czy chodziło o 2027-03-31?"),
    ("połowa maja 2027", "data musi mieć rok, miesiąc i dzień: czy chodziło o 2027-05-15?"),
])
def test_a_quarter_or_part_of_a_month_is_told_the_date(ws, written, hint):
    text = JOURNEY_PL.replace("due: 2027-03-31", f"due: {written}")
    assert schema(ws, "journeys/kasia-kupuje-sofe.yaml", text) == [(
        18, 14, f"`stages[consideration].opportunities[nr 1].due`: oczekiwano daty zapisanej jako RRRR-MM-DD, a podano "
                f"„{written}”; {hint}")]


def test_part_of_a_month_without_its_year_is_told_the_coming_one(ws):
    today = dt.date.today()
    year = today.year + (2 < today.month)
    last = (dt.date(year, 3, 1) - dt.timedelta(days=1)).isoformat()
    text = JOURNEY_PL.replace("due: 2027-03-31", "due: koniec lutego")
    [(_line, _col, message)] = schema(ws, "journeys/kasia-kupuje-sofe.yaml", text)
    assert message.endswith(f"a podano „koniec lutego”; data musi mieć rok, miesiąc i dzień: czy chodziło o {last}? "
                            "(rok jest tu zgadnięty: wpisz ten, o który chodzi)")


@pytest.mark.parametrize(("written", "hint"), [
    ("-1.5", "wpisz -2 albo -1, zależnie od tego, co mówią badania"),
    ("1.2", "wpisz 1"),
    ("negatywna", "zamiast „negatywna” wpisz emotion: -1"),
    ("bardzo negatywna", "zamiast „bardzo negatywna” wpisz emotion: -2"),
    ("neutralna", "zamiast „neutralna” wpisz emotion: 0"),
    ("very positive", "zamiast „very positive” wpisz emotion: 2"),
])
def test_an_emotion_with_a_fraction_or_in_words_is_told_the_whole_number(ws, written, hint):
    text = JOURNEY_PL.replace("    emotion: -1\n", f"    emotion: {written}\n")
    [(line, col, message)] = schema(ws, "journeys/kasia-kupuje-sofe.yaml", text)
    what = f"liczba {written}" if written[-1].isdigit() else f"tekst „{written}”"
    assert (line, col, message) == (
        14, 14, f"`stages[consideration].emotion` musi być liczbą całkowitą, a jest tu {what}; emocja to liczba "
                f"całkowita od -2 do +2: {hint}")


def test_guard_an_emotion_out_of_range_keeps_its_message(ws):
    text = JOURNEY_PL.replace("    emotion: -1\n", "    emotion: 3\n")
    assert schema(ws, "journeys/kasia-kupuje-sofe.yaml", text) == [
        (14, 14, "`stages[consideration].emotion` wynosi 3; emocja mieści się w zakresie od -2 (bardzo negatywna) do +2 "
                 "(bardzo pozytywna)")]


# --- 3. a journey's persona written as its name -------------------------------------------------------


@pytest.mark.parametrize("written", ["Kasia Wrona", "kasia wrona", "kasia-wrona"])
def test_a_persona_named_by_its_name_is_told_its_id(ws, written):
    write(ws, "journeys/kasia-kupuje-sofe.yaml", JOURNEY_PL.replace("persona: kasia-urzadza-mieszkanie", f"persona: {written}"))
    found = [f for f in lint(ws) if f[2] in ("CX002", "CX004")]
    told = (6, 10, "CX004", f"persona „{written}” nie istnieje w obszarze roboczym; czy chodziło o "
                            "„kasia-urzadza-mieszkanie” (Kasia Wrona)? Ścieżka wskazuje personę przez id z jej pliku "
                            "(personas/kasia-urzadza-mieszkanie.yaml), a nie przez imię")
    if " " in written:
        assert found == [(6, 10, "CX002", "`persona` musi być identyfikatorem (małe litery i cyfry połączone łącznikami "
                                          f"lub podkreślnikami, np. „ola-runner”), a jest tu „{written}”; ścieżka "
                                          "wskazuje personę przez `id:` zapisane w pliku persony, a nie przez jej imię"),
                         told]
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
    assert found[20][2].startswith("nie wymieniono po kolei 2 kolejnych nieznanych pól na najwyższym poziomie, od "
                                   "„crm_pole_20” dalej (wymienia się tylko pierwsze 20 pól mapowania)")
    assert found[21:] == [
        (37, 1, "nieznane pole `motywations`; czy chodziło o `motivations`?"),
        (39, 1, "nieznane pole `expectation`; czy chodziło o `expectations`?"),
        (41, 1, "nieznane pole `potrzeba`; czy chodziło o `needs`? (nazwy pól są po angielsku, w jakimkolwiek języku "
                "jest tekst)"),
    ]


# --- L12. `cxkit new` and a name already taken ------------------------------------------------------


def test_new_persona_with_a_name_already_taken_is_written_with_a_note(ws):
    result = CliRunner().invoke(app, ["new", "persona", "Kasia  Wrona", "--no-input"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (ws / "personas" / "kasia-wrona.yaml").exists()
    assert result.stderr.splitlines()[-2] == (  # the last line counts the TODOs left; the workspace is Polish
        "cxkit: uwaga: personas/kasia-urzadza-mieszkanie.yaml ma już personę o nazwie „Kasia Wrona” (id "
        "„kasia-urzadza-mieszkanie”); dwie o jednej nazwie trudno odróżnić w przeglądach i widokach: nadaj tej "
        "inną nazwę albo usuń plik, którego nie potrzebujesz")


def test_guard_new_persona_with_a_name_of_its_own_has_no_note(ws):
    result = CliRunner().invoke(app, ["new", "persona", "Tomasz Nowak", "--no-input", "--lang", "en"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "already has" not in result.stderr
