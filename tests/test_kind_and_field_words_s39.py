"""The schema's (CX002) "did you mean" for a kind or a field in other words (session 39, reviewers' leftovers).

- `kind: negative-journey` was offered, and fixed by `fmt --fix`, as `negative-persona` also in a file with
  no negative persona's keys: it names a journey as much; the keys say which, else a person does.
- `kind: personaa` was asked "persona or negative persona?": one letter more is a slip of `persona`.
- `kind: customer-journey` over an old journey's keys got "expected one of…": it is a journey's name.
- A journey's `objectives:` as a list was told "did you mean 'goal'?" (and renamed by `fmt --fix`), then
  "'goal' must be text": it is told at once that the goal is one text, and left to a person.
- `title:` was not told to be `name` (as `tytuł:` was); a persona's `title:` beside its `name:` is a job
  title, told to be `demographics.occupation`.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli


def lint(tmp_path, monkeypatch, text: str, config: str = "") -> list[tuple[int, int, str]]:
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "d.yaml")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def fix(tmp_path, monkeypatch, text: str) -> str:
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("fmt", "--fix", "d.yaml")
    assert result.exception is None, result.stderr
    return (tmp_path / "d.yaml").read_text(encoding="utf-8")


NEGATIVE_JOURNEY = """\
kind: negative-journey
id: nie-kupi-roweru-cargo
name: Kto nie kupi roweru cargo
"""


def test_a_negative_journey_with_no_telling_keys_is_asked_which_s39(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, NEGATIVE_JOURNEY) == [(1, 7, (
        "unknown kind 'negative-journey'; is it a journey or a negative persona (whom you do not design for)? "
        "write `kind: journey` or `kind: negative-persona`"))]
    assert fix(tmp_path, monkeypatch, NEGATIVE_JOURNEY) == NEGATIVE_JOURNEY, "a person says which"


def test_a_negative_journey_is_asked_which_in_polish_too_s39(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, NEGATIVE_JOURNEY, 'lang = "pl"\n') == [(1, 7, (
        "nieznany rodzaj „negative-journey”; to ścieżka czy persona negatywna (ktoś, dla kogo nie projektujesz)? "
        "napisz `kind: journey` albo `kind: negative-persona`"))]


@pytest.mark.parametrize(("keys", "kind"), [
    ("reasons:\n  - Mieszka na 4. piętrze bez windy i nie ma gdzie trzymać roweru\n", "negative-persona"),
    ("stages:\n  - id: rozwazanie\n    name: Rozważanie\n    touchpoints: [forum]\n    emotion: -1\n", "journey"),
])
def test_the_keys_say_which_s39(tmp_path, monkeypatch, keys, kind):
    found = lint(tmp_path, monkeypatch, NEGATIVE_JOURNEY + keys)
    assert len(found) == 1 and found[0][:2] == (1, 7)
    assert f"did you mean '{kind}'?" in found[0][2]


PERSONAA = """\
kind: personaa
id: ola-biegaczka
name: Ola Nowak
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
"""


def test_one_letter_more_is_a_slip_of_persona_s39(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, PERSONAA) == [(1, 7, "unknown kind 'personaa'; did you mean 'persona'?")]
    assert fix(tmp_path, monkeypatch, PERSONAA) == PERSONAA.replace("personaa", "persona")


@pytest.mark.parametrize("kind", ["nopersona", "superpersona"])
def test_a_word_more_still_reads_both_ways_or_negative_s39(tmp_path, monkeypatch, kind):
    found = lint(tmp_path, monkeypatch, PERSONAA.replace("personaa", kind))
    assert "did you mean 'persona'?" not in found[0][2]


OLD_JOURNEY = """\
kind: customer-journey
id: ola-kupuje-buty
title: Ola kupuje buty do biegania
persona: ola-biegaczka
objectives:
  - Kupić buty przed półmaratonem w kwietniu
  - Zmieścić się w 500 zł
phases:
  - id: rozwazanie
    name: Rozważanie
    touchpoints: [forum bieganie.pl]
    emotion: -1
  - id: zakup
    name: Zakup
    touchpoints: [sklep online]
    emotion: 1
"""


def test_a_customer_journey_is_a_journey_s39(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, OLD_JOURNEY) == [(1, 7, "unknown kind 'customer-journey'; did you mean 'journey'?")]


def test_fix_renames_the_kind_title_and_phases_but_leaves_objectives_s39(tmp_path, monkeypatch):
    fixed = fix(tmp_path, monkeypatch, OLD_JOURNEY)
    assert fixed.startswith("kind: journey\nid: ola-kupuje-buty\nname: Ola kupuje buty do biegania\n")
    assert "\nstages:\n" in fixed and "\nobjectives:\n" in fixed and "goal" not in fixed
    assert lint(tmp_path, monkeypatch, fixed) == [(5, 1, (
        "unknown field 'objectives'; did you mean 'goal'? (one text, not a list: write it as one sentence, and "
        "keep the rest under 'x-objectives')"))]
    assert lint(tmp_path, monkeypatch, fixed, 'lang = "pl"\n') == [(5, 1, (
        "nieznane pole `objectives`; czy chodziło o `goal`? (to jeden tekst, nie lista: zapisz go jednym zdaniem, "
        "a resztę zostaw pod `x-objectives`)"))]


def test_one_objective_as_text_is_still_renamed_to_goal_s39(tmp_path, monkeypatch):
    text = OLD_JOURNEY.replace("kind: customer-journey", "kind: journey").replace("title:", "name:").replace(
        "phases:", "stages:").replace("objectives:\n  - Kupić buty przed półmaratonem w kwietniu\n  - Zmieścić się w 500 zł\n",
                                      "objectives: Kupić buty przed półmaratonem w kwietniu\n")
    assert lint(tmp_path, monkeypatch, text) == [(5, 1, "unknown field 'objectives'; did you mean 'goal'?")]
    assert "\ngoal: Kupić buty przed półmaratonem w kwietniu\n" in fix(tmp_path, monkeypatch, text)


def test_a_personas_title_beside_its_name_is_its_occupation_s39(tmp_path, monkeypatch):
    text = PERSONAA.replace("personaa", "persona").replace("name: Ola Nowak\n", "name: Ola Nowak\ntitle: Kierowniczka sklepu\n")
    assert lint(tmp_path, monkeypatch, text) == [(4, 1, "unknown field 'title'; did you mean 'demographics.occupation'?")]
    assert fix(tmp_path, monkeypatch, text) == text, "moved by a person, not renamed to a second name"
