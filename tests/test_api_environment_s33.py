"""`import cxkit` (and its API) leaves the host program's environment as it was.

Importing cxkit set `_CXKIT_START_FOLDER` in `os.environ`, so every process a program using
`cxkit.api` started afterwards (its own tools, its test runner's workers) inherited a variable of
cxkit's. The command line's own process still sets it, for its lint workers started by spawn.
"""

from __future__ import annotations

import os
import subprocess
import sys

import cxkit
from cxkit import cli, entry

VARIABLE = "_CXKIT_START_FOLDER"


def probe(code: str, cwd, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != VARIABLE}
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, env={**clean, **env}, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_importing_cxkit_and_its_api_sets_no_environment_variable(tmp_path):
    """Fails before: the variable was in os.environ after `import cxkit`."""
    code = ("import os, cxkit, cxkit.api; "
            "print(repr(os.environ.get('_CXKIT_START_FOLDER')), cxkit._FIRST_FOLDER == os.getcwd())")
    assert probe(code, tmp_path) == "None True"


def test_an_inherited_start_folder_is_still_read(tmp_path):
    """Guard: a worker (spawned by the command line) takes the start folder its main process handed on."""
    first = tmp_path / "gdzie-start"
    first.mkdir()
    code = "import cxkit; print(cxkit._FIRST_FOLDER)"
    assert probe(code, tmp_path, **{VARIABLE: str(first)}) == str(first)


def test_the_command_line_sets_it_for_its_workers(monkeypatch, tmp_path):
    """Fails before: nothing but `import cxkit` set it (now the console script's entry does)."""
    monkeypatch.setenv(VARIABLE, "placeholder")
    monkeypatch.delenv(VARIABLE)
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(tmp_path))
    monkeypatch.setattr(cxkit, "_COMMAND_LINE", False, raising=False)
    seen = {}

    def fake_run() -> None:
        seen["folder"] = os.environ.get(VARIABLE)

    monkeypatch.setattr(cli, "run_as_process", fake_run)
    entry.main()
    assert seen == {"folder": str(tmp_path)}
    assert cxkit._COMMAND_LINE is True
