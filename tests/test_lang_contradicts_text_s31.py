"""lang-contradicts-text (CX602): a document whose `lang` names another language than its text.

An English persona marked `lang: uk` (a British team's "United Kingdom"; `uk` is Ukrainian) got no
finding, only lint's note on stderr, which a CI reading JSON, SARIF or GitLab output never shows; so
did Polish text marked `en` and English marked `pl`. The finding is on the `lang` value; short and
mixed documents, names and loanwords are left alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

ENGLISH = """\
kind: persona
id: dan-okafor
name: Dan Okafor
lang: {lang}
summary: Owner of a four-van heating firm in Bristol who writes invoices on Sunday evenings.
goals:
  - text: Send each invoice the same day the job is signed off by the customer
  - text: Cut the debtor days from 41 to under 21 before the end of the year
needs:
  - text: Parts bought on the trade accounts appear on the invoice without retyping
pain_points:
  - text: Forgets to bill about £2,000 a year of small parts that never make it off the job sheet
  - text: His office manager spends two afternoons a month phoning about overdue invoices
behaviours:
  - text: Asks in the Plumbers Forum UK group on Facebook before paying for any software
"""

POLISH = """\
kind: persona
id: pawel-nowak
name: Paweł Nowak
lang: {lang}
summary: Programista z Gdańska, który kupuje sprzęt audio po długim porównywaniu recenzji.
goals:
  - text: Kupić słuchawki otwarte do 1500 zł przed świętami
  - text: Sprawdzić, czy sklep przyjmie zwrot po 30 dniach
needs:
  - text: Pomiary charakterystyki od niezależnego recenzenta, a nie od producenta
pain_points:
  - text: Sklepy nie podają, czy słuchawki są z nowej partii produkcyjnej
  - text: Odsłuch w salonie jest możliwy tylko w soboty do 14:00
behaviours:
  - text: Czyta wątki na forum Audiostereo przez dwa tygodnie przed zakupem
"""

UKRAINIAN = """\
kind: persona
id: olena-kovalenko
name: Олена Коваленко
lang: {lang}
summary: Бухгалтерка з Києва, яка щомісяця сплачує рахунки за батьків через застосунок банку.
goals:
  - text: Сплатити всі комунальні рахунки батьків до п'ятого числа щомісяця
  - text: Бачити історію платежів за рік в одному місці
needs:
  - text: Квитанція, яку можна переслати батькам у Вайбері
pain_points:
  - text: Застосунок виходить із сесії, коли вона перемикається на іншу програму
  - text: Після оновлення зникли збережені шаблони платежів
behaviours:
  - text: Платить увечері після дев'ятої, коли діти вже сплять
"""

GERMAN = """\
kind: persona
id: anke-mueller
name: Anke Müller
lang: {lang}
summary: Sachbearbeiterin aus Köln, die ihre Einkäufe für die ganze Woche am Sonntagabend bestellt.
goals:
  - text: Den Wocheneinkauf in zehn Minuten über die App bestellen
  - text: Die Lieferung am Samstag vor zwölf Uhr bekommen
needs:
  - text: Eine Übersicht der Produkte, die sie jede Woche kauft
pain_points:
  - text: Die Lieferfenster am Samstag sind oft schon am Donnerstag ausgebucht
  - text: Ersatzprodukte werden ohne Rückfrage geliefert und sind teurer
behaviours:
  - text: Vergleicht die Preise bei Rewe und Edeka jeden Sonntag in beiden Apps
