"""Limits that keep reading safe; shared by the reader and the file finder."""

import errno
import os
import stat

#: Larger files are refused before parsing (a document, not a data dump).
MAX_FILE_BYTES = 4 * 1024 * 1024


class NotRegular(OSError):
    """A file cxkit reads from its config or command line that is a pipe, socket, device or folder: reading
    a named pipe waits for a writer forever, a link to /dev/zero never ends."""


class TooLarge(OSError):
    """A file cxkit reads from its config or command line that is larger than it can sensibly be."""


#: Read a block at a time, so that Ctrl-C (checked by Python between two reads) stops a slow read at once.
_CAPPED_BLOCK = 1 << 20


def read_capped(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path``, of at most ``limit`` bytes.  Raises :class:`NotRegular` for a
    pipe, socket, device or folder (opened without waiting for a pipe's writer), :class:`TooLarge` past ``limit``
    (said by its size before a byte is read, or as the read goes past it, for a file growing meanwhile), and
    OSError as the system says (ELOOP for a link loop: see :func:`unreadable_said`)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(errno.EINVAL, "not a regular file")
        if info.st_size > limit:
            raise TooLarge(errno.EFBIG, f"larger than {_size_said(limit)}")
        blocks, total = [], 0
        while True:
            block = os.read(fd, min(_CAPPED_BLOCK, limit + 1 - total))
            if not block:
                break
            blocks.append(block)
            total += len(block)
            if total > limit:
                raise TooLarge(errno.EFBIG, f"larger than {_size_said(limit)}")
        return b"".join(blocks)
    finally:
        os.close(fd)


def _size_said(size: int) -> str:
    """``size`` bytes as a cap is said: `1 MB`, `32 MB`, `512 KB`."""
    return f"{size >> 20} MB" if size >= 1 << 20 and not size % (1 << 20) else f"{size >> 10} KB"


def unreadable_said(exc: OSError, pl: bool = False) -> str:
    """What stopped :func:`read_capped`, said in a few words after a file's name: `not a regular file (a pipe,
    socket or device)`, `a link loop`, `larger than 32 MB, more than …`, else the system's own words."""
    if isinstance(exc, NotRegular):
        return ("to nie jest zwykły plik (to potok, gniazdo, urządzenie albo folder)" if pl else
                "not a regular file (a pipe, socket, device or folder)")
    if isinstance(exc, TooLarge):
        size = exc.strerror.removeprefix("larger than ")
        return f"plik jest większy niż {size}" if pl else f"larger than {size}"
    if exc.errno == errno.ELOOP:
        return ("to pętla dowiązań (dowiązanie prowadzi z powrotem do siebie)" if pl else
                "a link loop (the link leads back to itself)")
    if isinstance(exc, FileNotFoundError):
        return "nie ma takiego pliku" if pl else "no such file"
    return exc.strerror or str(exc)
