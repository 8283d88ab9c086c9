"""Without a config, a journey's persona is looked up in the journey's own folder first (session 32).

The lookup read the folder above the journey with one entry budget: beside a crowded folder (a
Downloads folder with thousands of files) the budget ran out before the persona saved next to its
journey was read, and the heading showed the bare id. Now the journey's folder is read first, then
the folder above, so the nearest persona with the id wins.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.render import load
from persona_lookup_helpers import journey, persona

JOURNEY = journey()


def heading(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(folder)
    result = run_cli("render", "wdrozenie.yaml", "-f", "md")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    return result.stdout.splitlines()[2]


def downloads(tmp_path: Path, crowd: int) -> Path:
    """A Downloads folder holding ``crowd`` other files and the folder ``ksef`` with a journey."""
    top = tmp_path / "Pobrane"
    (top / "ksef").mkdir(parents=True)
    for k in range(crowd):
        (top / f"faktura-{k:04}.pdf").touch()
    (top / "ksef" / "wdrozenie.yaml").write_text(JOURNEY, encoding="utf-8")
    return top


def test_a_persona_beside_its_journey_is_named_beside_a_crowded_folder(tmp_path, monkeypatch):
    # The real limit is 5,000 entries; 40 files over a limit of 30 are the same walk, made cheaply.
    monkeypatch.setattr(load, "_LOOKUP_ENTRY_LIMIT", 30)
    top = downloads(tmp_path, 40)
    (top / "ksef" / "ewa.yaml").write_text(persona("Ewa Nowak"), encoding="utf-8")
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in heading(top / "ksef", monkeypatch)


def test_the_nearest_persona_with_the_id_wins(tmp_path, monkeypatch):
    top = downloads(tmp_path, 0)
    (top / "ewa-stara.yaml").write_text(persona("Ewa ze starego pliku"), encoding="utf-8")
    (top / "ksef" / "ewa.yaml").write_text(persona("Ewa Nowak"), encoding="utf-8")
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in heading(top / "ksef", monkeypatch)


def test_a_persona_in_the_folder_above_is_still_found(tmp_path, monkeypatch):
    top = downloads(tmp_path, 3)
    (top / "persony").mkdir()
    (top / "persony" / "ewa.yaml").write_text(persona("Ewa Nowak"), encoding="utf-8")
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in heading(top / "ksef", monkeypatch)
