"""Review 8 of the hint for a line of a `|` or `>` text a space off (session 22, c995f39).

- A key a space off after a text, with its own list or mapping under it (`goals:` then `  - ...`),
  is a key to align, as it was told before the hint came: not a line to indent into the text.
- A line short of the text, followed by the next key at the text's key's own column, is told
  alone: the key after it stays a key.
"""

from __future__ import annotations

import pytest

from cxkit.yamlio import load_text

PERSONA_PL = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
summary: |
  Ola prowadzi sklep z ceramiką w Krakowie.
  Sprzedaje głównie przez Instagram.
 goals:
  - text: Wystawić fakturę w 2 minuty
"""

JOURNEY_EN = """\
kind: journey
id: priya-escape-of-water
name: Priya's escape-of-water claim
lang: en
persona: priya-shah
stages:
  - id: first-call
    name: First notice of loss
    doing: |
      Phones the claims line at 7:40.
      Waits on hold for 25 minutes.
     touchpoints:
      - Claims line
      - SMS with the claim number
"""


@pytest.mark.parametrize(("text", "position", "words"), [
    (PERSONA_PL, (8, 2), "`goals:` is indented one space more than `summary:` above it (line 5), so it cannot start "
                         "a key of that mapping; align `goals:` with `summary:` (column 1)"),
    (JOURNEY_EN, (12, 6), "`touchpoints:`"),
])
def test_a_key_a_space_off_with_its_block_under_it_is_a_key_to_align(text: str, position: tuple[int, int],
                                                                      words: str) -> None:
    for ends in ("\n", "\r\n"):
        [problem] = load_text(text.replace("\n", ends)).problems
        assert (problem.line, problem.column) == position
        assert words in problem.message
        assert "as every line of that text" not in problem.message


THINKING_PL = """\
kind: journey
id: zakup-roweru-cargo
name: Zakup elektrycznego roweru cargo
lang: pl
persona: joanna-rower-cargo
stages:
  - id: rozwazanie
    name: Rozważanie
    thinking: >
      Czy to się opłaca przy dwójce dzieci?
      Ile kosztuje serwis po gwarancji?
    Pewnie za drogo jak na nasz budżet.
    feeling: niepewność
    emotion: -1
"""


def test_a_line_short_of_the_text_is_told_alone_not_with_the_key_after_it() -> None:
    for ends in ("\n", "\r\n"):
        [problem] = load_text(THINKING_PL.replace("\n", ends)).problems
        assert (problem.line, problem.column) == (12, 5)
        assert problem.message == (
            "invalid YAML: this line is indented 2 spaces less than the other lines of the `thinking: >` text "
            "(line 9), so YAML ends the text above it and cannot read it; indent it with 6 spaces, as every line "
            "of that text must be (its text in column 7)"
        )
        # As told, the file reads, `feeling` still a key of the stage.
        mended = THINKING_PL.replace("    Pewnie", "      Pewnie")
        loaded = load_text(mended)
        assert loaded.problems == [] and loaded.data["stages"][0]["feeling"] == "niepewność"
