"""A `.cxkit_cache` that refuses a write in a checkout that can be written is told of without
asking the system for a user id it does not have (Windows has no os.geteuid)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cxkit.lint import cache


def _refused() -> PermissionError:
    return PermissionError(errno.EACCES, "Permission denied")


def test_without_geteuid_the_folder_is_said_to_refuse_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "personas-repo" / ".cxkit_cache"
    folder.mkdir(parents=True)
    monkeypatch.delattr(os, "geteuid", raising=False)
    assert cache._blocked_in_writable(folder, _refused()) == (
        "Permission denied: the folder cannot be written, though this checkout can")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a folder away takes root")
def test_a_folder_of_another_user_is_still_named_by_its_owner(tmp_path: Path) -> None:
    folder = tmp_path / "personas-repo" / ".cxkit_cache"
    folder.mkdir(parents=True)
    os.chown(folder, 54321, 54321)
    said = cache._blocked_in_writable(folder, _refused())
    assert said is not None and said.startswith("Permission denied: the folder belongs to ")
    assert said.endswith(", though this checkout can be written")


def test_a_file_where_the_folder_should_be_is_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".cxkit_cache").write_text("x", encoding="utf-8")
    monkeypatch.delattr(os, "geteuid", raising=False)
    assert cache._blocked_in_writable(tmp_path / ".cxkit_cache", _refused()) == "it is a file, not a folder"
