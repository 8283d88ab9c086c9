"""`cxkit lint --show-settings` names a base config outside the repository by its absolute path, whether
or not it lies in a folder above the current one; configs in the repository (and any under the current
folder) keep the relative names lint gives them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PERSONA_PL
from git_helpers import Repo


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """tmp_path/biuro/agencja is the repository; the agency's base sits in biuro/ (a folder above it),
    and that base extends one shared by every office, in tmp_path/wspolne/ (beside none of them)."""
    office = tmp_path / "biuro"
    office.mkdir()
    (office / "cxkit-agencja.toml").write_text(
        '# Ustawienia agencji\nextend = "../wspolne/cxkit-wspolne.toml"\nlang = "pl"\n', encoding="utf-8")
    (tmp_path / "wspolne").mkdir()
    (tmp_path / "wspolne" / "cxkit-wspolne.toml").write_text(
        '# Wspólne dla wszystkich biur\nexclude = ["szkice"]\n', encoding="utf-8")
    r = Repo(office / "agencja")
    r.write("cxkit.toml", 'exclude = ["archiwum"]\n')
    r.write("klienci/apteka-zdrowie/cxkit.toml", 'extend = "../../../cxkit-agencja.toml"\n')
    r.write("klienci/apteka-zdrowie/personas/tomek.yaml", PERSONA_PL)
    r.write("klienci/apteka-zdrowie/szkice/tomek.yaml", PERSONA_PL)
    r.write("klienci/browar/cxkit.toml", '# Browar: jak cała agencja, po polsku\nextend = "../../cxkit.toml"\nlang = "pl"\n')
    r.write("klienci/browar/personas/tomek.yaml", PERSONA_PL)
    r.commit("klienci")
    return office


def _settings(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CXKIT_TODAY": "2026-12-05", "COLUMNS": "120", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "--show-settings", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("where", [".", "klienci/apteka-zdrowie"], ids=["top", "client"])
def test_bases_outside_the_repository_are_named_absolute_in_text(office: Path, where: str) -> None:
    cwd = office / "agencja" / where
    named = os.path.relpath(office / "agencja" / "klienci/apteka-zdrowie/szkice/tomek.yaml", cwd)
    result = _settings(cwd, named)
    assert result.returncode == 0, result.stdout + result.stderr
    agency, shared = office / "cxkit-agencja.toml", office.parent / "wspolne" / "cxkit-wspolne.toml"
    assert f"    extends {agency.as_posix()}\n    extends {shared.as_posix()}\n" in result.stdout, result.stdout
    assert f"of {shared.as_posix()}: a folder scan leaves it out" in result.stdout, result.stdout


def test_bases_outside_the_repository_are_named_absolute_in_json(office: Path) -> None:
    result = _settings(office / "agencja", "--format", "json", "klienci/apteka-zdrowie/szkice/tomek.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    [entry] = json.loads(result.stdout)
    shared = (office.parent / "wspolne" / "cxkit-wspolne.toml").as_posix()
    assert entry["config"] == "klienci/apteka-zdrowie/cxkit.toml"
    assert entry["extends"] == [(office / "cxkit-agencja.toml").as_posix(), shared]
    assert entry["excluded"]["config"] == shared


def test_a_config_in_the_repository_keeps_its_relative_name(office: Path) -> None:
    """Guard: the top cxkit.toml a client extends is named from the client folder as lint names it."""
    result = _settings(office / "agencja" / "klienci" / "browar", "--format", "json", "personas/tomek.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    [entry] = json.loads(result.stdout)
    assert (entry["config"], entry["extends"]) == ("cxkit.toml", ["../../cxkit.toml"])


def test_a_base_under_the_current_folder_is_named_from_it(office: Path) -> None:
    """Guard: run from biuro/ (outside the repository), the agency's base lies under the current folder."""
    result = _settings(office, "--format", "json", "agencja/klienci/apteka-zdrowie/personas/tomek.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    [entry] = json.loads(result.stdout)
    assert entry["config"] == "agencja/klienci/apteka-zdrowie/cxkit.toml"
    assert entry["extends"] == ["cxkit-agencja.toml", (office.parent / "wspolne" / "cxkit-wspolne.toml").as_posix()]
