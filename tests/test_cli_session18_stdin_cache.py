"""`cxkit cache clear` counts files in good English, and `cxkit lint -` says it reads no standard input
(tester's day 1: F9, and the cache's "removed 3 cache file(s)").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

TOM_EN = """\
kind: persona
id: tom-baker
name: Tom Baker
lang: en
summary: Runs a two-person bike repair shop in Bristol and orders parts on Sunday evenings.
goals:
  - Get brake pads delivered before Tuesday's first booking
pain_points:
  - Couriers leave parcels at the closed shop door
sources:
  - id: interviews-2026-10
    type: interview
    date: 2026-10-14
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace with one English persona; the current folder."""
    (tmp_path / "cxkit.toml").write_text('lang = "en"\npaths = ["personas"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "tom-baker.yaml").write_text(TOM_EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- cache clear: singular and plural -----------------------------------------------------------


def test_cache_clear_says_file_for_one_and_files_for_more(ws):
    assert run_cli("lint", "--exit-zero").exit_code == 0
    cache = ws / ".cxkit_cache"
    assert run_cli("cache", "clear").stdout == "removed 3 cache files from .cxkit_cache\n"
    assert run_cli("lint", "--exit-zero").exit_code == 0
    for name in ("files-v1.json", "runs-v1.json"):
        (cache / name).unlink()  # the .gitignore cxkit wrote is left
    result = run_cli("cache", "clear")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "removed 1 cache file from .cxkit_cache\n", "")


# --- F9: lint - ------------------------------------------------------------------------------------


# Session 25: `cxkit lint -` reads one document from standard input (tests/test_lint_stdin_s25.py);
# `-` beside other paths is still a usage error.
@pytest.mark.parametrize("args", [("personas", "-"), ("-", "personas")])
def test_lint_dash_with_other_paths_is_a_usage_error(args, ws):
    result = run_cli("lint", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "cxkit: lint reads one document from standard input ('-', or --stdin-filename) or files, not both: "
        "name the files in another run (a file called '-' is named ./-)\n"
    )


def test_a_file_called_dash_is_linted_by_its_path(ws):
    (ws / "-").write_text(TOM_EN, encoding="utf-8")
    result = run_cli("lint", "./-", "--no-cache", "--format", "json", "--select", "duplicate-id")
    assert result.exit_code == 1, result.stderr
    assert "duplicate-id" in result.stdout
