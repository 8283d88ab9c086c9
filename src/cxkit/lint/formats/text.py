"""Human output: findings grouped by file, then a summary line."""

from __future__ import annotations

import builtins
import os
import re
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # only annotations: deciding whether output is plain must stay cheap
    from ..finding import Finding

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# What rich's plain rendering would change (tabs expanded, some control codes dropped); such text takes the rich path.
_NOT_PLAIN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def render_text(findings: list[Finding], files_checked: int, documents: int, stream: TextIO, *, color: bool | None = None) -> None:
    if is_plain(stream, color):
        text = plain_text(findings, files_checked, documents)
        if text is not None:
            # Without colour rich only costs time: a pipe or a CI log gets the same characters at once.
            stream.write(text)
            return
    from rich.console import Console
    from rich.text import Text

    summary = _summary(findings, files_checked, documents)

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
            (f.path, "bold"), f":{f.line}:{f.column}: ", (f.severity.name, _STYLE[f.severity.name]), " ",
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
    counts = dict.fromkeys(_STYLE, 0)
    for f in findings:
        counts[f.severity.name] += 1
    parts = [f"{n} {name}{'s' if n != 1 else ''}" for name, n in counts.items() if n]
    files = len({f.path for f in findings})
    return (
        f"Found {len(findings)} problem{'s' if len(findings) != 1 else ''} ({', '.join(parts)}) "
        f"in {files} file{'s' if files != 1 else ''}; {docs} checked."
    )


def plain_text(findings: list[Finding], files_checked: int, documents: int) -> str | None:
    """The whole output for a stream without colours, or None when rich must lay it out (tabs, control codes)."""
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
    out.append(_summary(findings, files_checked, documents) + "\n")
    text = "".join(out)
    return None if _NOT_PLAIN.search(text) else text


def is_plain(stream: TextIO, color: bool | None) -> bool:
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
