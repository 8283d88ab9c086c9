"""`cxkit --version` loads no more modules than before `--help` got its own layout: the help
formatter is imported when help is shown (tests/test_help_narrow_s30.py checks that help is
still laid out by it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import sys
from cxkit.cli import main
sys.argv = ["cxkit", "--version"]
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\n" + json.dumps(sorted(m for m in sys.modules if m.startswith("cxkit"))))
""".replace("import sys", "import json, sys", 1)


def test_version_does_not_load_the_help_formatter() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")}
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.startswith("cxkit "), proc.stdout + proc.stderr
    modules = json.loads(proc.stderr.rsplit("\n", 1)[-1])
    assert "cxkit.helpformat" not in modules, modules

