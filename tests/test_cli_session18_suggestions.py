"""Suggestions wherever a value is typed on the command line (tester's day 1: L7).

- A kind or an option's choice: `cxkit schema persna` → 'persona'; `cxkit new Persona` takes
  the kind in any case, as `--lang EN`.
- A rule: `cxkit rule pseudo`, `--select unowned` name the rule a prefix or a close spelling
  means (a prefix is still refused: only codes may be shortened).
- An id: `--id Zła_ID` → 'zla_id' (an underscore is valid; the old hint said 'zla-id').
- The persona a new journey names: `--persona tom-backer` → 'tom-baker', as `cxkit lint` says,
  and the same at the question in a terminal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from test_cli_session18_stdin_cache import TOM_EN  # one persona for both files
from cxkit.lint.rule import all_rules
from cxkit.lint.selection import rule_hint
from cxkit.scaffold.new import KnownDocument, closest_id
from cxkit.scaffold.prompts import ask_persona

TOMASZ_NEGATIVE_PL = """\
kind: negative-persona
id: tom-bakers
name: Tomasz Okazja
lang: pl
summary: Kupuje klocki hamulcowe tylko na wyprzedaży w markecie, bez porównywania.
reasons:
  - Części droższe niż 50 zł uważa za wyrzucanie pieniędzy
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace with one English persona; the current folder."""
    (tmp_path / "cxkit.toml").write_text('lang = "en"\npaths = ["personas", "journeys"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "tom-baker.yaml").write_text(TOM_EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- L7: suggestions for kinds and choices -------------------------------------------------------


@pytest.mark.parametrize(("args", "said"), [
    (("schema", "persna"),
     "cxkit: Invalid value for 'KIND': 'persna' is not one of 'persona', 'negative-persona', 'journey'. "
     "Did you mean 'persona'? See `cxkit schema -h`.\n"),
    (("new", "negative_persona", "Janusz Okazja"),
     "cxkit: Invalid value for 'KIND': 'negative_persona' is not one of 'persona', 'negative-persona', 'journey'. "
     "Did you mean 'negative-persona'? See `cxkit new -h`.\n"),
    (("lint", "--fail-level", "eror"),
     "cxkit: Invalid value for '--fail-level': 'eror' is not one of 'error', 'warning', 'info', 'never'. "
     "Did you mean 'error'? See `cxkit lint -h`.\n"),
    (("render", "x.yaml", "--format", "markdwon"), None),
    (("schema", "podróż"),
     "cxkit: Invalid value for 'KIND': 'podróż' is not one of 'persona', 'negative-persona', 'journey'. See `cxkit schema -h`.\n"),
])
def test_a_misspelt_choice_gets_the_closest_one(args, said, ws):
    result = run_cli(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    if said is None:
        assert result.stderr.endswith(". Did you mean 'markdown'? See `cxkit render -h`.\n"), result.stderr
    else:
        assert result.stderr == said


@pytest.mark.parametrize("kind", ["Persona", "PERSONA", "persona"])
def test_new_takes_the_kind_in_any_case_as_lang(kind, ws):
    result = run_cli("new", kind, "Ala Kowalska", "--lang", "PL", "--no-input")
    assert (result.exit_code, result.stdout) == (0, "personas/ala-kowalska.yaml\n"), result.stderr
    text = (ws / "personas" / "ala-kowalska.yaml").read_text(encoding="utf-8")
    assert text.startswith("kind: persona\n") or "\nkind: persona\n" in text


def test_schema_takes_the_kind_in_any_case(ws):
    upper = run_cli("schema", "Negative-Persona")
    assert upper.exit_code == 0 and upper.stdout == run_cli("schema", "negative-persona").stdout


# --- L7: suggestions for rules -------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "hint"), [
    ("pseudo", "; did you mean 'pseudo-profiling'?"),
    ("unowned", "; did you mean 'unowned-opportunity'?"),
    ("Unowned", "; did you mean 'unowned-opportunity'?"),
    ("missing", "; did you mean one of 'missing-negative-persona', 'missing-sources', 'missing-review-date', 'missing-stage'?"),
    ("stage-with", "; did you mean one of 'stage-without-emotion', 'stage-without-touchpoints', "
                   "'stage-without-doing-thinking'?"),
    ("opportunity", "; did you mean 'unowned-opportunity'?"),
    ("duplicate-ids", "; did you mean 'duplicate-id'?"),
    ("cx4o3", "; did you mean 'CX403'?"),
    ("CX9", "; did you mean 'CX409'?"),  # a close spelling of a code since CX409 exists
    ("CX9999", "; `cxkit rules` lists them"),
    ("un", "; `cxkit rules` lists them"),
    ("zzzzzz", "; `cxkit rules` lists them"),
])
def test_rule_hint_names_the_rules_a_prefix_or_a_close_spelling_means(typed, hint):
    assert rule_hint(typed, all_rules()) == hint


@pytest.mark.parametrize(("typed", "meant"), [("pseudo", "pseudo-profiling"), ("unowned", "unowned-opportunity")])
def test_cxkit_rule_suggests_the_rule_a_prefix_names(typed, meant, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("rule", typed)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"cxkit: unknown rule '{typed}'; did you mean '{meant}'?\n"


@pytest.mark.parametrize(("option", "typed", "hint"), [
    ("--select", "unowned", "did you mean 'unowned-opportunity'?"),
    ("--ignore", "pseudo", "did you mean 'pseudo-profiling'?"),
    ("--extend-select", "stale", "did you mean 'stale-review'?"),
    ("--select", "CX4,unknown-pers", "did you mean 'unknown-persona'?"),
])
def test_lint_suggests_the_rule_a_prefix_names_and_still_refuses_it(option, typed, hint, ws):
    result = run_cli("lint", option, typed, "--no-cache")
    assert (result.exit_code, result.stdout) == (2, "")
    wrong = typed.split(",")[-1]
    assert result.stderr == f"cxkit: {option}: unknown rule '{wrong}'; {hint}\n"


def test_a_selector_that_exists_is_not_questioned(ws):
    result = run_cli("lint", "--select", "unowned-opportunity,CX1", "--no-cache", "--format", "json")
    assert result.exit_code == 0 and result.stdout == "[]\n", result.stderr


# --- L7: suggestions for ids and personas ---------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [
    ("Zła_ID", "zla_id"),
    ("Ola Nowak", "ola-nowak"),
    ("ŻANETA_Łęcka-2", "zaneta_lecka-2"),
    ("__ola__nowak__", "ola_nowak"),
    ("ola-", "ola"),
    ("!!!", ""),
])
def test_closest_id_keeps_the_underscores_that_join_words(typed, meant):
    assert closest_id(typed) == meant


def test_new_with_an_invalid_id_suggests_the_closest_valid_one(ws):
    result = run_cli("new", "persona", "Ola Zła", "--id", "Zła_ID", "--no-input")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith("; did you mean 'zla_id'?\n"), result.stderr
    assert sorted(p.name for p in (ws / "personas").iterdir()) == ["tom-baker.yaml"]


def test_new_with_an_invalid_persona_id_suggests_the_closest_valid_one(ws):
    result = run_cli("new", "journey", "Tom orders brake pads", "--persona", "Tom_Baker", "--no-input")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith("is not a valid id (lowercase letters and digits joined by hyphens or underscores); "
                                  "did you mean 'tom_baker'?\n"), result.stderr


def test_new_journey_for_a_misspelt_persona_suggests_it_as_lint_does(ws):
    result = run_cli("new", "journey", "Tom orders brake pads", "--persona", "tom-backer", "--no-input")
    assert (result.exit_code, result.stdout) == (0, "journeys/tom-orders-brake-pads.yaml\n")
    assert result.stderr.splitlines()[0] == (  # then the count of TODOs left (test_new_placeholders_s31)
        "cxkit: note: no persona with id 'tom-backer' in this workspace yet (did you mean 'tom-baker'?); "
        "`cxkit lint` reports it until there is one"
    )
    lint = run_cli("lint", "--select", "unknown-persona", "--no-cache", "journeys")
    assert "persona 'tom-backer' does not exist in the workspace; did you mean 'tom-baker' (Tom Baker)?" in lint.stdout


def test_new_journey_suggests_no_negative_persona_and_nothing_when_nothing_is_close(ws):
    (ws / "personas" / "tom-bakers.yaml").write_text(TOMASZ_NEGATIVE_PL, encoding="utf-8")
    far = run_cli("new", "journey", "Ktoś inny", "--persona", "zenon-kowal", "--no-input")
    assert far.exit_code == 0
    assert far.stderr.splitlines()[0] == ("cxkit: note: no persona with id 'zenon-kowal' in this workspace yet; "
                                          "`cxkit lint` reports it until there is one")
    (ws / "personas" / "tom-baker.yaml").unlink()  # only the negative persona is close now
    close = run_cli("new", "journey", "Tomasz kupuje", "--persona", "tom-backer", "--no-input")
    assert close.exit_code == 0 and "did you mean" not in close.stderr, close.stderr


def test_the_persona_question_suggests_the_closest_persona_in_the_authors_language():
    known = {
        "tom-baker": KnownDocument("tom-baker", "persona", "personas/tom-baker.yaml"),
        "zaneta-lecka": KnownDocument("zaneta-lecka", "persona", "personas/zaneta-lecka.yaml"),
    }
    answers = iter(["tom-backer", "zaneta-lecka"])
    said: list[str] = []
    assert ask_persona("pl", known, ask=lambda _q: next(answers), say=said.append) == "zaneta-lecka"
    assert said[1] == ("W tym projekcie nie ma persony o id „tom-backer”; spróbuj jeszcze raz albo naciśnij Enter. "
                       "Czy chodziło o „tom-baker”?")
    answers = iter(["zzz", ""])
    said.clear()
    assert ask_persona("en", known, ask=lambda _q: next(answers), say=said.append) is None
    assert said[1] == "There is no persona with id 'zzz' in this workspace; try again or press Enter."
