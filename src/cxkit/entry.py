"""The console script's entry point: it starts the command line, or says that cxkit cannot start.

The script's own import is the one thing cxkit's error handling cannot catch: an install left
half-upgraded (a module of one version importing a name another version does not have) ended in a
Python traceback and exit 1, the code that says "findings", so a CI job read a broken tool as a
workspace with problems. Here that import is caught: one `cxkit: internal error` line, exit 2.
"""

from __future__ import annotations

import sys


def main() -> None:
    import os

    import cxkit

    cxkit._COMMAND_LINE = True  # this process is cxkit's own: it may hand settings to its workers in the environment
    # Where it started, for a lint worker started by spawn (it begins wherever this process then is).
    os.environ.setdefault("_CXKIT_START_FOLDER", cxkit._START_FOLDER or "")
    try:
        from .cli import run_as_process as run
    except Exception as exc:  # noqa: BLE001 - any failure to import is a broken install, never findings
        sys.stderr.write(f"cxkit: internal error: cxkit could not start ({type(exc).__name__}: {exc}); "
                         "its installation is broken or half-upgraded: reinstall cxkit\n")
        raise SystemExit(2) from None
    run()
