"""Writing files so that a reader (or a crash) sees either the old file or the new one."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .cliutil import CLOSED_AT_START


def write_atomic(
    path: str | os.PathLike[str],
    data: str | bytes | io.IOBase,
    *,
    encoding: str = "utf-8",
    follow_symlinks: bool = True,
    descriptors: bool = False,
    runner_commands: bool = False,
) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's permissions, owner and group.

    The data goes to a temporary file in the same folder, is flushed to disk,
    and then replaces the target in one rename.  The owner and group are kept
    where this user may set them (root in a Docker CI job or under sudo; a
    group of one's own), else the new file is this user's, as any file it
    creates.  The rename makes a new file: a hard link to the old one keeps
    the old content.  A symbolic link is followed,
    so the link stays and the file it points at gets the new content; with
    ``follow_symlinks=False`` the link itself is replaced by a regular file
    (for files cxkit owns, where a planted link must not redirect the write).
    A device or a pipe (followed links only) is written into: it has no
    content to keep and must not be replaced.  With ``descriptors`` (an
    export's ``-o``), missing folders on the way are made first (:func:`make_folders`, as
    pytest's ``--junitxml`` makes them), and a name of one of this process's descriptors
    (``/dev/stdout``, ``/dev/fd/3``, a link to one) is written into that
    descriptor, as a shell redirect would; any other symbolic link, and a folder
    that leads out of the work tree through one, is refused (:func:`export_refusal`),
    and the file written never has execute bits, whatever the file it replaces had.
    A descriptor that may be a CI job's log gets no line its runner obeys (see
    :func:`_no_runner_commands`), unless ``runner_commands``: the text holds them on purpose
    (`cxkit lint -f github -o /dev/stdout`).
    A file that no one may write
    (no ``w`` bit, even for root), that this user may not write, or that
    sits on a read-only mount is refused with ``OSError`` (EACCES, EROFS):
    the rename would get past it.
    ``data`` may be a binary file, read from its start: a regular file gets it a block at a time
    (a long report spooled to disk is never held whole).
    """
    target = Path(path)
    source = data if isinstance(data, io.IOBase) else None
    if source is not None:
        source.seek(0)
    made: list[Path] = []
    payload = b"" if source is not None else data.encode(encoding) if isinstance(data, str) else data
    if follow_symlinks and descriptors:
        fd = _open_descriptor(target)
        if fd is not None:
            payload = source.read() if source is not None else payload
            _write_descriptor(fd, payload if runner_commands else _no_runner_commands(fd, payload), str(path))
            return
        refused = export_refusal(target)
        if refused is not None:
            raise OSError(errno.ELOOP, refused, str(path))
        made = make_folders(target, str(path))
    try:
        _write_file(target, str(path), payload, source, follow_symlinks, descriptors)
    except BaseException:
        remove_folders(made)  # a report that was not written leaves no empty folder behind
        raise


