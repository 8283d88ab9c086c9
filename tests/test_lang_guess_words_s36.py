"""The language guess reads a document's words in two C passes of a code page, session 36 (issue #7).

In a workspace whose config says `lang = "pl"`, `language-mismatch` asks the language of every
journey that states none, and the guess split the whole document into words with a regex, after
a regex scan for comments: about a third of a millisecond a journey, 14% more CPU for a cold lint
of the bench corpus in Polish than in English.  Now a document without a `#` is not scanned for
comments, and one written in ASCII, Latin-1 and the Polish letters is split in two C passes
(`_words`); the regex still reads the others (a Czech letter, an emoji).  The words, and so the
guess, are the same.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit import workspace
from cxkit.workspace import guess_lang, other_lang

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty trailowe
persona: ola-biegaczka
reviewed: 2026-10-12
stages:
  - id: awareness
    name: Świadomość
    doing: Ogląda na YouTube test butów Salomon, który poleca jej klubowy trener
    emotion: 1
  - id: purchase
    name: Zakup
    doing: Zamawia buty za 649 zł przez aplikację InPost, płaci BLIK-iem po wypłacie 10-go
    barriers:
      - Nie wie, czy rozmiar 39 będzie pasował na grubszą skarpetę
"""

JOURNEY_EN = """\
kind: journey
id: tom-renews-insurance
name: Tom renews his car insurance
persona: tom-commuter
stages:
  - id: consideration
    name: Consideration
    doing: Compares three quotes on a comparison site the evening before the renewal date
    thinking: "Won't pay £40 more for the same cover — café receipts say he's already over budget"
"""


class _Counting:
    """A compiled pattern that counts the calls of one method."""

    def __init__(self, pattern: re.Pattern[str], method: str) -> None:
        self.pattern, self.method, self.calls = pattern, method, 0

    def __getattr__(self, name: str):
        if name == self.method:
            self.calls += 1
        return getattr(self.pattern, name)


def test_a_journey_without_comments_or_other_letters_is_read_without_the_regexes(monkeypatch):
    words = _Counting(workspace._WORD, "findall")
    comments = _Counting(workspace._COMMENT, "sub")
    monkeypatch.setattr(workspace, "_WORD", words)
    monkeypatch.setattr(workspace, "_COMMENT", comments)
    assert guess_lang(JOURNEY_PL, None, "en") == "pl"
    assert guess_lang(JOURNEY_EN, None, "pl") == "en"
    assert other_lang(JOURNEY_PL) is None
    assert (words.calls, comments.calls) == (0, 0)
    # A comment is still left out, and a Czech letter still read by the regex.
    commented = JOURNEY_EN + "# Notatka: ta ścieżka jest z wywiadów w Poznaniu, nie w Leeds, się nie zgadza\n"
    assert guess_lang(commented, None, "pl") == "en" and comments.calls == 1
    assert guess_lang(JOURNEY_PL.replace("Świadomość", "Povědomí"), None, "en") == "pl" and words.calls == 1


def test_the_guess_reads_the_same_words_as_the_regex():
    pattern = re.compile(r"\w+")
    for text in (JOURNEY_PL, JOURNEY_EN, JOURNEY_PL.upper(), "naïve café — Müller’s 1½ l… ŻÓŁW_2\u00a0x\u2028y",
                 "Kupuje 2×w tygodniu, ok. 35–40 zł; “Lubi” „cenę”", "a\ufffeb c", ""):
        assert workspace._words(text) == pattern.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    [chr(c) for c in range(0x20, 0x180)] + list("ĄąĆćĘęŁłŃńŚśŹźŻż“”„‘’–—…•\n\t_ěščř\u00ad\u0301\U0001F3C3")),
    max_size=80))
def test_any_text_gives_the_regex_words(text):
    assert workspace._words(text) == re.findall(r"\w+", text)
