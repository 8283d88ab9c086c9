"""Rule names are English; a Polish team looks a rule up by its Polish title (session 34, tester35's
M-5): `cxkit rule pozorne-profilowanie` said only "unknown rule".  Now the words of a rule's Polish
title, inflected or without diacritics, find the rule meant, in `cxkit rule` and `--select` alike."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


def rule(name: str):
    return CliRunner().invoke(app, ["rule", name], env={"COLUMNS": "200"})


@pytest.mark.parametrize(("asked", "meant"), [
    ("pozorne-profilowanie", "'pseudo-profiling' (CX101)"),
    ("pozornego profilowania", "'pseudo-profiling' (CX101)"),
    ("brak-zrodel", "'missing-sources' (CX301)"),
    ("Brak źródeł", "'missing-sources' (CX301)"),
    ("punkty-styku", "'stage-without-touchpoints' (CX402)"),
    ("etap bez emocji", "'stage-without-emotion' (CX401)"),
    ("odwrotnosc persony", "'mirrored-negative-persona' (CX204)"),
])
def test_a_polish_title_finds_the_rule(asked: str, meant: str) -> None:
    result = rule(asked)
    assert result.exit_code == 2
    assert result.stderr == f"cxkit: unknown rule '{asked}'; rule names are English: did you mean {meant}?\n"


def test_a_polish_keyword_of_several_rules_names_them_all() -> None:
    result = rule("emocje")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: unknown rule 'emocje'; rule names are English: did you mean one of "
                             "'stage-without-emotion' (CX401), 'feeling-contradicts-emotion' (CX409)?\n")


def test_select_gets_the_same_hint(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--select", "pozorne-profilowanie", "."])
    assert result.exit_code == 2
    assert "unknown rule 'pozorne-profilowanie'; rule names are English: did you mean 'pseudo-profiling' (CX101)?" \
        in result.stderr


def test_english_typos_and_words_keep_their_hints() -> None:
    assert rule("stale-reviw").stderr == "cxkit: unknown rule 'stale-reviw'; did you mean 'stale-review'?\n"
    assert rule("pseudo-profilng").stderr == "cxkit: unknown rule 'pseudo-profilng'; did you mean 'pseudo-profiling'?\n"
    assert rule("xyzzy").stderr == "cxkit: unknown rule 'xyzzy'; `cxkit rules` lists them\n"


def test_every_titled_rule_is_a_rule() -> None:
    from cxkit.lint.polish_names import TITLES
    from cxkit.lint.rule import all_rules

    own = {name for name, cls in all_rules().items() if cls.__module__.startswith("cxkit.")}
    assert set(TITLES) == own
