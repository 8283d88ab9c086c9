"""The wrong-case notes after a lint run pass over the patterns that cannot be in the wrong case.

A pattern written in lower-case ASCII (`szkice`, `**/*.bak.yaml`) matches, ignoring case, only what it
matches as written when every path checked is lower-case ASCII too, so a run of such a workspace no
longer tries it against every file.  These guards pin the notes that must still come: a lower-case
pattern for a folder written with a capital, in ASCII and in Polish letters, and a misnamed config
beside documents; and none in a workspace where every name is lower-case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PERSONA_FLORIST, run_cli

PERSONA = PERSONA_FLORIST


def _workspace(top: Path, folders: tuple[str, ...], exclude: str) -> None:
    (top / "cxkit.toml").write_text(f'lang = "pl"\nexclude = [{exclude}]\n', encoding="utf-8")
    for n, folder in enumerate(folders):
        (top / folder).mkdir(parents=True)
        ident = f"ewa-florystka-{n}"
        (top / folder / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name="Ewa Florystka"), encoding="utf-8")


def _notes(top: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(top)
    monkeypatch.setenv("COLUMNS", "200")
    result = run_cli("lint", "--no-cache", "--exit-zero", "-f", "json", "-j", "1")
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stderr
    # The workspace is Polish, and so are its notes (session 38; test_polish_notes_s38 has them in English).
    return [line for line in result.stderr.splitlines() if line.startswith("cxkit: uwaga:")]


@pytest.mark.parametrize("folder, pattern", [("Szkice", "szkice"), ("Źródła", "źródła"), ("Wersje robocze", "wersje robocze/")])
def test_a_lower_case_pattern_for_a_folder_with_a_capital_is_still_noted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str, pattern: str,
) -> None:
    _workspace(tmp_path, ("personas", folder), f'"{pattern}"')
    notes = _notes(tmp_path, monkeypatch)
    assert len(notes) == 1, notes
    assert f"wzorzec „{pattern}” w kluczu exclude nie pasuje do żadnego sprawdzonego tu pliku" in notes[0], notes
    assert f"czy chodziło o „{folder}" in notes[0], notes


def test_guard_a_lower_case_workspace_with_lower_case_patterns_gets_no_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _workspace(tmp_path, ("personas", "szkice", "archiwum/2025"), '"szkice", "**/*.bak.yaml", "archiwum/"')
    assert _notes(tmp_path, monkeypatch) == []


def test_guard_a_capital_pattern_in_a_lower_case_workspace_is_noted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _workspace(tmp_path, ("personas", "szkice"), '"Szkice", "archiwum/"')
    notes = _notes(tmp_path, monkeypatch)
    assert len(notes) == 1 and "wzorzec „Szkice” w kluczu exclude nie pasuje do żadnego sprawdzonego tu pliku" in notes[0], notes
    assert "czy chodziło o „szkice”?" in notes[0], notes


def test_guard_a_misnamed_config_in_a_subfolder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, ("personas", "klienci/kwiaciarnia"), '"archiwum/"')
    (tmp_path / "klienci" / "kwiaciarnia" / "cxkit.toml.txt").write_text('lang = "pl"\n', encoding="utf-8")
    notes = _notes(tmp_path, monkeypatch)
    assert len(notes) == 1, notes
    assert notes[0].startswith("cxkit: uwaga: klienci/kwiaciarnia/cxkit.toml.txt nie jest czytany: "), notes
