"""`cxkit cache clear` with nothing to clear and no config here or above (tester8 L3).

It names the lint caches in folders below, with the command that clears each, only when there is
one; where there is simply no cache yet (a run still going, or none ever made), the line is just
"nothing to clear: no cache at X", with no talk of configs elsewhere.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = """\
kind: persona
id: zbigniew-emeryt
name: Pan Zbigniew
lang: pl
summary: Emeryt z Radomia, 71 lat, przenosi numer do nowej sieci, bo rachunek wzrósł o 18 zł.
goals:
  - Zachować numer, który zna cała rodzina
behaviours:
  - Dzwoni na infolinię zamiast korzystać z aplikacji
pain_points:
  - Nie rozumie, czym jest kod PUK i gdzie go szukać
"""


@pytest.fixture
def top(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "warsztat"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    return root


def cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def lint_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.chdir(folder)
        assert cli("lint", "--format", "json").exit_code in (0, 1)
    assert (folder / ".cxkit_cache").is_dir()


def test_no_cache_anywhere_is_said_plainly(top: Path) -> None:
    (top / "personas").mkdir()
    (top / "personas" / "zbigniew.yaml").write_text(PERSONA, encoding="utf-8")
    result = cli("cache", "clear")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "nothing to clear: no cache at .cxkit_cache\n", "")


def test_the_cache_just_cleared_is_not_hinted_at(top: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (top / "zbigniew.yaml").write_text(PERSONA, encoding="utf-8")
    lint_in(top, monkeypatch)
    assert cli("cache", "clear").stdout.startswith("removed ")
    # the next run finds nothing: that is no sign of a wrong folder, so no hint
    assert cli("cache", "clear").stdout == "nothing to clear: no cache at .cxkit_cache\n"


def test_a_cache_of_a_run_in_a_folder_below_is_named_with_how_to_clear_it(top: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = top / "szkice kasi"
    sub.mkdir()
    (sub / "zbigniew.yaml").write_text(PERSONA, encoding="utf-8")
    lint_in(sub, monkeypatch)
    result = cli("cache", "clear")
    assert result.exit_code == 0
    assert result.stdout == (
        "nothing to clear: no cache at .cxkit_cache (there is no cxkit config here or above; a folder below has a "
        "lint cache: szkice kasi/.cxkit_cache, which `cd 'szkice kasi' && cxkit cache clear` clears)\n"
    )
    done = subprocess.run("cd 'szkice kasi' && " + __import__("sys").executable + " -m cxkit cache clear",
                          shell=True, cwd=top, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("removed "), done
    assert cli("cache", "clear").stdout == "nothing to clear: no cache at .cxkit_cache\n"


def test_a_workspace_lint_does_not_reach_from_here_is_named_by_folder(top: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q", str(top)], check=True)
    (top / ".gitignore").write_text("archiwum/\n", encoding="utf-8")
    ws = top / "archiwum" / "2025"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "personas" / "zbigniew.yaml").write_text(PERSONA, encoding="utf-8")
    lint_in(ws, monkeypatch)
    result = cli("cache", "clear")
    assert result.stdout == (
        "nothing to clear: no cache at .cxkit_cache (there is no cxkit config here or above; a folder below has a "
        "lint cache: archiwum/2025/.cxkit_cache, which `cxkit cache clear archiwum/2025` clears)\n"
    )
    assert cli("cache", "clear", "archiwum/2025").stdout.startswith("usunięto ")  # archiwum/2025 says lang = "pl"
    assert not (ws / ".cxkit_cache").exists()
