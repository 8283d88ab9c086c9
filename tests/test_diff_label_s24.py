"""Session 24 (regress24 R24-1): the label `cxkit diff` shows beside an index in text and markdown
(`opportunities[0] ("…").owner`) is unambiguous: a `"` inside it is escaped, and a label cut short
leaves no bracket or quote open.  JSON's `item_labels` give the label whole (session 31)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

HEAD = """\
kind: journey
id: zakupy
name: Zakupy online
persona: anna
stages:
  - id: koszyk
    name: Koszyk
    emotion: -1
    opportunities:
"""


def _write(tmp_path, action: str):
    for name, owner in (("a.yaml", "Zespół B"), ("b.yaml", "Zespół C")):
        (tmp_path / name).write_text(HEAD + f"      - action: '{action}'\n        owner: {owner}\n", encoding="utf-8")
    return str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")


@pytest.fixture(autouse=True)
def _columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")


def test_a_quote_inside_the_label_is_escaped_in_text_and_markdown(tmp_path):
    a, b = _write(tmp_path, 'Dodać przycisk "Kup teraz" (w koszyku)')
    text = run_cli("diff", a, b)
    assert text.exception is None
    # Since session 28 the label is in the document's quotes, after the item's place in its list.
    assert '1. Koszyk › Usprawnienia #1 „Dodać przycisk "Kup teraz" (w koszyku)” › Właściciel' in text.stdout
    md = run_cli("diff", "-f", "md", a, b).stdout
    assert '1. Koszyk › Usprawnienia `#1` „Dodać przycisk "Kup teraz" (w koszyku)” › Właściciel' in md
    # JSON: the path is bare and the label is the item's text itself.
    entry = json.loads(run_cli("diff", "-f", "json", a, b).stdout)[0]
    assert entry["path"] == "stages[koszyk].opportunities[0].owner"
    assert entry["item_labels"] == {"stages[koszyk].opportunities[0]": 'Dodać przycisk "Kup teraz" (w koszyku)'}


def test_a_cut_label_comes_before_a_bracket_it_would_leave_open(tmp_path):
    a, b = _write(tmp_path, "Pokazać datę dostawy (np. „środa, 12 marca”) już w koszyku")
    out = run_cli("diff", a, b).stdout
    assert 'Usprawnienia #1 „Pokazać datę dostawy…” › Właściciel: Zespół' in out
    md = run_cli("diff", "-f", "md", a, b).stdout
    assert '1. Koszyk › Usprawnienia `#1` „Pokazać datę dostawy…” › Właściciel' in md
    # JSON gives the label whole, uncut (since session 31: a script needs the name, not its first words).
    entry = json.loads(run_cli("diff", "-f", "json", a, b).stdout)[0]
    assert entry["item_labels"] == {"stages[koszyk].opportunities[0]": "Pokazać datę dostawy (np. „środa, 12 marca”) już w koszyku"}


def test_a_bracket_opened_early_is_closed_after_the_ellipsis(tmp_path):
    a, b = _write(tmp_path, "SMS (przypomnienie o porzuconym koszyku po 30 minutach i rabat 5%)")
    out = run_cli("diff", a, b).stdout
    assert 'Usprawnienia #1 „SMS (przypomnienie o porzuconym…)” › Właściciel: Zespół' in out


def test_a_short_label_is_shown_whole(tmp_path):
    a, b = _write(tmp_path, "Czat w aplikacji 24/7")
    assert 'Usprawnienia #1 „Czat w aplikacji 24/7” › Właściciel: Zespół' in run_cli("diff", a, b).stdout
