"""How cxkit decides the language of a document that does not declare `lang`."""

from __future__ import annotations

import pytest

from cxkit.workspace import guess_lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish without a single Polish letter is still Polish.
        ("name: Ola\nsummary: Biega po parku i kupuje buty w Decathlonie\n", "pl"),
        ("name: Paweł\nsummary: Słucha muzyki nocą, gdy dzieci śpią\n", "pl"),
        # An English persona who lives in Łódź stays English.
        ("name: Dan\nsummary: Runs a heating firm in Łódź with his brother and buys tools every month\n", "en"),
        # Comments do not count: a Polish team may annotate an English file.
        ("# Uwaga: źródła uzupełnić po wywiadach w październiku\nname: Dan\nsummary: Runs a firm with his brother\n", "en"),
    ],
)
def test_language_is_guessed_from_the_words_not_the_letters(text, expected):
    assert guess_lang(text, None, None) == expected


def test_declared_language_wins():
    assert guess_lang("summary: Biega po parku i kupuje buty\n", "en", None) == "en"


def test_configured_default_decides_a_document_with_no_clue():
    text = "kind: persona\nid: x\nname: X\n"
    assert guess_lang(text, None, "pl") == "pl"
    assert guess_lang(text, None, None) == "en"


def test_a_very_long_word_is_read_in_linear_time():
    # Render guesses the language of a document without `lang:`; a 300 KB run of letters with no
    # Polish one made the guess backtrack from every position (about 70 s for 100 KB, minutes
    # for more), stalling any CI step that renders. Linear, it takes milliseconds: 5 s is a hang.
    import time

    start = time.process_time()
    assert guess_lang("kind: persona\ngoals:\n  - " + "x" * 300_000 + " się\n", None, None) == "pl"
    assert time.process_time() - start < 5


# --- the fast count finds what the word patterns find --------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from cxkit.workspace import _EN_WORDS, _PL_WORDS, _word_counts  # noqa: E402

_PIECES = ["się", "SIĘ", "Że", "nie", "w", "W", "z", "o", "dla", "the", "The", "AND", "of", "every", "Łódź", "żółw",
           "zażółć", "gęślą", "jaźń", "kot", "x", "_", "3", "2x", "Paweł", "ąę", "café", "İstanbul", "ſ", "ǅ", "ß",
           "ﬁ", "Ω", "ŉ", "ﬀ", "NİE", "ſie", "K", "a", "wa", "the_end", "się_", " ", "  ", "\n", "-", ",", ".", "'", "—", "\t", "#"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_word_counts_are_what_the_word_patterns_count(pieces):
    body = "".join(pieces)
    assert _word_counts(body) == (len(_PL_WORDS.findall(body)), len(_EN_WORDS.findall(body)))


def test_the_word_counts_of_the_examples_are_what_the_word_patterns_count():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parent.parent / "examples").rglob("*.yaml")):
        body = path.read_text(encoding="utf-8")
        assert _word_counts(body) == (len(_PL_WORDS.findall(body)), len(_EN_WORDS.findall(body))), path
