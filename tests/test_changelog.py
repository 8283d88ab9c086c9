"""CHANGELOG.md: the settings it offers to restore old behaviour are real and do restore it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

PERSONA = """\
kind: persona
id: marta-ksiegowa
name: Marta
demographics:
  age: 30-40
"""


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache", "--select", "pseudo-profiling", "--format", "json", "."],
        cwd=folder, capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-12-05"},
    )


def test_the_max_age_span_setting_the_changelog_offers_restores_the_old_limit(tmp_path):
    blocks = re.findall(r"```toml\n(.*?)```", CHANGELOG, flags=re.S)
    snippet = next(b for b in blocks if "max-age-span" in b)
    (tmp_path / "marta.yaml").write_text(PERSONA, encoding="utf-8")
    before = _lint(tmp_path)
    assert before.returncode == 1 and "max-age-span 5" in before.stdout  # the new default reports it
    (tmp_path / "cxkit.toml").write_text(snippet, encoding="utf-8")
    after = _lint(tmp_path)
    assert (after.returncode, after.stdout.strip(), after.stderr) == (0, "[]", "")


def test_the_readme_points_to_the_changelog():
    assert "[`CHANGELOG.md`](CHANGELOG.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
