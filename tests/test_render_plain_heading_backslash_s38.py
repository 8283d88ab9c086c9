"""`-f md-plain` keeps an author's backslash before a heading's closing `#` (review of a14c60b1).

A heading's text ending in ` #` (`Stanowisko #`) would lose its `#`, read by CommonMark as the closing sequence,
so md-plain escapes it (`Stanowisko \\#`).  A name its author ended with ` \\#` was written as it was: a reader took
it for that very escape and showed `Stanowisko #`, the backslash the terminal, HTML and Markdown views show gone,
and two different names read the same.  a14c60b1 mended the same case at the start of a value's line; the heading
is mended here: the author's backslash is escaped in turn (`Stanowisko \\\\#`).  Parsed back with markdown-it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}

PERSONA = """kind: persona
id: ola-warsztat
name: {name}
lang: pl
summary: Prowadzi warsztat w Poznaniu i zamawia części online dwa razy w tygodniu.
"""

JOURNEY = """kind: journey
id: dan-orders-parts
name: {name}
persona: dan-plumber
lang: en
stages:
  - id: order
    name: Order
    doing: Checks the supplier's price list.
    emotion: -1
"""


def _headings(folder: Path, text: str) -> list[str]:
    """What a CommonMark reader shows of each heading of the md-plain export of ``text``."""
    (folder / "doc.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(folder / "doc.yaml"), "-f", "md-plain"], env=ENV)
    assert result.exit_code == 0, result.stderr
    tokens = MarkdownIt("commonmark").parse(result.stdout)
    return ["".join(child.content for child in tokens[i + 1].children or [] if child.type in ("text", "code_inline"))
            for i, token in enumerate(tokens) if token.type == "heading_open"]


@pytest.mark.parametrize(("typed", "shown"), [
    ('"Ola Nowak \\\\#"', "Ola Nowak \\#"),  # YAML "…\\#": the name ends with a backslash and a #
    ("Ola Nowak \\##", "Ola Nowak \\##"),
    ('"Ola Nowak #"', "Ola Nowak #"),  # guard: md-plain's own escape still keeps a plain `#`
    ("Ola C\\# Nowak", "Ola C# Nowak"),  # guard: a backslash elsewhere is the author's Markdown, read as such
], ids=["backslash-hash", "backslash-two-hashes", "plain-hash-guard", "inline-markdown-guard"])
def test_a_persona_name_ending_in_an_escaped_hash_keeps_its_backslash_s38(tmp_path, typed, shown):
    assert shown in _headings(tmp_path, PERSONA.format(name=typed))  # before: "Ola Nowak #", "Ola Nowak ##"


def test_an_english_journey_name_too_s38(tmp_path):
    headings = _headings(tmp_path, JOURNEY.format(name="Dan orders pads \\#"))
    assert "Dan orders pads \\#" in headings  # before: "Dan orders pads #"
    assert "Dan orders pads #" not in headings
