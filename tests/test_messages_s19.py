"""Messages that say how to fix what they report, with paths as the user sees them (tester_ops F5, F6, F9, F12, F13).

- F12: the command suggested for a named folder that `exclude` leaves out is shell-safe: pasted as
  printed, it checks that folder's files.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA_PL = """\
kind: persona
id: {id}
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
"""


def cli(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(where)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "CI": "1"})


# --- F12: the suggested command for an excluded folder ------------------------------------------


@pytest.mark.parametrize("folder", ["zespół sprzedaży", "a'b $x", "szkice&(stare)"])
def test_the_command_suggested_for_an_excluded_folder_runs_as_printed(tmp_path, monkeypatch, folder):
    (tmp_path / "cxkit.toml").write_text(f"exclude = [{json.dumps(folder, ensure_ascii=False)}]\n", encoding="utf-8")
    (tmp_path / "personas" / folder).mkdir(parents=True)
    (tmp_path / "personas" / folder / "ola.yaml").write_text(PERSONA_PL.format(id="ola-biegaczka"), encoding="utf-8")
    result = cli(tmp_path, monkeypatch, "lint", "--no-cache", f"personas/{folder}")
    assert result.exit_code == 0
    m = re.search(r"to check its files anyway, name them \(cxkit lint (.+)\)\n\Z", result.stderr)
    assert m, result.stderr
    assert m.group(1).endswith("/*.yaml")  # the glob outside the quotes, where the shell expands it
    pasted = subprocess.run(
        ["/bin/sh", "-c", f'"$0" -m cxkit lint --no-cache {m.group(1)}', sys.executable],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "CI": "1"},
    )
    assert pasted.stderr == ""
    assert "(1 document in 1 file)" in pasted.stdout or "in 1 file;" in pasted.stdout, pasted.stdout


def test_a_plain_polish_folder_name_is_not_quoted(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('exclude = ["szkice"]\n', encoding="utf-8")
    (tmp_path / "zespół" / "szkice").mkdir(parents=True)
    result = cli(tmp_path, monkeypatch, "lint", "--no-cache", "zespół/szkice")
    assert result.stderr.endswith("name them (cxkit lint zespół/szkice/*.yaml)\n")
