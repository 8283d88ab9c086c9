"""A Polish marketer's schema slips, each said so that she knows what to change (tester42, session 39).

In a `lang = "pl"` workspace each message is Polish, says exactly what to change, and shows no Python
escape; the English twin says the same where the problem was the same in English:

- `age: 32-36 lat`, `age: 35 years`: leave the word out (`cxkit fmt --fix` does, marked [*]); `ok. 35 lat`:
  an approximate age, left to a person, who writes the age the research found;
- `-Kupić krem`: the space after the dash is missing;
- `bariery:`, `wyzwania:`, `nawyki:`, `hobby:` in a persona: the field meant, not the `x-` advice;
- `“name”: Ola` (quotes from Word): one finding at the key, no "missing required field" beside it;
- `\\xa0\\xa0age:` and `-\\xa0Kupić`: the key and the text as an editor shows them, the look-alike space named;
- a list item by its place: `opportunities[nr 2]`, not `opportunities[2.]`;
- a file indented with tabs alone: `cxkit fmt` lays it out; tabs beside spaces: told how;
- `cxkit new persona-negatywna`, `cxkit render journeys/kasia.yaml`: the kind or the file meant, in Polish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import enter_in_language

KASIA = """\
kind: persona
id: kasia-zielinska
name: Kasia Zielińska
lang: {lang}
demographics:
  age: {age}
  location: Poznań, Jeżyce
goals:
  - text: Znaleźć krem SPF 50, który nie bieli skóry i nie szczypie w oczy podczas biegania
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-20
    n: 6
