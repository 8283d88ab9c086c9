"""A whole list added or removed (a stage's first `barriers:` or `opportunities:`, a persona's first `goals:`) is
shown item by item, labelled as an item added to a list is (`Działanie: …`), in text, Markdown and HTML (session
38, tester40's L8: `cxkit diff -f markdown` showed `Bariery: [..]` and a YAML block `- action: Usprawnić…`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from diff_helpers import ANNA_APPLIES

OLD_PL = ANNA_APPLIES + """\
    barriers:
      - Doradca prosi o zaświadczenie o dochodach na papierze
    opportunities:
      - action: Przyjmować zaświadczenie z e-Urzędu Skarbowego
        owner: Zespół kredytów hipotecznych
  - id: splata
    name: Spłata i nadpłaty
    emotion: 1
"""
NEW_PL = OLD_PL + """\
    barriers:
      - Nadpłata w aplikacji wymaga telefonu na infolinię
    pain_points:
      - Nie wiadomo, czy skróci się okres, czy rata
      - Infolinia czynna tylko do 16
    opportunities:
      - action: Usprawnić proces nadpłat
      - action: Nadpłata w aplikacji bez telefonu na infolinię
        owner: Zespół aplikacji mobilnej
        status: planned
"""

OLD_EN = """\
kind: persona
id: priya-remortgager
name: Priya Shah
lang: en
summary: Remortgages every five years through a broker, always on the last day of her deal
"""
NEW_EN = OLD_EN + """\
goals:
  - Fix the rate before her deal ends in May
  - text: Keep the monthly payment under £1,400
    sources: [broker-calls]
"""


def _diff(tmp_path: Path, old: str, new: str, *args: str, lang: str = "pl") -> str:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "old.yaml", "new.yaml", *args], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    return result.stdout


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_text_labels_each_item_of_a_list_added_whole(tmp_path: Path) -> None:
    assert _diff(tmp_path, OLD_PL, NEW_PL).splitlines()[1:] == [
        "  + 2. Spłata i nadpłaty (splata) › Bariery: Nadpłata w aplikacji wymaga telefonu na infolinię",
        "  + 2. Spłata i nadpłaty (splata) › Problemy:",
        "      • Nie wiadomo, czy skróci się okres, czy rata",
        "      • Infolinia czynna tylko do 16",
        "  + 2. Spłata i nadpłaty (splata) › Usprawnienia:",
        "      #1:",
        "        Działanie: Usprawnić proces nadpłat",
        "      #2:",
        "        Działanie: Nadpłata w aplikacji bez telefonu na infolinię",
        "        Właściciel: Zespół aplikacji mobilnej",
        "        Status: zaplanowane",
        "",
        "1 dokument różni się (1 zmieniony); 3 zmiany w dokumencie.",
    ]


def test_markdown_labels_them_as_an_item_added_to_a_list(tmp_path: Path) -> None:
    md = _diff(tmp_path, OLD_PL, NEW_PL, "-f", "markdown")
    assert md.split("· `new.yaml`\n\n", 1)[1].rstrip("\n").splitlines() == [
        "- **dodano** 2. Spłata i nadpłaty (`splata`) › Bariery: Nadpłata w aplikacji wymaga telefonu na infolinię",
        "- **dodano** 2. Spłata i nadpłaty (`splata`) › Problemy:",
        "  - Nie wiadomo, czy skróci się okres, czy rata",
        "  - Infolinia czynna tylko do 16",
        "- **dodano** 2. Spłata i nadpłaty (`splata`) › Usprawnienia:",
        "  - `#1`:",
        "    - Działanie: Usprawnić proces nadpłat",
        "  - `#2`:",
        "    - Działanie: Nadpłata w aplikacji bez telefonu na infolinię",
        "    - Właściciel: Zespół aplikacji mobilnej",
        "    - Status: zaplanowane",
    ]
    assert "```yaml" not in md and "action:" not in md and "[Nadpłata" not in md


def test_a_list_removed_whole_reads_the_same_way(tmp_path: Path) -> None:
    md = _diff(tmp_path, NEW_PL, OLD_PL, "-f", "md")
    assert ("- **usunięto** 2. Spłata i nadpłaty (`splata`) › Bariery: Nadpłata w aplikacji wymaga telefonu na "
            "infolinię") in md.splitlines()
    assert "    - Działanie: Usprawnić proces nadpłat" in md.splitlines()
    text = _diff(tmp_path, NEW_PL, OLD_PL)
    assert "        Działanie: Usprawnić proces nadpłat" in text.splitlines() and "- action:" not in text


def test_html_lists_texts_and_trait_mappings_alike(tmp_path: Path) -> None:
    html = _diff(tmp_path, OLD_EN, NEW_EN, "-f", "html", lang="en")
    assert ("<td><ul><li>Fix the rate before her deal ends in May</li><li><ul><li>Text: Keep the monthly payment "
            "under £1,400</li><li>Sources: broker-calls</li></ul></li></ul></td>") in html
    assert "text: Keep" not in html  # no YAML block for a list whose items are written two ways
    assert "<li>Działanie: Usprawnić proces nadpłat</li>" in _diff(tmp_path, OLD_PL, NEW_PL, "-f", "html")


def test_english_text_and_markdown_of_a_persona_s_first_goals(tmp_path: Path) -> None:
    assert _diff(tmp_path, OLD_EN, NEW_EN, lang="en").splitlines()[1:6] == [
        "  + Goals:",
        "      #1: Fix the rate before her deal ends in May",
        "      #2:",
        "        Text: Keep the monthly payment under £1,400",
        "        Sources: broker-calls",
    ]
    md = _diff(tmp_path, OLD_EN, NEW_EN, "-f", "md", lang="en")
    assert md.split("· `new.yaml`\n\n", 1)[1].rstrip("\n").splitlines() == [
        "- **added** Goals:",
        "  - `#1`: Fix the rate before her deal ends in May",
        "  - `#2`:",
        "    - Text: Keep the monthly payment under £1,400",
        "    - Sources: broker-calls",
    ]


def test_a_list_holding_lists_is_still_shown_as_yaml(tmp_path: Path) -> None:
    """A guard: what the fields cannot say (a list in a list) keeps every key, as before."""
    md = _diff(tmp_path, OLD_EN, OLD_EN + "x-matrix:\n  - [1, 2]\n  - [3, 4]\n", "-f", "md", lang="en")
    assert "```yaml" in md
