"""Session 22, tester 6 (F5, F10): two YAML slips got the parser's own words or advice that did not
fit.  `-Kupić buty` (a list item without the space after its dash) was "could not find expected
':'" on the line after it; `name: „Ola: kocha modę”` was told to quote a value she had quoted, with
typographic quotes, which YAML reads as letters."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

GOALS = """\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Kupić sukienkę na wesele siostry w czerwcu 2027
  -Kupić buty do sukienki
{more}"""


def _found(tmp_path, monkeypatch, text: str) -> list[tuple[int, int, str, str]]:
    (tmp_path / "ola.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "ola.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [(f["line"], f["column"], f["rule"], f["message"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("more", ["", "  - Oddać za duże buty\n", "needs:\n  - Darmowy zwrot\n"])
def test_a_list_item_without_the_space_after_its_dash(tmp_path, monkeypatch, more):
    found = _found(tmp_path, monkeypatch, GOALS.format(more=more))
    assert found == [(7, 3, "yaml-syntax",
                      "invalid YAML: a list item needs a space after its dash: write `- Kupić buty do sukienki`")]


def test_guard_a_negative_number_or_a_lone_item_keeps_the_readers_words(tmp_path, monkeypatch):
    text = "kind: persona\nid: ola\nname: Ola\ngoals:\n  - Kupić sukienkę\n  -5 zł rabatu\n"
    [(_l, _c, rule, message)] = _found(tmp_path, monkeypatch, text)
    assert rule == "yaml-syntax" and "needs a space after its dash" not in message


def test_a_value_in_polish_typographic_quotes_with_a_colon(tmp_path, monkeypatch):
    text = "kind: persona\nid: ola\nname: „Ola: kocha modę”\ngoals:\n  - Kupić sukienkę na wesele w czerwcu 2027\n"
    found = _found(tmp_path, monkeypatch, text)
    assert found == [(3, 11, "yaml-syntax", (
        "invalid YAML: the ': ' here starts a key where none can stand: „ is a typographic quote, which YAML "
        "reads as text, not as a quote; use straight quotes: \"Ola: kocha modę\", or '„Ola: kocha modę”' to "
        "keep the typographic ones in the text"))]


def test_guard_an_unquoted_value_with_a_colon_keeps_its_advice(tmp_path, monkeypatch):
    text = "kind: persona\nid: ola\nname: Ola: kocha modę\ngoals:\n  - Kupić sukienkę na wesele w czerwcu 2027\n"
    [(_l, _c, _r, message)] = _found(tmp_path, monkeypatch, text)
    assert message == ("invalid YAML: the ': ' here, inside an unquoted value, starts a key where none can stand; "
                       "put the whole value in quotes: 'Ola: kocha modę'")
