"""pseudo-profiling (CX101) quotes a phrase whole, and only with the words of the trait: an emoji or a mark
after "Leads an active lifestyle" is not quoted, and the number "35-latka" is joined to is taken back to the
tab or line break before it, not to the last space of the trait."""

from __future__ import annotations

import pytest

from cxkit.api import lint_text

_HEAD = """kind: persona
id: ola
name: Ola Nowak
lang: {lang}
summary: Księgowa z Lublina, prowadzi biuro przy ul. Narutowicza 12
goals: [Zamknąć miesiąc w 3 dni robocze]
sources: [{{id: s, type: interview, date: 2026-09-01, n: 12}}]
reviewed: 2026-11-01
behaviours:
"""


def _messages(lang: str, item: str) -> list[str]:
    return [f.message for f in lint_text(_HEAD.format(lang=lang) + item, select="CX101", baseline=False)]


@pytest.mark.parametrize(("lang", "item", "quoted"), [
    ("en", '  - "Leads an active lifestyle 🏃‍♀️🔥"\n', '"Leads an active lifestyle" describes'),
    ("en", '  - "Busy professional ✨"\n', '"Busy professional" describes'),
    ("pl", '  - "Prowadzi aktywny tryb życia 💪"\n', '"aktywny tryb życia" describes'),
    ("pl", '  - "Klientka\\t35-latka z dziećmi"\n', '"35-latka z dziećmi" describes'),
    # Since session 41 a run of generic words beside the phrase is quoted too ("Klientka sklepu"), each part
    # apart: still no quote across the block's line break.
    ("pl", "  - |\n    Klientka sklepu\n    35-latka z dziećmi\n", '"Klientka sklepu", "35-latka z dziećmi" describe '),
])
def test_the_quote_is_the_phrase_and_its_words_only(lang, item, quoted):
    messages = _messages(lang, item)
    assert len(messages) == 1 and messages[0].startswith(quoted), messages


def test_a_plain_tail_is_still_quoted_whole():
    assert _messages("en", "  - Leads an active lifestyle\n")[0].startswith('"Leads an active lifestyle" describes')
