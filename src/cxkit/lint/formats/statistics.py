"""Counts of findings per rule."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..finding import Finding


def counts_per_rule(findings: list[Finding]) -> list[tuple[int, str, str, str]]:
    """(count, code, severity, rule) for each rule that found something: most findings first, then by code.

    Each finding counts once, as the report lists it (the counts add up to the summary line's
    problems): the finding that counts a mapping's unknown keys past the 20th is one, whatever the
    number of keys it stands for."""
    counts = Counter((f.code, f.rule, f.severity.name) for f in findings)
    return [(n, code, severity, rule) for (code, rule, severity), n in sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))]


def render_statistics(
    findings: list[Finding], stream: TextIO, files_checked: int = 0, documents: int = 0, *, quiet: bool = False,
    pl: bool = False,
) -> None:
    """One row per rule that found something, then the total (the text format's summary line); a clean run
    says so, in the same words.

    Rows are only printed for findings, so a clean run would otherwise print nothing at all, which
    reads as "did it run?".  The line is the text format's summary (`All checks passed (...)`); with
    ``quiet`` (`--quiet`) a clean run prints nothing, and the rows come without the total.  ``pl``: that line and the fixable count in Polish.
    """
    rows = counts_per_rule(findings)
    if not rows and quiet:
        return
    if not rows:
        from .text import summary_line

        stream.write(summary_line(findings, files_checked, documents, pl) + "\n")
        return
    width = max(len(str(n)) for n, *_ in rows)
    for n, code, severity, rule in rows:
        stream.write(f"{n:>{width}}  {code}  {severity:<7}  {rule}\n")
    if not quiet:
        from .text import fixable_line, fixable_marks, summary_line

        # The total under the rows, in the text format's words ("Found 44 problems (2 errors, …)"): read
        # aloud, rows of counts give no sum, and a reader should not have to add them up.
        stream.write(summary_line(findings, files_checked, documents, pl) + "\n")
        line = fixable_line(fixable_marks(findings), pl)
        if line:
            stream.write(line.lstrip("\n") + "\n")


def render_statistics_json(findings: list[Finding], stream: TextIO) -> None:
    """One object per rule: its `code`, `rule`, `severity`, `count`, and how many of them `cxkit fmt --fix`
    fixes (`fixable`)."""
    import json

    from ..fixable import fixable

    fixed = Counter((f.code, f.rule, f.severity.name) for f, mark in zip(findings, fixable(findings)) if mark)
    items = [{"code": code, "rule": rule, "severity": severity, "count": n, "fixable": fixed[(code, rule, severity)]}
             for n, code, severity, rule in counts_per_rule(findings)]
    json.dump(items, stream, indent=2)
    stream.write("\n")
