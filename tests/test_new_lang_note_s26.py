"""`cxkit new` says when the locale chose English for a name that looks Polish (session 26).

"Wniosek o kredyt hipoteczny" under LANG=C.UTF-8 got the English template with no word, while a
name that chose Polish is said ("language: pl (from the name; use --lang en for English)"). One
Polish word against none is not enough to choose Polish, but enough to say how to get it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def new(*args: str):
    result = CliRunner().invoke(app, ["new", "journey", *args, "--persona", "bozena", "--no-input", "--dir", "."])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.mark.parametrize("name", ["Wniosek o kredyt hipoteczny", "Zakup polisy", "Reklamacja karty",
                                  "Otwarcie rachunku", "Kredyt gotówkowy online"])
def test_new_says_when_the_locale_chose_english_for_a_polish_looking_name(empty: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    result = new(name)
    assert result.exit_code == 0
    assert "lang: en" in next(empty.glob("*.yaml")).read_text(encoding="utf-8")
    assert "cxkit: language: en (from the locale LANG=C.UTF-8, not the name; use --lang pl for Polish)" in result.stderr


def test_new_names_the_default_when_no_locale_is_set(empty: Path) -> None:
    result = new("Wniosek o kredyt hipoteczny")
    assert result.exit_code == 0
    assert "cxkit: language: en (the default: no locale is set; use --lang pl for Polish)" in result.stderr


@pytest.mark.parametrize(("env", "args"), [({"LANG": "C.UTF-8"}, ["Booking the first vet visit"]),
                                           ({"LANG": "C.UTF-8"}, ["Wniosek o kredyt hipoteczny", "--lang", "en"]),
                                           ({"LC_ALL": "pl_PL.UTF-8"}, ["Wniosek o kredyt hipoteczny"])])
def test_new_says_nothing_of_the_language_otherwise(empty: Path, monkeypatch: pytest.MonkeyPatch, env: dict, args: list) -> None:
    """Guards: an English name, an explicit --lang, a Polish locale."""
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    result = new(*args)
    assert result.exit_code == 0
    assert "language:" not in result.stderr


def test_new_keeps_saying_polish_was_chosen_by_the_name(empty: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    result = new("Zgłoszenie szkody")
    assert "cxkit: language: pl (from the name; use --lang en for English)" in result.stderr
    assert "--lang pl" not in result.stderr


@pytest.mark.parametrize("name", ["Kraków city break", "Łukasz, weekend angler", "Żabka shopping before the match",
                                  "Booking a visit in Łódź", "Coffee pod subscription", "Gen z shoppers",
                                  "Q&A w/ customers"])
def test_an_english_name_with_one_polish_place_or_person_gets_no_note(empty: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      name: str) -> None:
    """An English name with one Polish place or person keeps the locale's English silently, as it did
    before the note: its author meant English (the guard of test_review15_fixes_s24 for `new persona`
    and `new journey`)."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    result = new(name)
    assert result.exit_code == 0
    assert "lang: en" in next(empty.glob("*.yaml")).read_text(encoding="utf-8")
    assert "language:" not in result.stderr
