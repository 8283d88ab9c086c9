"""Documents in languages other than Polish and English (German, Czech, Ukrainian teams of one group).

`lang: de` was a schema error that hid every other finding; Czech text was read as Polish (Polish
headings, a false language-mismatch); German capitalised nouns defeated the user's own
pseudo-profiling phrases; country names in the markets' languages were no location category.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cxkit.render.content import collation_key
from cxkit.scaffold.slug import slugify
from cxkit.workspace import guess_lang

from conftest import run_cli

GERMAN_PERSONA = """\
kind: persona
id: juergen-weiss
name: Jürgen Weiß
lang: {lang}
summary: Kunde aus einer Großstadt, legt Wert auf Qualität.
quote: Qualität ist mir wichtig und guter Service.
demographics:
  age: 30-45
  location: {location}
goals:
  - text: Legt Wert auf Qualität beim Einkauf
  - text: Möchte beim Einkaufen Zeit sparen
  - text: Kauft jeden Samstag bei Edeka in Pankow
"""

GERMAN_JOURNEY = """\
kind: journey
id: anke-bestellt
name: Anke bestellt online
lang: de
persona: juergen-weiss
reviewed: 2026-10-01
sources:
  - id: interviews-2026
    type: interview
    n: 12
stages:
  - id: aufmerksamkeit
    name: Aufmerksamkeit
    feeling: Neutral
    emotion: 0
    touchpoints: [Prospekt im Briefkasten]
"""

CZECH_JOURNEY = """\
kind: journey
id: tomas-nakupuje
name: Tomáš nakupuje potraviny
lang: en
persona: tomas-dvorak
stages:
  - id: povedomi
    name: Povědomí
    doing: Prohlíží leták z poštovní schránky a na webu hledá, zda kód na slevu platí i v e-shopu
    feeling: Zvědavý, ale neví, jestli se vyplatí jet z Brna do velké prodejny
    emotion: 0
    touchpoints: [Leták v poštovní schránce]
    barriers:
      - text: Neví, že prodejna v Brně má rozvoz a že kód na slevu platí i online
"""

POLISH_IN_ENGLISH = """\
kind: journey
id: anna-buys
name: Anna buys a bike
lang: en
persona: anna
stages:
  - id: research
    name: Research
    doing: Reads the reviews on the shop's site before she visits the store with her partner
    emotion: 0
    touchpoints: [Shop website]
  - id: zakup
    name: Zakup
    doing: Klientka przychodzi do sklepu i płaci kartą, ale nie może znaleźć roweru w swoim rozmiarze
    feeling: Zdenerwowana, że obsługa nie wie, kiedy będzie dostawa
    emotion: -1
    touchpoints: [Sklep stacjonarny w Łodzi]
"""

CZECH_PERSONA = """\
kind: persona
id: tomas-dvorak
name: Tomáš Dvořák
summary: Otec dvou dětí z Brna, nakupuje jednou týdně ve velké prodejně a porovnává ceny v aplikaci.
demographics:
  location: Brno, Královo Pole
goals:
  - text: Nakoupit za méně než hodinu, když jsou děti ve škole
