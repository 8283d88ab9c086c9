"""Polish findings: a quoted text that holds the author's own double quotes shows them as the inner Polish
marks (»…«), so each quote stays one: „Ceni »jakość«”, not „Ceni "jakość"” (the English twin has shown
them as single quotes since f9350b58)."""

from __future__ import annotations

import json

import pytest
from conftest import enter_workspace, run_cli

from cxkit.lint.polish import q, quoted


def _persona(trait: str, lang: str = "pl") -> str:
    return (f"kind: persona\nid: ola\nname: Ola Nowak\nlang: {lang}\nsummary: Księgowa z Lublina\n"
            f"behaviours:\n  - '{trait}'\nsources: [{{id: s, type: interview, date: 2026-09-01, n: 12}}]\n"
            "reviewed: 2026-11-01\n")


@pytest.mark.parametrize(("text", "shown"), [
    ('Ceni "jakość"', "„Ceni »jakość«”"),
    ('"Eko" i "bio"', "„»Eko« i »bio«”"),
    ('Dba o "zdrowie', "„Dba o »zdrowie”"),
    ("Ceni jakość", "„Ceni jakość”"),
])
def test_q_shows_the_texts_own_double_quotes_as_inner_polish_marks(text, shown):
    assert q(text) == shown
    assert quoted([text, text]) == shown


def test_a_polish_finding_quotes_a_phrase_with_the_authors_quotes_as_one_quote(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                    files={"personas/ola.yaml": _persona('Ceni "jakość" ponad wszystko')})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", "CX101").stdout)
    assert [f["message"].split(" opisuje")[0] for f in found] == ["„Ceni »jakość«”"]
