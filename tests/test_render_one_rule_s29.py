"""One rule, written once: the exports' paragraph breaks, and lint's "N days/months ago" (session 29).

The Markdown and the HTML export each carried their own copy of how an author's lines are kept (a
run of blank lines is one paragraph break, an indented line keeps its indentation), and
`overdue-opportunity` and `stale-review` each wrote their own "… ago". Each is one function now;
the CLI runs below pin what users see, which did not change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import run_cli

OLA = """\
kind: persona
id: ola-kawiarnia
name: Aleksandra Wiśniewska
lang: pl
summary: |
  Prowadzi kawiarnię na Jeżycach w Poznaniu.


  Sama zamawia ekspresy i kawę.
goals:
  - |
    Kupić ekspres dwugrupowy przed sezonem:
        - serwis w Poznaniu
        - raty 0%
reviewed: 2025-01-15
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
    touchpoints: [www.ekspresy.pl]
    doing: |
      Porównuje oferty trzech sklepów.

      Pyta baristów na grupie.
    emotion: 0
    opportunities:
      - action: Dodać porównywarkę ekspresów
        owner: Zespół sklepu
        due: 2026-11-20
        status: planned
  - id: zakup
    name: Zakup
    touchpoints: [www.ekspresy.pl]
    doing: Płaci ratami
    emotion: 1
    opportunities:
      - action: Raty bez BIK
        owner: Zespół płatności
        due: 2026-07-01
        status: planned
"""


@pytest.fixture
def cafe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas/ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "journeys/ola.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return tmp_path


def test_the_exports_keep_paragraphs_and_indents_alike(cafe: Path) -> None:
    md = run_cli("render", "journeys/ola.yaml", "-f", "md")
    assert md.exit_code == 0 and md.exception is None
    assert "| **Działania** | Porównuje oferty trzech sklepów.<br><br>Pyta baristów na grupie. | Płaci ratami |" in md.stdout
    card = run_cli("render", "personas/ola.yaml", "-f", "md")
    assert "Prowadzi kawiarnię na Jeżycach w Poznaniu.\n\nSama zamawia ekspresy i kawę." in card.stdout
    assert "- Kupić ekspres dwugrupowy przed sezonem:<br>&nbsp;&nbsp;&nbsp;&nbsp;- serwis w Poznaniu" in card.stdout
    page = run_cli("render", "personas/ola.yaml", "-f", "html")
    assert "Prowadzi kawiarnię na Jeżycach w Poznaniu.<br><br>Sama zamawia ekspresy i kawę." in page.stdout
    assert "przed sezonem:<br>&nbsp;&nbsp;&nbsp;&nbsp;- serwis w Poznaniu<br>&nbsp;&nbsp;&nbsp;&nbsp;- raty 0%" in page.stdout


def test_both_exports_take_their_lines_from_one_function() -> None:
    from cxkit.render import content, html, markdown

    text = "  Pierwsza linia\n\n\n\t- wcięta\n   \nostatnia  linia\n\n"
    assert content.paragraph_lines(text, str, "·") == ["Pierwsza linia", "", "····- wcięta", "", "ostatnia linia"]
    assert markdown.inline(text) == "Pierwsza linia<br><br>&nbsp;&nbsp;&nbsp;&nbsp;- wcięta<br><br>ostatnia linia"
    assert html._lines(text) == "Pierwsza linia<br><br>&nbsp;&nbsp;&nbsp;&nbsp;- wcięta<br><br>ostatnia linia"


def test_lint_says_how_long_ago_as_before(cafe: Path) -> None:
    result = run_cli("lint", "--format", "json", ".")
    assert result.exception is None
    messages = [f["message"] for f in __import__("json").loads(result.stdout)]
    assert any("was due 2026-11-20 (16 days ago)" in m for m in messages), messages
    assert any("was due 2026-07-01 (5 months ago)" in m for m in messages), messages
    assert any("last reviewed 2025-01-15, 22 months ago (limit 12 months)" in m for m in messages), messages


@pytest.mark.parametrize(("earlier", "later", "days_under", "over", "said"), [
    (dt.date(2026, 11, 5), dt.date(2026, 11, 6), 2, 0, "1 day ago"),
    (dt.date(2026, 10, 7), dt.date(2026, 12, 6), 2, 0, "60 days ago"),
    (dt.date(2026, 10, 6), dt.date(2026, 12, 6), 2, 0, "2 months ago"),
    (dt.date(2025, 12, 5), dt.date(2026, 12, 6), 0, 12, "over 12 months ago"),
    (dt.date(2025, 11, 5), dt.date(2026, 12, 6), 0, 12, "13 months ago"),
])
def test_one_wording_of_ago(earlier: dt.date, later: dt.date, days_under: int, over: int, said: str) -> None:
    from cxkit.lint.rules import evidence, journeys

    assert evidence.ago(earlier, later, days_under=days_under, over=over) == said
    if days_under:
        assert journeys._overdue_by(earlier, later) == said
    else:
        assert evidence._age_said(earlier, later, over) == said
