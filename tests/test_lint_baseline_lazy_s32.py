"""A lint run with no baseline in force imports no baseline code (session 32): the warm path of a
workspace without `baseline` stays as light as before the baseline came."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
sys.argv = ["cxkit", *sys.argv[1:]]
from cxkit.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\n" + json.dumps(sorted(m for m in sys.modules if m.startswith("cxkit.lint.baseline"))))
"""


def baseline_modules(cwd, *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG")}
    env.update(NO_COLOR="1", CXKIT_TODAY="2026-12-01")
    proc = subprocess.run([sys.executable, "-c", PROBE, "lint", "--no-cache", *args], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=60)
    return json.loads(proc.stderr.rsplit("\n", 1)[-1])


def test_no_baseline_module_without_a_baseline(tmp_path):
    """Fails before: cxkit.lint.baseline was imported by every `cxkit lint`."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\ngoals:\n  - Ceni jakość\n", encoding="utf-8")
    assert baseline_modules(tmp_path) == []
    assert baseline_modules(tmp_path, "--no-baseline") == []
    # Guard: with a baseline in force, it is read.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nbaseline = "b.json"\n', encoding="utf-8")
    assert baseline_modules(tmp_path, "--write-baseline") == ["cxkit.lint.baseline"]
    assert (tmp_path / "b.json").is_file()
