"""A persona's or a journey's name with line breaks: one line, with spaces, in every export.

A name is a title — of a card, a page, an overview row, a journey's "Persona:" line. Markdown
wrote its breaks as `<br>` (a heading in two lines whose anchor and table of contents glued the
words together: `wiśniewskawłaścicielka`), HTML as raw line feeds a browser shows as spaces: the
same name read two ways. Now every export puts it on one line, as the terminal and Mermaid always
did. A stage's name still keeps its breaks in both exports' table headers, where they help a
narrow column; JSON keeps the data exactly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

runner = CliRunner()

# A `|` block (Enter pressed in the editor) and a pasted line separator: both line breaks.
PERSONA_PL = """\
kind: persona
id: ola-kawiarnia
name: |
  Aleksandra Wiśniewska
  właścicielka kawiarni
lang: pl
summary: Prowadzi kawiarnię w Gdańsku i zamawia sprzęt przez internet.
goals:
  - Kupić ekspres bez dzwonienia do handlowca
"""

NEGATIVE_PL = """\
kind: negative-persona
id: sieciowka
name: "Kierownik zakupów\\u2028sieci kawiarni"
lang: pl
reasons:
  - Kupuje w przetargu na 40 ekspresów
"""

JOURNEY_EN = """\
kind: journey
id: coffee-machine
name: "Ola orders an espresso machine\\n(draft for the Gdańsk shop)"
lang: en
persona: ola-kawiarnia
stages:
  - id: choose
    name: "Choose\\na model"
    doing: Compares three two-group machines
    emotion: 0
  - id: pay
    name: Pay
    doing: Pays by bank transfer and waits for the confirmation
    emotion: -1
"""

PERSONA_ONE_LINE = "Aleksandra Wiśniewska właścicielka kawiarni"
NEGATIVE_ONE_LINE = "Kierownik zakupów sieci kawiarni"
JOURNEY_ONE_LINE = "Ola orders an espresso machine (draft for the Gdańsk shop)"


@pytest.fixture(autouse=True)
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "kawiarnia"
    for rel, text in {"personas/ola.yaml": PERSONA_PL, "personas/sieciowka.yaml": NEGATIVE_PL,
                      "journeys/coffee.yaml": JOURNEY_EN}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def export(fmt: str, *args: str) -> str:
    result = runner.invoke(app, ["render", *args, "-f", fmt], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    return result.stdout


# --- Markdown --------------------------------------------------------------------------------

def test_markdown_headings_hold_a_name_on_one_line() -> None:
    persona = export("markdown", "personas/ola.yaml")
    assert persona.startswith(f"# {PERSONA_ONE_LINE}\n")
    journey = export("markdown", "journeys/coffee.yaml")
    assert journey.startswith(f"# {JOURNEY_ONE_LINE}\n")
    # The persona a journey is for, in its meta line, is a name too.
    assert f"Persona: {PERSONA_ONE_LINE} (`ola-kawiarnia`)" in journey
    against = export("markdown", "personas/ola.yaml", "--against", "personas/sieciowka.yaml")
    assert against.startswith(f"# Persona i persona negatywna: {PERSONA_ONE_LINE} / {NEGATIVE_ONE_LINE}\n")
    assert f"## {NEGATIVE_ONE_LINE}\n" in against
    for text in (persona, journey, against):
        assert not any("<br>" in line for line in text.splitlines() if line.startswith("#"))


def test_markdown_overview_rows_hold_names_on_one_line() -> None:
    text = export("markdown", ".")
    assert f"| **{PERSONA_ONE_LINE}**<br>`ola-kawiarnia` |" in text
    assert f"| **{JOURNEY_ONE_LINE}**<br>`coffee-machine`<br>→ {PERSONA_ONE_LINE} |" in text


def test_markdown_keeps_a_stage_names_break_in_its_column_header() -> None:
    assert "| 1. Choose<br>a model<br><sub>`choose`</sub> |" in export("markdown", "journeys/coffee.yaml")


# --- HTML --------------------------------------------------------------------------------------

def test_html_title_and_headings_hold_a_name_on_one_line() -> None:
    persona = export("html", "personas/ola.yaml")
    assert f"<title>{PERSONA_ONE_LINE}</title>" in persona and f"<h1>{PERSONA_ONE_LINE}</h1>" in persona
    journey = export("html", "journeys/coffee.yaml")
    assert f"<title>{JOURNEY_ONE_LINE}</title>" in journey and f"<h1>{JOURNEY_ONE_LINE}</h1>" in journey
    assert f'<p class="meta">Persona: {PERSONA_ONE_LINE} (ola-kawiarnia) ·' in journey
    against = export("html", "personas/ola.yaml", "--against", "personas/sieciowka.yaml")
    title = f"Persona i persona negatywna: {PERSONA_ONE_LINE} / {NEGATIVE_ONE_LINE}"
    assert f"<title>{title}</title>" in against and f"<h1>{title}</h1>" in against
    assert f"<h2>{NEGATIVE_ONE_LINE}</h2>" in against


def test_html_overview_rows_hold_names_on_one_line() -> None:
    text = export("html", ".")
    assert f"<strong>{PERSONA_ONE_LINE}</strong>" in text
    assert f"<strong>{JOURNEY_ONE_LINE}</strong>" in text
    assert (f'<span class="meta"><span aria-hidden="true">→</span><span class="hidden">Persona:</span> '
            f'{PERSONA_ONE_LINE}</span>') in text


def test_html_keeps_a_stage_names_break_in_its_column_header() -> None:
    page = export("html", "journeys/coffee.yaml")
    assert ('<th scope="col" id="journey-coffee-machine-stage-choose"><a class="stage-link" href="#journey-coffee-machine-stage-choose" '
            'title="Link to this stage" aria-label="Link to this stage: 1. Choose a model">1.</a> Choose<br>a model'
            '<span class="id" aria-hidden="true">choose</span></th>') in page


@pytest.mark.parametrize("args", [["personas/ola.yaml"], ["journeys/coffee.yaml"], ["."],
                                  ["personas/ola.yaml", "--against", "personas/sieciowka.yaml"]])
def test_markdown_and_html_show_a_name_the_same_way(args: list[str]) -> None:
    """Whatever else differs, a heading reads the same in both: no break in one and a space in the other."""
    markdown = export("markdown", *args)
    page = export("html", *args)
    headings = re.findall(r"<h[12]>([^<]*)</h[12]>", page)
    assert headings
    for heading in headings:
        assert "\n" not in heading
        assert heading.replace("&amp;", "&") in markdown


# --- the views that were right already -----------------------------------------------------------

def test_terminal_mermaid_and_json_are_unchanged() -> None:
    terminal = runner.invoke(app, ["render", "journeys/coffee.yaml"], env={"NO_COLOR": "1", "COLUMNS": "100"}).stdout
    assert f"╭─ {JOURNEY_ONE_LINE}  journey" in terminal
    assert export("mermaid", "journeys/coffee.yaml").splitlines()[1] == f"    title {JOURNEY_ONE_LINE}"
    data = json.loads(export("json", "personas/ola.yaml"))
    assert data["name"] == "Aleksandra Wiśniewska\nwłaścicielka kawiarni\n"


def test_a_no_break_space_in_a_name_is_kept_in_the_one_line_form():
    # Polish typography keeps a one-letter word with the next ("z\u00a0Krakowa"); only line breaks
    # and the blanks around them become one space.
    from cxkit.render.content import name_line

    assert name_line("Ola\nz\u00a0Krakowa  i   Gdyni\u2028 ") == "Ola z\u00a0Krakowa i Gdyni"
