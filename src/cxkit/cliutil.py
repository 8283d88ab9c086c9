"""Small pieces every command shares; only the standard library, so `--help` stays fast."""

from __future__ import annotations

from enum import Enum
from typing import Iterable, Optional

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
