"""The Polish texts of `cxkit rule NAME` (lint/rule_docs_pl.py: each rule's "why", details and options' descriptions)
cannot drift from the rule docstrings they say the same as: rule_docs_pl.SOURCES records a digest of the English each
was written from, and a change to that English fails here until the Polish is brought in line (review108, session 40).

The other tests of the Polish texts check their shape (a Polish heading, as many paragraphs as the English, an option
for every option); a new edge case written into a docstring's paragraph, or an option's range changed, passed them
all while `cxkit rule NAME` in a Polish workspace went on describing the rule as it was.
"""

from __future__ import annotations

import pytest

from cxkit.lint import rule_docs_pl as pl
from cxkit.lint.docs import parse_rule_doc
from cxkit.lint.rule import all_rules

RULES = all_rules()


def _english() -> dict[str, str]:
    """The English each Polish text stands for, by its key in SOURCES."""
    out: dict[str, str] = {}
    for name in pl.WHY:
        out[f"{name}/why"] = parse_rule_doc(RULES[name]).why
    for name in pl.DETAILS:
        out[f"{name}/details"] = parse_rule_doc(RULES[name]).body
    for name in pl.OPTIONS:
        for key, _, description in parse_rule_doc(RULES[name]).options:
            out[f"{name}/options/{key}"] = description
    return out


ENGLISH = _english()


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_each_polish_text_was_written_from_the_english_the_docstring_holds_s40(key):
    now = pl.source_digest(ENGLISH[key])
    assert pl.SOURCES.get(key) == now, (
        f"the English of {key} is not the text its Polish was written from: make rule_docs_pl's text say what the "
        f"docstring says now, then set SOURCES[{key!r}] = {now!r}")


def test_sources_list_every_polish_text_and_nothing_else_s40():
    assert set(pl.SOURCES) == set(ENGLISH)


def test_the_digest_reads_the_words_not_the_line_breaks_s40():
    # A docstring re-wrapped to another width says the same: its Polish need not change.
    assert pl.source_digest("Ids are unique\n  across all kinds.") == pl.source_digest("Ids are unique across all kinds.")
    assert pl.source_digest("Ids are unique across all kinds.") != pl.source_digest("Ids are unique across kinds.")
