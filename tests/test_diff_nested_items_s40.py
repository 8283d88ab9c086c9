"""A stage added or removed whole is shown by its labels even when its items hold more than texts
(tester45 #1).

A barrier or pain point with its `sources`, or any item holding a list or a mapping, made the whole
stage fall back to YAML (`id:`, `name:`, `barriers: - text: … sources: - cc-analityka-2026`), in
English keys inside a Polish change list, in the text, Markdown, HTML and review views alike.  Now
every stage reads `Nazwa: / Cel: / Punkty styku: / Bariery:`, a trait's sources cited after its text as
render cites them (`[cc-analityka-2026]`), an opportunity's status in words (`zaplanowane`).
"""

from __future__ import annotations

import json
from pathlib import Path

from diff_helpers import diff_out, plain_terminal, review_markdown
from git_helpers import needs_git

HIPOTEKA = """\
kind: journey
id: kredyt-hipoteczny-marty
name: Marta bierze kredyt hipoteczny na pierwsze mieszkanie w Gdańsku
lang: pl
persona: marta-zielinska
sources:
  - id: idi-2026-q2
    type: interview
    date: 2026-05-20
    n: 24
  - id: cc-analityka-2026
    type: analytics
    date: 2026-06-01
stages:
  - id: konsultacja
    name: Konsultacja z doradcą w oddziale
    touchpoints: [oddział]
    emotion: 0
  - id: wniosek
    name: Złożenie wniosku kredytowego z kompletem dokumentów dochodowych
    goal: Złożyć wniosek bez ponownego podawania danych
    touchpoints:
      - channel: aplikacja mobilna
        description: Skan 14 dokumentów; limit 10 MB na plik
      - oddział
    emotion: -1
    barriers:
      - text: Brak statusu wniosku w aplikacji; 23% rozmów na infolinii to pytanie o status
        sources: [cc-analityka-2026]
    pain_points:
      - text: Konsultant nie zna pytań z rekomendacji KNF; odsyła do doradcy
        sources: [idi-2026-q2, cc-analityka-2026]
      - Aplikacja odrzuca PDF powyżej 10 MB
    opportunities:
      - action: Pokazać status wniosku w aplikacji z datą następnego kroku
        owner: Tribe Kredyty Hipoteczne
        due: 2027-03-31
        status: planned
  - id: decyzja
    name: Decyzja kredytowa
    emotion: 1
"""

#: The application stage deleted (its touchpoints moved nowhere).
WITHOUT = HIPOTEKA[:HIPOTEKA.index("  - id: wniosek\n")] + HIPOTEKA[HIPOTEKA.index("  - id: decyzja\n"):]

SWITCH = """\
kind: journey
id: dan-switches-invoicing
name: Dan moves his firm's invoicing to Billrun
lang: en
persona: dan-heating-firm-owner
sources:
  - id: interviews-2026-09
    type: interview
  - id: tickets-2026
    type: support
stages:
  - id: trial
    name: Free trial
    emotion: 1
"""

#: An import stage added, its barrier citing two sources and its opportunity under way.
SWITCH_2 = SWITCH + """\
  - id: import
    name: Import 340 customers from a spreadsheet
    touchpoints:
      - channel: web app
        description: CSV import wizard
    emotion: -2
    barriers:
      - text: The import stops at the first row with a comma in the address
        sources: [interviews-2026-09, tickets-2026]
    opportunities:
      - action: Skip bad rows and list them after the import
        owner: Onboarding squad
        status: in-progress
"""


def _lines(tmp_path: Path, old: str, new: str, *args: str) -> list[str]:
    return diff_out(tmp_path, old, new, *args).splitlines()


def test_a_removed_polish_stage_with_sourced_barriers_reads_by_its_labels_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 160)
    text = _lines(tmp_path, HIPOTEKA, WITHOUT)
    assert text[1:] == [
        "  - 2. Złożenie wniosku kredytowego z kompletem dokumentów dochodowych (wniosek):",
        "      Nazwa: Złożenie wniosku kredytowego z kompletem dokumentów dochodowych",
        "      Cel: Złożyć wniosek bez ponownego podawania danych",
        "      Punkty styku:",
        "        • aplikacja mobilna – Skan 14 dokumentów; limit 10 MB na plik",
        "        • oddział",
        "      Emocje: -1 (źle)",
        "      Bariery: Brak statusu wniosku w aplikacji; 23% rozmów na infolinii to pytanie o status [cc-analityka-2026]",
        "      Problemy:",
        "        • Konsultant nie zna pytań z rekomendacji KNF; odsyła do doradcy [idi-2026-q2, cc-analityka-2026]",
        "        • Aplikacja odrzuca PDF powyżej 10 MB",
        "      Usprawnienia: Pokazać status wniosku w aplikacji z datą następnego kroku – Tribe Kredyty Hipoteczne – "
        "2027-03-31 – zaplanowane",
        "",
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.",
    ]
    assert not any(line.lstrip().startswith(("id:", "name:", "sources:", "- text:", "status:")) for line in text)


