"""A cold lint of files written just before it (a fresh checkout, a generated workspace) lets the
next run answer from their stat alone once they have settled, never for bytes it did not check.

The clock the cache reads is moved on by 10 s while the files are being checked: at the run's
start they are too recent to trust their times (CXKIT_SETTLE_SECONDS=5), at its end they are not.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import cxkit.lint.cache as cache_mod
import cxkit.lint.engine as engine_mod
from conftest import run_cli

OLA = "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\n"
MARK = "kind: persona\nid: mark-runner\nname: Mark Evans\nlang: en\n"


class _Clock:
    """The time module, its wall clock ``ahead`` nanoseconds on."""

    def __init__(self) -> None:
        self.ahead = 0

    def time_ns(self) -> int:
        return time.time_ns() + self.ahead

    def time(self) -> float:
        return time.time() + self.ahead / 1e9

    def __getattr__(self, name: str):
        return getattr(time, name)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "personas" / "mark.yaml").write_text(MARK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "5")  # the files above are younger than that
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    return tmp_path


def _settle_while_checking(monkeypatch: pytest.MonkeyPatch, then=None) -> _Clock:
    """Move the cache's clock 10 s on once the run has checked its files (after ``then``, if given)."""
    clock = _Clock()
    monkeypatch.setattr(cache_mod, "time", clock)
    checked = engine_mod._check_all

    def check_all(*args, **kwargs):
        results = checked(*args, **kwargs)
        if then is not None:
            then()
        clock.ahead = 10_000_000_000
        return results

    monkeypatch.setattr(engine_mod, "_check_all", check_all)
    return clock


def _stat_keys(workspace: Path) -> list[str]:
    runs = json.loads((workspace / ".cxkit_cache" / "runs-v1.json").read_text(encoding="utf-8"))
    return [k for k in runs if k.startswith("stat:")]


def test_files_settled_by_the_end_of_a_cold_run_are_answered_by_their_stat_next(workspace, monkeypatch) -> None:
    _settle_while_checking(monkeypatch)
    first = run_cli("lint", "--format", "json")
    assert first.exception is None and first.exit_code == 1
    assert len(_stat_keys(workspace)) == 1
    # The next run answers from the stat key: the engine is not asked, the report is the same.
    monkeypatch.setattr(engine_mod, "lint", lambda *a, **k: pytest.fail("linted again"))
    second = run_cli("lint", "--format", "json")
    assert (second.exit_code, second.stdout) == (first.exit_code, first.stdout)


def test_a_file_that_reads_otherwise_once_settled_keeps_the_stat_key_out(workspace, monkeypatch) -> None:
    # A second write in the clock tick of the first leaves size and times as they were: only its bytes tell.
    read = engine_mod.read_target

    def rewritten(target):
        raw, size = read(target)
        return (raw.replace(b"Ola Nowak", b"Ola Kowal"), size) if target.display.endswith("ola.yaml") else (raw, size)

    _settle_while_checking(monkeypatch, then=lambda: monkeypatch.setattr(engine_mod, "read_target", rewritten))
    first = run_cli("lint", "--format", "json")
    assert first.exception is None and first.exit_code == 1
    assert _stat_keys(workspace) == []


def test_a_file_changed_while_the_run_checks_it_keeps_the_stat_key_out(workspace, monkeypatch) -> None:
    ola = workspace / "personas" / "ola.yaml"
    _settle_while_checking(monkeypatch, then=lambda: ola.write_text(OLA.replace("Ola Nowak", "Ola Kowalska"), encoding="utf-8"))
    first = run_cli("lint", "--format", "json")
    assert first.exception is None and first.exit_code == 1
    assert _stat_keys(workspace) == []
    second = run_cli("lint", "--format", "json")  # the file as it now is, settled: its stat key is stored
    assert second.exception is None and len(_stat_keys(workspace)) == 1


def test_files_still_too_recent_at_the_end_of_the_run_keep_the_stat_key_out(workspace, monkeypatch) -> None:
    # Read again within their clock tick, their bytes prove nothing: a second write may still come in it.
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "600")
    monkeypatch.setattr(cache_mod, "time", _Clock())
    first = run_cli("lint", "--format", "json")
    assert first.exception is None and first.exit_code == 1
    assert _stat_keys(workspace) == []
