"""One list of look-alike spaces for the parse error and the schema finding (session 23, RT-4): a key
or an item that starts with any of them is told by the schema, and a line indented with any of them by
the YAML error, and both say where they likely came from in the same words."""

from __future__ import annotations

import pytest

from cxkit.model.validate import pasted_spaces
from cxkit.yamlio import LOOKALIKE_SPACES, PASTED_HINT, load_text

SPACES = sorted(LOOKALIKE_SPACES)


def test_the_list_is_the_space_separators_but_the_ordinary_space_and_the_ogham_mark():
    import unicodedata

    separators = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"}
    assert set(LOOKALIKE_SPACES) == separators - {" ", "\u1680"}


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(c):04X}" for c in SPACES])
def test_each_space_is_told_by_the_schema_and_by_the_parse_error(space):
    assert pasted_spaces(space * 2 + "age") is not None
    # `city:` followed by that space, under `demographics:`: a parse error, in the same words.
    loaded = load_text(f"kind: persona\nid: ola\nname: Ola\ndemographics:\n  age: 34\n  city:{space}Kraków\n")
    [problem] = loaded.problems
    assert (problem.line, problem.column) == (6, 8) and PASTED_HINT in problem.message
