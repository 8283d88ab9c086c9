"""`render REV:PATH` names the same persona as the working tree's render of the journey (session 32).

Without a config, the working tree's lookup reads the journey's own folder first, then the folder
above, so the nearest persona with the id wins. The lookup in a revision (`render HEAD:podroze/…`) kept
git's order of paths, so with two files of one id (a copy left in `persony/`, the persona saved beside
its journey in `podroze/`) the two renders of one journey named two different personas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo
from persona_lookup_helpers import journey, persona

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git is not installed")

JOURNEY = journey(touchpoints=False)


def heading(*args: str) -> str:
    result = run_cli("render", *args, "-f", "md")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    return next(line for line in result.stdout.splitlines() if "Persona:" in line)


def test_a_revision_names_the_persona_nearest_to_its_journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = Repo(tmp_path / "biuro")
    r.write("persony/ewa.yaml", persona("Ewa z kopii w persony"))
    r.write("podroze/ewa.yaml", persona("Ewa Nowak"))
    r.write("podroze/sub/ewa.yaml", persona("Ewa z podfolderu"))
    r.write("podroze/wdrozenie.yaml", JOURNEY)
    r.commit("ksef")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in heading("podroze/wdrozenie.yaml")
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in heading("HEAD:podroze/wdrozenie.yaml")


def test_a_revision_still_finds_a_persona_in_the_folder_above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = Repo(tmp_path / "biuro")
    r.write("persony/ewa.yaml", persona("Ewa Nowak"))
    r.write("podroze/wdrozenie.yaml", JOURNEY)
    r.commit("ksef")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in heading("HEAD:podroze/wdrozenie.yaml")
