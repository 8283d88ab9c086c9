"""Machine output: a JSON array, one object per finding."""

from __future__ import annotations

import json
from typing import TextIO

from ..finding import Finding


def render_json(findings: list[Finding], stream: TextIO) -> None:
    # One finding per line: readable in a diff or a log, and json's C encoder does the work
    # (an indented dump falls back to the slow pure-Python encoder).
    if not findings:
        stream.write("[]\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    stream.write("[\n  " + ",\n  ".join(encode(f.as_dict()) for f in findings) + "\n]\n")
