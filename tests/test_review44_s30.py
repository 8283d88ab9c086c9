"""Polish and English documents stay Polish and English now that cxkit tells Czech, German and
Ukrainian text apart: a name or a loanword with an accent, Polish typed without diacritics, a
German customer quoted in a Polish persona. And `lang` written as a locale is told with its code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from cxkit.workspace import guess_lang

# Polish typed without diacritics (a Windows keyboard without the Polish layout), with a French name
# and a café: the persona's generic traits must still be reported.
POLISH_WITHOUT_DIACRITICS = """\
kind: persona
id: renee-kowalska
name: Renée Kowalska
owner: Zespol CX
summary: Pracuje jako barista w Café Nero, je w biegu i kupuje jako pierwsza nowosci.
demographics:
  age: 30-45
  location: duze miasto
  income: srednie
goals:
  - Ceni jakosc
  - Chce oszczedzac czas
pain_points:
  - Dlugie kolejki
quote: Nie lubie czekac.
reviewed: 2026-10-01
"""

# A Polish consultant who serves German customers, quoting one of them.
POLISH_QUOTING_GERMAN = """\
kind: persona
id: marta-obsluga-de
name: Marta Nowak
owner: Zespol CX sklepu Pasmo
summary: Konsultantka infolinii w Szczecinie, obsluguje klientow z Niemiec przez telefon i czat.
demographics:
  age: 30-45
  location: duze miasto
goals:
  - Ceni jakosc
  - Zamyka zgloszenie w jednej rozmowie, bez przekazywania do drugiej linii
pain_points:
  - Dlugie kolejki
quote: "Klient powiedzial: Ich möchte nicht warten, das ist mir wichtig und der Service muss gut sein."
reviewed: 2026-10-01
"""

# English with German loanwords and a German surname.
ENGLISH_WITH_LOANWORDS = """\
kind: persona
id: greta-mueller
name: Greta Müller
owner: CX team
summary: Kindergarten teacher, Über-fan of Döner and Bäckerei bread, über organised.
demographics:
  age: 30-45
  location: big city
goals:
  - Values quality
  - Wants to save time
pain_points:
  - Long queues
reviewed: 2026-10-01
"""


def _lint(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> tuple[list[dict[str, Any]], str]:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    result = run_cli("lint", "--format", "json", "--no-cache", "--select", "pseudo-profiling")
    assert result.exception is None, repr(result.exception)
    return json.loads(result.stdout), result.stderr


@pytest.mark.parametrize(("text", "lang"), [
    (POLISH_WITHOUT_DIACRITICS, "pl"),
    (POLISH_QUOTING_GERMAN, "pl"),
    (ENGLISH_WITH_LOANWORDS, "en"),
    # Polish words Czech writes too ("jako", "je", "pro") and German's "wie" ("nie wie") are no evidence.
    ("Pracuje jako kierownik, je w biegu, kupuje pro forma; Tomáš z Brna (Česká republika)", "pl"),
    ("Anna Müller wie, czego chce; kupuje jako pierwsza i nie czeka w kolejce", "pl"),
    ("Zoë Müller and José love Über rides and Käse from the Bäckerei", "en"),
    # French loanwords in lower case (é is Czech too, but so is it French, Spanish, Hungarian...).
    ("name: Chloé Martin\nsummary: Barista at a café in Leeds\ngoals:\n  - Sends her résumé to every café\n"
     "  - Drinks rosé, loves crème brûlée\n", "en"),
    ("name: Zoé Nowak\nsummary: Wlascicielka kawiarni w Krakowie\ngoals:\n  - Zmienia menu: crème brûlée, rosé, "
     "café au lait\n  - Chce miec ladny wystroj\n", "pl"),
    # An English "'s" is no Czech "s", beside a Czech name.
    ("name: Petr Dvořák\nsummary: Petr's team's café\ngoals:\n  - Customer's orders\n  - Shop's stock\n", "en"),
])
def test_a_name_or_loanword_with_an_accent_does_not_make_polish_or_english_another_language(text, lang):
    assert guess_lang(text, None, None) == lang


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("polish.yaml", POLISH_WITHOUT_DIACRITICS, 7),
    ("quote.yaml", POLISH_QUOTING_GERMAN, 4),
    ("english.yaml", ENGLISH_WITH_LOANWORDS, 5),
])
def test_pseudo_profiling_still_reads_such_documents(tmp_path, monkeypatch, name, text, expected):
    found, stderr = _lint(tmp_path, monkeypatch, {f"personas/{name}": text})
    assert len(found) == expected, [f["message"] for f in found]
    assert "checked without the word rules" not in stderr


def test_a_czech_and_a_german_persona_are_still_told_apart_from_polish(tmp_path, monkeypatch):
    czech = ("Zákazník z velkého města, dbá na kvalitu a je technicky zdatný.\nDlouhé fronty u pokladny.\n"
             "Používá sociální sítě a porovnává ceny na Heureka.cz.\nKvalita je pro mě důležitá.\n")
    german = ("Grundschullehrerin aus Leipzig, die ihren Wocheneinkauf sonntags am Tablet plant.\n"
              "Möchte nicht an der Kasse warten.\nLegt Wert auf Qualität und guten Service.\n")
    assert guess_lang(czech, None, "pl") == "cs"
    assert guess_lang(german, None, "pl") == "de"


@pytest.mark.parametrize(("written", "meant"), [("pl-PL", "pl"), ("en_GB", "en"), ("de-AT", "de"),
                                                 ("pl_PL.UTF-8", "pl")])
def test_a_locale_as_the_configs_lang_is_told_with_its_language_code(tmp_path, monkeypatch, written, meant):
    (tmp_path / "cxkit.toml").write_text(f'lang = "{written}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", ".")
    assert result.exit_code == 2
    assert f"not '{written}'; did you mean '{meant}'? (lang = \"{meant}\")" in result.stderr


def test_a_locale_as_a_documents_lang_is_told_with_its_language_code(tmp_path, monkeypatch):
    text = ENGLISH_WITH_LOANWORDS.replace("owner: CX team\n", "owner: CX team\nlang: en_GB\n")
    found, _stderr = _lint(tmp_path, monkeypatch, {"personas/greta.yaml": text})
    messages = [f["message"] for f in found if f["rule"] == "schema"]
    assert any("'en_GB' is no language code" in m and "did you mean 'en'?" in m for m in messages), messages


# `cxkit init` in a market folder under the group's config.

GROUP = 'lang = "pl"\nexclude = ["archiwum"]\n\n[rules.missing-review-date]\nseverity = "error"\n'


@pytest.fixture()
def group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "cxkit.toml").write_text(GROUP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def test_init_in_a_market_whose_config_does_not_extend_the_group_says_so(group: Path) -> None:
    """The markets set up before have a cxkit.toml of their own: init leaves it as it is, and says that
    the group's settings do not hold there and how to have them."""
    (group / "de").mkdir()
    (group / "de" / "cxkit.toml").write_text('lang = "de"\n', encoding="utf-8")
    result = run_cli("init", "--no-examples", "de")
    assert result.exit_code == 0, result.stderr
    assert ("skipped  de/cxkit.toml (already exists; it does not extend ../cxkit.toml, the config of the folder "
            "above, so none of its settings hold here: to have them, add `extend = \"../cxkit.toml\"` to it)") in result.stdout
    assert (group / "de" / "cxkit.toml").read_text(encoding="utf-8") == 'lang = "de"\n'


