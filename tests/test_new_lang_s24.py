"""`cxkit new`: the template's language after --lang and the config comes from a Polish name, then the locale.

A journey named "Zgłoszenie szkody" started in a folder with no config, under an English or C locale,
was written `lang: en` with the English template, and language-mismatch then reported the Polish the
author wrote in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.yamlio import load_text

SAID = "cxkit: language: pl (from the name; use --lang en for English)"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    return tmp_path


def invoke(*args: str):
    from cxkit.cli import app

    result = CliRunner().invoke(app, list(args))
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def data(path: Path) -> dict:
    doc = load_text(path.read_text(encoding="utf-8"))
    assert doc.problems == []
    return doc.data


@pytest.mark.parametrize("locale", ["C", "en_US.UTF-8"])
def test_a_polish_journey_name_gets_the_polish_template_and_says_so(ws: Path, monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    result = invoke("new", "journey", "Zgłoszenie szkody", "--persona", "ola-nowak", "--no-input")
    assert result.exit_code == 0
    assert result.stdout == "journeys/zgloszenie-szkody.yaml\n"  # the path alone: a script may take it
    path = ws / "journeys/zgloszenie-szkody.yaml"
    assert data(path)["lang"] == "pl"
    assert "Świadomość" in path.read_text(encoding="utf-8")
    assert result.stderr.splitlines()[0] == SAID


@pytest.mark.parametrize("name", ["ŻANETA ŁĘCKA", "Łukasz", "Ósemka w Lublinie", "Zażółć gęślą jaźń"])
def test_any_polish_letter_in_either_case_decides(ws: Path, name: str) -> None:
    assert invoke("new", "persona", name, "--no-input").exit_code == 0
    (written,) = (ws / "personas").iterdir()
    assert data(written)["lang"] == "pl"


@pytest.mark.parametrize(("locale", "lang"), [("C", "en"), ("en_GB.UTF-8", "en"), ("pl_PL.UTF-8", "pl")])
def test_an_english_name_takes_the_locale_and_nothing_is_said(ws: Path, monkeypatch: pytest.MonkeyPatch, locale: str, lang: str) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    result = invoke("new", "journey", "Claim after a flood", "--persona", "ola-nowak", "--no-input")
    assert data(ws / "journeys/claim-after-a-flood.yaml")["lang"] == lang
    assert "language:" not in result.stderr


def test_a_polish_name_in_a_polish_locale_is_not_remarked(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    result = invoke("new", "journey", "Zgłoszenie szkody", "--persona", "ola-nowak", "--no-input")
    assert data(ws / "journeys/zgloszenie-szkody.yaml")["lang"] == "pl"
    assert "language:" not in result.stderr


@pytest.mark.parametrize("name", ["José Ramón", "Müller-Łęcki"])
def test_a_name_with_letters_polish_has_not_says_nothing(ws: Path, name: str) -> None:
    result = invoke("new", "persona", name, "--no-input")
    (written,) = (ws / "personas").iterdir()
    assert data(written)["lang"] == "en"
    assert "language:" not in result.stderr


def test_the_configs_lang_wins_over_the_name(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    result = invoke("new", "journey", "Zgłoszenie szkody", "--persona", "ola-nowak", "--no-input")
    assert data(ws / "journeys/zgloszenie-szkody.yaml")["lang"] == "en"
    assert "language:" not in result.stderr


def test_the_option_wins_over_everything(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    result = invoke("new", "journey", "Zgłoszenie szkody", "--persona", "ola-nowak", "--no-input", "--lang", "en")
    assert data(ws / "journeys/zgloszenie-szkody.yaml")["lang"] == "en"
    assert "language:" not in result.stderr


def test_the_help_names_the_order() -> None:
    from cxkit.cli import app

    result = CliRunner().invoke(app, ["new", "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert ("[default: for a journey, the --persona's lang; then config, then the name (pl if its Polish words "
            "outnumber its English ones, two needed when none has a Polish letter), then locale]") in " ".join(result.stdout.split())


def test_a_name_typed_without_polish_letters_is_polish_by_two_words_only_polish_spells_so(ws: Path) -> None:
    result = invoke("new", "journey", "Zgloszenie szkody", "--persona", "ola-nowak", "--no-input")
    assert data(ws / "journeys/zgloszenie-szkody.yaml")["lang"] == "pl"
    assert SAID in result.stderr


@pytest.mark.parametrize(("name", "file"), [
    ("Czech customers", "czech-customers"),  # one such word
    ("Grzegorz Brzeczyszczykiewicz", "grzegorz-brzeczyszczykiewicz"),  # a second capital opens a name
    ("Pizza order", "pizza-order"),
])
def test_english_names_with_such_letters_keep_the_locale(ws: Path, name: str, file: str) -> None:
    result = invoke("new", "journey", name, "--persona", "ola-nowak", "--no-input")
    assert data(ws / f"journeys/{file}.yaml")["lang"] == "en"
    assert "language:" not in result.stderr
