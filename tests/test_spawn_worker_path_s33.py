"""A lint worker started by spawn (Windows) imports nothing from the checkout being linted.

Such a worker is started as `python -c "from multiprocessing.spawn import ..."`, and `-c` puts the
current folder first on Python's path while it imports multiprocessing: `cxkit lint -j 2` run at a
checkout's top that held a `multiprocessing.py` ran it in every worker. Workers are started with
PYTHONSAFEPATH=1 now (the main process's environment is as it was once they are started).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cxkit
from plugin_helpers import PERSONA_PL

SRC = str(Path(cxkit.__file__).resolve().parents[1])
SPAWN_ONLY = """\
import multiprocessing, os, sys
multiprocessing.get_all_start_methods = lambda: ["spawn"]  # as on Windows
if __name__ == "__main__":
    sys.argv[0] = "cxkit"
    from cxkit.entry import main
    before = dict(os.environ)
    try:
        main()
    finally:
        assert "PYTHONSAFEPATH" not in os.environ
"""
PLANTED = 'import pathlib\npathlib.Path({marker!r}).write_text("ran code from the pull request")\n'


def test_spawned_lint_workers_run_no_module_of_the_checkout(tmp_path):
    """Fails before: the planted multiprocessing.py ran in the workers (marker written)."""
    ws = tmp_path / "cx-repo"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    for i in range(60):  # enough files for workers (engine.PARALLEL_MIN_FILES)
        (ws / "personas" / f"ola-{i}.yaml").write_text(PERSONA_PL.replace("ola-biegaczka", f"ola-{i}"), encoding="utf-8")
    marker = tmp_path / "pwned"
    (ws / "multiprocessing.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    runner = tmp_path / "spawn_only.py"
    runner.write_text(SPAWN_ONLY, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC, "CXKIT_TODAY": "2026-12-06"}
    env.pop("PYTHONSAFEPATH", None)
    result = subprocess.run([sys.executable, str(runner), "lint", "--no-cache", "-j", "2", "-f", "json", "personas"],
                            cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    assert not marker.exists()
    assert result.stdout.count('"code": "CX301"') == 60  # every file checked, by whichever process
