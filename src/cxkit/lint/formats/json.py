"""Machine output: a JSON array, one object per finding."""

from __future__ import annotations

import json
from typing import TextIO

from ...visible import json_visible
from ..finding import Finding


def render_json(findings: list[Finding], stream: TextIO) -> None:
    # One finding per line: readable in a diff or a log, and json's C encoder does the work
    # (an indented dump falls back to the slow pure-Python encoder).
    if not findings:
        stream.write("[]\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    # A file name may hold any character: json escapes C0 controls, json_visible the rest.
    stream.write(json_visible("[\n  " + ",\n  ".join(encode(f.as_dict()) for f in findings) + "\n]\n"))
