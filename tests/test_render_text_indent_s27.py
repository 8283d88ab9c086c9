"""A persona's summary and quote, and a journey's goal and summary, keep the indentation of their
later lines (a nested point) as no-break spaces in Markdown and HTML, as a trait already did
(session 27).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

PERSONA_PL = """\
kind: persona
id: agnieszka
name: Agnieszka Wolska
lang: pl
summary: |
  Realizatorka dźwięku z Poznania. Co kwartał dokupuje:
    - zamknięte słuchawki dla gości,
    - pady zamienne, na fakturę.
quote: |
  Potrzebuję:
      czterech takich samych par,
      faktury od razu.
"""

PERSONA_EN = """\
kind: persona
id: dan
name: Dan Okafor
lang: en
summary: "Runs a heating firm in Leeds. Each winter he:\\n  - hires two fitters,\\n  - buys stock early."
quote: |
  I need:
    - one invoice a job,
    - the VAT right.
"""

JOURNEY_EN = """\
kind: journey
id: switch
name: Switching invoicing
lang: en
persona: dan
goal: |
  Send every invoice on the day:
    - from the van,
    - with the VAT right.
summary: |
  Dan moves from a spreadsheet.
    Two fitters help.
stages:
  - id: compare
    name: Compare
  - id: trial
    name: Trial
"""

JOURNEY_PL = """\
kind: journey
id: zmiana
name: Zmiana programu
lang: pl
persona: agnieszka
stages:
  - id: wniosek
    name: Wniosek
"""

NB2 = "&nbsp;" * 2


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "agnieszka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "personas" / "dan.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "journeys" / "switch.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    (tmp_path / "journeys" / "zmiana.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    return tmp_path


def test_a_polish_summary_and_quote_keep_their_indentation_in_markdown(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, md, err = render_cli(ws, monkeypatch, "personas/agnieszka.yaml", "-f", "md")
    assert code == 0, err
    assert (f"Realizatorka dźwięku z Poznania. Co kwartał dokupuje:\\\n{NB2}- zamknięte słuchawki dla gości,\\\n"
            f"{NB2}- pady zamienne, na fakturę.\n") in md
    assert f"> Potrzebuję:\\\n> {NB2 * 2}czterech takich samych par,\\\n> {NB2 * 2}faktury od razu.\n" in md


def test_a_polish_summary_and_quote_keep_their_indentation_in_html(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, html, err = render_cli(ws, monkeypatch, "personas/agnieszka.yaml", "-f", "html")
    assert code == 0, err
    assert (f'<p class="summary">Realizatorka dźwięku z Poznania. Co kwartał dokupuje:<br>{NB2}- zamknięte '
            f"słuchawki dla gości,<br>{NB2}- pady zamienne, na fakturę.</p>") in html
    assert f"<blockquote>Potrzebuję:<br>{NB2 * 2}czterech takich samych par,<br>{NB2 * 2}faktury od razu.</blockquote>" in html


def test_an_english_summary_in_quotes_and_a_quote_keep_their_indentation(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, md, _err = render_cli(ws, monkeypatch, "personas/dan.yaml", "-f", "md")
    assert f"Runs a heating firm in Leeds. Each winter he:\\\n{NB2}- hires two fitters,\\\n{NB2}- buys stock early.\n" in md
    assert f"> I need:\\\n> {NB2}- one invoice a job,\\\n> {NB2}- the VAT right.\n" in md
    _code, html, _err = render_cli(ws, monkeypatch, "personas/dan.yaml", "-f", "html")
    assert f"Each winter he:<br>{NB2}- hires two fitters,<br>{NB2}- buys stock early.</p>" in html
    assert f"<blockquote>I need:<br>{NB2}- one invoice a job,<br>{NB2}- the VAT right.</blockquote>" in html


def test_a_journeys_goal_and_summary_keep_their_indentation(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, md, _err = render_cli(ws, monkeypatch, "journeys/switch.yaml", "-f", "md")
    assert f"**Goal:** Send every invoice on the day:\\\n{NB2}- from the van,\\\n{NB2}- with the VAT right.\n" in md
    assert f"Dan moves from a spreadsheet.\\\n{NB2}Two fitters help.\n" in md
    _code, html, _err = render_cli(ws, monkeypatch, "journeys/switch.yaml", "-f", "html")
    assert f"Send every invoice on the day:<br>{NB2}- from the van,<br>{NB2}- with the VAT right.</p>" in html
    assert f'<p class="summary">Dan moves from a spreadsheet.<br>{NB2}Two fitters help.</p>' in html


def test_a_first_line_and_unindented_lines_gain_no_spaces(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: only a later line's own indentation becomes no-break spaces."""
    (ws / "personas" / "plain.yaml").write_text(
        "kind: persona\nid: plain\nname: Ola\nlang: pl\nsummary: |\n  Pierwsza linia\n  druga linia\n", encoding="utf-8")
    _code, md, _err = render_cli(ws, monkeypatch, "personas/plain.yaml", "-f", "md")
    assert "\nPierwsza linia\\\ndruga linia\n" in md
    assert "&nbsp;" not in md
