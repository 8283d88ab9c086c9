"""CXKIT_CACHE_DIR='~/.cache/cxkit' where the home folder does not exist (tester37 L2: `HOME=/nonexistent`, the
conventional home of a service user, which must never be made): no folder is made there; one warning says
why, and the run goes on without the cache, its report and exit code unchanged."""

from __future__ import annotations

import os

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="HOME is not where ~ leads on Windows")


def run(*args: str):
    from cxkit.lint import cache

    cache._WARNED.clear()  # said once a process: each run is a process of its own
    return run_cli(*args)


@pytest.fixture
def ws(tmp_path, monkeypatch):
    work = tmp_path / "praca"
    work.mkdir()
    enter_workspace(work, monkeypatch, config='lang = "pl"\n', today="2026-12-07", files={"personas/tomek.yaml": PERSONA_PL})
    monkeypatch.setenv("CXKIT_CACHE_DIR", "~/.cache/cxkit")
    return tmp_path


@pytest.mark.parametrize("command", [["lint"], ["fmt", "--check"]])
def test_a_home_that_does_not_exist_is_not_made(ws, monkeypatch, command):
    """Fails before: /…/nonexistent/.cache/cxkit was made, without a word."""
    home = ws / "nonexistent"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("CXKIT_CACHE_DIR")
    expected = run(*command, "--no-cache")
    monkeypatch.setenv("CXKIT_CACHE_DIR", "~/.cache/cxkit")
    result = run(*command)
    assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout)
    assert (f"cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje ~/.cache/cxkit, ale folder domowy {home} nie istnieje; "
            "polecenie wykonano bez pamięci podręcznej\n") in result.stderr  # the workspace is Polish, and so is the cache's warning (s38)
    assert not home.exists()
    assert not (ws / "praca" / ".cxkit_cache").exists()


def test_a_home_that_exists_gets_the_cache_as_before(ws, monkeypatch):
    home = ws / "dom"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    result = run("lint")
    assert "CXKIT_CACHE_DIR" not in result.stderr
    assert (home / ".cache" / "cxkit" / "files-v1.json").is_file()
