"""Every file cxkit rewrites keeps its owner and group where the user may keep them (tester14 F4).

`fsutil.write_atomic` writes a temporary file and renames it over the old one: the mode was kept,
but the new file belonged to whoever ran cxkit, so `cxkit fmt` in a Docker CI job or under sudo
(root) handed a developer's persona to root.  The owner and group are now kept when this user may
set them; a refusal leaves the file written all the same.  A hard link is not kept: the rename
makes a new file, and the other name keeps the old content (as documented).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cxkit.fsutil import write_atomic

NOBODY = 65534
USERS = 100

as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (chown to another user)")

OLA = "name: Ola Nowak\nkind: persona\nid: ola\nlang: pl\n"
OLA_ORDERED = "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n"


@as_root
def test_root_keeps_the_files_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "ola.yaml"
    path.write_text(OLA, encoding="utf-8")
    os.chown(path, NOBODY, USERS)
    os.chmod(path, 0o640)
    write_atomic(path, OLA_ORDERED)
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (NOBODY, USERS, 0o640)
    assert path.read_text(encoding="utf-8") == OLA_ORDERED


@as_root
def test_fmt_as_root_keeps_the_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["."]\n', encoding="utf-8")
    path = tmp_path / "ola.yaml"
    path.write_text(OLA, encoding="utf-8")
    os.chown(path, NOBODY, NOBODY)
    result = cli("fmt", "--no-cache", "ola.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert path.read_text(encoding="utf-8") == OLA_ORDERED
    assert (path.stat().st_uid, path.stat().st_gid) == (NOBODY, NOBODY)


@as_root
def test_a_user_who_may_not_give_the_owner_keeps_the_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A shared repository: the file is nobody's and the `users` group's; a member of `users` who
    # is not its owner rewrites it. The system refuses to give the file another owner, but lets a
    # member give it a group of their own: the group stays `users`.
    path = tmp_path / "ola.yaml"
    path.write_text(OLA, encoding="utf-8")
    os.chown(path, NOBODY, USERS)
    real = os.fchown
    calls = []

    def as_a_member(fd: int, uid: int, gid: int) -> None:
        calls.append((uid, gid))
        if uid != -1:
            raise PermissionError(errno.EPERM, "Operation not permitted")
        real(fd, uid, gid)

    monkeypatch.setattr(os, "fchown", as_a_member)
    write_atomic(path, OLA_ORDERED)
    monkeypatch.undo()
    assert calls == [(NOBODY, USERS), (-1, USERS)]
    info = path.stat()
    assert (info.st_uid, info.st_gid) == (os.geteuid(), USERS)
    assert path.read_text(encoding="utf-8") == OLA_ORDERED


def test_a_refused_chown_still_writes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ola.yaml"
    path.write_text(OLA, encoding="utf-8")
    os.chmod(path, 0o640)
    calls = []

    def refuse(fd: int, uid: int, gid: int) -> None:
        calls.append((uid, gid))
        raise PermissionError(errno.EPERM, "Operation not permitted")

    real_fstat = os.fstat

    def other_owner(fd: int) -> os.stat_result:
        # The file seen as someone else's, so that the owner has to be given back.
        info = real_fstat(fd)
        fields = list(info)
        fields[4] = info.st_uid + 1
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fchown", refuse)
    monkeypatch.setattr(os, "fstat", other_owner)
    write_atomic(path, OLA_ORDERED)
    monkeypatch.undo()
    assert calls, "the owner was not asked for"
    assert path.read_text(encoding="utf-8") == OLA_ORDERED
    assert path.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_hard_link_keeps_the_old_content(tmp_path: Path) -> None:
    # As documented: the rename makes a new file; the other name is no longer the same file.
    path = tmp_path / "ola.yaml"
    path.write_text(OLA, encoding="utf-8")
    other = tmp_path / "kopia.yml"
    os.link(path, other)
    write_atomic(path, OLA_ORDERED)
    assert path.read_text(encoding="utf-8") == OLA_ORDERED
    assert other.read_text(encoding="utf-8") == OLA
    assert path.stat().st_nlink == 1
