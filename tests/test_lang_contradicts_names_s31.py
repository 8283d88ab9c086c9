"""lang-contradicts-text (CX602) does not take Polish names, places and brands for Polish text.

An English persona of a Polish customer, written as terse notes ("Lunch at Żabka, Biedronka, Lidl"), has
few English function words and a Polish letter in nearly every value: "Łódź", "Małgosia", "Żabka". Each
such word counted as a Polish one, and the persona got "`lang: en` means English; this text reads as
Polish (Polish words lead in 10 of 10 values): use `lang: pl`". A word with a Polish letter that starts
with a capital is a name, a place or a brand, and no evidence of Polish; Polish sentences have their
words in lower case, so a Polish text marked `en` is still reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

ENGLISH_NOTES = """\
kind: persona
id: pawel-courier
name: Paweł Wójcik
lang: en
summary: Courier, 29, Łódź Bałuty, delivers for Glovo, Pyszne.pl
demographics:
  location: Łódź, Bałuty, near Manufaktura
  occupation: Courier, Glovo, Pyszne.pl, Wolt
  household: Girlfriend Małgosia, dog Żużel
goals:
  - text: 250 zł a day by 22:00
  - text: New e-bike, Decathlon Łódź Pabianicka
needs:
  - text: Orders clustered around Piotrkowska and Włókniarzy
pain_points:
  - text: Long waits, McDonald's Łódź Kaliska
  - text: Rain, no shelter near Galeria Łódzka
behaviours:
  - text: Lunch at Żabka, Biedronka, Lidl
  - text: Coffee, Costa Łódź Fabryczna
channels:
  - text: Glovo courier app, Telegram group "Kurierzy Łódź", Facebook "Łódź Rowerowa"
quote: "Każdy deszcz to minus 50 zł."
"""

POLISH_NOTES = """\
kind: persona
id: pawel-kurier
name: Paweł Wójcik
lang: en
summary: Kurier z Łodzi, jeździ dla Glovo i Pyszne.pl od dwóch lat
demographics:
  location: Łódź, Bałuty, niedaleko Manufaktury
  occupation: Kurier rowerowy na trzech aplikacjach
goals:
  - text: Zarobić 250 zł dziennie przed 22:00
  - text: Kupić nowy rower elektryczny w Decathlonie przed zimą
pain_points:
  - text: Długo czeka na zamówienia w McDonald's przy Kaliskiej
  - text: Kiedy pada, nie ma gdzie się schować przy Galerii Łódzkiej
behaviours:
  - text: Je obiad w Żabce, bo nie ma czasu usiąść
"""


def _cx602(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    (tmp_path / "doc.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX602", "doc.yaml")
    assert result.exception is None, repr(result.exception)
    return [f["message"] for f in json.loads(result.stdout)]


def test_an_english_persona_full_of_polish_names_and_places_is_no_polish_text(tmp_path, monkeypatch):
    assert _cx602(tmp_path, monkeypatch, ENGLISH_NOTES) == []


def test_polish_sentences_about_the_same_places_marked_en_are_still_reported(tmp_path, monkeypatch):
    assert _cx602(tmp_path, monkeypatch, POLISH_NOTES) == [
        "`lang: en` means English; this text reads as Polish (Polish words lead in 7 of 7 values): use `lang: pl`"]


ENGLISH_NOTES_CZECH_CUSTOMER = """\
kind: persona
id: tomas-notes
name: Tomáš Dvořák
lang: en
summary: Teacher, 38, Brno Žabovřesky, shops online weekly
demographics:
  location: Brno, Žabovřesky
goals:
  - text: Weekly shop, Rohlík.cz, under 15 minutes
  - text: Delivery Saturday 8-10
pain_points:
  - text: "Substitutes pricier: «proč mi dávají dražší zboží?»"
  - text: App logs out when switching to George (Česká spořitelna)
behaviours:
  - text: Compares Rohlík, Košík, Kaufland every Sunday
quote: "Nechci trávit sobotu ve frontě."
"""

CZECH_SENTENCES = """\
kind: persona
id: tomas-ucitel
name: Tomáš Dvořák
lang: en
summary: Učitel z Brna, který nakupuje potraviny online a vybírá si doručení na sobotní ráno.
goals:
  - text: Objednat nákup na celý týden za méně než 15 minut
  - text: Mít doručení v sobotu mezi osmou a desátou
pain_points:
  - text: Náhradní zboží je dražší a nikdo se ho nezeptá
  - text: Aplikace se odhlásí, když přepne do bankovnictví
behaviours:
  - text: Porovnává ceny v Rohlíku a Košíku každou neděli večer
"""


def test_an_english_persona_of_a_czech_customer_with_czech_names_and_two_quotes_is_no_czech_text(
        tmp_path, monkeypatch):
    assert _cx602(tmp_path, monkeypatch, ENGLISH_NOTES_CZECH_CUSTOMER) == []


def test_czech_sentences_marked_en_are_still_reported(tmp_path, monkeypatch):
    assert _cx602(tmp_path, monkeypatch, CZECH_SENTENCES) == [
        "`lang: en` means English; this text reads as Czech (Czech words lead in 6 of 6 values): use `lang: cs`"]
