"""`--format markdown-plain`: Markdown to paste into Notion, Confluence, Linear or Slack (session 29).

Teams pasted the Markdown export into their wiki, tickets and chat, where its `<br>`, `<sub>`,
entities and `https\\://` showed as typed, and a journey's table of many-line cells was one long
row. The plain export keeps to headings, paragraphs, nested bullet lists, bold, italic and code:
no HTML, no entity, no backslash escape, no table, no rule; web addresses stay bare, so each tool
makes them links.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: ola-kawiarnia
name: Aleksandra Wiśniewska
lang: pl
summary: |
  Prowadzi kawiarnię „Ziarno & Para” na Jeżycach w Poznaniu.
  Sama zamawia ekspresy, kawę <i mleko> od dwóch hurtowni.
quote: Nie mam czasu dzwonić do serwisu w sezonie.
demographics:
  age: 34
  location: Poznań, Jeżyce
goals:
  - text: |
      Kupić ekspres dwugrupowy przed sezonem:
          - serwis w Poznaniu
          - raty 0%
    sources: [wywiady-2026-10]
pain_points:
  - Cennik serwisu na https://www.ekspresy.pl/serwis?miasto=poznan jest nieaktualny
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 9
    link: https://drive.example.com/wywiady
"""

JOURNEY = """\
kind: journey
id: ola-kupuje-ekspres
name: Ola kupuje ekspres
lang: pl
persona: ola-kawiarnia
reviewed: 2026-11-01
stages:
  - id: szukanie
    name: Szukanie
    touchpoints:
      - channel: www.ekspresy.pl
        description: Porównywarka ekspresów dwugrupowych
      - channel: facebook
        description: Grupa „Kawiarnie w Poznaniu”
    doing: |
      Porównuje oferty trzech sklepów.

      Pyta baristów na grupie.
    emotion: 0
  - id: zakup
    name: Zakup na raty
    doing: Płaci ratami 0% | 10 rat
    emotion: 1
    opportunities:
      - action: Raty bez BIK do 20 000 zł
        owner: Zespół płatności
        due: 2027-03-01
        status: planned
  - id: serwis
    name: Pierwszy serwis
"""

JOURNEY_EXPECTED = """\
# Ola kupuje ekspres

_ścieżka_ · `ola-kupuje-ekspres` · Persona: Aleksandra Wiśniewska (`ola-kawiarnia`) · Ostatni przegląd: 2026-11-01

**Krzywa emocji:** 1. Szukanie: 0 neutralnie; 2. Zakup na raty: +1 dobrze; 3. Pierwszy serwis: emocji nie zapisano

## 1. Szukanie (`szukanie`)

- **Punkty styku:**
    - **www.ekspresy.pl**: Porównywarka ekspresów dwugrupowych
    - **facebook**: Grupa „Kawiarnie w Poznaniu”
- **Działania:** Porównuje oferty trzech sklepów.
    - Pyta baristów na grupie.
- **Emocje:** 0 neutralnie

## 2. Zakup na raty (`zakup`)

- **Działania:** Płaci ratami 0% | 10 rat
- **Emocje:** +1 dobrze
- **Usprawnienia:**
    - Raty bez BIK do 20 000 zł — _Zespół płatności · do 2027-03-01 · zaplanowane_

## 3. Pierwszy serwis (`serwis`)

- **Emocje:** ? _emocji nie zapisano_

Plik: `journeys/ola.yaml`
"""

PERSONA_EXPECTED = """\
# Aleksandra Wiśniewska

_persona_ · `ola-kawiarnia` · Ostatni przegląd: brak

Prowadzi kawiarnię „Ziarno & Para” na Jeżycach w Poznaniu.

Sama zamawia ekspresy, kawę <i mleko> od dwóch hurtowni.

> Nie mam czasu dzwonić do serwisu w sezonie.

## Demografia

- **Wiek**: 34
- **Miejsce**: Poznań, Jeżyce

## Cele

- Kupić ekspres dwugrupowy przed sezonem: [wywiady-2026-10]
    - serwis w Poznaniu
    - raty 0%

## Problemy

- Cennik serwisu na https://www.ekspresy.pl/serwis?miasto=poznan jest nieaktualny

## Źródła

- `wywiady-2026-10` — Rodzaj: wywiad · Data: 2026-10-14 · n=9 · cytowane: 1 · https://drive.example.com/wywiady

Plik: `personas/ola.yaml`
"""

DAN = """\
kind: persona
id: dan-heating-firm-owner
name: Dan Okafor
lang: en
summary: Owns a four-van heating firm in Bristol and invoices from paper job sheets on Sundays.
goals:
  - Invoice every job from the van on the day it is signed off
"""


