"""Human output: findings grouped by file, then a summary line."""

from __future__ import annotations

from typing import TextIO

from ..finding import Finding, Severity

_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}


def render_text(findings: list[Finding], files_checked: int, documents: int, stream: TextIO, *, color: bool | None = None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, highlight=False, soft_wrap=True, force_terminal=color, no_color=(color is False) or None)
    current = None
    for f in findings:
        if f.path != current:
            if current is not None:
                console.print()
            current = f.path
        sev = f.severity.name
        console.print(
            f"[bold]{escape(f.path)}[/]:{f.line}:{f.column}: "
            f"[{_STYLE[f.severity]}]{sev}[/] [dim]{f.code}[/] {escape(f.message)} [dim]\\[{f.rule}][/]"
        )
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    docs = f"{documents} document{'s' if documents != 1 else ''}"
    if not findings:
        console.print(f"[green]All checks passed[/] ({docs} in {files_checked} file{'s' if files_checked != 1 else ''}).")
        return
    parts = [f"{counts[s]} {s.name}{'s' if counts[s] != 1 else ''}" for s in (Severity.error, Severity.warning, Severity.info) if counts[s]]
    files = len({f.path for f in findings})
    console.print()
    console.print(
        f"Found {len(findings)} problem{'s' if len(findings) != 1 else ''} ({', '.join(parts)}) "
        f"in {files} file{'s' if files != 1 else ''}; {docs} checked."
    )
