"""A folder scan passes over tools' folders (`node_modules/`, a virtual environment) whether or not git ignores them.

A repository without a `.gitignore` for them (a fresh clone before `npm ci`, a ZIP export, a
`venv/` made beside the documents) had `cxkit lint` and `cxkit fmt` walk and check the example
personas a package ships in `node_modules/` and the YAML of a virtual environment. As ruff does, a
scan now never enters them unless they are named; `--show-settings` says so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Właściciel warsztatu rowerowego w Gdyni, który zamawia części przez hurtownię internetową.
goals:
  - Zamówić klocki hamulcowe na jutro rano, zanim przyjdzie klient z zepsutym rowerem
"""


def run(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=ws, env=env, capture_output=True, text=True,
                          timeout=120)


def persona(path: Path, ident: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PERSONA.format(id=ident, name="Jan Kowalski"), encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """No git, so nothing is ignored: the documents, a package's sample persona, a virtual environment's YAML."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    persona(tmp_path / "personas" / "jan.yaml", "jan")
    persona(tmp_path / "node_modules" / "persona-kit" / "examples" / "sample.yaml", "sample")
    persona(tmp_path / "narzedzia" / "py312" / "lib" / "site" / "fixture.yaml", "fixture")
    (tmp_path / "narzedzia" / "py312" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    persona(tmp_path / "personas" / "__pycache__" / "stale.yaml", "stale")
    return tmp_path


def paths(proc: subprocess.CompletedProcess[str]) -> set[str]:
    return {f["path"] for f in json.loads(proc.stdout)}


def test_lint_passes_over_tools_folders(ws: Path) -> None:
    proc = run(ws, "lint", "--no-cache", "-f", "json", "--exit-zero")
    assert proc.returncode == 0, proc.stderr
    assert paths(proc) == {"personas/jan.yaml"}, proc.stdout


def test_fmt_check_passes_over_them_too(ws: Path) -> None:
    proc = run(ws, "fmt", "--check")
    assert "Bez zmian: 1 plik" in proc.stdout + proc.stderr, (proc.stdout, proc.stderr)


def test_guard_a_tools_folder_named_is_checked(ws: Path) -> None:
    proc = run(ws, "lint", "--no-cache", "-f", "json", "--exit-zero", "node_modules")
    assert paths(proc) == {"node_modules/persona-kit/examples/sample.yaml"}, proc.stdout


def test_guard_dist_and_build_are_still_scanned(ws: Path) -> None:
    persona(ws / "build" / "personas" / "budowlaniec.yaml", "budowlaniec")
    proc = run(ws, "lint", "--no-cache", "-f", "json", "--exit-zero")
    assert "build/personas/budowlaniec.yaml" in paths(proc)


def test_show_settings_names_the_folders_and_why_a_file_is_left_out(ws: Path) -> None:
    proc = run(ws, "lint", "--show-settings", "node_modules/persona-kit/examples/sample.yaml")
    assert proc.returncode == 0, proc.stderr
    assert ("  excluded: yes, by default: it lies in node_modules/, a tool's folder, which folder scans do not enter "
            "(named, it is checked)") in proc.stdout.splitlines(), proc.stdout
    assert ("  folders never scanned unless named: node_modules, bower_components, venv, __pycache__, __pypackages__, "
            "site-packages, any folder with a pyvenv.cfg, hidden folders") in proc.stdout.splitlines()
    venv = run(ws, "lint", "--show-settings", "--format", "json", "narzedzia/py312/lib")
    entry = json.loads(venv.stdout)[0]
    assert entry["skipped-here"] == "narzedzia/py312/"
    assert "node_modules" in entry["skipped-folders"]
