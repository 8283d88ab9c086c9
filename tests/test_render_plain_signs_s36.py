"""`-f md-plain` keeps a value's leading sign, hash, quote mark or number (session 36, fixAA36).

The plain-Markdown export (for Confluence and Notion) wrote each value at the start of a list
item as it was, so a depreciation barrier "- 35% amortyzacji części" became a nested bullet
"35% amortyzacji części" (the minus gone), "+ 1 840 zł dopłaty" lost its plus, a `doing` line
"# pozycja 14: zderzak" became a heading inside the list and "> „…”" a quote. Such a first
character now gets CommonMark's backslash escape, and the exports are parsed back with
markdown-it (CommonMark, the parser Confluence's Markdown paste is built on) to check what a
reader sees. Markdown the author meant (an own "- " bullet before words, **bold**) still reads as
Markdown.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from cxkit.cli import app

KOSZTORYS = """\
kind: journey
id: krystyna-kosztorys
name: Krystyna czyta kosztorys naprawy
persona: krystyna-zolkiewska
lang: pl
summary: |
  Kosztorys przychodzi mailem w piątek po 18:00.
  # tego nikt jej nie tłumaczy
stages:
  - id: kosztorys
    name: Kosztorys i akceptacja naprawy
    doing: |-
      Czyta kosztorys z warsztatu:
      # pozycja 14: zderzak
      > „amortyzacja części”
      - 35% od ceny części
      - dzwoni do agentki
      2. dopłata na miejscu
    emotion: -2
    barriers:
      - "- 35% amortyzacji części bez wyjaśnienia"
      - "+ 1 840 zł dopłaty w warsztacie"
      - "**Brak** pisemnego uzasadnienia"
    opportunities:
      - action: "1. krok: podsumowanie kosztorysu prostym językiem"
        owner: Dział likwidacji szkód (Jan Kowalczyk)
"""

KOSZTORYS_STAGE = """\
## 1. Kosztorys i akceptacja naprawy (`kosztorys`)

- **Działania:** Czyta kosztorys z warsztatu:
    - \\# pozycja 14: zderzak
    - \\> „amortyzacja części”
    - \\- 35% od ceny części
    - dzwoni do agentki
    - 2\\. dopłata na miejscu
- **Emocje:** -2 bardzo źle
- **Bariery:**
    - \\- 35% amortyzacji części bez wyjaśnienia
    - \\+ 1 840 zł dopłaty w warsztacie
    - **Brak** pisemnego uzasadnienia
- **Usprawnienia:**
    - 1\\. krok: podsumowanie kosztorysu prostym językiem — _Dział likwidacji szkód (Jan Kowalczyk)_
"""

CLAIM_EN = """\
kind: journey
id: dan-escape-of-water
name: Dan claims for an escape of water
persona: dan-plumber
lang: en
stages:
  - id: settlement
    name: Settlement letter
    doing: |-
      Reads the settlement letter:
      - checks the excess
      + £45 admin fee he was never told about
    emotion: -1
    pain_points:
      - "- £250 excess taken twice"
      - "> quoted from the policy wording, not explained"
      - "### Section 4.2 applies"
"""

CLAIM_EN_STAGE = """\
## 1. Settlement letter (`settlement`)

- **Doing:** Reads the settlement letter:
    - checks the excess
    - \\+ £45 admin fee he was never told about
- **Emotion:** -1 negative
- **Pain points:**
    - \\- £250 excess taken twice
    - \\> quoted from the policy wording, not explained
    - \\### Section 4.2 applies
"""


def _export(folder: Path, name: str, text: str, lang: str) -> str:
    (folder / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(folder / name), "-f", "md-plain"],
                                env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def _stage_section(page: str) -> str:
    start = page.index("\n## 1. ") + 1
    end = page.index("\nPlik:" if "Plik:" in page else "\nFile:", start)
    return page[start:end].rstrip("\n") + "\n"


def _items(page: str) -> list[str]:
    """Every list item's own text (its first paragraph, without nested items), as CommonMark reads the page."""
    tokens = MarkdownIt("commonmark").parse(page)
    return [_text(tok) for i, tok in enumerate(tokens)
            if tok.type == "inline" and i >= 2 and tokens[i - 1].type == "paragraph_open"
            and tokens[i - 2].type == "list_item_open"]


def _text(tok: Token) -> str:
    """The text a reader sees of an inline token: its children's text, markup dropped."""
    return "".join(child.content for child in tok.children or [] if child.type in ("text", "code_inline"))


def test_a_polish_barriers_sign_and_a_doing_lines_hash_quote_and_number_are_kept(tmp_path: Path) -> None:
    page = _export(tmp_path, "kosztorys.yaml", KOSZTORYS, "pl")
    assert _stage_section(page) == KOSZTORYS_STAGE
    items = _items(page)
    for seen in ("- 35% amortyzacji części bez wyjaśnienia", "+ 1 840 zł dopłaty w warsztacie",
                 "# pozycja 14: zderzak", "> „amortyzacja części”", "- 35% od ceny części",
                 "2. dopłata na miejscu"):
        assert seen in items, (seen, items)
    html = MarkdownIt("commonmark").render(page)
    # One heading per level the export writes: the title, the stage; nothing from the values.
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1
    assert "<blockquote>" not in html and "<ol" not in html
    # The barriers are three items of one list, none nested under another.
    start = html.index("<strong>Bariery:</strong>")
    barriers = html[start:html.index("</ul>", start)]
    assert barriers.count("<ul>") == 1 and barriers.count("<li>") == 3
    # Markdown the author meant stays Markdown: her "- " bullet before words is an item, **Brak** bold.
    assert "<li>dzwoni do agentki</li>" in html and "<strong>Brak</strong> pisemnego uzasadnienia" in html
    # A summary line that starts with "#" is a paragraph, not a heading of the page.
    assert "<p># tego nikt jej nie tłumaczy</p>" in html
    # No escape where nothing opens a block: "-35%" without a space and "#niejasne" are written as in
    # the file (no backslash for Slack to show).
    other = tmp_path / "inna"
    other.mkdir()
    journey = KOSZTORYS.replace('"- 35% amortyzacji części bez wyjaśnienia"', '"-35% amortyzacji, #niejasne"')
    assert "    - -35% amortyzacji, #niejasne\n" in _export(other, "kosztorys.yaml", journey, "pl")


def test_an_english_claims_pain_points_keep_their_signs(tmp_path: Path) -> None:
    page = _export(tmp_path, "escape.yaml", CLAIM_EN, "en")
    assert _stage_section(page) == CLAIM_EN_STAGE
    items = _items(page)
    for seen in ("- £250 excess taken twice", "> quoted from the policy wording, not explained",
                 "### Section 4.2 applies", "+ £45 admin fee he was never told about", "checks the excess"):
        assert seen in items, (seen, items)
    html = MarkdownIt("commonmark").render(page)
    assert html.count("<h3>") == 0 and "<blockquote>" not in html