@pytest.mark.parametrize(("name", "text", "skipped"), [
    ("cxkit.toml", 'extend = "../cxkit.toml"\nlang = "en"\n', "skipped  uk/cxkit.toml (already"),
    # No `lang` of its own: the group's Polish holds, and init's account is Polish (session 40).
    ("pyproject.toml", '[project]\nname = "uk"\n\n[tool.cxkit]\nextend = "../cxkit.toml"\n',
     "pominięto  uk/pyproject.toml (ma już"),
])
def test_init_in_a_market_that_extends_the_group_says_nothing_more(group: Path, name: str, text: str,
                                                                    skipped: str) -> None:
    (group / "uk").mkdir()
    (group / "uk" / name).write_text(text, encoding="utf-8")
    result = run_cli("init", "--no-examples", "uk")
    assert result.exit_code == 0, result.stderr
    assert "does not extend" not in result.stdout
    assert skipped in result.stdout


def test_init_under_a_pyproject_group_config_extends_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the group's settings in pyproject.toml's [tool.cxkit] are extended as a cxkit.toml is."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "cx"\n\n[tool.cxkit]\n' + GROUP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("init", "--no-examples", "--lang", "en", "rynki/uk")
    assert result.exit_code == 0, result.stderr
    written = (tmp_path / "rynki" / "uk" / "cxkit.toml").read_text(encoding="utf-8")
    assert 'extend = "../../pyproject.toml"' in written.splitlines()
    (tmp_path / "rynki" / "uk" / "personas" / "archiwum").mkdir()
    (tmp_path / "rynki" / "uk" / "personas" / "archiwum" / "x.yaml").write_text("kind: persona\nid: [\n", encoding="utf-8")
    (tmp_path / "rynki" / "uk" / "personas" / "greta.yaml").write_text(ENGLISH_WITH_LOANWORDS, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "rynki" / "uk")
    result = run_cli("lint", "--no-cache", "--format", "json")
    found = json.loads(result.stdout)
    assert not any("archiwum" in f["path"] for f in found)  # the group's exclude holds
    assert any(f["rule"] == "pseudo-profiling" for f in found)


def test_new_and_init_with_uk_say_that_uk_is_ukrainian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A British team writes `--lang uk` for English: the document is then checked without the word
    rules, so `new` and `init` say what `lint`'s note says (and `new` that those rules leave it alone)."""
    monkeypatch.chdir(tmp_path)
    result = run_cli("new", "persona", "Emma Clarke", "--lang", "uk")
    assert result.exit_code == 0, result.stderr
    assert ("cxkit: language: uk ('uk' is Ukrainian; English, British or not, is 'en'): the template is in English"
            in result.stderr)
    assert "the rules that read words leave it alone" in result.stderr
    result = run_cli("init", "--no-examples", "--lang", "uk", "team")
    assert result.exit_code == 0, result.stderr
    assert "cxkit: language: uk ('uk' is Ukrainian; English, British or not, is 'en'): the config says" in result.stderr
    result = run_cli("new", "persona", "Jürgen Weiß", "--lang", "de")
    assert "cxkit: language: de: the template is in English" in result.stderr  # no remark for another code
