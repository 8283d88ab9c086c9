"""A list item YAML read as a mapping because its text holds ': ' ("- Cel: …") gets one
message that names the cause and the fix (quotes), not "missing 'text'" plus "unknown field"."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
goals:
{items}
"""


def _lint(tmp_path, monkeypatch, text: str) -> list[dict]:
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "p.yaml")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("item", "key", "fix"), [
    ("  - Cel: odebrać leki w 24 h w Paczkomacie przy Żabce", "Cel",
     'put the whole text in quotes: - "Cel: odebrać leki w 24 h w Paczkomacie przy Żabce"'),
    ("  - Goal: collect her prescription within 24 h", "Goal",
     'put the whole text in quotes: - "Goal: collect her prescription within 24 h"'),
    ("  - Problem: brak informacji\n    sources: [wywiady]", "Problem", 'write it as `text: "Problem: brak informacji"`'),
])
def test_a_trait_with_a_colon_is_one_finding_that_says_to_quote_it(tmp_path, monkeypatch, item, key, fix):
    found = _lint(tmp_path, monkeypatch, PERSONA.format(items=item))
    assert [(f["line"], f["column"]) for f in found] == [(6, 5)]
    message = found[0]["message"]
    assert message.startswith(f"'goals[1st]' was read as the mapping '{key}': ")
    assert "': ' in an unquoted value starts a key" in message
    assert message.endswith(fix)
    assert "missing required field" not in message and "x-" not in message


def test_a_misspelt_field_keeps_its_suggestion(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, PERSONA.format(items="  - txt: Biega 30 km tygodniowo"))
    messages = [f["message"] for f in found]
    # One typo, one finding (session 22, tester 6 F9): not also "missing required field 'text'".
    assert messages == ["unknown field 'txt' in 'goals[1st]'; did you mean 'text'?"]


def test_other_problems_of_the_same_item_are_still_reported(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, PERSONA.format(items="  - Cel: odebrać leki\n    sources: {a: 1}"))
    assert len(found) == 2
    assert found[0]["message"].startswith("'goals[1st]' was read as the mapping 'Cel'")
    assert "sources" in found[1]["message"]


def test_a_journey_barrier_and_touchpoint_with_a_colon(tmp_path, monkeypatch):
    text = (
        "kind: journey\nid: j\nname: Zamówienie leków\npersona: ola\nstages:\n  - id: zakup\n    name: Zakup\n"
        "    barriers:\n      - Problem: brak informacji o dostawie leków Rx\n"
        "    touchpoints:\n      - Infolinia: dzwoni w sprawie statusu\n"
    )
    found = _lint(tmp_path, monkeypatch, text)
    assert [(f["line"], f["column"]) for f in found] == [(9, 9), (11, 9)]
    assert found[0]["message"].endswith('put the whole text in quotes: - "Problem: brak informacji o dostawie leków Rx"')
    assert found[1]["message"].endswith(
        'put the whole text in quotes: - "Infolinia: dzwoni w sprawie statusu", or name the channel apart: '
        'channel: "Infolinia", description: "dzwoni w sprawie statusu"'
    )


def test_a_mapping_item_where_a_mapping_is_expected_is_not_taken_for_text(tmp_path, monkeypatch):
    # Sources are mappings, never text: an unknown key there keeps the usual message.
    text = PERSONA.format(items="  - Biega") + "sources:\n  - id: s\n    Typ: ankieta\n"
    found = _lint(tmp_path, monkeypatch, text)
    assert found and all("was read as the mapping" not in f["message"] for f in found)


@pytest.mark.parametrize(("items", "unknown"), [
    # A trait with its text and a key of the author's: the usual message, with its `x-` advice.
    ("  - text: Kupuje co tydzień w Biedronce\n    komentarz: z wywiadu 3", "komentarz"),
    ("  - text: Buys 3 times a week\n    note: from interview 2\n    sources: [wywiady]", "note"),
    # The unknown key is not the item's first: not the `- Key: value` shape.
    ("  - sources: [wywiady]\n    Cel: odebrać leki", "Cel"),
])
def test_an_item_with_its_text_or_a_later_unknown_key_keeps_the_usual_message(tmp_path, monkeypatch, items, unknown):
    found = _lint(tmp_path, monkeypatch, PERSONA.format(items=items))
    messages = [f["message"] for f in found]
    assert f"unknown field '{unknown}' in 'goals[1st]' (put your own data under a key that starts with 'x-')" in messages
    assert not any("was read as the mapping" in m for m in messages)


def test_a_touchpoint_with_a_channel_and_a_key_of_its_own_keeps_the_usual_message(tmp_path, monkeypatch):
    text = (
        "kind: journey\nid: j\nname: Zamówienie leków\npersona: ola\nstages:\n  - id: zakup\n    name: Zakup\n"
        "    touchpoints:\n      - channel: web\n        url: https://apteka.example/koszyk\n"
    )
    found = _lint(tmp_path, monkeypatch, text)
    assert [f["message"] for f in found] == [
        "unknown field 'url' in 'stages[zakup].touchpoints[1st]' (put your own data under a key that starts with 'x-')"
    ]
