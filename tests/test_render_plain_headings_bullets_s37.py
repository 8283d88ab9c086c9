"""`-f md-plain`: a name ending in " #", and a list its author typed with "- 3 dni" in it (session 37).

A heading's trailing run of `#` after a blank is CommonMark's closing sequence: "Kasia #" was shown as
"Kasia" (the Markdown export escaped it already).  And in a value whose further lines are the author's
bullet list (`Dostawa:` / `- 3 dni robocze` / `- kurier`), the bullets were taken off every item but
the one before a number, read as a minus sign: the reader saw "- 3 dni robocze" beside "kurier".  A
minus among lines that are no list (`- 35% od ceny części` beside `# pozycja 14`) stays the value's
sign, as session 36 made it.  Each export is parsed back with markdown-it (CommonMark).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}

KASIA = """\
kind: persona
id: kasia-kurier
name: "Kasia #"
lang: pl
summary: Zamawia karmę dla psa co miesiąc i rezygnuje, gdy dostawa trwa dłużej niż dwa dni.
goals:
  - |
    Dostawa, która nie psuje weekendu:
    - 3 dni robocze najwyżej
    - kurier po 17:00
    - paczkomat przy bloku
  - "- 3 dni to dla niej za długo"
pain_points:
  - |
    Kosztorys zwrotu:
    # pozycja 2: opłata za odbiór
    - 15 zł za kuriera
    - 2 dni czekania
"""

DAN = """\
kind: persona
id: dan-plumber
name: "Dan ##"
lang: en
summary: Self-employed plumber in Leeds who orders parts for next-day delivery.
goals:
  - |
    Delivery:
    * 1 day at most
    * before 8 am
"""

JOURNEY = """\
kind: journey
id: kasia-zamawia
name: "Kasia zamawia karmę #"
persona: kasia-kurier
lang: pl
stages:
  - id: zamowienie
    name: Zamówienie
    doing: |
      Porównuje dostawy:
      - 2 dni: kurier
      - 3 dni: paczkomat
    emotion: 0
"""


def _plain(folder: Path, name: str, text: str, *extra: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(folder / name), "-f", "md-plain", *extra], env=ENV)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _tokens(markdown: str) -> list[tuple[str, str]]:
    """What a CommonMark reader sees: (block, text) of each heading and list item, in order."""
    seen: list[tuple[str, str]] = []
    block = ""
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "heading_open":
            block = token.tag
        elif token.type == "list_item_open":
            block = "li"
        elif token.type == "paragraph_open" and not block:
            block = "p"
        elif token.type == "inline":
            seen.append((block, _text(token)))
            block = ""
    return seen


def _text(token) -> str:  # the text a reader sees of an inline token: its children's text, escapes undone
    return "".join(child.content for child in token.children or [] if child.type in ("text", "code_inline"))


@pytest.mark.parametrize(("name", "text", "heading"), [("kasia.yaml", KASIA, "Kasia #"), ("dan.yaml", DAN, "Dan ##"),
                                                       ("zakup.yaml", JOURNEY, "Kasia zamawia karmę #")])
def test_a_name_ending_in_hashes_keeps_them_in_its_heading(tmp_path, name, text, heading):
    out = _plain(tmp_path, name, text)
    assert ("h1", heading) == _tokens(out)[0]  # before: "Kasia", "Dan", "Kasia zamawia karmę"


def test_a_name_with_a_hash_inside_is_left_as_typed(tmp_path):
    out = _plain(tmp_path, "kasia.yaml", KASIA.replace('name: "Kasia #"', 'name: "Kasia #1 C#"'))
    assert out.startswith("# Kasia #1 C#\n")


def test_a_folder_title_and_a_pair_keep_them_too(tmp_path):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "persony #").mkdir()
    (tmp_path / "persony #" / "kasia.yaml").write_text(KASIA, encoding="utf-8")
    folder = CliRunner().invoke(app, ["render", str(tmp_path / "persony #"), "-f", "md-plain"], env=ENV)
    assert folder.exit_code == 0, folder.stderr
    assert _tokens(folder.stdout)[0][1].endswith("persony #")
    negative = ("kind: negative-persona\nid: tomek-okazje\nname: \"Tomek #\"\nlang: pl\nsummary: Kupuje tylko w "
                "promocjach.\nreasons:\n  - Karma za 189 zł to dla niego za drogo\n")
    (tmp_path / "tomek.yaml").write_text(negative, encoding="utf-8")
    pair = CliRunner().invoke(app, ["render", str(tmp_path / "persony #" / "kasia.yaml"), "--against",
                                    str(tmp_path / "tomek.yaml"), "-f", "md-plain"], env=ENV)
    assert pair.exit_code == 0, pair.stderr
    assert _tokens(pair.stdout)[0][1].endswith("/ Tomek #")


def test_a_typed_list_keeps_no_bullet_before_a_number(tmp_path):
    seen = _tokens(_plain(tmp_path, "kasia.yaml", KASIA))
    items = [text for block, text in seen if block == "li"]
    # before: "- 3 dni robocze najwyżej" beside "kurier po 17:00" and "paczkomat przy bloku"
    assert items[:4] == ["Dostawa, która nie psuje weekendu:", "3 dni robocze najwyżej", "kurier po 17:00",
                         "paczkomat przy bloku"]
    assert items[4] == "- 3 dni to dla niej za długo"  # a value of its own: its dash as typed
    # Among lines that are no list (a `#` line first), a minus before a number is the value's sign, as before.
    assert items[5:9] == ["Kosztorys zwrotu:", "# pozycja 2: opłata za odbiór", "- 15 zł za kuriera",
                          "- 2 dni czekania"]


def test_in_a_stage_and_in_english_with_stars(tmp_path):
    items = [text for block, text in _tokens(_plain(tmp_path, "zakup.yaml", JOURNEY)) if block == "li"]
    assert "2 dni: kurier" in items and "3 dni: paczkomat" in items  # before: "- 2 dni: kurier"
    dan = [text for block, text in _tokens(_plain(tmp_path, "dan.yaml", DAN)) if block == "li"]
    assert dan[:3] == ["Delivery:", "1 day at most", "before 8 am"]  # a `*` bullet was always a bullet
