"""tester43, finding 12: "Prefers to speak to a person" was reported as *built only from generic words
("speak")*, one word quoted as if it were the whole trait.  A trait whose only generic word stands among
stopwords and short words is quoted whole now, with that word and "words that carry no detail" (in Polish
"słów, które nie wnoszą szczegółów"); a trait of one word, of several generic words, or with a label or a
denied run beside its generic word keeps the list of its generic words."""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from rule_helpers import run

RULE = "pseudo-profiling"
HINT = "say what the person did, when, where, how often or with which product, shop or channel"
HINT_PL = "napisz, co ta osoba zrobiła, kiedy, gdzie, jak często albo z jakim produktem, sklepem czy kanałem"


def _persona(lang: str, *traits: str, summary: str | None = None) -> str:
    lines = ["kind: persona", "id: p", "name: Kelly Brooks", f"lang: {lang}"]
    if summary is not None:
        lines.append(f"summary: {json.dumps(summary, ensure_ascii=False)}")
    lines.append("behaviours:")
    lines += [f"  - {json.dumps(t, ensure_ascii=False)}" for t in traits]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("lang", "trait", "word"), [
    ("en", "Prefers to speak to a person", "speak"),  # fails before: 'built only from generic words ("speak")'
    ("en", "Has a disability", "disability"),  # fails before
    ("en", "Likes nice things", "nice"),  # fails before
    ("pl", "Ma długi", "długi"),  # fails before
    ("pl", "Nie lubi kolejek", "kolejek"),  # fails before
])
def test_one_generic_word_among_stopwords_is_quoted_with_its_trait(tmp_path, monkeypatch, lang, trait, word):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": _persona(lang, trait)}, RULE)
    assert [f.message for f in found] == [
        f'"{trait}" is built only from generic words ("{word}") and words that carry no detail; make it specific: '
        f"{HINT}"]


def test_the_summary_says_so_too(tmp_path, monkeypatch):
    text = _persona("en", "Pays council tax in cash at the PayPoint in the Co-op every Friday", summary="Has a disability")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, RULE)
    assert [f.message for f in found] == [  # fails before
        f'summary: "Has a disability" is built only from generic words ("disability") and words that carry no '
        f"detail; make it specific: {HINT}"]


def test_a_polish_workspace_says_it_in_polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/p.yaml": _persona("pl", "Ma długi"), "personas/e.yaml":
                           _persona("en", "Prefers to speak to a person").replace("id: p", "id: e")})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", RULE).stdout)
    assert sorted((f["path"], f["message"]) for f in found) == [  # fails before
        ("personas/e.yaml", "„Prefers to speak to a person” składa się wyłącznie z ogólnych słów („speak”) i słów, "
                            f"które nie wnoszą szczegółów; doprecyzuj: {HINT_PL}"),
        ("personas/p.yaml", f"„Ma długi” składa się wyłącznie z ogólnych słów („długi”) i słów, które nie wnoszą "
                            f"szczegółów; doprecyzuj: {HINT_PL}"),
    ]


@pytest.mark.parametrize(("lang", "trait", "words"), [
    ("en", "Letters", '"Letters"'),  # guards: the word is the trait
    ("en", "Calls the council", '"Calls", "council"'),  # several generic words
    ("en", "Lubi ładne rzeczy [INT-07]", '"ładne"'),  # a source's label beside it
    ("en", "Doesn't use mobile banking and likes nice things", '"nice"'),  # a denied run beside it: a fact
    ("pl", "Potrzebuje wsparcia", '"Potrzebuje", "wsparcia"'),
])
def test_otherwise_the_generic_words_are_listed_as_before(tmp_path, monkeypatch, lang, trait, words):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": _persona(lang, trait)}, RULE)
    assert [f.message for f in found] == [f"built only from generic words ({words}); make it specific: {HINT}"]
