"""Machine output: a JSON array, one object per finding (format 1: see docs/machine-output.md)."""

from __future__ import annotations

import json
from typing import TextIO

from ...visible import json_visible
from ..finding import Finding
from ..fixable import fixable
from .located import finding_dict, locate_all

#: How many findings each write carries: the report goes out a piece at a time, so a run with many
#: findings never holds its whole text (and a copy of it) on top of the findings.
CHUNK = 256


def render_json(findings: list[Finding], stream: TextIO) -> None:
    """Each finding with its document, its place in the document's data and its end (see :mod:`.located`), and
    whether `cxkit fmt --fix` fixes it (``fixable``: see :mod:`cxkit.lint.fixable`)."""
    # One finding per line: readable in a diff or a log, and json's C encoder does the work
    # (an indented dump falls back to the slow pure-Python encoder).
    if not findings:
        stream.write("[]\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lead = "[\n  "
    located = locate_all(findings)
    marks = fixable(findings)
    for start in range(0, len(findings), CHUNK):
        end = start + CHUNK
        lines = ",\n  ".join([encode({**finding_dict(f, at), "fixable": mark})
                               for f, at, mark in zip(findings[start:end], located[start:end], marks[start:end])])
        tail = ",\n" if start + CHUNK < len(findings) else "\n]\n"
        # A file name may hold any character: json escapes C0 controls, json_visible the rest (each
        # of its escapes is inside one string, so a piece is escaped as the whole text would be).
        stream.write(json_visible(lead + lines + tail))
        lead = "  "