"""


def _lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *extra: str) -> list[dict]:
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas" / "doc.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX6", *extra, "personas/doc.yaml")
    assert result.exception is None, repr(result.exception)
    return [f for f in json.loads(result.stdout) if f["rule"] == "lang-contradicts-text"]


@pytest.mark.parametrize(("template", "lang", "reads"), [
    (ENGLISH, "uk", "`lang: uk` means Ukrainian; this text reads as English (English words lead in 7 of 7 values): "
                    "use `lang: en`"),
    (ENGLISH, "pl", "`lang: pl` means Polish; this text reads as English (English words lead in 7 of 7 values): "
                    "use `lang: en`"),
    (ENGLISH, "de", "`lang: de` means German; this text reads as English (English words lead in 7 of 7 values): "
                    "use `lang: en`"),
    (POLISH, "en", "`lang: en` means English; this text reads as Polish (Polish words lead in 7 of 7 values): "
                   "use `lang: pl`"),
    (POLISH, "uk", "`lang: uk` means Ukrainian; this text reads as Polish (Polish words lead in 7 of 7 values): "
                   "use `lang: pl`"),
    (UKRAINIAN, "pl", "`lang: pl` means Polish; this text reads as Ukrainian (Ukrainian words lead in 7 of 7 values): "
                      "use `lang: uk`"),
    (GERMAN, "en", "`lang: en` means English; this text reads as German (German words lead in 8 of 8 values): "
                   "use `lang: de`"),
])
def test_a_lang_the_text_contradicts_is_a_finding_on_the_lang_value(tmp_path, monkeypatch, template, lang, reads):
    found = _lint(tmp_path, monkeypatch, template.format(lang=lang))
    assert [(f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in found] == [
        (4, 7, "CX602", "warning", reads)]


@pytest.mark.parametrize(("template", "lang"), [
    (ENGLISH, "en"), (ENGLISH, "EN"), (POLISH, "pl"), (UKRAINIAN, "uk"), (GERMAN, "de"),
    (ENGLISH, "fr"),  # a language cxkit cannot tell from English is not checked
    (POLISH, "pt"),
])
def test_a_lang_that_fits_its_text_or_that_cxkit_cannot_tell_is_no_finding(tmp_path, monkeypatch, template, lang):
    assert _lint(tmp_path, monkeypatch, template.format(lang=lang)) == []


def test_a_short_document_is_no_finding(tmp_path, monkeypatch):
    short = "".join(ENGLISH.format(lang="uk").partition("needs:")[:1])  # the summary and two goals
    assert _lint(tmp_path, monkeypatch, short) == []


def test_a_german_persona_with_english_and_polish_lines_pasted_in_is_no_finding(tmp_path, monkeypatch):
    mixed = GERMAN.format(lang="de") + (
        "channels:\n"
        "  - text: Reads the reviews on the website of the shop before she orders\n"
        "  - text: Kupuje w Żabce, gdy brakuje jej mleka w tygodniu\n"
    )
    assert _lint(tmp_path, monkeypatch, mixed) == []


def test_a_polish_persona_quoting_an_english_customer_and_naming_brands_is_no_finding(tmp_path, monkeypatch):
    quoting = POLISH.format(lang="pl").replace(
        "behaviours:\n",
        'quote: "I want to hear the headphones before I pay for them, and the shop in the mall is closed on Sunday"\n'
        "behaviours:\n  - text: Ogląda recenzje na kanale The Headphone Show i Crinacle\n",
    )
    assert _lint(tmp_path, monkeypatch, quoting) == []


def test_an_english_persona_with_polish_names_and_places_is_no_finding(tmp_path, monkeypatch):
    names = ENGLISH.format(lang="en").replace("Bristol", "Łódź (Bałuty), near Piotrkowska").replace(
        "Plumbers Forum UK", "Hydraulicy Łódź i Zgierz")
    assert _lint(tmp_path, monkeypatch, names) == []


JOURNEY = """\
kind: journey
id: pawel-kupuje
name: Paweł kupuje słuchawki
lang: en
persona: pawel-nowak
stages:
  - id: awareness
    name: Świadomość
    doing: Widzi reklamę słuchawek na forum i sprawdza ceny w trzech sklepach
    thinking: Czy te słuchawki są lepsze od tych, które już mam w domu?
    feeling: Zaciekawiony, ale nie chce wydać więcej niż 1500 zł
  - id: purchase
    name: Zakup
    doing: Zamawia słuchawki w sklepie, który przyjmuje zwrot po 30 dniach
    thinking: Jeśli nie będą mi pasować, oddam je bez tłumaczenia się
    feeling: Spokojny, bo zwrot jest bezpłatny
"""


def test_a_journey_wholly_in_the_other_language_gets_the_lang_finding_not_one_per_stage(tmp_path, monkeypatch):
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def rules(*extra: str) -> list[tuple[int, str]]:
        result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX6", *extra, "journeys/j.yaml")
        return [(f["line"], f["rule"]) for f in json.loads(result.stdout)]

    assert rules() == [(4, "lang-contradicts-text")]
    # without it, each stage is told as before
    assert rules("--ignore", "CX602") == [(7, "language-mismatch"), (12, "language-mismatch")]


def test_the_finding_reaches_sarif(tmp_path, monkeypatch):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "dan.yaml").write_text(ENGLISH.format(lang="uk"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "sarif", "personas/dan.yaml")
    results = json.loads(result.stdout)["runs"][0]["results"]
    mine = [r for r in results if r["ruleId"] in ("CX602", "lang-contradicts-text")]
    assert len(mine) == 1 and mine[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert result.exit_code == 1


def test_a_silenced_lang_finding_gives_the_stages_their_findings_back(tmp_path, monkeypatch):
    (tmp_path / "journeys").mkdir()
    silenced = JOURNEY.replace("lang: en\n", "lang: en  # cxkit: disable=lang-contradicts-text\n")
    (tmp_path / "journeys" / "j.yaml").write_text(silenced, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX6", "journeys/j.yaml")
    assert [(f["line"], f["rule"]) for f in json.loads(result.stdout)] == [
        (7, "language-mismatch"), (12, "language-mismatch")]