def _write_file(
    target: Path, path: str, payload: bytes, source: io.IOBase | None, follow_symlinks: bool, descriptors: bool
) -> None:
    """The write of :func:`write_atomic` once the folders are there (``path``: the name asked for)."""
    if follow_symlinks:
        try:
            kind = os.stat(target).st_mode
        except OSError:
            kind = stat.S_IFREG
        if not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
            # A device, a pipe or a terminal (`-o /dev/stdout`): written into, as a shell redirect
            # does; replacing it with a file would remove the device node or the pipe.
            with open(target, "wb") as handle:
                _put(handle, payload, source)
            return
    if follow_symlinks and target.is_symlink():
        target = Path(os.path.realpath(target))  # write through the link; replacing it would drop the link
    folder = target.parent if str(target.parent) else Path(".")
    try:
        info = target.stat() if follow_symlinks else target.lstat()
        mode = None if stat.S_ISLNK(info.st_mode) else stat.S_IMODE(info.st_mode)
    except FileNotFoundError:
        info, mode = None, None
    if info is not None and stat.S_ISDIR(info.st_mode):
        # Said of the name asked for, not of the temporary file the write would have failed on.
        raise IsADirectoryError(errno.EISDIR, "a folder has that name; nothing written", str(path))
    if follow_symlinks and mode is not None:
        # The rename would get past what the file says: a read-only file, one this user may not
        # write, or one on a read-only mount would be replaced (and handed to this user).
        # Refused, as writing into it would be, in the words of the real reason.
        if not mode & 0o222:
            raise PermissionError(errno.EACCES, "the file is read-only", str(path))
        if not os.access(target, os.W_OK):  # asked, not tried: opening it would tell watchers it was saved
            if _read_only_mount(folder):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            raise PermissionError(errno.EACCES, "no permission to write the file", str(path))
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    elif descriptors:
        mode &= ~0o7111  # a report or an export is data: no execute (or set-ID) bit taken over from the old file
    # Ctrl-C, SIGTERM or SIGHUP waits until the temporary file is renamed or removed: arriving between its
    # creation and the `try` below, it left the file behind. A regular file in a folder: the wait is
    # one write, never a reader that may not come (devices and pipes were written into above).
    with signals_held():
        # A short prefix: the temporary name must fit the 255-byte limit even when the target's name nearly does.
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp", dir=folder)
        except OSError as exc:  # a read-only folder: the error names the file asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                _put(handle, payload, source)
                handle.flush()
                if info is not None and not stat.S_ISLNK(info.st_mode):
                    _keep_owner(handle.fileno(), info)
                # After the owner (a chown clears the set-user-ID and set-group-ID bits), and on the open
                # file: by its name, in a folder others may write to, it could be swapped for a link.
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), mode)
                else:  # pragma: no cover - not POSIX
                    os.chmod(tmp, mode)
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise


def make_folders(target: Path, shown: str) -> list[Path]:
    """Make the folders missing on the way to the file ``target`` (``-o build/reports/cxkit.xml``), as
    `mkdir -p` makes them (permissions from the umask), and return them, the deepest first, for
    :func:`remove_folders` should the write fail. One that cannot be made, or a file or a link that
    leads nowhere standing where a folder should be, is an ``OSError`` whose text names it; ``shown``
    is the name the user gave."""
    folder = target.parent
    if str(folder) in ("", ".") or folder.is_dir():
        return []
    missing = []
    part = folder
    while str(part) not in ("", ".") and not os.path.lexists(part):
        missing.append(part)
        part = part.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        error = _folder_error(folder, exc, shown)
        remove_folders(missing)  # those made before the one that failed
        raise error from None
    return missing


def _folder_error(folder: Path, exc: OSError, shown: str) -> OSError:
    """The error naming the first folder on the way to ``folder`` that is not one and could not be made."""
    for part in (*reversed(folder.parents), folder):
        if str(part) in ("", ".") or part.is_dir():
            continue
        if os.path.lexists(part):
            return NotADirectoryError(errno.ENOTDIR, not_a_folder(part), shown)
        from .discovery import display_path

        name = display_path(str(part)).rstrip("/")
        return OSError(exc.errno, f"cannot make the folder {name}/: {exc.strerror or exc}", shown)
    return OSError(exc.errno, exc.strerror, shown)


def remove_folders(made: list[Path]) -> None:
    """Remove the folders :func:`make_folders` made (the deepest first), each only while empty."""
    for folder in made:
        try:
            os.rmdir(folder)
        except OSError:
            return


def not_a_folder(part: Path | str) -> str:
    """Why ``part``, which exists, is no folder on the way to a file: a file, or a symbolic link to
    something that is not a folder (nothing at all, when it leads nowhere)."""
    from .discovery import display_path

    name = display_path(str(part)).rstrip("/")
    if os.path.islink(part):
        from .visible import visible

        to = visible(os.readlink(part))
        what = "which does not exist" if not os.path.exists(part) else "which is not a folder"
        return f"{name} is a symbolic link to {to}, {what}"
    return f"{name} is a file, not a folder"


def _put(handle: io.BufferedIOBase, payload: bytes, source: io.IOBase | None) -> None:
    if source is None:
        handle.write(payload)
    else:
        shutil.copyfileobj(source, handle)  # 64 KiB at a time


