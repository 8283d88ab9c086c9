"""Machine output: a JSON array, one object per finding."""

from __future__ import annotations

import json
from typing import TextIO

from ..finding import Finding


def render_json(findings: list[Finding], stream: TextIO) -> None:
    json.dump([f.as_dict() for f in findings], stream, ensure_ascii=False, indent=2)
    stream.write("\n")
