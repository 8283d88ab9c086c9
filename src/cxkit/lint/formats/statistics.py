"""Counts of findings per rule."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..finding import Finding


def render_statistics(findings: list[Finding], stream: TextIO) -> None:
    counts = Counter((f.code, f.rule, f.severity.name) for f in findings)
    if not counts:
        return
    width = max(len(str(n)) for n in counts.values())
    for (code, rule, severity), n in sorted(counts.items(), key=lambda item: (-item[1], item[0][0])):
        stream.write(f"{n:>{width}}  {code}  {severity:<7}  {rule}\n")


def render_statistics_json(findings: list[Finding], stream: TextIO) -> None:
    import json

    counts = Counter((f.code, f.rule, f.severity.name) for f in findings)
    items = [
        {"code": code, "rule": rule, "severity": severity, "count": n}
        for (code, rule, severity), n in sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    ]
    json.dump(items, stream, indent=2)
    stream.write("\n")
