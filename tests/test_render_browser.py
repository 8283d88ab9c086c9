"""The HTML export in a real headless browser (Debian's chromium); skipped where it is not installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "scripts" / "check_html_in_browser.py"
FIXTURES = Path(__file__).parent / "fixtures" / "render"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install chromium)")
def test_html_export_loads_offline_and_draws_in_chromium(tmp_path: Path) -> None:
    docs = [FIXTURES / "pl" / "journeys" / "zakup-roweru-cargo.yaml", FIXTURES / "en" / "personas" / "priya-first-dog.yaml"]
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path), "--chromium", str(CHROMIUM), *map(str, docs)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "zakup-roweru-cargo.png").stat().st_size > 20_000
    assert (tmp_path / "priya-first-dog.png").exists()


def test_script_reports_a_missing_browser_as_skipped(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--chromium", str(tmp_path / "no-such-chromium")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 77
    assert "chromium not found" in result.stderr