NEGATIVE = """\
kind: negative-persona
id: kamil-lowca-promocji
name: Kamil szuka najtańszego ekspresu
lang: pl
summary: Kupuje ekspres kolbowy do domu wyłącznie w promocji i zwraca go po 14 dniach.
reasons:
  - Nie prowadzi kawiarni i nie potrzebuje ekspresu dwugrupowego
"""


@pytest.fixture
def cafe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for rel, text in {"personas/ola.yaml": PERSONA, "journeys/ola.yaml": JOURNEY, "personas/dan.yaml": DAN}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def _plain(*args: str) -> str:
    result = run_cli("render", *args)
    assert result.exception is None and result.exit_code == 0, result.stderr
    return result.stdout


#: What the tools these exports are pasted into show as typed: HTML, entities, backslash escapes, tables.
_NOT_PLAIN = re.compile(r"<(?:br|sub|wbr|!--)|&\w+;|\\|^\|", re.MULTILINE)


def test_a_journey_is_a_section_per_stage(cafe: Path) -> None:
    assert _plain("journeys/ola.yaml", "-f", "markdown-plain") == JOURNEY_EXPECTED


def test_a_persona_card_with_its_lines_as_items(cafe: Path) -> None:
    assert _plain("personas/ola.yaml", "--format", "md-plain") == PERSONA_EXPECTED


def test_nothing_a_paste_would_show_as_typed(cafe: Path) -> None:
    (cafe / "personas/kamil.yaml").write_text(NEGATIVE, encoding="utf-8")
    for args in (["journeys/ola.yaml"], ["personas/ola.yaml"], ["."],
                 ["personas/ola.yaml", "--against", "personas/kamil.yaml"]):
        out = _plain(*args, "-f", "md-plain")
        assert not _NOT_PLAIN.search(out), out
    gfm = _plain("journeys/ola.yaml", "-f", "md")
    assert _NOT_PLAIN.search(gfm)  # the Markdown export for GitHub is unchanged: tables, <br>, <sub>


def test_the_overview_is_a_list(cafe: Path) -> None:
    out = _plain(".", "-f", "md-plain")
    head = out.split("\n\n## ", 1)[0]
    assert head == (
        "# Zestawienie\n\n"
        "persony: 2 · persony negatywne: 0 · ścieżki: 1\n\n"
        "- **Aleksandra Wiśniewska** (`ola-kawiarnia`) — persona · Cechy: 2 · Źródła: 1 · _bez przeglądu_ · "
        "`personas/ola.yaml`\n"
        "- **Dan Okafor** (`dan-heating-firm-owner`) — persona · Cechy: 1 · Źródła: 0 · _never reviewed_ · "
        "`personas/dan.yaml`\n"
        "- **Ola kupuje ekspres** (`ola-kupuje-ekspres`) → Aleksandra Wiśniewska — ścieżka · Źródła: 0 · Etapy: 3 · "
        "Usprawnienia: 1 · Ostatni przegląd: 2026-11-01 · `journeys/ola.yaml`")
    assert "\n## Ola kupuje ekspres\n" in out and "\n### 1. Szukanie (`szukanie`)\n" in out


def test_web_addresses_stay_links(cafe: Path) -> None:
    out = _plain("personas/ola.yaml", "-f", "md-plain")
    assert "https://www.ekspresy.pl/serwis?miasto=poznan" in out
    assert "https\\:" not in out


def test_o_md_keeps_the_markdown_export_and_plain_replaces_it(cafe: Path) -> None:
    assert run_cli("render", "journeys/ola.yaml", "-o", "mapa.md").exit_code == 0
    assert "<br>" in (cafe / "mapa.md").read_text(encoding="utf-8")
    again = run_cli("render", "journeys/ola.yaml", "-f", "md-plain", "-o", "mapa.md")
    assert again.exit_code == 0 and again.stderr == ""  # a previous Markdown export; no note on .md
    assert (cafe / "mapa.md").read_text(encoding="utf-8") == JOURNEY_EXPECTED
    assert run_cli("render", ".", "-f", "md-plain", "-o", "zestawienie.md").exit_code == 0
    assert run_cli("render", ".", "-f", "md-plain", "-o", "zestawienie.md").exit_code == 0  # its own export
    (cafe / "notatki.md").write_text("# Notatki\n\n- kupić kawę\n", encoding="utf-8")
    refused = run_cli("render", ".", "-f", "md-plain", "-o", "notatki.md")
    assert refused.exit_code == 2 and "nie jest wcześniejszym eksportem cxkit" in refused.stderr  # Polish (s38)


def test_the_help_names_it() -> None:
    result = run_cli("render", "--help")
    assert "markdown-plain" in " ".join(result.stdout.split())
