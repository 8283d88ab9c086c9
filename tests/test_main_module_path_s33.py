"""`python -m cxkit` run at a checkout's top imports no module the checkout holds.

`python -m` puts the current folder first on Python's path, so every module cxkit (or its
libraries, or a rule plugin) imported afterwards was looked for in the checkout being linted first:
a pull request that committed a `json.py` or `difflib.py` beside its personas had it run by
`python -m cxkit lint` in CI. cxkit now takes the current folder off the path before it imports
anything else (docs/plugins.md promises that nothing in the checkout is read).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cxkit
from plugin_helpers import PERSONA_PL

SRC = str(Path(cxkit.__file__).resolve().parents[1])  # the cxkit under test, also for an export
PLANTED = 'import pathlib\npathlib.Path({marker!r}).write_text("ran code from the pull request")\n'


def python_m(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, "CXKIT_TODAY": "2026-12-06", "COLUMNS": "120"}
    env.pop("PYTHONSAFEPATH", None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


def test_python_m_cxkit_in_a_checkout_runs_no_module_it_commits(tmp_path):
    """Fails before: the planted json.py and difflib.py ran (marker written), and cxkit broke."""
    ws = tmp_path / "cx-repo"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    marker = tmp_path / "pwned"
    for name in ("json", "difflib"):
        (ws / f"{name}.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    result = python_m(ws, "lint", "--no-cache", "-f", "json", "personas")
    assert not marker.exists()
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout.lstrip().startswith("["), result.stdout


def test_python_m_cxkit_in_its_own_source_folder_still_runs(tmp_path):
    """Guard: run in the folder cxkit itself is imported from, that folder stays on the path."""
    result = python_m(Path(SRC), "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("cxkit ")
