"""A translation table with an exact `kind` (`kind: persona`, `goals: Cele`, `pain_points: Punkty
bólu`) met in a folder scan: the finding that says what it looks like, and how to leave it out with
`exclude`, is the first finding of the file in every format, as README and CHANGELOG say, before
the missing id and name and the workspace rule that counts it as a persona (tester9 D6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

EXPLANATION = (
    "ten plik ma `kind: persona`, a każda wartość w nim to pojedynczy tekst i żadna nie jest listą (`goals` to "
    "„Cele”): jeśli to nie dokument cxkit (plik tłumaczeń, ustawienia innego narzędzia), pomiń go przez `exclude` w "
    "cxkit.toml; jeśli jest, zapisz `goals` jako listę"
)  # the workspace is Polish: so is the schema's finding (session 36)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "tlumaczenia").mkdir()
    return tmp_path


def _lines_of(output: str, path: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(path + ":")]


def test_the_changelog_example_gets_the_explanation_first(ws: Path) -> None:
    (ws / "tlumaczenia" / "etykiety.yaml").write_text(
        "kind: persona\ngoals: Cele\npain_points: Punkty bólu\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 1
    lines = _lines_of(result.stdout, "tlumaczenia/etykiety.yaml")
    assert lines[0] == f"tlumaczenia/etykiety.yaml:1:1: error CX002 {EXPLANATION} [schema]"
    # The rest as before, after it.
    assert lines[1:] == [
        "tlumaczenia/etykiety.yaml:1:1: error CX002 brakuje wymaganego pola `id` [schema]",
        "tlumaczenia/etykiety.yaml:1:1: error CX002 brakuje wymaganego pola `name` [schema]",
        *[line for line in lines if "CX201" in line],
        "tlumaczenia/etykiety.yaml:2:8: error CX002 `goals` musi być listą, a jest tu tekst „Cele”; "
        "każdy element napisz w osobnym wierszu zaczynającym się od `- ` [schema]",
        "tlumaczenia/etykiety.yaml:3:14: error CX002 `pain_points` musi być listą, a jest tu tekst "
        "„Punkty bólu”; każdy element napisz w osobnym wierszu zaczynającym się od `- ` [schema]",
    ]


def test_first_also_when_the_file_opens_with_a_comment_and_kind_is_not_its_first_key(ws: Path) -> None:
    (ws / "tlumaczenia" / "ui.yaml").write_text(
        "# Etykiety ekranu persony (i18n)\n\ngoals: Cele\nkind: persona\nneeds: Potrzeby\n"
        "pain_points: Punkty bólu\n", encoding="utf-8")
    for _run in range(2):  # the second run reads the lint cache: the same order
        result = run_cli("lint", "-f", "json")
        assert result.exit_code == 1
        findings = [f for f in json.loads(result.stdout) if f["path"] == "tlumaczenia/ui.yaml"]
        assert (findings[0]["line"], findings[0]["column"], findings[0]["rule"]) == (1, 1, "schema")
        assert "plik tłumaczeń" in findings[0]["message"]
        assert not any("plik tłumaczeń" in f["message"] for f in findings[1:])


def test_a_persona_with_one_field_written_as_text_keeps_its_places(ws: Path) -> None:
    # Guard: no translation table, so no explanation; the list error stays at its value.
    (ws / "ola.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\ngoals: Przebiec półmaraton poniżej 2 godzin\n",
        encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "schema")
    findings = json.loads(result.stdout)
    assert [(f["line"], f["column"]) for f in findings] == [(4, 8)]
    assert "tłumacz" not in findings[0]["message"]
