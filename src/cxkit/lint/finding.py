"""What a lint run reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from ..visible import raw_name, visible_line


class Severity(IntEnum):
    info = 1
    warning = 2
    error = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        return cls[value]


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One problem at one place: ``path:line:column``, with the rule that found it."""

    path: str
    line: int
    column: int
    code: str
    rule: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        return problem_line(self.path, self.line, self.column, self.code, self.rule, self.message, self.severity.name)

    def as_row(self) -> list[object]:
        """The compact form the cache stores; :meth:`from_row` reads it back."""
        return [self.path, self.line, self.column, self.code, self.rule, int(self.severity), self.message]

    @classmethod
    def from_row(cls, row: list) -> "Finding":
        return cls(row[0], row[1], row[2], row[3], row[4], Severity(row[5]), row[6])

    def as_dict(self) -> dict[str, object]:
        """The JSON form; ``path`` is the file's real name (shown names escape control characters)."""
        return {
            "path": raw_name(self.path),
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.name,
            "message": self.message,
        }


def problem_line(path: str, line: int, column: int, code: str, rule: str, message: str, severity: str = "error") -> str:
    """The one-line form every command prints: ``path:line:col: severity CODE message [rule]``.

    The message may quote document text (a key, a value): its control
    characters and line breaks are shown as escapes, as lint's are.
    """
    return f"{path}:{line}:{column}: {severity} {code} {visible_line(message)} [{rule}]"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule yields: a position and a message; the engine stamps the rest.

    Workspace rules set ``path`` to the display path of the file they speak of.
    """

    line: int
    column: int
    message: str
    path: str | None = None
