"""The note that a silenced schema error kept the other rules from running (CX005) ends with "keep your own data
under keys starting with 'x-'" only where a key is one's own data (session 38).

A top-level `age:` or `wiek:` is told "did you mean 'demographics.age'?": it is to be moved under
`demographics`, and the note said to keep it under an `x-` key, which would hide the age from every check.
A key near no field (`samochod:`; `hobby:` is `psychographics.interests` since s39) still gets the advice, in English and in Polish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

#: A persona with no `name` (the error that blocks the rules), schema silenced for the file, and ``extra`` keys.
PERSONA = """\
# cxkit: disable-file=schema
kind: persona
id: ola-ksiegowa
{extra}goals:
  - Zamknąć miesiąc w 3 dni robocze zamiast 6
"""

EN_OWN = " (keep your own data under keys starting with 'x-')"
PL_OWN = " (własne dane trzymaj pod kluczami zaczynającymi się od `x-`)"


def note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, extra: str) -> str:
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n',
                    files={"personas/ola.yaml": PERSONA.format(extra=extra)})
    result = run_cli("lint", "--no-cache", "--select", "CX005", "--format", "json", ".")
    assert result.exception is None and result.exit_code == 1, result.stderr
    [finding] = result.findings
    assert (finding["line"], finding["code"]) == (1, "CX005")
    return finding["message"]


@pytest.mark.parametrize("extra", ["age: 45\n", "wiek: 45\n", "location: Lublin\n", "age: 45\nmiasto: Lublin\n"])
@pytest.mark.parametrize(("lang", "ending"), [("en", "fix the error"), ("pl", "popraw ten błąd")])
def test_a_key_told_to_move_under_demographics_gets_no_x_advice_s38(tmp_path, monkeypatch, extra, lang, ending):
    assert note(tmp_path, monkeypatch, lang, extra).endswith(ending)


@pytest.mark.parametrize("extra", ["samochod: Skoda Fabia\n", "age: 45\nsamochod: Skoda Fabia\n"])
@pytest.mark.parametrize(("lang", "ending"), [("en", "fix the error" + EN_OWN), ("pl", "popraw ten błąd" + PL_OWN)])
def test_a_key_near_no_field_still_gets_the_x_advice_s38(tmp_path, monkeypatch, extra, lang, ending):
    assert note(tmp_path, monkeypatch, lang, extra).endswith(ending)
