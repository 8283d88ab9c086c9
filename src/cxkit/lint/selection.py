"""The inputs and outputs of a lint run; plain data, cheap to import."""

from __future__ import annotations

from dataclasses import dataclass

from .finding import Finding


@dataclass(frozen=True)
class Selection:
    """Rule selectors from the command line, on top of the config."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()


@dataclass
class LintResult:
    findings: list[Finding]
    files_checked: int
    documents: int
    cached_files: int = 0
