"""GitHub Actions workflow commands: findings appear as annotations on the pull request."""

from __future__ import annotations

from typing import TextIO

from ...visible import name_shows_as_is, raw_name
from ..finding import Finding, Severity

_COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(shown: str) -> str:
    """The real name, so the annotation lands on the file; a control character stays escaped,
    as the runner has no escape for it and the log is read in terminals."""
    raw = raw_name(shown)
    return raw if name_shows_as_is(raw) else shown


def render_github(findings: list[Finding], stream: TextIO) -> None:
    for f in findings:
        title = _escape_property(f"{f.code} {f.rule}")
        stream.write(
            f"::{_COMMAND[f.severity]} file={_escape_property(_file(f.path))},line={f.line},col={f.column},title={title}::"
            f"{_escape_data(f.message)}\n"
        )
