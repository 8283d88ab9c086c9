"""`cxkit init` in a folder whose documents are half Polish, half English says the language it took
and that no language has a clear majority, in a sentence that reads (it said "3 of 5 the most,
though not a clear majority, read as pl")."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

DOC = "kind: persona\nid: {id}\nname: {id}\nlang: {lang}\ngoals:\n  - {goal}\n"


def test_a_mixed_folder_says_no_language_has_a_clear_majority(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "cx"
    for pid, lang, goal in (("ola", "pl", "Odnowić OC w pięć minut"), ("ewa", "pl", "Zgłosić szkodę z telefonu"),
                            ("jan", "pl", "Porównać trzy oferty"), ("dan", "en", "Fix the boiler before winter"),
                            ("amy", "en", "Pay the premium in instalments")):
        (top / "personas").mkdir(parents=True, exist_ok=True)
        (top / "personas" / f"{pid}.yaml").write_text(DOC.format(id=pid, lang=lang, goal=goal), encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert ("cxkit: język: pl (według dokumentów w tym folderze: 3 z 5 po polsku, bez wyraźnej większości); "
            "inny język ustawia `cxkit init --lang KOD`") in result.stderr  # in Polish, as the account
