"""Small pieces every command shares; only the standard library, so `--help` stays fast."""

from __future__ import annotations

from enum import Enum
from typing import Iterable, Optional

#: 0 clean / no differences, 1 findings / differences, 2 usage, configuration or internal error.
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


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
