"""Session 22, tester 6 (F10, the list-item half): `- „Cel: kupić sukienkę”` is read as a mapping,
because „ ” are letters to YAML, not quotes.  The message said "': ' in an unquoted value" and to
quote it, though she had: it now names the typographic quote and gives straight quotes."""

from __future__ import annotations

import json

from conftest import run_cli

PERSONA = "kind: persona\nid: ola\nname: Ola\nlang: pl\ngoals:\n{item}\n"


def _schema(tmp_path, monkeypatch, item: str) -> list[tuple[int, int, str]]:
    (tmp_path / "ola.yaml").write_text(PERSONA.format(item=item), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "ola.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def test_a_list_item_in_polish_typographic_quotes_is_told_to_use_straight_ones(tmp_path, monkeypatch):
    found = _schema(tmp_path, monkeypatch, "  - „Cel: kupić sukienkę na wesele siostry”")
    assert found == [(6, 5, (
        "'goals[1st]' was read as the mapping '„Cel': 'kupić sukienkę na wesele siostry”', not as text: „ is a "
        "typographic quote, which YAML reads as text, not as a quote, so the ': ' starts a key; use straight "
        "quotes: - \"Cel: kupić sukienkę na wesele siostry\", or - \"„Cel: kupić sukienkę na wesele siostry”\" to "
        "keep the typographic ones in the text"))]


def test_english_curly_quotes_too(tmp_path, monkeypatch):
    [(_line, _col, message)] = _schema(tmp_path, monkeypatch, "  - “Goal: a dress for her sister’s wedding”")
    assert "“ is a typographic quote" in message
    assert "use straight quotes: - \"Goal: a dress for her sister’s wedding\"" in message


def test_guard_an_unquoted_item_keeps_its_message(tmp_path, monkeypatch):
    [(_line, _col, message)] = _schema(tmp_path, monkeypatch, "  - Cel: kupić sukienkę")
    assert message.endswith("': ' in an unquoted value starts a key; put the whole text in quotes: - \"Cel: kupić sukienkę\"")
