"""After a folder move, the baseline note says how many entries hold on by the document's id alone (session 33).

A research-ops lead moved `personas/` to `persony/b2c/`.  The baseline's entries still matched, by the
documents' ids, but the note only counted the entries no longer found; a later id change (a split,
a merge) then turned the findings of untouched personas into new ones.  The note of the moving
commit now says that N entries name files that are gone and matched by id only, and how to refresh
them (`--write-baseline`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

from cxkit.lint.polish import counted, plural

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Odnowić polisę w pięć minut, bez dzwonienia na infolinię
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
reviewed: 2024-03-01
"""

NEGATIVE = """\
kind: negative-persona
id: n1-hurtownik
name: Hurtownik floty
lang: pl
summary: Firma z flotą ponad stu aut, która ubezpiecza pojazdy przez brokera, nie w aplikacji.
reasons:
  - Potrzebuje umów ramowych, których aplikacja nie oferuje
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\nbaseline = "dlug.json"\n', today="2026-12-01", files={
        "personas/ola.yaml": PERSONA.format(id="ola-klientka", name="Ola Nowak"),
        "personas/jan.yaml": PERSONA.format(id="jan-kierowca", name="Jan Wiśniewski"),
        "negatywne/n1.yaml": NEGATIVE,
    })
    written = run_cli("lint", "--write-baseline")
    assert written.exit_code == 0, written.stdout + written.stderr
    return root


def entries(root: Path) -> int:
    return len(json.loads((root / "dlug.json").read_text(encoding="utf-8"))["findings"])


def move(root: Path, old: str, new: str) -> None:
    (root / new).parent.mkdir(parents=True, exist_ok=True)
    (root / old).rename(root / new)


def test_a_folder_move_names_the_entries_held_by_id_only(workspace):
    n = sum(1 for e in json.loads((workspace / "dlug.json").read_text(encoding="utf-8"))["findings"]
            if e["path"].startswith("personas/"))
    assert n >= 4  # two personas, each stale and without sources
    move(workspace, "personas", "persony/b2c")
    result = run_cli("lint")
    assert result.exit_code == 0, result.stdout + result.stderr  # still matched: nothing new
    # The workspace says `lang = "pl"`: so do the baseline's notes (session 36).
    assert (f"cxkit: uwaga: {counted(n, 'wpis', 'wpisy', 'wpisów')} w dlug.json (`baseline` w cxkit.toml:2:1) "
            f"{plural(n, 'wskazuje', 'wskazują', 'wskazuje')} pliki, których już nie ma, i pasował{plural(n, '', 'y', 'o')} "
            "tylko po id dokumentu; uruchom `cxkit lint --write-baseline`, by odświeżyć ich ścieżki") in result.stderr
    assert "już nie występ" not in result.stderr
    refreshed = run_cli("lint", "--write-baseline")
    assert refreshed.exit_code == 0
    assert '"persony/b2c/ola.yaml"' in (workspace / "dlug.json").read_text(encoding="utf-8")
    again = run_cli("lint")
    assert again.exit_code == 0 and "uwaga:" not in again.stderr


def test_one_file_renamed_and_a_finding_fixed_say_both(workspace):
    before = entries(workspace)
    move(workspace, "personas/ola.yaml", "personas/ola-nowak.yaml")
    jan = workspace / "personas" / "jan.yaml"
    jan.write_text(jan.read_text(encoding="utf-8").replace("reviewed: 2024-03-01", "reviewed: 2026-11-01"), encoding="utf-8")
    result = run_cli("lint")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert ("już nie występuje (poprawione albo plik zmienił nazwę); 3 wpisy wskazują pliki, których już nie ma, i "
            "pasowały tylko po id dokumentu; uruchom `cxkit lint --write-baseline`, by odświeżyć ich ścieżki i zmniejszyć "
            "plik bazowy") in result.stderr
    assert entries(workspace) == before


def test_a_fix_without_a_move_keeps_the_note_it_had(workspace):
    jan = workspace / "personas" / "jan.yaml"
    jan.write_text(jan.read_text(encoding="utf-8").replace("reviewed: 2024-03-01", "reviewed: 2026-11-01"), encoding="utf-8")
    result = run_cli("lint")
    assert result.exit_code == 0
    assert result.stderr.strip() == ("cxkit: uwaga: 1 zgłoszenie zapisane w dlug.json (`baseline` w cxkit.toml:2:1) już "
                                     "nie występuje (poprawione albo plik zmienił nazwę); zmniejsz plik bazowy poleceniem "
                                     "`cxkit lint --write-baseline`")


def test_an_editor_buffer_of_a_moved_file_gets_no_note(workspace):
    move(workspace, "personas", "persony")
    text = (workspace / "persony" / "ola.yaml").read_text(encoding="utf-8")
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["lint", "--stdin-filename", "persony/ola.yaml", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr
