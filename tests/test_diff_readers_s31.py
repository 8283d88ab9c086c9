"""`cxkit diff -f md` for readers who are not engineers, pasted into GitHub, Confluence or Notion:
word diffs said once, in words (no <del>/<ins> shown as text where HTML is not rendered, no
markers a screen reader skips), statuses in words, an added stage as its fields rather than YAML."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

BEFORE = """\
kind: journey
id: konto
name: Kasia zakłada konto
lang: pl
persona: kasia
stages:
  - id: pobranie
    name: Pobranie aplikacji
    doing: Sortuje opinie od 1 gwiazdki
    emotion: -1
    opportunities:
      - action: Komunikat błędu prostym językiem
        owner: Zespół UX Writing
        due: 2027-01-15
        status: in-progress
"""

AFTER = BEFORE.replace("name: Pobranie aplikacji", "name: Instalacja aplikacji").replace(
    "status: in-progress", "status: done") + """\
  - id: pierwszy-miesiac
    name: Pierwszy miesiąc
    touchpoints:
      - channel: push
        description: Podsumowanie wydatków po 30 dniach
    doing: Sprawdza, czy spełniła warunki bonusu
    emotion: 1
"""


def _diff(tmp_path: Path, fmt: str, before: str = BEFORE, after: str = AFTER) -> str:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(before, encoding="utf-8")
    new.write_text(after, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "-f", fmt, str(old), str(new)],
                                env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 1, result.output
    return result.stdout


def test_a_word_diff_is_marked_once_and_reads_alike_with_html_on_and_off(tmp_path: Path) -> None:
    md = _diff(tmp_path, "markdown")
    assert "› Nazwa: (usunięto: „Pobranie”; dodano: „Instalacja”) aplikacji" in md
    assert "<del>" not in md and "<ins>" not in md
    assert md.count("Zmienione słowa podano w nawiasach w miejscu zmiany: (usunięto: „…”), (dodano: „…”).") == 1
    # GitHub renders HTML, Confluence's Markdown macro and a Notion paste do not: the same text either way.
    shown = [MarkdownIt("commonmark", {"html": html}).enable("table").render(md) for html in (True, False)]
    assert shown[0] == shown[1]
    assert "(usunięto: „Pobranie”; dodano: „Instalacja”) aplikacji" in shown[1]
    assert "&lt;" not in shown[1]


def test_a_status_is_shown_in_words_as_render_shows_it(tmp_path: Path) -> None:
    assert "› Status: w toku → zrobione" in _diff(tmp_path, "markdown")
    assert "› Status: w toku → zrobione" in _diff(tmp_path, "text")
    english = (BEFORE.replace("lang: pl", "lang: en"), AFTER.replace("lang: pl", "lang: en"))
    assert "› Status: in progress → done" in _diff(tmp_path, "markdown", *english)


def test_an_added_stage_is_listed_as_its_fields(tmp_path: Path) -> None:
    md = _diff(tmp_path, "markdown")
    start = md.index("- **dodano** 2. Pierwszy miesiąc")
    block = md[start:].split("\n\n")[0].split("\n")
    assert block[1:] == [
        "  - Nazwa: Pierwszy miesiąc",
        "  - Punkty styku: push – Podsumowanie wydatków po 30 dniach",
        "  - Działania: Sprawdza, czy spełniła warunki bonusu",
        "  - Emocje: +1 (dobrze)",
    ]
    assert "```yaml" not in md
