"""`-f md-plain`: a value's line starting with a code fence or an HTML tag keeps its characters.

Before (review81, after fixAA36's escapes for `-`, `+`, `#`, `>`, `1.`): a `doing` line
"~~~ przerwa na telefon do agentki" opened a fenced code block in CommonMark, the words taken for its
language and nothing shown; "<!-- do uzupełnienia przez warsztat" opened an HTML comment that hides
the rest of the page in a browser; a barrier "<b>Brak</b> kosztorysu" became an HTML block; a
`thinking` line "[1]: https://…" was read as a link reference definition and not shown at all. The
export is parsed back with markdown-it (CommonMark), as the other plain-Markdown tests do."""

from __future__ import annotations

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """\
kind: journey
id: krystyna-kosztorys
name: Krystyna czyta kosztorys naprawy
persona: krystyna-zolkiewska
lang: pl
stages:
  - id: kosztorys
    name: Kosztorys i akceptacja naprawy
    thinking: |-
      Skąd ta amortyzacja? Sprawdzę w raporcie:
      [1]: https://rankomat.pl/raport-oc-2026
    doing: |-
      Czyta kosztorys z warsztatu:
      ~~~ przerwa na telefon do agentki
      ```
      <!-- do uzupełnienia przez warsztat
      <5 dni na odpowiedź
    emotion: -1
    barriers:
      - "<b>Brak</b> kosztorysu w aplikacji"
      - "~~~"
    opportunities:
      - action: Wysyłać kosztorys w aplikacji z objaśnieniem pozycji
        owner: Zespół aplikacji mobilnej
  - id: akceptacja
    name: Akceptacja naprawy
    emotion: 0
"""


def export(tmp_path) -> str:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "kosztorys.yaml").write_text(JOURNEY, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(tmp_path / "kosztorys.yaml"), "-f", "md-plain"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_fences_and_html_at_the_start_of_an_item_stay_text(tmp_path):
    md = export(tmp_path)
    tokens = MarkdownIt("commonmark").parse(md)
    assert [t.type for t in tokens if t.type in ("fence", "code_block", "html_block")] == []
    html = MarkdownIt("commonmark").render(md)
    for text in ("~~~ przerwa na telefon do agentki", "<li>```</li>", "&lt;!-- do uzupełnienia przez warsztat",
                 "<li>&lt;b&gt;Brak", "<li>~~~</li>"):
        assert text in html, text
    assert "<!--" not in html  # an inline tag later in the line (</b>) is inline HTML, as the author typed it
    assert "Akceptacja naprawy" in html  # the page after the comment's line is still there


def test_a_line_that_reads_as_a_link_reference_definition_is_shown(tmp_path):
    """CommonMark takes `[1]: https://…` at the start of a paragraph or an item for a link reference
    definition and shows nothing of it: the author's source line vanished."""
    md = export(tmp_path)
    assert "    - \\[1]: https://rankomat.pl/raport-oc-2026" in md.splitlines()
    assert "[1]: https://rankomat.pl/raport-oc-2026" in MarkdownIt("commonmark").render(md)


def test_a_less_than_sign_before_a_number_is_left_as_written(tmp_path):
    md = export(tmp_path)
    assert "    - <5 dni na odpowiedź" in md.splitlines()
    assert "&lt;5 dni na odpowiedź" in MarkdownIt("commonmark").render(md)
