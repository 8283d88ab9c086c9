"""The lint cache keys a link by where it leads. `per-file-ignores` match a link by the path of the file
it leads to too, so `personas/stare -> ../legacy` with `"legacy/" = ["pseudo-profiling"]` hides a
CX101. After `mv legacy archiwum && ln -sfn ../archiwum personas/stare` the file keeps its inode, size
and times, and the link keeps its name: a warm run served the old verdict (no CX101) where a run
without the cache reports it, and the other way round. Real processes, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

LEGACY = """\
kind: persona
id: margaret-legacy
name: Margaret Hughes
lang: en
goals:
  - Renews the family's broadband contract every two years after comparing three providers
psychographics:
  values:
    - Tech-savvy
"""

STARA = """\
kind: persona
id: halina-stara
name: Halina Kowalczyk
lang: pl
goals:
  - Co miesiąc opłaca rachunki w okienku poczty na Grochowie, bo nie ufa bankowości w telefonie
psychographics:
  values:
    - Nowoczesna
"""


def _lint(cwd: Path, *args: str, settle: str | None) -> tuple[list[tuple[str, str]], str]:
    env = {"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-12-06", "NO_COLOR": "1", "COLUMNS": "120"}
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    if settle is not None:
        env["CXKIT_SETTLE_SECONDS"] = settle  # "0": trust the times of files just written (the stat-only path)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "cxkit", "lint", "--format", "json", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return sorted((f["path"], f["rule"]) for f in json.loads(proc.stdout)), proc.stderr


def _workspace(tmp_path: Path, folder: str) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "margaret.yaml").write_text(LEGACY, encoding="utf-8")
    (tmp_path / folder / "halina.yaml").write_text(STARA, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text(
        'paths = ["personas"]\n\n[per-file-ignores]\n"legacy/" = ["pseudo-profiling"]\n', encoding="utf-8")
    return tmp_path


def _move(ws: Path, old: str, new: str, link: str, to: str) -> None:
    (ws / old).rename(ws / new)
    (ws / link).unlink()
    (ws / link).symlink_to(to)


def _profiling(found: list[tuple[str, str]]) -> list[str]:
    return [path for path, rule in found if rule == "pseudo-profiling"]


SETTLE = pytest.mark.parametrize("settle", ["0", None], ids=["stat-key", "content-key"])


@SETTLE
@pytest.mark.parametrize("args", [("personas/stare",), ("personas/stare/margaret.yaml", "personas/stare/halina.yaml")],
                         ids=["folder-named", "files-named"])
def test_a_linked_folder_moved_out_of_an_ignored_folder(tmp_path, settle, args):
    # (A scan does not follow a link to a folder: it is named, or a file in it is.)
    ws = _workspace(tmp_path, "legacy")
    (ws / "personas" / "stare").symlink_to("../legacy")
    first, _ = _lint(ws, *args, settle=settle)
    assert _profiling(first) == []
    _move(ws, "legacy", "archiwum", "personas/stare", "../archiwum")
    fresh, _ = _lint(ws, "--no-cache", *args, settle=settle)
    assert _profiling(fresh) == ["personas/stare/halina.yaml", "personas/stare/margaret.yaml"]
    warm, _ = _lint(ws, *args, settle=settle)
    assert warm == fresh


@SETTLE
def test_a_linked_folder_moved_into_an_ignored_folder(tmp_path, settle):
    ws = _workspace(tmp_path, "archiwum")
    (ws / "personas" / "stare").symlink_to("../archiwum")
    first, _ = _lint(ws, "personas/stare", settle=settle)
    assert len(_profiling(first)) == 2
    _move(ws, "archiwum", "legacy", "personas/stare", "../legacy")
    warm, _ = _lint(ws, "personas/stare", settle=settle)
    assert _profiling(warm) == []
    assert warm == _lint(ws, "--no-cache", "personas/stare", settle=settle)[0]


@SETTLE
def test_a_file_link_whose_target_moved(tmp_path, settle):
    ws = _workspace(tmp_path, "legacy")
    (ws / "personas" / "margaret.yaml").symlink_to("../legacy/margaret.yaml")
    first, _ = _lint(ws, settle=settle)
    assert _profiling(first) == []
    _move(ws, "legacy", "archiwum", "personas/margaret.yaml", "../archiwum/margaret.yaml")
    warm, _ = _lint(ws, settle=settle)
    assert _profiling(warm) == ["personas/margaret.yaml"]
    assert warm == _lint(ws, "--no-cache", settle=settle)[0]


@pytest.mark.parametrize("link", ["personas/stare", "personas/margaret.yaml"])
def test_a_link_whose_target_stays_is_still_served_from_the_cache(tmp_path, link):
    # Guard: the warm path still answers a workspace with links without loading the rules.
    ws = _workspace(tmp_path, "legacy")
    (ws / link).symlink_to("../legacy" if link.endswith("stare") else "../legacy/margaret.yaml")
    first, log1 = _lint(ws, settle="0")
    second, log2 = _lint(ws, settle="0")
    assert first == second and _profiling(first) == []
    assert "cxkit.lint.engine" in log1 and "cxkit.lint.engine" not in log2
