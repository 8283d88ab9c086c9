"""A Mermaid export keeps a stage's name and task whole where Mermaid's box shows it (tester45 #5).

Every section title and task was cut to 20 characters ("section Wycena…", "section Nadpłata i…",
"Rzeczoznawca…", "Umowa 46 stron…"), as if Mermaid drew one line per box. At its default
`textPlacement: 'fo'` Mermaid wraps a box's text at its spaces, three 14 px lines in its 50 px height,
and a section's box is as wide as its tasks: a text is now cut only where those lines would not hold it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from diff_helpers import DAN_SWITCHES

HIPOTEKA = """\
kind: journey
id: kredyt-hipoteczny-marty
name: Marta bierze kredyt hipoteczny na pierwsze mieszkanie w Gdańsku
lang: pl
persona: marta-zielinska
stages:
  - id: potrzeba
    name: "Potrzeba: decyzja o zakupie mieszkania zamiast dalszego najmu"
    doing: Kończy się umowa najmu
    emotion: 0
  - id: wycena
    name: "Wycena nieruchomości: operat szacunkowy rzeczoznawcy"
    doing: Rzeczoznawca przesuwa wizytę 2 razy
    emotion: -2
  - id: umowa
    name: Podpisanie umowy kredytowej w oddziale
    touchpoints:
      - channel: oddział
        description: Umowa 46 stron
      - channel: aplikacja mobilna
        description: Harmonogram spłat w PDF
    emotion: -1
  - id: nadplata
    name: Nadpłata i wcześniejsza spłata części kapitału
    emotion: -1
  - id: polecanie
    name: Polecanie banku znajomym z pracy
"""

MARTA = "kind: persona\nid: marta-zielinska\nname: Marta Zielińska\nlang: pl\n"

SWITCH = DAN_SWITCHES + """\
  - id: import
    name: "Import: 340 customers from the old spreadsheet, addresses and VAT numbers included"
    doing: Uploads the CSV from his phone in the van at lunch, then waits for the e-mail that says it worked
    emotion: -2
"""


def _mermaid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journey: str, persona: str) -> list[str]:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "j.yaml").write_text(journey, encoding="utf-8")
    (tmp_path / "p.yaml").write_text(persona, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("render", "j.yaml", "-f", "mermaid")
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def test_polish_sections_and_tasks_stay_whole_where_the_box_holds_them_s40(tmp_path, monkeypatch):
    lines = _mermaid(tmp_path, monkeypatch, HIPOTEKA, MARTA)
    assert lines[2:13] == [
        # 62 characters in a one-task box of three lines of 19: cut at the last word that fits.
        "    section Potrzeba#58; decyzja o zakupie mieszkania zamiast dalszego…",
        "      Kończy się umowa najmu: 3: Marta Zielińska",
        "    section Wycena nieruchomości#58; operat szacunkowy…",
        "      Rzeczoznawca przesuwa wizytę 2 razy: 1: Marta Zielińska",
        # Two tasks: the section's box spans both, and the name is whole.
        "    section Podpisanie umowy kredytowej w oddziale",
        "      oddział – Umowa 46 stron: 2: Marta Zielińska",
        "      aplikacja mobilna – Harmonogram spłat w PDF: 2: Marta Zielińska",
        # Its name is its task too (no `doing`, no touchpoints): three lines hold it whole.
        "    section Nadpłata i wcześniejsza spłata części kapitału",
        "      Nadpłata i wcześniejsza spłata części kapitału: 2: Marta Zielińska",
        # A comment runs to the end of its line: the name as written, no codes.
        "    %% Polecanie banku znajomym z pracy (polecanie): no emotion recorded, so not drawn (a Mermaid score must be 1-5)",
        "    accTitle: Marta bierze kredyt hipoteczny na pierwsze mieszkanie w Gdańsku",
    ]
    # Every name cut is said whole in the description.
    assert "1. Potrzeba: decyzja o zakupie mieszkania zamiast dalszego najmu" in lines[-1]
    assert "2. Wycena nieruchomości: operat szacunkowy rzeczoznawcy" in lines[-1]


def test_english_long_texts_are_cut_at_a_word_only_past_three_lines_s40(tmp_path, monkeypatch):
    lines = _mermaid(tmp_path, monkeypatch, SWITCH, "kind: persona\nid: dan\nname: Dan Okafor\n")
    assert lines[2:4] == [
        "    section Import#58; 340 customers from the old spreadsheet…",
        "      Uploads the CSV from his phone in the van at lunch…: 1: Dan Okafor",
    ]
    assert lines[-1].endswith("In full: 1. Import: 340 customers from the old spreadsheet, addresses and VAT numbers "
                              "included – Uploads the CSV from his phone in the van at lunch, then waits for the e-mail "
                              "that says it worked")


@pytest.mark.parametrize(("text", "width", "shown"), [
    ("Umowa 46 stron", 19, "Umowa 46 stron"),
    ("Rzeczoznawca przesuwa wizytę 2 razy", 19, "Rzeczoznawca przesuwa wizytę 2 razy"),  # two lines
    ("Konsultacja z doradcą w oddziale albo z doradcą mobilnym", 19, "Konsultacja z doradcą w oddziale albo z doradcą…"),
    ("Konsultacja z doradcą w oddziale albo z doradcą mobilnym", 45, "Konsultacja z doradcą w oddziale albo z doradcą mobilnym"),
    ("Rezydencjapodatkowazagranicą i PIT-36", 19, "Rezydencjapodatkow…"),  # a word wider than the box: cut inside
])
def test_boxed_wraps_as_the_box_does_s40(text, width, shown):
    from cxkit.render.mermaid import box_width, boxed

    assert boxed(text, width) == shown
    assert (box_width(1), box_width(2)) == (19, 45)