"""

EXTEND = '[rules.pseudo-profiling]\nextend = ["legt wert auf qualität", "zeit sparen", "gute* service"]\n'


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _lint(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    monkeypatch.chdir(root)
    result = run_cli("lint", "--format", "json", "--no-cache", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout), result.stderr


def _messages(found: list[dict[str, Any]], rule: str) -> list[str]:
    return [f["message"] for f in found if f["rule"] == rule]


@pytest.mark.parametrize("lang", ["de", "DE", "cs", "uk"])
def test_another_languages_code_is_accepted_and_the_method_rules_still_run(tmp_path, monkeypatch, lang):
    _write(tmp_path, {"personas/juergen.yaml": GERMAN_PERSONA.format(lang=lang, location="Berlin, Pankow")})
    code, found, stderr = _lint(tmp_path, monkeypatch)
    rules = {f["rule"] for f in found}
    assert "schema" not in rules, found
    assert {"missing-sources", "missing-negative-persona"} <= rules  # the method's structure is checked
    assert any('age "30-45" spans 15 years' in m for m in _messages(found, "pseudo-profiling"))
    assert code == 1
    assert f"note: 1 document in {lang.lower()}" in stderr and "cxkit reads words in Polish and English" in stderr


def test_a_code_that_is_no_language_is_told_with_the_one_meant(tmp_path, monkeypatch):
    _write(tmp_path, {"personas/juergen.yaml": GERMAN_PERSONA.format(lang="cz", location="Brno")})
    code, found, _stderr = _lint(tmp_path, monkeypatch)
    assert code == 1
    assert _messages(found, "schema") == [
        "'lang': 'cz' is no language code: write a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', "
        "'cs' or 'uk'; did you mean 'cs'?"]


def test_the_config_takes_another_language_and_refuses_a_country(tmp_path, monkeypatch):
    persona = GERMAN_PERSONA.format(lang="de", location="Berlin").replace("lang: de\n", "")
    _write(tmp_path, {"cxkit.toml": 'lang = "de"\n', "personas/juergen.yaml": persona})
    code, found, stderr = _lint(tmp_path, monkeypatch)
    assert code == 1 and "schema" not in {f["rule"] for f in found}
    assert "note: 1 document in de " in stderr
    (tmp_path / "cxkit.toml").write_text('lang = "ua"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 2
    assert "bad value for 'lang'" in result.stderr and "did you mean 'uk'?" in result.stderr


def test_the_rules_that_read_words_leave_a_german_journey_alone(tmp_path, monkeypatch):
    _write(tmp_path, {"journeys/anke.yaml": GERMAN_JOURNEY})
    _code, found, _stderr = _lint(tmp_path, monkeypatch, "--select", "vague-feeling,stage-without-touchpoints")
    assert found == []
    # The same journey marked English: "Neutral" is read as the English word it also is.
    (tmp_path / "journeys/anke.yaml").write_text(GERMAN_JOURNEY.replace("lang: de", "lang: en"), encoding="utf-8")
    _code, found, _stderr = _lint(tmp_path, monkeypatch, "--select", "vague-feeling")
    assert [f["rule"] for f in found] == ["vague-feeling"]


def test_german_extend_phrases_are_found_beside_capitalised_nouns(tmp_path, monkeypatch):
    _write(tmp_path, {"cxkit.toml": EXTEND,
                      "personas/juergen.yaml": GERMAN_PERSONA.format(lang="de", location="Berlin, Pankow")})
    _code, found, _stderr = _lint(tmp_path, monkeypatch, "--select", "pseudo-profiling")
    said = _messages(found, "pseudo-profiling")
    assert any(m.startswith('"Legt Wert auf Qualität" describes almost anyone') for m in said), said
    assert any(m.startswith('"Zeit sparen" describes almost anyone') for m in said), said
    assert any(m.startswith('summary: "legt Wert auf Qualität"') for m in said), said
    assert any(m.startswith('quote: "guter Service"') for m in said), said
    assert not any("Edeka" in m for m in said)  # no phrase of the user's: the trait stays as it is
    assert len(said) == 6  # with the age span and the persona as a whole (the generic summary counts)


@pytest.mark.parametrize("location", ["Deutschland", "Polen", "Česko", "Česká republika", "Lietuva", "Latvija",
                                      "Eesti", "Україна", "Niemcy", "Germany", "Czechia"])
def test_a_country_in_the_markets_languages_is_a_category(tmp_path, monkeypatch, location):
    _write(tmp_path, {"personas/juergen.yaml": GERMAN_PERSONA.format(lang="de", location=location)})
    _code, found, _stderr = _lint(tmp_path, monkeypatch, "--select", "pseudo-profiling")
    assert any(m.startswith(f'location "{location}" is a category') for m in _messages(found, "pseudo-profiling"))


@pytest.mark.parametrize("location", ["Berlin, Prenzlauer Berg", "Praha 6, Dejvice", "Lietuva, Vilnius"])
def test_a_city_in_another_market_is_a_place(tmp_path, monkeypatch, location):
    _write(tmp_path, {"personas/juergen.yaml": GERMAN_PERSONA.format(lang="de", location=location)})
    _code, found, _stderr = _lint(tmp_path, monkeypatch, "--select", "pseudo-profiling")
    assert not any(m.startswith("location") for m in _messages(found, "pseudo-profiling"))


def test_a_czech_stage_is_not_called_polish_and_a_polish_one_still_is(tmp_path, monkeypatch):
    _write(tmp_path, {"journeys/tomas.yaml": CZECH_JOURNEY, "journeys/anna.yaml": POLISH_IN_ENGLISH})
    _code, found, _stderr = _lint(tmp_path, monkeypatch, "--select", "language-mismatch")
    assert [(f["path"], f["message"].split(" is written")[0]) for f in found] == [("journeys/anna.yaml", "stage 'zakup'")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Dbá na kvalitu. Dlouhé fronty u pokladny. Používá sociální sítě. Rodina s dětmi, Česko.", "cs"),
    ("Dbá na kvalitu a nakupuje v obchode. Ľudia v rade čakajú dlho.", "sk"),
    ("Legt Wert auf Qualität beim Einkauf. Möchte Zeit sparen und nicht warten.", "de"),
    ("Цінує якість. Довгі черги в супермаркеті. Україна, Львів.", "uk"),
    ("Ceni jakość, mieszka w dużym mieście i nie lubi kolejek.", "pl"),
    ("Ceni jakosc w sklepie i nie lubi czekac na kase", "pl"),
    ("Kupuje w Żabce; zna Tomáša Dvořáka z pracy, ale nie lubi jego żartów.", "pl"),
    ("Tomáš Dvořák lives in Brno and works for the city.", "en"),
    ("Lives in Łódź with her family and works from home.", "en"),
])
def test_the_language_guess_tells_czech_german_and_ukrainian_from_polish(text, lang):
    assert guess_lang(text, None, None) == lang


def test_a_czech_persona_renders_with_english_headings_not_polish(tmp_path, monkeypatch):
    _write(tmp_path, {"cxkit.toml": 'lang = "en"\n', "personas/tomas.yaml": CZECH_PERSONA})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("render", "-f", "md-plain", "personas/tomas.yaml")
    assert result.exit_code == 0, result.stderr
    assert "## Demographics" in result.stdout and "Demografia" not in result.stdout


def test_new_and_init_take_another_language_with_the_english_template(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("init", "--lang", "DE", "--no-examples", ".")
    assert result.exit_code == 0, result.stderr
    assert 'lang = "de"' in (tmp_path / "cxkit.toml").read_text(encoding="utf-8")
    assert "the examples are in English" in result.stderr
    result = run_cli("new", "persona", "Hans Große-Bölting", "--no-input")
    assert result.exit_code == 0, result.stderr
    written = (tmp_path / "personas/hans-grosse-boelting.yaml").read_text(encoding="utf-8")
    assert "\nlang: de\n" in written and "goals:" in written
    assert "the template is in English" in result.stderr
    result = run_cli("new", "persona", "Tomáš Dvořák", "--lang", "cz", "--no-input")
    assert result.exit_code == 2 and "did you mean 'cs'?" in result.stderr


def test_a_german_name_keeps_its_umlauts_as_e_in_its_id():
    assert slugify("Hans Große-Bölting", "de") == "hans-grosse-boelting"
    assert slugify("Jürgen Weiß", "de") == "juergen-weiss"
    assert slugify("Hans Große-Bölting") == "hans-grosse-bolting"  # in another language, as before
    assert slugify("Ülle Õunapuu", "et") == "ulle-ounapuu"


def test_names_sort_as_ukrainian_and_czech_sort_them():
    assert sorted(["Андрій", "Жанна", "Євген", "Їжак", "Ігор", "Иван"], key=collation_key) == [
        "Андрій", "Євген", "Жанна", "Иван", "Ігор", "Їжак"]
    assert sorted(["Chalupa", "Hora", "Ivan", "Cyril", "Čapek"], key=lambda n: collation_key(n, "cs")) == [
        "Cyril", "Čapek", "Hora", "Chalupa", "Ivan"]
    assert sorted(["Chmiel", "Cyran", "Hanna"], key=lambda n: collation_key(n, "pl")) == ["Chmiel", "Cyran", "Hanna"]
