"""An excluded folder's advice names the files the way a shell finds them: a `dir/*.yaml` for each
folder that holds documents, at any depth. `exclude = ["**"]` with the documents in personas/ and
journeys/ said `cxkit lint *.yaml`, which the shell passes on as it is (no such file), and
`szkice/*.yaml` missed drafts kept in szkice/2025/. The advice is run here as a shell would run it."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
summary: Prowadzi dwuosobowy serwis rowerowy w Poznaniu i rozlicza się sama.
"""

JOURNEY = """\
kind: journey
id: marta-umawia-serwis
name: Marta umawia serwis roweru
persona: marta-serwis
lang: pl
stages:
  - id: zgloszenie
    name: Zgłoszenie
    doing: Wypełnia formularz na stronie serwisu w przerwie na lunch
    emotion: 0
"""


def _cxkit(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "CXKIT_TODAY": "2026-12-01"}
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def _advice(stderr: str) -> str:
    # The workspace says lang = "pl": the advice is Polish ("wskaż je"), as the English one ("name them").
    found = re.search(r"(?:name them|wskaż je) \(cxkit lint (.+)\)$", stderr, re.MULTILINE)
    assert found, stderr
    return found.group(1)


def _run_advice(cwd: Path, words: str) -> subprocess.CompletedProcess[str]:
    """`cxkit lint WORDS` through /bin/sh, which expands the globs as a user's shell would."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "CXKIT_TODAY": "2026-12-01"}
    return subprocess.run(f"{shlex.quote(sys.executable)} -m cxkit lint {words}", shell=True, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "marta-serwis.yaml").write_text(
        PERSONA.format(id="marta-serwis", name="Marta Kowalczyk"), encoding="utf-8")
    (tmp_path / "journeys" / "marta-umawia-serwis.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    return tmp_path


def test_everything_excluded_names_the_folders_that_hold_the_documents(workspace):
    (workspace / "cxkit.toml").write_text('lang = "pl"\nexclude = ["**"]\n', encoding="utf-8")
    result = _cxkit(workspace, "lint")
    assert result.returncode == 2, result.stderr
    words = _advice(result.stderr)
    assert words == "journeys/*.yaml personas/*.yaml"
    ran = _run_advice(workspace, words)
    assert "no such file" not in ran.stderr
    assert "sprawdzono 2 dokumenty." in ran.stdout, (ran.stdout, ran.stderr)  # a Polish workspace


@pytest.mark.parametrize("named", [("szkice",), ("personas", "szkice")], ids=["alone", "with-another"])
def test_an_excluded_folder_with_drafts_below_it_names_them(workspace, named):
    drafts = workspace / "szkice" / "2025"
    drafts.mkdir(parents=True)
    (drafts / "ola szkic.yaml").write_text(PERSONA.format(id="ola-szkic", name="Ola Szkic"), encoding="utf-8")
    (workspace / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    result = _cxkit(workspace, "lint", *named)
    # Alone it is a usage error (nothing to check); beside personas/ a warning, and the persona is linted.
    assert (result.returncode == 2) == (named == ("szkice",)), result.stderr
    words = _advice(result.stderr)
    assert words == "szkice/2025/*.yaml"
    ran = _run_advice(workspace, words)
    assert "no such file" not in ran.stderr
    assert "sprawdzono 1 dokument." in ran.stdout, (ran.stdout, ran.stderr)  # a Polish workspace


def test_a_folder_whose_documents_are_at_its_top_keeps_its_advice(workspace):
    # Guard: the advice was right here, and stays as it was.
    (workspace / "cxkit.toml").write_text('lang = "pl"\nexclude = ["personas"]\n', encoding="utf-8")
    result = _cxkit(workspace, "lint", "personas")
    assert result.returncode == 2
    assert _advice(result.stderr) == "personas/*.yaml"
