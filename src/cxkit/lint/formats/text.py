"""Human output: findings grouped by file, then a summary line."""

from __future__ import annotations

import builtins
import os
import re
from typing import TextIO

from ..finding import Finding, Severity

_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}
# What rich's plain rendering would change (tabs expanded, some control codes dropped); such text takes the rich path.
_NOT_PLAIN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def render_text(findings: list[Finding], files_checked: int, documents: int, stream: TextIO, *, color: bool | None = None) -> None:
    summary = _summary(findings, files_checked, documents)
    if _plain(stream, color):
        text = _plain_text(findings, summary)
        if not _NOT_PLAIN.search(text):
            # Without colour the markup only costs time: a pipe or a CI log gets the same characters at once.
            stream.write(text)
            return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True, force_terminal=color, no_color=(color is False) or None)
    current = None
    for f in findings:
        if f.path != current:
            if current is not None:
                console.print()
            current = f.path
        # Styled pieces, not markup: a path or message is printed as it is, with no markup,
        # escape or emoji code (`ola.yaml:100:5` is not `ola.yaml💯5`) read into it.
        console.print(Text.assemble(
            (f.path, "bold"), f":{f.line}:{f.column}: ", (f.severity.name, _STYLE[f.severity]), " ",
            (f.code, "dim"), f" {f.message} ", (f"[{f.rule}]", "dim"),
        ))
    if not findings:
        console.print(Text.assemble((_PASSED, "green"), summary[len(_PASSED):]))
        return
    console.print()
    console.print(Text(summary))


_PASSED = "All checks passed"


def _summary(findings: list[Finding], files_checked: int, documents: int) -> str:
    docs = f"{documents} document{'s' if documents != 1 else ''}"
    if not findings:
        return f"{_PASSED} ({docs} in {files_checked} file{'s' if files_checked != 1 else ''})."
    counts = {s: 0 for s in Severity}
    for f in findings:
        counts[f.severity] += 1
    parts = [f"{counts[s]} {s.name}{'s' if counts[s] != 1 else ''}" for s in (Severity.error, Severity.warning, Severity.info) if counts[s]]
    files = len({f.path for f in findings})
    return (
        f"Found {len(findings)} problem{'s' if len(findings) != 1 else ''} ({', '.join(parts)}) "
        f"in {files} file{'s' if files != 1 else ''}; {docs} checked."
    )


def _plain_text(findings: list[Finding], summary: str) -> str:
    """What the rich path prints when it has no colours to add, for text that rich prints as it is."""
    out: list[str] = []
    current = None
    for f in findings:
        if f.path != current:
            if current is not None:
                out.append("\n")
            current = f.path
        out.append(f"{f.path}:{f.line}:{f.column}: {f.severity.name} {f.code} {f.message} [{f.rule}]\n")
    if findings:
        out.append("\n")
    out.append(summary + "\n")
    return "".join(out)


def _plain(stream: TextIO, color: bool | None) -> bool:
    """Whether rich would print no styles at all: the same decision as rich's Console, made without importing it."""
    if color is not None:
        return not color
    if hasattr(builtins, "get_ipython"):
        return False  # IPython or a notebook: leave the decision to rich
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "0"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force == ""
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is None or not isatty()
    except ValueError:  # a closed stream: rich treats it as no terminal
        return True
