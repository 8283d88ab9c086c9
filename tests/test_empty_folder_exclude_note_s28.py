"""A folder whose only documents lie in a subfolder `exclude` leaves out does not look empty.

A pharmacy client keeps old personas in `archiwum/stare/`, which its cxkit.toml (saved in Notepad,
with a backslash) excludes; `cxkit lint archiwum` used to say only "no cxkit documents found".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli


@pytest.fixture
def apteka(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    client = tmp_path / "apteka-zdrowie"
    (client / "archiwum" / "stare").mkdir(parents=True)
    (client / "cxkit.toml").write_bytes(b'\xef\xbb\xbflang = "pl"\r\nexclude = ["archiwum\\\\stare"]\r\n')
    (client / "archiwum" / "stare" / "stara-pani-apteka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (client / "archiwum" / "notatki.yaml").write_text("temat: stare ulotki\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    return client


@pytest.mark.parametrize("cache", [["--no-cache"], []], ids=["no-cache", "cache"])
def test_the_note_names_the_excluded_folder_and_its_pattern(apteka: Path, cache: list[str]) -> None:
    for _ in range(2):  # the second run may come from the cache
        result = run_cli("lint", *cache, "apteka-zdrowie/archiwum")
        assert (result.exit_code, result.exception) == (0, None)
        assert "nie znaleziono dokumentów cxkit w apteka-zdrowie/archiwum" in result.stderr
        assert ("uwaga: `exclude` pominął apteka-zdrowie/archiwum/stare (przez 'archiwum\\stare' w "
                "apteka-zdrowie/cxkit.toml); wskaż te pliki, by je sprawdzić "
                "(cxkit lint apteka-zdrowie/archiwum/stare/*.yaml)") in result.stderr  # the workspace is Polish, and so is the note (s38)


def test_guard_an_empty_folder_gets_no_note(apteka: Path) -> None:
    (apteka / "puste").mkdir()
    result = run_cli("lint", "--no-cache", "apteka-zdrowie/puste")
    assert "nie znaleziono dokumentów cxkit" in result.stderr  # a Polish workspace (session 37)
    assert "exclude" not in result.stderr