reviewed: 2026-12-01
"""


@pytest.fixture(params=["pl", "en"])
def lang(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return enter_in_language(tmp_path, monkeypatch, request.param, ("personas", "journeys"))


def schema_lines(path: str) -> list[str]:
    result = run_cli("lint", "--select", "yaml-syntax,schema", path)
    assert result.exception is None
    return [line for line in result.stdout.splitlines() if "[schema]" in line or "[yaml-syntax]" in line]


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.write_text(text, encoding="utf-8")
    return path


# -- #7: an age with its unit, or "about" ------------------------------------------------------------------------

AGE_SAID = {
    ("pl", "32-36 lat"): "[*] `demographics.age`: wiek to liczba, np. 29, albo wąski przedział, np. „32-36”, a podano "
                         "„32-36 lat”; usuń „lat”, zostaw sam wiek: age: 32-36",
    ("en", "32-36 lat"): "[*] 'demographics.age': age must be a number like 29 or a narrow range like \"32-36\", got "
                         "'32-36 lat'; write it without 'lat': age: 32-36",
    ("pl", "35 years"): "[*] `demographics.age`: wiek to liczba, np. 29, albo wąski przedział, np. „32-36”, a podano "
                        "„35 years”; usuń „years”, zostaw sam wiek: age: 35",
    ("en", "35 years old"): "[*] 'demographics.age': age must be a number like 29 or a narrow range like \"32-36\", got "
                            "'35 years old'; write it without 'years old': age: 35",
    ("pl", "ok. 35 lat"): "`demographics.age`: wiek to liczba, np. 29, albo wąski przedział, np. „32-36”, a podano "
                          "„ok. 35 lat”; usuń „ok.” i „lat”: wpisz wiek, który podały badania (35), albo wąski "
                          "przedział, np. „33-37”",
    ("en", "around 35"): "'demographics.age': age must be a number like 29 or a narrow range like \"32-36\", got "
                         "'around 35'; leave out 'around': write the age the research found (35), or a narrow range "
                         "such as \"33-37\"",
}


@pytest.mark.parametrize("age", ["32-36 lat", "35 years", "35 years old", "ok. 35 lat", "around 35"])
def test_an_age_with_a_word_is_told_which_word_to_leave_out(lang: str, age: str) -> None:
    said = AGE_SAID.get((lang, age))
    if said is None:
        pytest.skip("each age is checked in one language; the other's twin is the same message")
    write("personas/kasia.yaml", KASIA.format(lang=lang, age=age))
    assert schema_lines("personas/kasia.yaml") == [f"personas/kasia.yaml:6:8: error CX002 {said} [schema]"]


@pytest.mark.parametrize(("age", "fixed"), [("32-36 lat", "32-36"), ("35 lat", "35"), ("35 years", "35"),
                                            ("28 l.", "28")])
def test_fmt_fix_leaves_the_unit_out(lang: str, age: str, fixed: str) -> None:
    path = write("personas/kasia.yaml", KASIA.format(lang=lang, age=age))
    result = run_cli("fmt", "--fix", "personas/kasia.yaml")
    assert result.exit_code == 0, result.stderr
    assert path.read_text(encoding="utf-8") == KASIA.format(lang=lang, age=fixed)


@pytest.mark.parametrize("age", ["ok. 35 lat", "około 40", "about 35", "thirty", "150 lat"])
def test_guard_an_approximate_or_unreadable_age_is_left_to_a_person(lang: str, age: str) -> None:
    path = write("personas/kasia.yaml", KASIA.format(lang=lang, age=age))
    before = path.read_text(encoding="utf-8")
    run_cli("fmt", "--fix", "personas/kasia.yaml")
    assert path.read_text(encoding="utf-8") == before
    assert all("[*]" not in line for line in schema_lines("personas/kasia.yaml"))


# -- #8: a dash without its space; #13: a look-alike space shown as an editor shows it ---------------------------

def test_a_dash_without_its_space_is_told_the_space_is_missing(lang: str) -> None:
    write("personas/ewa.yaml", f"kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\ngoals:\n"
                               "  -Kupić krem przed urlopem w lipcu\n  - text:Kupić serum\n")
    said = {
        "pl": "`goals` musi być listą, a jest tu tekst „-Kupić krem przed urlopem w lipcu - text:Kupić serum”; po "
              "myślniku brakuje spacji, więc YAML nie widzi elementu listy: napisz `- Kupić krem przed urlopem w "
              "lipcu` (myślnik, spacja, tekst), każdy element w osobnym wierszu",
        "en": "'goals' must be a list, not the text '-Kupić krem przed urlopem w lipcu - text:Kupić serum'; the dash "
              "needs a space after it, or YAML reads no list item: write `- Kupić krem przed urlopem w lipcu`, each "
              "item on its own line",
    }[lang]
    assert schema_lines("personas/ewa.yaml") == [f"personas/ewa.yaml:6:4: error CX002 {said} [schema]"]


def test_guard_a_negative_number_for_a_list_keeps_its_advice(lang: str) -> None:
    write("personas/ewa.yaml", f"kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\ngoals: -10% opłat za kartę\n")
    [line] = schema_lines("personas/ewa.yaml")
    assert "spacj" not in line and "space after" not in line


def test_pasted_spaces_are_named_not_escaped(lang: str) -> None:
    write("personas/ewa.yaml", f"kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\ndemographics:\n\u00a0\u00a0age: 31\n"
                               "goals:\n  -\u00a0Kupić krem\n")
    lines = schema_lines("personas/ewa.yaml")
    assert not any("\\x" in line or "\\u" in line for line in lines), lines
    if lang == "pl":
        assert lines == [
            "personas/ewa.yaml:6:1: error CX002 nieznane pole `age`: zaczyna się od 2 twardych spacji (U+00A0), które "
            "YAML czyta jako część klucza, a nie jako wcięcie (wklejone z edytora tekstu?); zamień je na zwykłe "
            "spacje [schema]",
            "personas/ewa.yaml:8:4: error CX002 `goals` musi być listą, a jest tu tekst „- Kupić krem”; po myślniku "
            "jest twarda spacja (U+00A0), więc YAML nie widzi elementu listy (wklejone z edytora tekstu?): zamień ją "
            "na zwykłą spację [schema]",
        ]
    else:
        assert lines[0].startswith("personas/ewa.yaml:6:1: error CX002 unknown field 'age': it starts with 2 "
                                   "no-break spaces (U+00A0)")
        assert lines[1].startswith("personas/ewa.yaml:8:4: error CX002 'goals' must be a list, not the text "
                                   "'- Kupić krem'; the dash is followed by a no-break space (U+00A0)")


# -- #9: Polish (and English) words for a persona's fields --------------------------------------------------------

@pytest.mark.parametrize(("key", "field", "fixed"), [
    ("bariery", "pain_points", True), ("przeszkody", "pain_points", True), ("wyzwania", "pain_points", True),
    ("nawyki", "behaviours", True), ("hobby", "psychographics.interests", False),
    ("stanowisko", "demographics.occupation", False), ("barriers", "pain_points", True),
])
def test_a_field_in_other_words_is_told_as_meant(lang: str, key: str, field: str, fixed: bool) -> None:
    write("personas/ewa.yaml", f"kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\n{key}:\n  - Dostawa trwa 3 dni\n")
    [line] = schema_lines("personas/ewa.yaml")
    mark = "[*] " if fixed else ""
    if lang == "pl":
        english_only = " (nazwy pól są po angielsku, w jakimkolwiek języku jest tekst)" if key != "barriers" else ""
        assert line == (f"personas/ewa.yaml:5:1: error CX002 {mark}nieznane pole `{key}`; czy chodziło o `{field}`?"
                        f"{english_only} [schema]")
    else:
        assert line.startswith(f"personas/ewa.yaml:5:1: error CX002 {mark}unknown field '{key}'; did you mean '{field}'?")


def test_fmt_fix_renames_bariery_to_pain_points(lang: str) -> None:
    path = write("personas/ewa.yaml", f"kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\nbariery:\n  - Dostawa trwa 3 dni\n")
    assert run_cli("fmt", "--fix", "personas/ewa.yaml").exit_code == 0
    assert "\npain_points:\n  - Dostawa trwa 3 dni\n" in path.read_text(encoding="utf-8")


def test_guard_a_journey_stage_keeps_bariery_as_barriers(lang: str) -> None:
    write("journeys/j.yaml", f"kind: journey\nid: j\nname: J\npersona: ewa\nlang: {lang}\nstages:\n  - id: zakup\n"
                             "    name: Zakup\n    bariery:\n      - Brak BLIK-a\n")
    [line] = schema_lines("journeys/j.yaml")
    assert "`barriers`" in line or "'barriers'" in line


def test_guard_a_key_of_ones_own_still_gets_the_x_advice(lang: str) -> None:
    write("personas/ewa.yaml", f"kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\nsamochod: Skoda Fabia\n")
    [line] = schema_lines("personas/ewa.yaml")
    assert "`x-`" in line or "'x-'" in line


# -- #10: a key in typographic quotes -----------------------------------------------------------------------------

def test_a_curly_quoted_key_is_one_finding_at_the_key(lang: str) -> None:
    write("personas/ola.yaml", f"kind: persona\n“id”: ola\n„name”: Ola\nlang: {lang}\n")
    lines = schema_lines("personas/ola.yaml")
    assert not any("missing" in line or "brakuje" in line for line in lines), lines
    if lang == "pl":
        assert lines == [
            "personas/ola.yaml:2:1: error CX002 nieznane pole `“id”`: “ i ” to cudzysłowy drukarskie, które YAML czyta "
            "jako część klucza (wklejone z edytora tekstu?): napisz klucz bez cudzysłowów, `id:`, albo w prostych, "
            "`\"id\":` [schema]",
            "personas/ola.yaml:3:1: error CX002 nieznane pole `„name”`: „ i ” to cudzysłowy drukarskie, które YAML "
            "czyta jako część klucza (wklejone z edytora tekstu?): napisz klucz bez cudzysłowów, `name:`, albo w "
            "prostych, `\"name\":` [schema]",
        ]
    else:
        assert lines[0] == ("personas/ola.yaml:2:1: error CX002 unknown field '“id”': “ and ” are typographic quotes, "
                            "which YAML reads as part of the key (pasted from a word processor?): write the key without "
                            "quotes, `id:`, or in straight ones, `\"id\":` [schema]")


# -- #14: a list item by its place --------------------------------------------------------------------------------

def test_a_list_item_by_its_place_reads_nr(lang: str) -> None:
    write("journeys/j.yaml", f"kind: journey\nid: j\nname: J\npersona: ewa\nlang: {lang}\nstages:\n  - id: zakup\n"
                             "    name: Zakup\n    opportunities:\n      - action: Dodać BLIK\n        due: 2027-01-15\n"
                             "      - action: Skrócić dostawę\n        due: 15.01.2027r\n")
    [line] = schema_lines("journeys/j.yaml")
    place = {"pl": "`stages[zakup].opportunities[nr 2].due`:", "en": "'stages[zakup].opportunities[2nd].due':"}[lang]
    assert place in line
    assert "[2.]" not in line


# -- #16: tabs ----------------------------------------------------------------------------------------------------

TABBED = ("kind: persona\nid: ewa\nname: Ewa\nlang: {lang}\ndemographics:\n\tage: 31\n\tlocation: Kraków, Podgórze\n"
          "goals:\n\t- text: Kupić krem SPF 50 przed urlopem w lipcu\n\t  sources: [wywiady]\n")


def test_fmt_lays_out_a_file_indented_with_tabs(lang: str) -> None:
    path = write("personas/ewa.yaml", TABBED.format(lang=lang))
    result = run_cli("fmt", "personas/ewa.yaml")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert path.read_text(encoding="utf-8") == TABBED.format(lang=lang).replace("\t  ", "    ").replace("\t", "  ")


def test_fmt_refuses_tabs_beside_spaces_saying_how(lang: str) -> None:
    text = TABBED.format(lang=lang) + "sources:\n  - id: wywiady\n    type: interview\n"
    path = write("personas/ewa.yaml", text)
    result = run_cli("fmt", "personas/ewa.yaml")
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == text
    said = {"pl": "wetnij każdy wiersz spacjami, po 2 na poziom [yaml-syntax]",
            "en": "indent every line with spaces, 2 a level [yaml-syntax]"}[lang]
    assert result.stdout.startswith("personas/ewa.yaml:6:1: error CX001 ") and result.stdout.rstrip().endswith(said)


# -- #5, #19: the kind or the file meant --------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "meant"), [("persona-negatywna", "negative-persona"), ("sciezka", "journey"),
                                              ("ścieżka", "journey"), ("persna", "persona")])
def test_new_with_a_kind_in_other_words_is_told_the_kind(lang: str, typed: str, meant: str) -> None:
    result = run_cli("new", typed, "Marek Nowak", "--no-input")
    assert result.exit_code == 2 and not Path("personas/marek-nowak.yaml").exists()
    if lang == "pl":
        assert result.stderr == (f"cxkit: nieznany rodzaj dokumentu „{typed}”: `cxkit new` przyjmuje `persona`, "
                                 f"`negative-persona` albo `journey`; czy chodziło o „{meant}”? (rodzaj pisze się po "
                                 "angielsku, jak w `kind:` dokumentu). Zobacz `cxkit new -h`.\n")
    else:
        assert result.stderr == (f"cxkit: Invalid value for 'KIND': '{typed}' is not one of 'persona', "
                                 f"'negative-persona', 'journey'. Did you mean '{meant}'? See `cxkit new -h`.\n")


def test_guard_new_with_a_far_kind_offers_none(lang: str) -> None:
    result = run_cli("new", "klient", "Marek Nowak", "--no-input")
    assert result.exit_code == 2 and "chodziło" not in result.stderr and "Did you mean" not in result.stderr


@pytest.mark.parametrize("command", [["render"], ["lint"]])
def test_a_missing_file_is_offered_the_one_its_name_starts(lang: str, command: list[str]) -> None:
    write("journeys/kasia-kupuje-krem-z-filtrem.yaml", "kind: journey\nid: k\nname: K\npersona: kasia\nstages: []\n")
    result = run_cli(*command, "journeys/kasia.yaml")
    assert result.exit_code == 2
    assert result.stderr == {
        "pl": "cxkit: journeys/kasia.yaml: nie ma takiego pliku ani folderu; czy chodziło o "
              "journeys/kasia-kupuje-krem-z-filtrem.yaml?\n",
        "en": "cxkit: journeys/kasia.yaml: no such file or directory; did you mean "
              "journeys/kasia-kupuje-krem-z-filtrem.yaml?\n",
    }[lang]


def test_guard_two_files_that_start_so_offer_neither(lang: str) -> None:
    for name in ("kasia-kupuje-krem", "kasia-oddaje-krem"):
        write(f"journeys/{name}.yaml", "kind: journey\nid: k\nname: K\npersona: kasia\nstages: []\n")
    result = run_cli("render", "missing.yaml")
    assert result.exit_code == 2 and result.stderr == {
        "pl": "cxkit: missing.yaml: nie ma takiego pliku ani folderu\n",
        "en": "cxkit: missing.yaml: no such file or directory\n"}[lang]
    assert "chodziło" not in run_cli("render", "journeys/kasia.yaml").stderr
