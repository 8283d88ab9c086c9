"""One `disable-file` comment naming several rules that silence nothing: its reports come out in
the same order on every run, whatever Python's string hashing (PYTHONHASHSEED) is that run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola biegaczka
lang: pl
goals:
  - Przebiec półmaraton w Gdyni poniżej 2 godzin
behaviours:
  - Biega 3 razy w tygodniu z zegarkiem Garmin
pain_points:
  - Buty za 600 zł zdzierają się po 4 miesiącach
"""

NEGATIVE = """\
# cxkit: disable-file=mirrored-negative-persona,missing-negative-persona
kind: negative-persona
id: spacerowicz
name: Spacerowicz
lang: pl
reasons:
  - Chodzi na spacery z psem i nie potrzebuje butów do biegania
"""


def _lint(workspace: Path, seed: int) -> tuple[int, list[dict]]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "COLUMNS": "100"}
    run = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache", "--format", "json", "personas"],
        cwd=workspace, env=env, capture_output=True, text=True, timeout=120,
    )
    return run.returncode, json.loads(run.stdout)


def test_stale_disable_file_reports_keep_one_order_across_hash_seeds(tmp_path: Path) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "personas" / "spacerowicz.yaml").write_text(NEGATIVE, encoding="utf-8")
    outputs = set()
    for seed in range(8):
        code, findings = _lint(tmp_path, seed)
        assert code == 1
        stale = [f["message"] for f in findings if f["path"] == "personas/spacerowicz.yaml" and f["line"] == 1]
        assert stale == [
            "'disable-file=mirrored-negative-persona' suppresses nothing in this file; remove it",
            "'disable-file=missing-negative-persona' suppresses nothing in this file; remove it",
        ]
        outputs.add(json.dumps(findings))
    assert len(outputs) == 1
