"""`-f md-plain` keeps a lone further line's minus and an author's backslash at the start of a line (session 38).

docs/render.md promises that a value's characters at the start of an item survive the paste: a `- ` before a
number is a minus and is kept, unless the author typed a list (every further line a bullet).  One further line
alone passed that test: `Hurtownia podniosła ceny:` / `- 15% na klocki od marca` lost its minus ("15% na
klocki"), the very loss the rule exists to prevent; a list is now two lines or more.  And a value its author
began with a backslash (`\\# pozycja 14`: in YAML a `#` after a blank starts a comment) was written as it was,
which a CommonMark reader takes for md-plain's own escape of `# pozycja 14`: the backslash, which the terminal,
HTML and Markdown views show, was gone.  It is escaped in turn now.  Parsed back with markdown-it (CommonMark).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}

OLA = r"""kind: persona
id: ola-warsztat
name: Ola Nowak
lang: pl
summary: |-
  Prowadzi warsztat w Poznaniu i zamawia części online dwa razy w tygodniu.
  \# to jej numer stanowiska na hali
pain_points:
  - |-
    Hurtownia podniosła ceny:
    - 15% na klocki od marca
  - |-
    Reklamacja trwa za długo:
    - dzwoni do hurtowni co dzień
  - |-
    Dostawa:
    - 3 dni robocze
    - kurier po 17:00
  - \# pozycja 14 na fakturze nie zgadza się z zamówieniem
  - "# pozycja 15 też nie"
  - |-
    Faktura korygująca:
    \- 120 zł, nie 200 zł
  - \*ważne\* dla księgowej
"""

DAN = """kind: journey
id: dan-orders-parts
name: Dan orders brake pads
persona: dan-plumber
lang: en
stages:
  - id: order
    name: Order
    doing: |-
      Checks the supplier's price list:
      - 15% on brake pads since March
    emotion: -1
"""


def _items(folder: Path, name: str, text: str) -> list[str]:
    """The text a CommonMark reader shows of each list item and paragraph of the md-plain export, in order."""
    (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(folder / name), "-f", "md-plain"], env=ENV)
    assert result.exit_code == 0, result.stderr
    return ["".join(child.content for child in token.children or [] if child.type in ("text", "code_inline"))
            for token in MarkdownIt("commonmark").parse(result.stdout) if token.type == "inline"]


def test_a_lone_further_line_keeps_its_minus(tmp_path):
    items = _items(tmp_path, "ola.yaml", OLA)
    at = items.index("Hurtownia podniosła ceny:")
    assert items[at + 1] == "- 15% na klocki od marca"  # before: "15% na klocki od marca"


def test_in_a_journey_stage_and_in_english(tmp_path):
    items = _items(tmp_path, "dan.yaml", DAN)
    at = next(i for i, text in enumerate(items) if text.endswith("Checks the supplier's price list:"))
    assert items[at + 1] == "- 15% on brake pads since March"  # before: "15% on brake pads since March"


def test_a_lone_bullet_before_words_and_a_typed_list_still_lose_their_marks(tmp_path):
    """Guards: a `- ` before words is its author's bullet, one line or many; two lines or more all bullets are
    a list, a `- 3 dni` among them an item like the others."""
    items = _items(tmp_path, "ola.yaml", OLA)
    at = items.index("Reklamacja trwa za długo:")
    assert items[at + 1] == "dzwoni do hurtowni co dzień"
    at = items.index("Dostawa:")
    assert items[at + 1:at + 3] == ["3 dni robocze", "kurier po 17:00"]


@pytest.mark.parametrize(("typed", "shown"), [
    ("\\# pozycja 14 na fakturze nie zgadza się z zamówieniem", "\\# pozycja 14 na fakturze nie zgadza się z zamówieniem"),
    ("# pozycja 15 też nie", "# pozycja 15 też nie"),
    ("\\- 120 zł, nie 200 zł", "\\- 120 zł, nie 200 zł"),
    ("\\# to jej numer stanowiska na hali", "\\# to jej numer stanowiska na hali"),
], ids=["value", "quoted-hash-guard", "further-line", "summary-line"])
def test_a_backslash_typed_before_a_block_opener_is_shown(tmp_path, typed, shown):
    items = _items(tmp_path, "ola.yaml", OLA)
    # before: "# pozycja 14 …", "- 120 zł, nie 200 zł", "# to jej numer …": the same as a value without it
    assert shown in items


def test_markdown_typed_elsewhere_still_reads_as_markdown(tmp_path):
    """Guard: a backslash before what opens no block is the author's Markdown, read as such."""
    items = _items(tmp_path, "ola.yaml", OLA)
    assert "*ważne* dla księgowej" in items
