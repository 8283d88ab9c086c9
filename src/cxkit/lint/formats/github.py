"""GitHub Actions workflow commands: findings appear as annotations on the pull request."""

from __future__ import annotations

import os
from typing import TextIO

from ...visible import name_shows_as_is, raw_name, visible_name
from ..finding import Finding, Severity
from .paths import annotation_root, from_root

_COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(shown: str, root: str) -> str:
    """The real name from ``root`` (the workspace's top), so the annotation lands on the file
    wherever cxkit ran; outside ``root``, the absolute path.  A control character stays escaped,
    as the runner has no escape for it and the log is read in terminals."""
    raw = from_root(shown, root)
    if raw is None:
        raw = os.path.abspath(raw_name(shown))
    return raw if name_shows_as_is(raw) else visible_name(raw)


def render_github(findings: list[Finding], stream: TextIO, root: str | None = None) -> None:
    """One workflow command per finding; files are named from ``root`` (default: :func:`annotation_root`)."""
    if root is None and findings:
        root = annotation_root()
    for f in findings:
        title = _escape_property(f"{f.code} {f.rule}")
        stream.write(
            f"::{_COMMAND[f.severity]} file={_escape_property(_file(f.path, root))},line={f.line},col={f.column},title={title}::"
            f"{_escape_data(f.message)}\n"
        )