def export_refusal(path: str | os.PathLike[str]) -> str | None:
    """Why a report or an export (``-o``) must not be written at ``path``, or None.

    A symbolic link is refused, dangling or not: committed in a pull request at the name CI writes its
    report to, it would send the report onto any file the job may write (a tool a later step runs) or
    make a file anywhere.  So is a path inside a work tree whose folder leads out of it through a
    link (`-o wiki/x.md`, `wiki` a link to another folder: :func:`leaves_work_tree`).  A path the user names outside
    the work tree (`/tmp/report.json`, `$RUNNER_TEMP/...`) is written where it says; a name of one of
    this process's descriptors (`/dev/stdout`) is no file and is handled before this.
    """
    full = os.path.abspath(path)
    try:
        info = os.lstat(full)
    except OSError:
        info = None
    if info is not None and stat.S_ISLNK(info.st_mode):
        from .visible import visible_name

        try:
            leads = f" (to {visible_name(os.readlink(full))})"
        except OSError:
            leads = ""
        return (f"it is a symbolic link{leads}, and -o never writes through a link, which a checkout could point "
                "at any file; delete the link, or give -o the file it leads to, or another name")
    real = leaves_work_tree(os.path.dirname(full))
    if real is None:
        return None
    from .config import shown_path

    return (f"its folder leads out of the work tree through a link (to {shown_path(real)}); give -o that folder's "
            "own path if it is the one you mean, or a folder inside the work tree")


def existing_head(target: Path) -> tuple[int, str] | None:
    """The permission bits and the first 8 KiB (as text) of the file ``-o target`` would replace, for the
    writer to tell whether it is its own earlier output; None for a name of one of this process's
    descriptors (`/dev/stdout`, written into as a redirect is), a new or empty file, a device or pipe,
    or a file that cannot be read (the write then says why it cannot be written, if it cannot)."""
    try:
        if _open_descriptor(target) is not None:
            return None
        info = os.stat(target)
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
            return None
        with open(target, "rb") as fh:
            return stat.S_IMODE(info.st_mode), fh.read(8192).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return None


def leaves_work_tree(path: str | os.PathLike[str]) -> str | None:
    """Where ``path`` really is (links resolved) when that is outside the git work tree its own name lies
    in, or None: a path outside any work tree, or one that stays inside its own.

    The work tree is the nearest folder above ``path``, by name, that holds a `.git` and is no link
    itself, so a link inside a checkout (committed by anyone) is judged by the checkout it stands in,
    while a path the user names outside it (`/tmp/p.yaml`) is where it says.
    """
    full = os.path.abspath(path)
    here = os.path.dirname(full)
    while True:
        if not os.path.islink(here) and os.path.lexists(os.path.join(here, ".git")):
            break
        up = os.path.dirname(here)
        if up == here:
            return None
        here = up
    top, real = os.path.realpath(here), os.path.realpath(full)
    return None if real == top or real.startswith(os.path.join(top, "")) else real


