"""A text field written in brackets: `owner: "[Marta]"` is a placeholder, `owner: [Marta]` a YAML list.

Quoted, "[Marta]" and "<Marta>" are both a template's slot (CX501 placeholder), and so is
`owner: <Marta>` without quotes, a plain text.  Without quotes the brackets make a list: the
document does not fit the format (CX002), and the message said only "must be text, not a list",
which the author, who wrote a name, could not connect with what is on the line.  It now names what
was written and what the brackets did; a list written as one keeps the short message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: marta-kupuje-buty
name: Marta kupuje buty do biegania
lang: pl
persona: marta-biegaczka
goal: Kupić buty do biegania przed maratonem w Krakowie
stages:
  - id: decision
    name: Decyzja
    opportunities:
      - action: Pokazać zwroty do 30 dni na karcie produktu
        owner: {owner}
"""


def findings(tmp_path: Path, owner: str, select: str = "schema,placeholder,unowned-opportunity") -> list[tuple[int, int, str, str]]:
    path = tmp_path / "marta.yaml"
    path.write_text(JOURNEY.format(owner=owner), encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", select, str(path))
    assert result.exception is None
    return [(f["line"], f["column"], f["rule"], f["message"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("owner", ['"[Marta]"', '"<Marta>"', "<Marta>", "'[Marta Jezierska]'"])
def test_a_name_in_a_slot_is_a_placeholder_however_it_is_bracketed(tmp_path, owner):
    written = owner.strip("\"'")
    assert findings(tmp_path, owner) == [(
        12, 16, "placeholder",
        f"unfilled placeholder '{written}' in 'stages[decision].opportunities[1st].owner'; fill it in from your "
        "research or remove it",
    )]


def test_a_name_in_brackets_without_quotes_is_told_as_written(tmp_path):
    assert findings(tmp_path, "[Marta]") == [(
        12, 16, "schema",
        "'stages[decision].opportunities[1st].owner' must be text, not a list: the brackets of '[Marta]' make it a YAML "
        "list; write the text without them ('owner: Marta')",
    )]


def test_two_names_in_brackets_become_one_text(tmp_path):
    assert findings(tmp_path, "[Marta Jezierska, Zespół CX]")[0][3].endswith(
        "the brackets of '[Marta Jezierska, Zespół CX]' make it a YAML list; write the text without them "
        "('owner: Marta Jezierska, Zespół CX')"
    )


def test_a_value_that_needs_quotes_is_suggested_in_quotes(tmp_path):
    assert findings(tmp_path, '["Zespół CX: Marta"]')[0][3].endswith(
        "write the text without them ('owner: \"Zespół CX: Marta\"')"
    )


@pytest.mark.parametrize("owner", ["[owner]", "[imię i nazwisko]", "[TODO]"])
def test_a_slot_word_in_brackets_is_to_be_filled_not_unbracketed(tmp_path, owner):
    assert findings(tmp_path, owner)[0][3].endswith(
        f"the brackets of '{owner}' make it a YAML list; it looks like a slot left from a template: write the "
        "real value in its place, without brackets"
    )


def test_a_list_written_as_a_list_keeps_the_short_message(tmp_path):
    assert findings(tmp_path, "\n          - Marta") == [(
        13, 11, "schema", "'stages[decision].opportunities[1st].owner' must be text, not a list",
    )]


def test_a_persona_owner_in_brackets(tmp_path):
    path = tmp_path / "marta.yaml"
    path.write_text("kind: persona\nid: marta-biegaczka\nname: Marta Kowalska\nlang: pl\nowner: [Zespół CX]\n",
                    encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "schema", str(path))
    assert result.exit_code == 1
    assert ("marta.yaml:5:8: error CX002 'owner' must be text, not a list: the brackets of '[Zespół CX]' make it a "
            "YAML list; write the text without them ('owner: Zespół CX') [schema]") in result.stdout
