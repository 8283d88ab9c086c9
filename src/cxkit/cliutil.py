"""Small pieces every command shares; only the standard library, so `--help` stays fast."""

from __future__ import annotations

from enum import Enum
from typing import Callable, Iterable, Optional, TextIO

#: 0 clean / no differences, 1 findings / differences, 2 usage, configuration or internal error.
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: Standard descriptors that were closed when cxkit started (`>&-`), now on the null device so that
#: no file cxkit opens takes their number: an export named after one (`-o /dev/stdout`) is refused.
CLOSED_AT_START: set[int] = set()


class FailLevel(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class DocKind(str, Enum):
    persona = "persona"
    negative_persona = "negative-persona"
    journey = "journey"


def split_list(values: Optional[Iterable[str]]) -> tuple[str, ...]:
    """Repeatable, comma-separated option values as one tuple: `--x a,b --x c` → (a, b, c)."""
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def split_names(values: Optional[Iterable[str]], option: str, expected: str) -> tuple[str, ...]:
    """:func:`split_list` for options that name things, where a value naming nothing is a usage error.

    `--select "$UNSET"` or `--select ,` would otherwise act as if the option were not
    given (every rule): say so rather than run something else.  ``expected`` says what
    to write instead.  An empty item between names (`schema,,CX4`) is harmless and skipped.
    """
    for value in values or []:
        if not any(v.strip() for v in value.split(",")):
            from .discovery import UsageError

            raise UsageError(f"{option} is empty; give {expected}, or leave {option} out")
    return split_list(values)


def is_utf8(encoding: Optional[str]) -> bool:
    """Whether a stream's ``encoding`` is UTF-8 (by any of its names; None counts: a text buffer)."""
    import codecs

    if not encoding:
        return True
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def write_utf8(stdout: TextIO, text: str) -> bool:
    """Write an export to ``stdout`` as UTF-8 bytes, through its byte buffer; False when the stream
    takes text only (a test's StringIO), for the caller to write it.

    A Markdown, HTML, Mermaid or JSON export (``cxkit render -f``, ``cxkit diff -f markdown|json``,
    ``cxkit review``) is UTF-8 by definition. Standard output redirected to a file has the
    console's encoding, though: cp1252 on Windows (``cxkit review main > review.md``), or whatever
    ``PYTHONIOENCODING`` says. Written as text, the Polish letters cp1252 lacks became ``\\u0142``
    escapes and the rest single cp1252 bytes: a file no UTF-8 reader takes, exit 0. And on Windows
    a text stream writes each line break as CR LF, so a UTF-8 console (``PYTHONUTF8=1``) gave other
    bytes than a cp1252 one, and than ``-o FILE``. So an export goes out as the same UTF-8 bytes,
    line breaks as written, whatever the console.
    """
    buffer = getattr(stdout, "buffer", None)
    if buffer is None:
        return False
    # A lone surrogate as the stream would have it where it is UTF-8; else as its escape, never an error.
    errors = (getattr(stdout, "errors", None) or "strict") if is_utf8(getattr(stdout, "encoding", None)) else "backslashreplace"
    stdout.flush()  # what the stream still holds goes first
    buffer.write(text.encode("utf-8", errors))
    buffer.flush()
    return True


def write_export(stdout: TextIO, write: Callable[[TextIO], object]) -> None:
    """Run ``write`` (which writes an export to the stream it is given) for ``stdout``, in UTF-8
    whatever the console's encoding, line breaks as written (see :func:`write_utf8`)."""
    import io

    if getattr(stdout, "buffer", None) is None:
        write(stdout)
        return
    held = io.StringIO()
    write(held)
    write_utf8(stdout, held.getvalue())
