"""A content-hash cache of lint results, so an unchanged workspace re-lints in a blink.

The cache folder (``.cxkit_cache`` beside the config, or ``CXKIT_CACHE_DIR``)
ignores itself in git.  Entries are keyed by a fingerprint of everything that
can change a result — cxkit's version, the configuration and selected rules,
the lexicons, the date for date-dependent rules — plus each file's bytes, so a
stale entry is never used; it simply misses.  Every write is atomic; a broken
or foreign cache file is ignored, never fatal.  The cache is JSON, never
pickle: a cache folder committed by someone else must not be able to run code.
"""

from __future__ import annotations

import hashlib
import os
import json
from pathlib import Path
from typing import Any

CACHE_DIR_NAME = ".cxkit_cache"
_FILES = "files-v1.json"
_RUNS = "runs-v1.json"
_MAX_RUNS = 8


def cache_dir(root: Path) -> Path:
    override = os.environ.get("CXKIT_CACHE_DIR")
    return Path(override) if override else root / CACHE_DIR_NAME


def file_key(fingerprint: str, display: str, explicit: bool, raw: bytes) -> str:
    h = hashlib.blake2b(raw, digest_size=16)
    h.update(f"\0{fingerprint}\0{display}\0{int(explicit)}".encode())
    return h.hexdigest()


def run_key(fingerprint: str, file_keys: list[str], extra: list[Any]) -> str:
    h = hashlib.blake2b(fingerprint.encode(), digest_size=16)
    for key in file_keys:
        h.update(key.encode())
    h.update(repr(extra).encode())
    return h.hexdigest()


class LintCache:
    """Per-file results and whole-run results, loaded lazily and saved atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, Any] | None = None
        self._runs: dict[str, Any] | None = None
        self._dirty_files = False
        self._dirty_runs = False

    def _load(self, name: str) -> dict[str, Any]:
        try:
            with open(self.folder / name, "rb") as fh:
                data = json.loads(fh.read())
        except (OSError, ValueError, RecursionError):
            return {}
        return data if isinstance(data, dict) else {}

    def get_run(self, key: str) -> Any:
        if self._runs is None:
            self._runs = self._load(_RUNS)
        return self._runs.get(key)

    def put_run(self, key: str, value: Any) -> None:
        if self._runs is None:
            self._runs = self._load(_RUNS)
        # Keep only a few whole-run entries: they are a shortcut, not a history.
        while len(self._runs) >= _MAX_RUNS:
            self._runs.pop(next(iter(self._runs)))
        self._runs[key] = value
        self._dirty_runs = True

    def get_file(self, key: str) -> Any:
        if self._files is None:
            self._files = self._load(_FILES)
        return self._files.get(key)

    def put_files(self, entries: dict[str, Any], keep: set[str]) -> None:
        """Store new per-file results; drop entries this run no longer uses."""
        if self._files is None:
            self._files = self._load(_FILES)
        stale = [k for k in self._files if k not in keep]
        for k in stale:
            del self._files[k]
        self._files.update(entries)
        self._dirty_files = self._dirty_files or bool(entries) or bool(stale)

    def save(self) -> None:
        if not (self._dirty_files or self._dirty_runs):
            return
        from ..fsutil import write_atomic

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                write_atomic(ignore, "# cxkit's lint cache; safe to delete (`cxkit cache clear`)\n*\n")
            if self._dirty_files and self._files is not None:
                write_atomic(self.folder / _FILES, json.dumps(self._files, ensure_ascii=False, separators=(",", ":")))
            if self._dirty_runs and self._runs is not None:
                write_atomic(self.folder / _RUNS, json.dumps(self._runs, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            # A read-only checkout must still lint; the cache is only a shortcut.
            pass


def clear(folder: Path) -> int:
    """Delete the cache files in ``folder``; return how many were removed."""
    removed = 0
    for name in (_FILES, _RUNS, ".gitignore"):
        try:
            (folder / name).unlink()
            removed += 1
        except FileNotFoundError:
            pass
    try:
        folder.rmdir()
    except OSError:
        pass
    return removed
