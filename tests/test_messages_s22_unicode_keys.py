"""yaml-syntax: a key with Polish letters (`właściciel:`, `x-źródła:`, `emocje_ść:`) a space off the keys
above it gets the same alignment advice an ASCII key gets, and a key without its colon written with
decomposed letters (`s` + U+0301) is told as one written with composed ones (session 22)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

ZALANIE_HEAD = """\
kind: journey
id: olena-zglasza-zalanie
name: Olena zgłasza zalanie mieszkania
lang: pl
persona: olena-kovalenko
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints:
      - channel: infolinia
        description: Czeka 40 minut na konsultanta
"""

OLENA = "kind: persona\nid: olena-kovalenko\nname: Olena Kovalenko\nlang: pl\n"


@pytest.mark.parametrize(("text", "position", "message"), [
    # One space too deep after a nested list (did not find expected key).
    (ZALANIE_HEAD + "     właściciel: Zespół szkód majątkowych\n", (12, 6),
     "invalid YAML: `właściciel:` is indented one space more than `touchpoints:` above it (line 9), so it cannot "
     "start a key of that mapping; align `właściciel:` with `touchpoints:` (column 5)"),
    # One space too shallow, between the list's dashes and the stage's keys (expected '-' indicator).
    (ZALANIE_HEAD + "   x-źródła: wywiady telefoniczne\n", (12, 4),
     "invalid YAML: `x-źródła:` is indented one space less than `touchpoints:` above it (line 9), so it cannot "
     "start a key of that mapping; align `x-źródła:` with `touchpoints:` (column 5)"),
    # Between two levels, under a nested mapping.
    (OLENA + "demographics:\n  age: 34\n emocje_ść: niepokój\n", (7, 2),
     "invalid YAML: `emocje_ść:` is indented one space less than `age:` above it (line 6), so it cannot start a key "
     "of that mapping; align `emocje_ść:` with `age:` (column 3), or with `demographics:` (line 5, column 1) "
     "if it belongs there"),
    # Deeper than the keys above, after a comment.
    (OLENA + "demographics:\n  age: 34\n\n  # z ankiety\n    x-źródła: GUS\n", (9, 5),
     "invalid YAML: `x-źródła:` is indented more than `age:` above it (line 6), so it cannot start a key of that "
     "mapping; align `x-źródła:` with `age:` (column 3)"),
    # Read as more of the unquoted value above: aligned, not quoted.
    (OLENA + "summary: Klientka ubezpieczyciela\n  x-właściciel: Zespół CX\n", (6, 3),
     "invalid YAML: this line is indented more than `summary:` above it (line 5), so YAML reads it as more of that "
     "key's value, where `x-właściciel:` cannot start a key; align `x-właściciel:` with `summary:` (column 1)"),
])
def test_a_key_with_polish_letters_a_space_off_is_told_which_key_to_align_with(
    text: str, position: tuple[int, int], message: str
) -> None:
    [problem] = load_text(text).problems
    assert ((problem.line, problem.column), problem.message) == (position, message)


def test_a_key_written_with_decomposed_letters_is_aligned_and_its_missing_colon_told() -> None:
    # As some Mac apps save text: `ś` as `s` + U+0301. The column counts characters as written.
    key = unicodedata.normalize("NFD", "x-źródła")
    assert len(key) == 10  # ź and ó decomposed; ł has no decomposition
    [problem] = load_text(OLENA + "demographics:\n  age: 34\n " + key + ": GUS\n").problems
    assert (problem.line, problem.column) == (7, 2)
    assert problem.message.startswith(f"invalid YAML: `{key}:` is indented one space less than `age:` above it")
    [problem] = load_text(OLENA + key + " GUS\nsummary: Klientka\n").problems
    assert ((problem.line, problem.column), problem.message) == (
        (5, 11), f"invalid YAML: `{key}` needs a colon and a space after it, so YAML cannot read it as a key; "
                 f"write `{key}: GUS`")


@pytest.mark.parametrize("text", [
    # A trait's own words with a capital (`Uwaga:`, `Łódź:`) are text, not a key: quoting is the fix.
    OLENA + "summary: Klientka\n  Łódź: dzwoni rano\n",
    OLENA + "traits:\n  - Kupuje tanio\n    Ważne: dzwoni rano\n",
])
def test_text_with_a_capital_before_its_colon_is_still_told_to_quote(text: str) -> None:
    [problem] = load_text(text).problems
    assert "quotes" in problem.message and "align" not in problem.message


def test_lint_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "zalanie.yaml").write_text(ZALANIE_HEAD + "     właściciel: Zespół szkód majątkowych\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "zalanie.yaml"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stdout.startswith("zalanie.yaml:12:6: error CX001 invalid YAML: `właściciel:` is indented one space "
                                    "more than `touchpoints:` above it (line 9)")
