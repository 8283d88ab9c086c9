"""A broken install exits 2 with one line, not 1 with a traceback (tester11 L10).

While a module of cxkit could not be imported (an install half-upgraded, a checkout mid-edit),
`cxkit lint` died in the console script's own import with a traceback and exit 1, which CI reads
as "findings". The script now starts at cxkit.entry, which catches that import.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BROKEN = """\
import sys, types
import cxkit
sys.modules["cxkit.cliutil"] = types.ModuleType("cxkit.cliutil")  # a module without the names cli takes
sys.argv = ["cxkit", "lint"]
from cxkit.entry import main
main()
"""


def test_the_console_script_starts_at_the_guarded_entry_point():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["cxkit"] == "cxkit.entry:main"


def test_a_module_that_cannot_be_imported_is_an_internal_error_exit_2(tmp_path):
    done = subprocess.run([sys.executable, "-c", BROKEN], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("cxkit: internal error: cxkit could not start (ImportError: cannot import name")
    assert done.stderr.count("\n") == 1


def test_python_m_cxkit_runs_through_it(tmp_path):
    # Guard: the working command line is unchanged.
    done = subprocess.run([sys.executable, "-m", "cxkit", "--version"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("cxkit ")
