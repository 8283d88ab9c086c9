"""write_atomic sets the temporary file's mode on the open file, not by its name (review19 R19-7).

The mode was set with os.chmod(temporary path) after the file was closed: in a folder others may
write to, the temporary file could be swapped for a link in between, and the chmod then changed the
mode of whatever the link named.  It is now set with os.fchmod on the descriptor, after the owner.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from cxkit import fsutil

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and links")


def test_a_temporary_file_swapped_for_a_link_does_not_pass_the_mode_on(tmp_path: Path, monkeypatch):
    folder = tmp_path / "personas"
    folder.mkdir()
    target = folder / "ola.yaml"
    target.write_text("kind: persona\nid: ola\n", encoding="utf-8")
    target.chmod(0o644)
    secret = tmp_path / "klucz.txt"
    secret.write_text("tajne\n", encoding="utf-8")
    secret.chmod(0o600)
    real_fsync = os.fsync

    def swap_then_fsync(fd: int) -> None:
        # Someone with write access to the folder replaces the temporary file by a link to another file.
        for entry in folder.iterdir():
            if entry.name.startswith(".ola.yaml.") and entry.name.endswith(".tmp") and not entry.is_symlink():
                entry.unlink()
                entry.symlink_to(secret)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", swap_then_fsync)
    fsutil.write_atomic(target, "kind: persona\nid: ola\nname: Ola Nowak\n")
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_the_mode_of_the_file_replaced_is_kept_and_no_path_is_chmodded(tmp_path: Path, monkeypatch):
    target = tmp_path / "ola.yaml"
    target.write_text("kind: persona\nid: ola\n", encoding="utf-8")
    target.chmod(0o640)
    chmodded: list[object] = []
    real_chmod = os.chmod
    monkeypatch.setattr(os, "chmod", lambda path, *a, **k: (chmodded.append(path), real_chmod(path, *a, **k)))
    fsutil.write_atomic(target, "kind: persona\nid: ola\nname: Ola Nowak\n")
    assert chmodded == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "kind: persona\nid: ola\nname: Ola Nowak\n"
