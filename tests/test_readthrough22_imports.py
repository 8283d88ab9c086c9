"""Read-through 22: a run that finds nothing wrong with the files' encoding or the journeys' personas
loads none of the code only those failures need (RT22-2, RT22-3).

Each case runs cxkit in a fresh interpreter and inspects `sys.modules` after the command finished."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL
from test_startup import PROBE  # cxkit's command line in a fresh interpreter: its exit code and sys.modules


CONFIGS = {
    "cxkit.toml": ("cxkit.toml", 'lang = "pl"\n'),
    "pyproject.toml": ("pyproject.toml", '[project]\nname = "sklep"\nversion = "1.0.0"\n\n'
                       '[tool.cxkit]\nlang = "pl"\n'),
}


def _workspace(tmp_path, config: str) -> None:
    name, text = CONFIGS[config]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "personas" / "lowca-okazji.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "tomek-kupuje.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    # A Python project beside the personas: its pyproject.toml is read to see whether it is a workspace.
    (tmp_path / "skrypty").mkdir()
    (tmp_path / "skrypty" / "pyproject.toml").write_text(
        '[project]\nname = "skrypty"\nversion = "0.1.0"\n\n[tool.black]\nline-length = 100\n', encoding="utf-8")


def _lint(tmp_path, *args: str) -> tuple[object, set[str], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR")}
    env.update(NO_COLOR="1", COLUMNS="100", CXKIT_TODAY="2026-11-23")
    proc = subprocess.run([sys.executable, "-c", PROBE, "lint", *args], cwd=tmp_path, capture_output=True,
                          text=True, env=env, timeout=60)
    *said, report = proc.stderr.rsplit("\n", 1)
    loaded = json.loads(report)
    return loaded["code"], set(loaded["modules"]), proc.stdout


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_a_config_read_in_utf8_loads_no_legacy_encoding_code(tmp_path, config) -> None:
    # RT22-2: every config read (and every pyproject.toml met) imported cxkit.legacy_encoding, which only
    # a file that is not UTF-8 needs.
    _workspace(tmp_path, config)
    code, modules, out = _lint(tmp_path, "--no-cache")
    assert code == 1 and "sprawdzono 3 dokumenty." in out, out  # a Polish workspace
    assert "not valid UTF-8" not in out and "[unknown-persona]" not in out
    assert "cxkit.legacy_encoding" not in modules


def test_guard_a_config_in_utf16_is_still_told_so(tmp_path) -> None:
    _workspace(tmp_path, "cxkit.toml")
    (tmp_path / "cxkit.toml").write_bytes('lang = "pl"\n'.encode("utf-16-le"))
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache"], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=60)
    assert proc.returncode == 2
    assert "cxkit.toml:1:1: the file looks like UTF-16 without a byte-order mark; save it as UTF-8" in proc.stderr


def test_a_workspace_whose_journeys_name_their_personas_loads_no_slug_code(tmp_path) -> None:
    # RT22-3: unknown-persona worked out every persona's id in its valid form (cxkit.scaffold.slug) on each
    # run; only a journey that names a persona that does not exist needs it.
    _workspace(tmp_path, "cxkit.toml")
    code, modules, out = _lint(tmp_path, "--no-cache")
    assert code == 1 and "sprawdzono 3 dokumenty." in out and "[unknown-persona]" not in out, out
    assert "cxkit.scaffold.slug" not in modules


def test_guard_a_journey_naming_a_persona_with_a_typo_is_told_the_id(tmp_path) -> None:
    _workspace(tmp_path, "cxkit.toml")
    journey = tmp_path / "journeys" / "tomek-kupuje.yaml"
    text = journey.read_text(encoding="utf-8")
    persona_line = next(line for line in text.splitlines() if line.startswith("persona:"))
    journey.write_text(text.replace(persona_line, "persona: tomek-audiofill"), encoding="utf-8")
    code, modules, out = _lint(tmp_path, "--no-cache")
    assert code == 1
    assert ("persona „tomek-audiofill” nie istnieje w obszarze roboczym; czy chodziło o „tomek-audiofil” (Tomek "
            "Wiśniewski)?" in out), out
    assert "cxkit.scaffold.slug" in modules
