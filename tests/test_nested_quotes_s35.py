"""pseudo-profiling (CX101): a phrase that holds the author's own double quotes is quoted as one quote, its
inner marks single ("Leads an 'active lifestyle'"), and a mark of the author's pair is not cut off at the
phrase's edge ("Values 'quality'", not "Values "quality"); a phrase with no double quotes reads as before."""

from __future__ import annotations

import pytest
import yaml

from cxkit.api import lint_text


def _messages(lang: str, trait: str, field: str = "behaviours") -> list[str]:
    doc = {
        "kind": "persona", "id": "ola", "name": "Ola Nowak" if lang == "pl" else "Jane Doe", "lang": lang,
        "sources": [{"id": "s", "type": "interview", "date": "2026-09-01", "n": 12}], "reviewed": "2026-11-01",
    }
    if field == "summary":
        doc["summary"] = trait
    else:
        doc[field] = [trait]
    return [f.message for f in lint_text(yaml.safe_dump(doc, allow_unicode=True), select="CX101", baseline=False)]


@pytest.mark.parametrize(("lang", "trait", "quoted"), [
    ("en", 'Leads an "active lifestyle"', "\"Leads an 'active lifestyle'\" describes almost anyone"),
    ("en", 'Values "quality" above all', "\"Values 'quality'\" describes almost anyone"),
    ("pl", 'Dba o "zdrowie"', "\"Dba o 'zdrowie'\" describes almost anyone"),
    ("pl", 'Ceni "jakość" ponad wszystko', "\"Ceni 'jakość'\" describes almost anyone"),
    ("pl", 'Mieszka w "dużym mieście"', "\"Mieszka w 'dużym mieście'\" describes almost anyone"),
])
def test_the_authors_double_quotes_inside_a_quoted_phrase_are_single(lang, trait, quoted):
    messages = _messages(lang, trait)
    assert len(messages) == 1 and messages[0].startswith(quoted), messages


@pytest.mark.parametrize(("lang", "trait", "quoted"), [
    ("en", "Leads an 'active lifestyle'", "\"Leads an 'active lifestyle'\" describes almost anyone"),
    ("pl", "Prowadzi „aktywny tryb życia”", "\"aktywny tryb życia\" describes almost anyone"),
    ("en", "Leads an active lifestyle", "\"Leads an active lifestyle\" describes almost anyone"),
    ("pl", "Ceni jakość", "\"Ceni jakość\" describes almost anyone"),
])
def test_a_phrase_without_double_quotes_is_quoted_as_before(lang, trait, quoted):
    messages = _messages(lang, trait)
    assert len(messages) == 1 and messages[0].startswith(quoted), messages


def test_every_quote_in_a_message_is_closed():
    for lang, trait in [("en", 'She is "tech-savvy" and "busy"'), ("en", 'Values "quality" above all'),
                        ("pl", 'Ceni "jakość" i dba o "zdrowie"')]:
        for message in _messages(lang, trait):
            head = message.split(" describe")[0]
            assert head.count('"') % 2 == 0, message
