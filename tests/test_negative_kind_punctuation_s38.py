"""Review of 7e488393 (tester40's H1): a negative persona's kind word written with brackets or other
punctuation between its words (`persona (negatywna)`, `persona [negatywna]`), or glued where cxkit knows
no word of it (`personanegatywna`), was read as no word at all, so a persona's keys (summary,
behaviours) decided, and `fmt --fix` wrote `kind: persona`: the opposite meaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import en_ws, pl_ws  # noqa: F401  (the fixtures)

FIRST_DRAFT_PL = """\
kind: "{kind}"
id: emeryt-bez-bankowosci
name: Emeryt bez bankowości internetowej
summary: Emeryt, który płaci rachunki na poczcie i nie zakłada konta w aplikacji.
behaviours:
  - Płaci rachunki w okienku na poczcie
"""

FIRST_DRAFT_EN = """\
kind: "{kind}"
id: bonus-hunter
name: Bonus hunter
lang: en
summary: Switches bank for a one-off bonus and closes the account after the bonus is paid.
goals:
  - Collect every account-opening bonus on offer this year
"""


@pytest.mark.parametrize("kind", ["persona (negatywna)", "persona [negatywna]", "persona: negatywna", "persona—negatywna",
                                  "„antypersona”"])
def test_a_negative_word_among_punctuation_is_fixed_to_negative_persona_s38(pl_ws: Path, kind: str) -> None:
    (pl_ws / "n.yaml").write_text(FIRST_DRAFT_PL.format(kind=kind), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    assert "czy chodziło o „negative-persona”? [schema]" in lint.stdout.splitlines()[0], lint.stdout
    assert "persona”?" not in lint.stdout.replace("negative-persona”?", "")
    assert run_cli("fmt", "--fix", "n.yaml").exit_code == 0
    assert (pl_ws / "n.yaml").read_text(encoding="utf-8").startswith("kind: negative-persona\n")


@pytest.mark.parametrize("kind", ["personanegatywna", "persona-non-grata"])
def test_a_negative_sounding_word_cxkit_cannot_read_is_never_fixed_to_persona_s38(en_ws: Path, kind: str) -> None:
    text = FIRST_DRAFT_EN.format(kind=kind)
    (en_ws / "n.yaml").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    first = lint.stdout.splitlines()[0]
    assert "its keys say it is a persona" not in first and "[*]" not in first, first
    run_cli("fmt", "--fix", "n.yaml")
    assert (en_ws / "n.yaml").read_text(encoding="utf-8") == text


def test_a_persona_word_in_brackets_is_still_fixed_to_persona_s38(en_ws: Path) -> None:
    (en_ws / "p.yaml").write_text(FIRST_DRAFT_EN.format(kind="persona (b2b)"), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "p.yaml")
    assert lint.stdout.splitlines()[0].endswith("did you mean 'persona'? [schema]"), lint.stdout
    assert run_cli("fmt", "--fix", "p.yaml").exit_code == 0
    assert (en_ws / "p.yaml").read_text(encoding="utf-8").startswith("kind: persona\n")


def test_an_english_negative_word_in_brackets_is_fixed_to_negative_persona_s38(en_ws: Path) -> None:
    (en_ws / "n.yaml").write_text(FIRST_DRAFT_EN.format(kind="customer (excluded)"), encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "n.yaml")
    assert lint.stdout.splitlines()[0] == (
        "n.yaml:1:7: error CX002 [*] unknown kind 'customer (excluded)'; did you mean 'negative-persona'? [schema]")
    assert run_cli("fmt", "--fix", "n.yaml").exit_code == 0
    assert (en_ws / "n.yaml").read_text(encoding="utf-8").startswith("kind: negative-persona\n")


def test_a_negative_sounding_word_under_another_key_is_asked_both_ways_s38(pl_ws: Path) -> None:
    # `typ: personanegatywna` was "missing `kind`; its keys say it is a persona: add `kind: persona`".
    text = FIRST_DRAFT_PL.replace('kind: "{kind}"', "typ: personanegatywna")
    (pl_ws / "t.yaml").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--select", "schema", "t.yaml")
    assert lint.stdout.splitlines()[0] == (
        "t.yaml:1:1: error CX002 nieznany klucz `typ`; czy chodziło o `kind`? (klucz, który mówi, czym jest plik: "
        "napisz `kind: persona` albo `kind: negative-persona`) [schema]")
    run_cli("fmt", "--fix", "t.yaml")
    assert (pl_ws / "t.yaml").read_text(encoding="utf-8") == text
