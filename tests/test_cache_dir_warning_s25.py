"""The warning about an unusable CXKIT_CACHE_DIR names the command's cache and says what failed (review19 R19-4).

`cxkit fmt` said the folder "cannot hold the lint cache", though fmt keeps a cache of its own, and a
folder that could not be made was told of with the system's words alone: "(No such file or
directory)".  The warning now names the fmt cache for fmt (the cache, for `cache clear`) and says
that writing there failed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

from cxkit.lint import cache

PERSONA = "kind: persona\nid: p-anna\nname: Anna Nowak\nlang: pl\ngoals:\n  - Odebrać receptę dla mamy w 15 minut\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cache, "_WARNED", set())
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/anna.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "plik").write_text("not a folder\n", encoding="utf-8")
    return tmp_path


def test_fmt_names_its_own_cache(ws, monkeypatch):
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"{ws}/plik")
    result = run_cli("fmt", "--check", "personas")
    assert result.exit_code == 0
    assert result.stderr.splitlines(keepends=True)[0] == (
        f"cxkit: warning: CXKIT_CACHE_DIR names {ws}/plik, which cannot hold the fmt cache (it is a file, not a "
        "folder); the run went on without it\n")


def test_lint_still_names_the_lint_cache(ws, monkeypatch):
    # Guard: lint's words are as they were.
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"{ws}/plik")
    result = run_cli("lint", "-f", "json")
    assert result.exception is None and result.exit_code == 1  # the persona cites no source: CX301
    assert result.stderr == (f"cxkit: warning: CXKIT_CACHE_DIR names {ws}/plik, which cannot hold the lint cache "
                             "(it is a file, not a folder); the run went on without it\n")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc, where no folder can be made")
@pytest.mark.parametrize(("command", "kind"), [(("lint", "-f", "json"), "the lint cache"),
                                               (("fmt", "--check", "personas"), "the fmt cache")])
def test_a_folder_that_cannot_be_made_says_writing_there_failed(ws, monkeypatch, command, kind):
    monkeypatch.setenv("CXKIT_CACHE_DIR", "/proc/cxkit-cache-test")
    result = run_cli(*command)
    assert result.exception is None and result.exit_code == (1 if kind == "the lint cache" else 0)
    assert result.stderr.splitlines(keepends=True)[0] == (
        f"cxkit: warning: CXKIT_CACHE_DIR names /proc/cxkit-cache-test, which cannot hold {kind} (writing there "
        "failed: No such file or directory); the run went on without it\n")
