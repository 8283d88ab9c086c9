"""`cxkit.api.lint(jobs=...)` in a program whose other threads are running (an editor extension's host): the
call checks its files in its own process instead of forking workers that can wait for ever.

Before: `lint(folder, jobs=0)` (every core, as `-j 0`) or `jobs=2` forked workers while another thread of
the program was importing a module; a worker whose rule imported that module (a plugin rule's lazy import)
waited for a lock no thread in it would ever let go, and the call never returned (the child below was killed
by its timeout every time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from plugin_helpers import PERSONA_PL, dist_info, owner_rule_source

#: A plugin rule that imports a module of its own while it checks, as plugins import lazily; its READY, the
#: module's last line, is read so that a module only partly run fails the check.
PLUGIN = owner_rule_source("ACME937", on_check="""\
        import acme_slownik_s37  # imported on the first check, in whichever process checks
        assert acme_slownik_s37.READY
""")

#: The child: a thread of the program imports the module the rule imports (slowly); while it does, the main
#: thread lints 60 files with worker processes asked for.  Prints the findings' count, then whether they are
#: those of a call with no worker.
CHILD = r"""
import sys, threading, time
from cxkit import api

importer = threading.Thread(target=__import__, args=("acme_slownik_s37",))
importer.start()
while "acme_slownik_s37" not in sys.modules:  # the other thread is running the module's code now
    time.sleep(0.01)
got = sorted((f.path, f.code) for f in api.lint("personas", jobs=int(sys.argv[1])))
importer.join()
alone = sorted((f.path, f.code) for f in api.lint("personas", jobs=1))
print(sum(code == "ACME937" for _path, code in got), got == alone)
"""


def test_lint_with_workers_while_another_thread_imports_returns_s37(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    site.mkdir()
    dist_info(site, "acme-slownik", "1.0.0", "owner-required = acme_owner_s37:OwnerRequired")
    (site / "acme_owner_s37.py").write_text(PLUGIN, encoding="utf-8")
    (site / "acme_slownik_s37.py").write_text("import time\ntime.sleep(3)\nREADY = True\n", encoding="utf-8")
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    persona = PERSONA_PL.replace("owner: Zespół CX (Anna Żak)\n", "")
    for n in range(60):  # enough files for worker processes (engine.PARALLEL_MIN_FILES)
        (ws / "personas" / f"ola-{n:02d}.yaml").write_text(persona.replace("ola-biegaczka", f"ola-{n:02d}"),
                                                           encoding="utf-8")
    env = {**os.environ, "CXKIT_TODAY": "2026-12-06",
           "PYTHONPATH": os.pathsep.join([str(site), *filter(None, [os.environ.get("PYTHONPATH")])])}
    env.pop("CXKIT_CACHE_DIR", None)
    for jobs in ("0", "2"):
        proc = subprocess.run([sys.executable, "-c", CHILD, jobs], cwd=ws, env=env, capture_output=True, text=True,
                              timeout=60)
        assert (proc.returncode, proc.stdout.split()) == (0, ["60", "True"]), proc.stderr[-2000:]
