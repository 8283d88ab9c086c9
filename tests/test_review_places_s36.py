"""Where a finding is, in the reports people read (`cxkit review` text, Markdown, HTML): named as the
changes beside it name places, a list's items counted from 1 (`2. Decyzja › Usprawnienia #1 ›
Właściciel`), not the 0-based data path (`stages[decyzja].opportunities[0].owner`) a participant
counted wrongly from (tester38 L4). JSON keeps `data_path` as docs/machine-output.md documents it."""

from __future__ import annotations

import json

from conftest import run_cli
from git_helpers import committed, needs_git

pytestmark = needs_git

KALKULACJA = """\
kind: journey
id: kalkulacja-oc
name: Tomasz liczy składkę OC
lang: pl
persona: tomasz
stages:
  - id: kalkulacja
    name: Kalkulacja składki
    touchpoints: [aplikacja]
    emotion: -2
    barriers:
      - Kalkulator gubi dane po przejściu do kroku 4
    opportunities:
      - action: Pokazać cenę od pierwszego kroku kalkulatora
        owner: Zespół sprzedaży online (Ewa Malinowska)
  - id: decyzja
    name: Decyzja
    touchpoints: [aplikacja]
    emotion: 1
    opportunities:
      - action: Zapisywać dane kalkulatora po każdym kroku
        owner: Zespół aplikacji mobilnej (Piotr Nowicki)
"""

QUOTE = """\
kind: journey
id: quote-online
name: Tom gets a car insurance quote
lang: en
persona: tom
stages:
  - id: quote
    name: Quote
    touchpoints: [web]
    emotion: -2
    barriers:
      - The form forgets the answers after step 4
    opportunities:
      - action: Show the price from the first step of the form
        owner: Online sales team (Eve Miller)
  - id: decision
    name: Decision
    touchpoints: [web]
    emotion: 1
    opportunities:
      - action: Save the form after every step
        owner: Mobile app team (Peter Novak)
"""

POLISH_PLACE = "2. Decyzja › Usprawnienia #1 › Właściciel"


def _polish_review(tmp_path, monkeypatch, fmt: str) -> str:
    repo = committed(tmp_path / "repo", monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "j.yaml": KALKULACJA})
    repo.write("j.yaml", KALKULACJA.replace("owner: Zespół aplikacji mobilnej (Piotr Nowicki)", "owner: do ustalenia"))
    result = run_cli("review", "HEAD", "--no-cache", "-f", fmt)
    assert result.exception is None and result.exit_code == 1, result.stderr
    return result.stdout


def test_polish_markdown_counts_the_opportunity_from_one(tmp_path, monkeypatch):
    md = _polish_review(tmp_path, monkeypatch, "markdown")
    [row] = [line for line in md.splitlines() if "CX403" in line]
    assert row.startswith("| warning | `unowned-opportunity` CX403 | `j.yaml:22:16` · 2. Decyzja › Usprawnienia `#1` › "
                          "Właściciel | "), row
    assert "opportunities[0]" not in md
    # The change beside it names the same place the same way.
    assert "2. Decyzja › Usprawnienia `#1` „Zapisywać dane kalkulatora po każdym…” › Właściciel:" in md


def test_polish_text_says_miejsce(tmp_path, monkeypatch):
    text = _polish_review(tmp_path, monkeypatch, "text")
    [line] = [line for line in text.splitlines() if "CX403" in line]
    assert line.startswith("j.yaml:22:16: warning CX403 ")
    assert line.endswith(f"[unowned-opportunity] (miejsce: {POLISH_PLACE})"), line


def test_html_names_the_place_too(tmp_path, monkeypatch):
    html = _polish_review(tmp_path, monkeypatch, "html")
    assert f"j.yaml:22:16</code> · {POLISH_PLACE}</td>" in html
    assert "opportunities[0]" not in html


def test_json_keeps_its_data_path(tmp_path, monkeypatch):
    report = json.loads(_polish_review(tmp_path, monkeypatch, "json"))
    [finding] = [f for f in report["introduced"] if f["code"] == "CX403"]
    assert finding["data_path"] == "stages[decyzja].opportunities[0].owner"


def test_english_text_and_markdown(tmp_path, monkeypatch):
    repo = committed(tmp_path / "repo", monkeypatch, {"j.yaml": QUOTE})
    repo.write("j.yaml", QUOTE.replace("owner: Mobile app team (Peter Novak)", "owner: TBD"))
    text = run_cli("review", "HEAD", "--no-cache", "-f", "text").stdout
    [line] = [line for line in text.splitlines() if "CX403" in line]
    assert line.endswith("[unowned-opportunity] (in 2. Decision › Opportunities #1 › Owner)"), line
    md = run_cli("review", "HEAD", "--no-cache", "-f", "markdown").stdout
    assert "`j.yaml:22:16` · 2. Decision › Opportunities `#1` › Owner |" in md


def test_a_fixed_finding_is_named_where_base_had_it(tmp_path, monkeypatch):
    # BASE's finding is placed in BASE's data: the second opportunity of stage 1 there, gone now.
    base = KALKULACJA.replace("    opportunities:\n      - action: Pokazać cenę",
                              "    opportunities:\n      - action: Ankieta po kalkulacji\n"
                              "        owner: do ustalenia\n      - action: Pokazać cenę")
    base = base.replace("owner: Zespół sprzedaży online (Ewa Malinowska)", "owner: TBD")
    repo = committed(tmp_path / "repo", monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "j.yaml": base})
    repo.write("j.yaml", KALKULACJA)
    text = run_cli("review", "HEAD", "--no-cache", "-f", "text").stdout
    fixed = text[text.index("Naprawione uwagi:"):]
    assert "(miejsce: 1. Kalkulacja składki (kalkulacja) › Usprawnienia #1 › Właściciel)" in fixed
    assert "(miejsce: 1. Kalkulacja składki (kalkulacja) › Usprawnienia #2 › Właściciel)" in fixed


def test_read_aloud_the_place_is_said_in_words(tmp_path, monkeypatch):
    # CXKIT_LAYOUT=stacked, the screen-reader choice: "›" would be read as a symbol's name, or skipped.
    monkeypatch.setenv("CXKIT_LAYOUT", "stacked")
    text = _polish_review(tmp_path, monkeypatch, "text")
    [line] = [line for line in text.splitlines() if "CX403" in line]
    assert line.endswith("[unowned-opportunity] (miejsce: 2. Decyzja, Usprawnienia nr 1, Właściciel)"), line