def _keep_owner(fd: int, info: os.stat_result) -> None:
    """Give the temporary file ``fd`` the owner and group of the file it replaces (``info``), as far as
    this user may: root may give any; another user keeps the group when it is one of theirs.  A
    refusal (EPERM, a file system without owners) leaves the file this user's: the content matters."""
    chown = getattr(os, "fchown", None)
    if chown is None:  # pragma: no cover - not POSIX
        return
    now = os.fstat(fd)
    if (now.st_uid, now.st_gid) == (info.st_uid, info.st_gid):
        return
    for uid, gid in ((info.st_uid, info.st_gid), (-1, info.st_gid)):
        try:
            chown(fd, uid, gid)
            return
        except OSError:
            continue


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP (this thread) until the block ends; they are handled right after it.

    SIGHUP too: the command line unwinds at it as at SIGTERM (a closed terminal), so arriving inside
    :func:`tempfile.mkstemp` it left the temporary file behind.  Where the system has no signal mask
    (Windows), the block runs as it is.
    """
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    if hasattr(signal, "SIGHUP"):
        held.add(signal.SIGHUP)
    before = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, before)


#: Names of a descriptor this process already holds: `-o /dev/stdout` while the shell appends to a log.
_DESCRIPTOR_NAMES = re.compile(r"/dev/(?:(stdout)|(stderr)|fd/(\d{1,9}))|/proc/(?:self|thread-self|(\d{1,9}))/fd/(\d{1,9})")


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except (AttributeError, OSError):
        return False


def _open_descriptor(target: Path) -> int | None:
    """The descriptor ``target`` names, through links too, when it is one of this process's (else None).

    Opened by name, /dev/stdout is the file the shell redirected to, opened anew: a rename would
    replace it and a plain open would truncate it (`>> log.md` would lose the log). Writing into
    the descriptor itself keeps what the shell asked for, appending included.
    """
    path = os.path.abspath(target)
    for _hop in range(40):  # the kernel's own limit on links in a row
        found = _DESCRIPTOR_NAMES.fullmatch("/" + path.lstrip("/"))  # `//dev/stdout` is /dev/stdout
        if found is not None:
            stdout, stderr, dev_fd, pid, proc_fd = found.groups()
            if pid is not None and int(pid) != os.getpid():
                return None
            fd = 1 if stdout else 2 if stderr else int(dev_fd if dev_fd is not None else proc_fd)
            if fd in CLOSED_AT_START:  # the null device stands in for it
                raise OSError(errno.EBADF, "the descriptor was closed when cxkit started", str(target))
            try:
                os.fstat(fd)
            except (OSError, OverflowError):
                return None  # not open here: the name is opened (and fails) as any other
            return fd
        try:
            link = os.readlink(path)
        except (OSError, ValueError):
            return None
        path = os.path.normpath(os.path.join(os.path.dirname(path), link))
    return None


def _write_descriptor(fd: int, payload: bytes, name: str) -> None:
    import sys

    try:
        import fcntl

        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "the descriptor is open for reading, not writing", name)
    except ImportError:  # pragma: no cover - not POSIX: no /dev/fd names to get here
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            finish = getattr(stream, "finish", None)  # standard error's CI-log guard: its unended line goes first
            if finish is not None and stream.fileno() == fd:
                finish()
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


class _Descriptor:
    def __init__(self, fd: int) -> None:
        self._fd = fd

    def fileno(self) -> int:
        return self._fd


def _no_runner_commands(fd: int, payload: bytes) -> bytes:
    """``payload`` with no line a CI runner obeys, when descriptor ``fd`` may be its job's log.

    `-o /dev/stdout`, `-o /dev/stderr` or `-o /dev/fd/3` sends an export to the log past the guards
    standard output and standard error have there (visible.may_be_ci_log): a persona's name
    `##[error]…` would be a runner's command.  A regular file (`2> report.html`) is left as written.
    """
    from .visible import may_be_ci_log, no_workflow_commands

    if not may_be_ci_log(_Descriptor(fd)):
        return payload
    text = payload.decode("utf-8", "surrogateescape")  # the commands are ASCII: any byte else is kept
    return no_workflow_commands(text).encode("utf-8", "surrogateescape")


@contextlib.contextmanager
def temporary_folder(prefix: str) -> Iterator[str]:
    """A new temporary folder, removed afterwards; a :class:`~cxkit.discovery.UsageError` that says to
    set TMPDIR when none can be made (a read-only file system in a hardened container, a full disk,
    a TMPDIR that is not there), where Python would say "No usable temporary directory found"."""
    try:
        made = tempfile.TemporaryDirectory(prefix=prefix)
    except OSError as exc:
        from .discovery import UsageError
        from .visible import visible_name

        if isinstance(exc, FileNotFoundError) and exc.filename is None:  # tempfile tried every candidate
            why = "no folder for temporary files can be written to (TMPDIR, /tmp, /var/tmp, /usr/tmp, the current folder)"
        else:
            where = exc.filename or os.environ.get("TMPDIR") or tempfile.gettempdir()
            why = f"{visible_name(str(where))}: {exc.strerror or exc}"
        raise UsageError(f"cannot make a temporary folder for the files of a revision: {why}; set TMPDIR to a "
                         "folder cxkit can write to (export TMPDIR=/a/writable/folder; in GitHub Actions "
                         "TMPDIR=$RUNNER_TEMP)") from None
    with made as tmp:
        yield tmp
