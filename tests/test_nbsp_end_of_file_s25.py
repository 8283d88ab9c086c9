"""Session 25: no-break spaces that are text are not blamed for an error at the end of the file.

The no-break-space advice names a look-alike space only when the file, with an ordinary space
there, reads past the line where the parser stopped.  Since adb6399 a position past the end of the
file is shown on the last line that holds anything; the advice compared the parser's new stopping
point with that shown line instead of the parser's own, so an unclosed `[` on the last line was
blamed on no-break spaces in a quotation above it.  The advice now uses the parser's line; the
problem is still shown on the last line.  A file without a final line break, or with blank lines
after the last one, is told the same.
"""

from __future__ import annotations

import pytest

from cxkit.yamlio import load_text

QUOTED = ("kind: persona\nid: anna\nnotes: |\n  Cytat:\n  \xa0\xa0„Nie mam czasu”\n  \xa0\xa0„Ani cierpliwości”\n"
          "goals: [Założyć konto")
TRAIT = ("kind: persona\nid: zofia\nname: Zofia\xa0Nowak\nbehaviours:\n  - Uwaga:\xa0kupuje\xa0w Żabce\n"
         "  - Płaci kartą, 1\xa0200 zł miesięcznie\n  - [Płaci BLIK-iem")
ENDINGS = ["", "\n", "\r\n", "\n\n\n", "\n  \n"]


@pytest.mark.parametrize("ending", ENDINGS, ids=["no-break", "LF", "CRLF", "blank-lines", "spaces-line"])
@pytest.mark.parametrize(("text", "where"), [(QUOTED, (7, 22)), (TRAIT, (7, 20))], ids=["quotation", "trait"])
def test_an_unclosed_list_on_the_last_line_is_not_blamed_on_no_break_spaces_in_text(text, where, ending):
    problems = load_text(text + ending).problems
    assert [(p.line, p.column, p.message) for p in problems] == [(*where, (
        "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"))]


@pytest.mark.parametrize("ending", ENDINGS, ids=["no-break", "LF", "CRLF", "blank-lines", "spaces-line"])
def test_a_no_break_space_that_is_the_error_is_still_named_at_the_end_of_the_file(ending):
    # Guard: a list indented with no-break spaces, last in the file, is named whatever follows it.
    text = "kind: persona\nid: anna\nname: Anna\ngoals:\n  - Zablokować kartę\n\xa0\xa0- Zapłacić BLIKIEM" + ending
    problems = load_text(text).problems
    assert [(p.line, p.column, p.message.split(" (pasted")[0]) for p in problems] == [
        (6, 1, "invalid YAML: this line starts with 2 no-break spaces (U+00A0)")]
