"""A `kind` written in the team's words for a negative persona (`antypersona`, `nie-klient`,
`negatywna`, `non-persona`) is offered, and fixed to, `negative-persona`, never `persona`, also when
the file has no `reasons:` yet and its keys (summary, behaviours, goals) fit both kinds; a word that
may mean either (`nicht-persona`, `persona/antypersona`, `creative-persona`) is offered both and
fixed to neither (tester40's H1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import en_ws, pl_ws  # noqa: F401  (the fixtures)

#: A first write-up of a negative persona in a Polish workspace: no `reasons:` yet.
FIRST_DRAFT_PL = """\
kind: {kind}
id: student-bez-zdolnosci
name: Student bez zdolności kredytowej
summary: Student bez stałych dochodów, który pyta o kredyt hipoteczny bez wkładu własnego.
behaviours:
  - Porównuje oferty w internecie i dzwoni na infolinię trzech banków naraz
"""

FIRST_DRAFT_EN = """\
kind: {kind}
id: bargain-hunter
name: Bargain hunter
lang: en
summary: Switches bank for a one-off bonus and closes the account after the bonus is paid.
goals:
  - Collect every account-opening bonus on offer this year
"""

NEGATIVE_WORDS_PL = ["antypersona", "anty-persona", "Antypersona", "negatywna", "persona-negatywna",
                     "persona negatywna", "negatywna-persona", "nie-klient", "nieklient", "antyklient", "anty"]
NEGATIVE_WORDS_EN = ["non-persona", "nonpersona", "anti_persona", "antipersona", "negative", "Negative Persona",
                     "not a customer", "non-customer", "exclusion-persona", "negative-personas"]


@pytest.mark.parametrize("kind", NEGATIVE_WORDS_PL)
def test_a_polish_negative_word_is_offered_and_fixed_to_negative_persona_s38(pl_ws: Path, kind: str) -> None:
    (pl_ws / "n.yaml").write_text(FIRST_DRAFT_PL.format(kind=kind), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    assert lint.exception is None and lint.exit_code == 1
    assert lint.stdout.splitlines()[0] == (
        f"n.yaml:1:7: error CX002 [*] nieznany rodzaj „{kind}”; czy chodziło o „negative-persona”? [schema]")
    fixed = run_cli("fmt", "--fix", "n.yaml")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    text = (pl_ws / "n.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "kind: negative-persona"
    assert text.splitlines()[1:] == FIRST_DRAFT_PL.format(kind=kind).splitlines()[1:]


@pytest.mark.parametrize("kind", NEGATIVE_WORDS_EN)
def test_an_english_negative_word_is_fixed_to_negative_persona_s38(en_ws: Path, kind: str) -> None:
    (en_ws / "n.yaml").write_text(FIRST_DRAFT_EN.format(kind=kind), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    assert lint.stdout.splitlines()[0] == (
        f"n.yaml:1:7: error CX002 [*] unknown kind '{kind}'; did you mean 'negative-persona'? [schema]")
    assert run_cli("fmt", "--fix", "n.yaml").exit_code == 0
    assert (en_ws / "n.yaml").read_text(encoding="utf-8").startswith("kind: negative-persona\n")


@pytest.mark.parametrize("kind", ["positive-persona", "pozytywna", "persona-pozytywna", "buyer-persona", "persna",
                                  "Persona", "persony"])
def test_a_persona_word_is_still_fixed_to_persona_s38(en_ws: Path, kind: str) -> None:
    (en_ws / "p.yaml").write_text(FIRST_DRAFT_EN.format(kind=kind), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "p.yaml")
    assert lint.stdout.splitlines()[0] == f"p.yaml:1:7: error CX002 [*] unknown kind '{kind}'; did you mean 'persona'? [schema]"
    assert run_cli("fmt", "--fix", "p.yaml").exit_code == 0
    assert (en_ws / "p.yaml").read_text(encoding="utf-8").startswith("kind: persona\n")


@pytest.mark.parametrize("kind", ["nicht-persona", "superpersona", "persona/antypersona", "persona | negative-persona",
                                  "persona lub antypersona", "pozytywna-negatywna", "creative-persona"])
def test_a_word_that_reads_both_ways_is_offered_both_and_fixed_to_neither_s38(en_ws: Path, kind: str) -> None:
    text = FIRST_DRAFT_EN.format(kind=f'"{kind}"')
    (en_ws / "b.yaml").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "b.yaml")
    assert lint.exit_code == 1
    assert lint.stdout.splitlines()[0] == (
        f"b.yaml:1:7: error CX002 unknown kind '{kind}'; is it a persona or a negative persona (whom you do not "
        "design for)? write `kind: persona` or `kind: negative-persona` [schema]")
    assert "[*]" not in lint.stdout
    run_cli("fmt", "--fix", "b.yaml")
    assert (en_ws / "b.yaml").read_text(encoding="utf-8") == text


def test_the_polish_workspace_says_both_in_polish_s38(pl_ws: Path) -> None:
    (pl_ws / "b.yaml").write_text(FIRST_DRAFT_PL.format(kind="nicht-persona"), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "b.yaml")
    assert lint.stdout.splitlines()[0] == (
        "b.yaml:1:7: error CX002 nieznany rodzaj „nicht-persona”; to persona czy persona negatywna (ktoś, dla kogo "
        "nie projektujesz)? napisz `kind: persona` albo `kind: negative-persona` [schema]")


def test_reasons_decide_a_word_that_reads_both_ways_s38(en_ws: Path) -> None:
    text = FIRST_DRAFT_EN.format(kind="superpersona") + "reasons:\n  - Leaves as soon as the bonus is paid\n"
    (en_ws / "n.yaml").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    assert lint.stdout.splitlines()[0] == ("n.yaml:1:7: error CX002 [*] unknown kind 'superpersona'; its keys say it is "
                                           "a negative-persona: did you mean 'negative-persona'? [schema]")
    assert run_cli("fmt", "--fix", "n.yaml").exit_code == 0
    assert (en_ws / "n.yaml").read_text(encoding="utf-8").startswith("kind: negative-persona\n")


def test_a_negative_word_over_a_journeys_keys_is_left_to_a_person_s38(en_ws: Path) -> None:
    text = ("kind: antypersona\nid: bonus-hunt\nname: Bonus hunt\npersona: bargain-hunter\nlang: en\nstages:\n"
            "  - id: sign-up\n    name: Sign-up\n    touchpoints: [Comparison site]\n    emotion: 1\n")
    (en_ws / "j.yaml").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "j.yaml")
    assert lint.stdout.splitlines()[0] == ("j.yaml:1:7: error CX002 unknown kind 'antypersona'; its keys say it is a "
                                           "journey: did you mean 'journey'? [schema]")
    run_cli("fmt", "--fix", "j.yaml")
    assert (en_ws / "j.yaml").read_text(encoding="utf-8") == text


def test_the_kind_under_another_key_reads_both_ways_too_s38(pl_ws: Path) -> None:
    (pl_ws / "t.yaml").write_text("typ: nicht-persona\nid: student\nname: Student\ncele:\n  - Kupić mieszkanie\n",
                                  encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "t.yaml")
    assert lint.stdout.splitlines()[0] == (
        "t.yaml:1:1: error CX002 nieznany klucz `typ`; czy chodziło o `kind`? (klucz, który mówi, czym jest plik: "
        "napisz `kind: persona` albo `kind: negative-persona`, a także `goals:` zamiast `cele:`) [schema]")
    (pl_ws / "t.yaml").write_text("typ: antypersona\nid: student\nname: Student\ncele:\n  - Kupić mieszkanie\n",
                                  encoding="utf-8")
    assert "napisz `kind: negative-persona`" in run_cli("lint", "--select", "schema", "t.yaml").stdout


def test_a_polish_did_you_mean_with_renames_is_polish_s38(pl_ws: Path) -> None:
    (pl_ws / "n.yaml").write_text("kind: negatywna\nid: student\nname: Student\npowody:\n  - Brak zdolności kredytowej\n",
                                  encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    assert lint.stdout.splitlines()[0] == (
        "n.yaml:1:7: error CX002 [*] nieznany rodzaj „negatywna”; czy chodziło o „negative-persona”? "
        "(wtedy napisz `reasons:` zamiast `powody:`) [schema]")
