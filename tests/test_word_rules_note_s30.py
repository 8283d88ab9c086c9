"""The note `cxkit lint` gives for documents in another language names the rules that leave them
alone: its hand-written list (langs.WORD_RULES, kept free of the rules' imports) must name every
rule marked Rule.reads_words, besides pseudo-profiling's word lists and language-mismatch, which
stay on but read no words there."""

from __future__ import annotations

from cxkit.langs import WORD_RULES
from cxkit.lint.rule import all_rules


def test_the_note_names_every_rule_that_reads_words() -> None:
    rules = all_rules()
    reading = {name for name, cls in rules.items() if cls.reads_words}
    named = set(WORD_RULES)
    assert reading <= named, f"rules that read words missing from langs.WORD_RULES: {sorted(reading - named)}"
    others = named - reading
    assert others == {"pseudo-profiling's word lists", "language-mismatch"}, others
    assert "language-mismatch" in rules and "pseudo-profiling" in rules
