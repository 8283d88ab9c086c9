"""`cxkit init` in a repository that already holds the team's personas, before it has a config."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PERSONA_PL = """\
# Persona z wywiadów w aptece
kind: persona
id: grazyna-recepta
name: Grażyna
goals:
  - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej
"""

COMPOSE = "services:\n  web:\n    image: nginx\nkind: persona-like-but-not\n"


def cx(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-12-05", "NO_COLOR": "1"},
    )


def test_a_folder_with_personas_of_its_own_gets_no_examples_and_keeps_its_warning(tmp_path):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "grazyna.yaml").write_text(PERSONA_PL, encoding="utf-8")
    result = cx(tmp_path, "init", "--lang", "pl")
    assert result.returncode == 0, result.stderr
    assert "pominięto  dokumenty przykładowe (w tym folderze są już Twoje dokumenty, np. " \
           "personas/grazyna.yaml;" in result.stdout  # in Polish, as the workspace (s38)
    assert "zapisze je `cxkit init --examples`" in result.stdout
    assert sorted(p.name for p in (tmp_path / "personas").iterdir()) == ["grazyna.yaml"]
    assert not any((tmp_path / "journeys").iterdir())
    lint = cx(tmp_path, "lint", "--no-cache")
    assert "missing-negative-persona" in lint.stdout  # no bike shop's negative persona silences it


def test_examples_asks_for_them_anyway(tmp_path):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "grazyna.yaml").write_text(PERSONA_PL, encoding="utf-8")
    assert cx(tmp_path, "init", "--lang", "pl", "--examples").returncode == 0
    assert len(list((tmp_path / "personas").iterdir())) > 1


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_an_empty_folder_or_one_with_other_yaml_still_gets_the_examples(tmp_path, lang):
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "hidden.yaml").write_text("kind: persona\n", encoding="utf-8")  # hidden folders are not looked in
    result = cx(tmp_path, "init", "--lang", lang)
    assert result.returncode == 0 and "skipped  the example documents" not in result.stdout
    assert len(list((tmp_path / "personas").iterdir())) >= 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_the_folder_does_not_stop_init(tmp_path):
    (tmp_path / "personas").mkdir()
    os.mkfifo(tmp_path / "personas" / "pipe.yaml")
    result = cx(tmp_path, "init", "--lang", "en")  # the timeout fails the test if it blocks
    assert result.returncode == 0
