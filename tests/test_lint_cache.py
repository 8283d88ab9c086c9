"""The lint cache: an unchanged workspace is served without parsing, any change is seen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""


def lint(cwd: Path, *args: str) -> tuple[list[dict], str]:
    # A fresh process each time, as a user runs it; CXKIT_TODAY keeps the date-dependent rules still.
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cxkit", "lint", "--format", "json", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1"},
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout), proc.stderr


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


def _rules_loaded(importtime: str) -> bool:
    return "cxkit.lint.engine" in importtime


def test_an_unchanged_workspace_is_served_from_the_cache_without_loading_rules(workspace):
    first, log1 = lint(workspace)
    second, log2 = lint(workspace)
    assert first == second and [f["rule"] for f in first] == ["missing-negative-persona"]
    assert _rules_loaded(log1) and not _rules_loaded(log2)
    ignore = workspace / ".cxkit_cache" / ".gitignore"
    assert ignore.read_text(encoding="utf-8").strip().endswith("*")


def test_an_edit_that_keeps_the_size_is_still_seen(workspace):
    lint(workspace)
    path = workspace / "personas" / "ola.yaml"
    edited = PERSONA.replace("name: Ola Nowak", "name: TODO Nowa")
    assert len(edited) == len(PERSONA)
    path.write_text(edited, encoding="utf-8")
    findings, log = lint(workspace)
    assert "placeholder" in [f["rule"] for f in findings]
    assert _rules_loaded(log)


def test_a_config_change_or_another_selection_is_not_served_stale(workspace):
    assert [f["rule"] for f in lint(workspace)[0]] == ["missing-negative-persona"]
    assert lint(workspace, "--select", "placeholder")[0] == []
    (workspace / "cxkit.toml").write_text('ignore = ["missing-negative-persona"]\n', encoding="utf-8")
    assert lint(workspace)[0] == []
    (workspace / "cxkit.toml").unlink()
    findings, log = lint(workspace)
    assert [f["rule"] for f in findings] == ["missing-negative-persona"]
    assert not _rules_loaded(log)  # the first run's result, still valid, served again


def test_no_cache_neither_reads_nor_writes(workspace):
    lint(workspace, "--no-cache")
    assert not (workspace / ".cxkit_cache").exists()


def test_after_one_edit_only_that_file_is_checked_again(workspace, monkeypatch):
    from cxkit.config import load_config
    from cxkit.lint.engine import lint as run_lint

    (workspace / "personas" / "ewa.yaml").write_text(PERSONA.replace("ola-biegaczka", "ewa-plywaczka"), encoding="utf-8")
    (workspace / "journeys").mkdir()
    (workspace / "journeys" / "ola.yaml").write_text(
        "kind: journey\nid: ola-kupuje\nname: Ola kupuje\npersona: ola-biegaczka\n"
        "stages:\n  - id: awareness\n    name: Świadomość\n", encoding="utf-8")
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(workspace / "cache"))
    config = load_config()
    assert run_lint(["."], config, jobs=1, cache=True).cached_files == 0
    path = workspace / "personas" / "ola.yaml"
    path.write_text(PERSONA + "quote: Biegam, bo lubię\n", encoding="utf-8")
    # Personas carry summaries for the cross-file rules: their cached entries must be reusable too.
    assert run_lint(["."], config, jobs=1, cache=True).cached_files == 2


def test_the_warm_path_and_the_engine_key_the_same_files_alike(workspace, monkeypatch):
    # The engine stores a run under stat_key(targets); the warm path looks it up from plain rows.
    from cxkit.config import load_config
    from cxkit.discovery import discover_with_context, listing_with_context
    from cxkit.lint.cache import _stat_key, stat_key

    (workspace / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    (workspace / "journeys").mkdir()
    (workspace / "journeys" / "ola.yaml").write_text(
        "kind: journey\nid: ola-kupuje\nname: Ola kupuje buty\npersona: ola-biegaczka\n"
        "stages:\n  - id: awareness\n    name: Świadomość\n", encoding="utf-8")
    monkeypatch.chdir(workspace)
    config = load_config()
    for paths in (["."], ["journeys/ola.yaml"], ["personas", "./personas/ola.yaml"]):
        targets, unreadable, shown = discover_with_context(paths, config)
        rows, unreadable_rows, shown_rows = listing_with_context(paths, config)
        assert [(str(t.fs_path), t.display, t.explicit) for t in targets] == [(str(Path(f)), d, e) for f, d, e in rows]
        assert (unreadable, shown) == (unreadable_rows, shown_rows)
        assert stat_key("fp", targets, unreadable) == _stat_key("fp", rows, unreadable_rows) is not None


def test_a_named_file_in_a_configured_workspace_is_served_from_the_cache(workspace):
    (workspace / "cxkit.toml").write_text('paths = ["personas"]\n', encoding="utf-8")
    first, log1 = lint(workspace, "personas/ola.yaml")
    second, log2 = lint(workspace, "personas/ola.yaml")
    assert first == second and _rules_loaded(log1) and not _rules_loaded(log2)
