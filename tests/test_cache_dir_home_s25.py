"""CXKIT_CACHE_DIR="~/…" means the home folder, as a CI file's `env:` passes it unexpanded (tester16 note).

A GitHub Actions or GitLab `env:` entry `CXKIT_CACHE_DIR: ~/.cache/cxkit` reaches cxkit with the `~`
as written, where no shell expands it: cxkit made a folder named `~` in the working folder, so the
cache was never where the job's cache step saved and restored it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PERSONA = """kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
goals:
  - Zamawia karmę dla dwóch psów co dwa tygodnie przez aplikację sklepu Zoofast
"""


def test_a_tilde_in_cxkit_cache_dir_is_the_home_folder(tmp_path: Path) -> None:
    work, home = tmp_path / "ws", tmp_path / "home"
    (work / "personas").mkdir(parents=True)
    home.mkdir()
    (work / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (work / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    env = dict(os.environ, HOME=str(home), CXKIT_CACHE_DIR="~/.cache/cxkit", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--format", "json", "."], cwd=work, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 1), done.stderr
    assert not (work / "~").exists()
    assert (home / ".cache" / "cxkit").is_dir() and any((home / ".cache" / "cxkit").iterdir())
    assert "warning" not in done.stderr
