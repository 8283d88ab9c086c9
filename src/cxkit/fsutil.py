"""Writing files so that a reader (or a crash) sees either the old file or the new one."""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import tempfile
from pathlib import Path


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, *, encoding: str = "utf-8", follow_symlinks: bool = True
) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's permissions.

    The data goes to a temporary file in the same folder, is flushed to disk,
    and then replaces the target in one rename.  A symbolic link is followed,
    so the link stays and the file it points at gets the new content; with
    ``follow_symlinks=False`` the link itself is replaced by a regular file
    (for files cxkit owns, where a planted link must not redirect the write).
    A device or a pipe (followed links only) is written into: it has no
    content to keep and must not be replaced.  A file that no one may write
    (no ``w`` bit), or that this user may not write, is refused with
    ``PermissionError``, even for root: the rename would get past it.
    """
    target = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    if follow_symlinks:
        fd = _open_descriptor(target)
        if fd is not None:
            _write_descriptor(fd, payload)
            return
        try:
            kind = os.stat(target).st_mode
        except OSError:
            kind = stat.S_IFREG
        if not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
            # A device, a pipe or a terminal (`-o /dev/stdout`): written into, as a shell redirect
            # does; replacing it with a file would remove the device node or the pipe.
            with open(target, "wb") as handle:
                handle.write(payload)
            return
    if follow_symlinks and target.is_symlink():
        target = Path(os.path.realpath(target))  # write through the link; replacing it would drop the link
    folder = target.parent if str(target.parent) else Path(".")
    try:
        info = target.stat() if follow_symlinks else target.lstat()
        mode = None if stat.S_ISLNK(info.st_mode) else stat.S_IMODE(info.st_mode)
    except FileNotFoundError:
        mode = None
    if follow_symlinks and mode is not None:
        # The rename would get past what the file says: a read-only file, one this user may not
        # write, or one on a read-only mount would be replaced (and handed to this user).
        # Refused, as writing into it would be, in the words of the real reason.
        if not mode & 0o222:
            raise PermissionError(errno.EACCES, "the file is read-only", str(path))
        try:
            os.close(os.open(target, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0)))  # no O_TRUNC: nothing changes
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    # A short prefix: the temporary name must fit the 255-byte limit even when the target's name nearly does.
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # a read-only folder: the error names the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


#: Names of a descriptor this process already holds: `-o /dev/stdout` while the shell appends to a log.
_DESCRIPTOR_NAMES = re.compile(r"/dev/(?:(stdout)|(stderr)|fd/(\d+))|/proc/(?:self|thread-self|(\d+))/fd/(\d+)")


def _open_descriptor(target: Path) -> int | None:
    """The descriptor ``target`` names, when it names one of this process's (else None).

    Opened by name, /dev/stdout is the file the shell redirected to, opened anew: a rename would
    replace it and a plain open would truncate it (`>> log.md` would lose the log). Writing into
    the descriptor itself keeps what the shell asked for, appending included.
    """
    found = _DESCRIPTOR_NAMES.fullmatch(os.path.abspath(target))
    if found is None:
        return None
    stdout, stderr, dev_fd, pid, proc_fd = found.groups()
    if pid is not None and int(pid) != os.getpid():
        return None
    fd = 1 if stdout else 2 if stderr else int(dev_fd if dev_fd is not None else proc_fd)
    try:
        os.fstat(fd)
    except OSError:
        return None  # not open here: the name is opened (and fails) as any other
    return fd


def _write_descriptor(fd: int, payload: bytes) -> None:
    import sys

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()  # what Python still buffers goes first
            if stream.fileno() == fd:
                # Through the stream, which knows what to do when its reader has gone (`| head`).
                stream.buffer.write(payload)
                stream.flush()
                return
        except (AttributeError, ValueError, io.UnsupportedOperation):
            pass
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]