def test_markdown_and_html_show_the_same_labels_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    markdown = diff_out(tmp_path, HIPOTEKA, WITHOUT, "-f", "markdown")
    assert markdown[markdown.index("- **usunięto**"):] == (
        "- **usunięto** 2. Złożenie wniosku kredytowego z kompletem dokumentów dochodowych (`wniosek`):\n"
        "  - Nazwa: Złożenie wniosku kredytowego z kompletem dokumentów dochodowych\n"
        "  - Cel: Złożyć wniosek bez ponownego podawania danych\n"
        "  - Punkty styku: aplikacja mobilna – Skan 14 dokumentów; limit 10 MB na plik; oddział\n"
        "  - Emocje: -1 (źle)\n"
        "  - Bariery: Brak statusu wniosku w aplikacji; 23% rozmów na infolinii to pytanie o status [cc-analityka-2026]\n"
        "  - Problemy: Konsultant nie zna pytań z rekomendacji KNF; odsyła do doradcy [idi-2026-q2, cc-analityka-2026]; "
        "Aplikacja odrzuca PDF powyżej 10 MB\n"
        "  - Usprawnienia: Pokazać status wniosku w aplikacji z datą następnego kroku – Tribe Kredyty Hipoteczne – "
        "2027-03-31 – zaplanowane\n\n")
    html = diff_out(tmp_path, HIPOTEKA, WITHOUT, "-f", "html")
    assert ("<li>Bariery: Brak statusu wniosku w aplikacji; 23% rozmów na infolinii to pytanie o status "
            "[cc-analityka-2026]</li>") in html
    assert "– 2027-03-31 – zaplanowane</li>" in html
    assert "<pre>" not in html and "sources:" not in html


def test_an_added_english_stage_cites_its_sources_and_says_its_status_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    assert _lines(tmp_path, SWITCH, SWITCH_2)[1:9] == [
        "  + 2. Import 340 customers from a spreadsheet (import):",
        "      Name: Import 340 customers from a spreadsheet",
        "      Touchpoints: web app – CSV import wizard",
        "      Emotion: -2 (very negative)",
        "      Barriers: The import stops at the first row with a comma in the address [interviews-2026-09, tickets-2026]",
        "      Opportunities: Skip bad rows and list them after the import – Onboarding squad – in progress",
        "",
        "1 document differs (1 changed); 1 change inside documents.",
    ]
    # JSON keeps the data as written: tools read the keys, people read the labels.
    data = json.loads(diff_out(tmp_path, SWITCH, SWITCH_2, "-f", "json"))
    change = data[0]
    assert (change["op"], change["path"]) == ("added", "stages[import]")
    assert change["new"]["barriers"][0]["sources"] == ["interviews-2026-09", "tickets-2026"]


def test_a_team_list_of_mappings_in_a_removed_stage_keeps_every_key_on_its_line_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 140)
    new = SWITCH_2.replace("        status: in-progress\n", "        status: in-progress\n        x-tickets:\n"
                           "          - key: BILL-212\n            team: Billing\n          - key: BILL-230\n")
    assert _lines(tmp_path, new, SWITCH)[1:7] == [
        "  - 2. Import 340 customers from a spreadsheet (import):",
        "      Name: Import 340 customers from a spreadsheet",
        "      Touchpoints: web app – CSV import wizard",
        "      Emotion: -2 (very negative)",
        "      Barriers: The import stops at the first row with a comma in the address [interviews-2026-09, tickets-2026]",
        "      Opportunities: Skip bad rows and list them after the import – Onboarding squad – in progress – "
        "x-tickets: (key: BILL-212, team: Billing), (key: BILL-230)",
    ]


@needs_git
def test_review_lists_an_added_stage_by_its_labels_s40(tmp_path, monkeypatch):
    old = WITHOUT.replace("kredyt-hipoteczny-marty", "szkoda")
    new = HIPOTEKA.replace("kredyt-hipoteczny-marty", "szkoda")
    out = review_markdown(tmp_path / "repo", monkeypatch, old, new)
    assert "- **dodano** 2. Złożenie wniosku kredytowego z kompletem dokumentów dochodowych (`wniosek`):\n" in out
    assert "  - Bariery: Brak statusu wniosku w aplikacji; 23% rozmów na infolinii to pytanie o status [cc-analityka-2026]\n" in out
    assert "sources" not in out and "```yaml" not in out
