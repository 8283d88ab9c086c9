"""A lint run with no baseline in force imports no baseline code (session 32): the warm path of a
workspace without `baseline` stays as light as before the baseline came."""

from __future__ import annotations

import json
import os
import subprocess
import sys

#: One process, three runs: no `baseline` key; the key with --no-baseline; the key (the guard: read).
PROBE = """
import json, pathlib, sys
from cxkit.cli import main
seen = []
for config, extra in (('lang = "pl"', []), ('lang = "pl"\\nbaseline = "b.json"', ["--no-baseline"]),
                      ('lang = "pl"\\nbaseline = "b.json"', [])):
    pathlib.Path("cxkit.toml").write_text(config + "\\n", encoding="utf-8")
    sys.argv = ["cxkit", "lint", "--no-cache", *extra]
    try:
        main()
    except SystemExit:
        pass
    seen.append(sorted(m for m in sys.modules if m.startswith("cxkit.lint.baseline")))
sys.stderr.write("\\n" + json.dumps(seen))
"""


def test_no_baseline_module_without_a_baseline(tmp_path):
    """Fails before: cxkit.lint.baseline was imported by every `cxkit lint` (a real process: its modules at exit)."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\ngoals:\n  - Ceni jakość\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG")}
    env.update(NO_COLOR="1", CXKIT_TODAY="2026-12-01")
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, env=env,
                          timeout=60)
    assert json.loads(proc.stderr.rsplit("\n", 1)[-1]) == [[], [], ["cxkit.lint.baseline"]], proc.stderr
