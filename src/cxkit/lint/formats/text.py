"""Human output: findings grouped by file, then a summary line."""

from __future__ import annotations

import builtins
import os
import re
from typing import TYPE_CHECKING, Any, Callable, TextIO

from ...visible import no_workflow_commands

if TYPE_CHECKING:  # only annotations: deciding whether output is plain must stay cheap
    from ..finding import Finding

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# What rich's plain rendering would change (tabs expanded, some control codes dropped); such text takes the rich path.
_NOT_PLAIN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def render_text(
    findings: list[Finding], files_checked: int, documents: int, stream: TextIO, *, color: bool | None = None,
    quiet: bool = False, pl: bool = False,
) -> None:
    """The findings grouped by file, then the summary line (with ``quiet``, the findings only); ``pl``: the
    summary in Polish (a workspace whose config says `lang = "pl"`)."""
    plain = is_plain(stream, color)
    marks = fixable_marks(findings)
    if plain:
        # A person at a terminal gets the tally with colours or without (NO_COLOR, a screen reader).
        text = plain_text(findings, files_checked, documents, quiet=quiet, tally=isatty(stream), marks=marks, pl=pl)
        if text is not None:
            # Without colour rich only costs time: a pipe or a CI log gets the same characters at once.
            stream.write(no_workflow_commands(text))
            return
    from rich.console import Console

    summary = summary_line(findings, files_checked, documents, pl) + placeholder_note(findings, pl) + fixable_line(marks, pl)
    tally = None if quiet else tally_line(findings, pl)
    if tally is not None and isatty(stream):  # a person at a terminal: pipes and files (and the cache) never get it
        summary += "\n" + tally
    # Plain output (NO_COLOR too, where rich alone would keep bold and dim) stays plain when rich lays it out.
    from ...colour import color_system, terminal
    from ...visible import NoWorkflowCommands

    console = Console(file=NoWorkflowCommands(stream), highlight=False, soft_wrap=True,
                      force_terminal=False if plain else terminal(stream, color),
                      no_color=plain or None, color_system=None if plain else color_system(color))
    try:
        _print_rich(console, findings, summary, quiet, marks)
    finally:
        console.file.finish()


def _print_rich(console: Any, findings: list[Finding], summary: str, quiet: bool, marks: list[bool]) -> None:
    from rich.text import Text

    laid_out = _laid_out(console, findings, summary, quiet, marks)
    if laid_out is not None:
        console.file.write(laid_out)
        return
    current = None
    for f, mark in zip(findings, marks):
        if f.path != current:
            if current is not None:
                console.print()
            current = f.path
        console.print(_finding_text(f, mark))
    if quiet:
        return
    if not findings:
        console.print(_clean_text(summary))
        return
    console.print()
    console.print(Text(summary))


def _finding_text(f: Any, mark: bool = False) -> Any:
    from rich.text import Text

    # Styled pieces, not markup: a path or message is printed as it is, with no markup,
    # escape or emoji code (`ola.yaml:100:5` is not `ola.yaml💯5`) read into it.
    return Text.assemble(
        (f.path, "bold"), f":{f.line}:{f.column}: ", (f.severity.name, _STYLE[f.severity.name]), " ",
        (f.code, "dim"), FIXABLE if mark else "", f" {f.message} ", (f"[{f.rule}]", "dim"),
    )


# Stand-ins for path, line, column, code, message and rule in a sample line rich lays out.
_SLOTS = "\ue000\ue001\ue002\ue003\ue004\ue005"
_SLOT_SPLIT = re.compile(f"([{_SLOTS}])")


def _laid_out(console: Any, findings: list[Finding], summary: str, quiet: bool = False,
              marks: list[bool] | None = None) -> str | None:
    """The styled output, from one sample line per severity that rich lays out: the same characters at once.

    Printing line by line through rich costs ~0.2 ms a finding.  Only text rich
    prints as it is qualifies: no tabs or control codes, no line break in a path.
    """
    from types import SimpleNamespace

    from rich.text import Text

    if console.legacy_windows or console.is_jupyter or plain_text(findings, 0, 0, marks=marks or [False] * len(findings)) is None:
        return None
    if any("\n" in f.path for f in findings):
        return None
    marks = marks or [False] * len(findings)
    layouts: dict[tuple[str, bool], list[str]] = {}
    for name, mark in {(f.severity.name, mark) for f, mark in zip(findings, marks)}:
        sample = SimpleNamespace(
            path=_SLOTS[0], line=_SLOTS[1], column=_SLOTS[2], code=_SLOTS[3], message=_SLOTS[4], rule=_SLOTS[5],
            severity=SimpleNamespace(name=name),
        )
        with console.capture() as captured:
            console.print(_finding_text(sample, mark))
        parts = _SLOT_SPLIT.split(captured.get())
        if parts[1::2] != list(_SLOTS):
            return None
        layouts[(name, mark)] = parts[0::2]
    with console.capture() as captured:
        if quiet:
            pass
        elif findings:
            console.print()
            console.print(Text(summary))
        else:
            console.print(_clean_text(summary))
    def line(f: Finding, mark: bool) -> str:
        lit = layouts[(f.severity.name, mark)]
        return f"{lit[0]}{f.path}{lit[1]}{f.line}{lit[2]}{f.column}{lit[3]}{f.code}{lit[4]}{f.message}{lit[5]}{f.rule}{lit[6]}"

    return "".join(_grouped(findings, line, marks)) + captured.get()


def _grouped(findings: list[Finding], line: Callable[[Finding, bool], str], marks: list[bool] | None = None) -> list[str]:
    """Each finding's line (given whether `cxkit fmt --fix` fixes it), with a blank line between files."""
    out: list[str] = []
    current = None
    for f, mark in zip(findings, marks or [False] * len(findings)):
        if f.path != current:
            if current is not None:
                out.append("\n")
            current = f.path
        out.append(line(f, mark))
    return out


#: What follows the code of a finding that `cxkit fmt --fix` fixes (ruff's marker).
FIXABLE = " [*]"


def fixable_marks(findings: list[Finding]) -> list[bool]:
    """Whether `cxkit fmt --fix` fixes each of ``findings`` (:func:`cxkit.lint.fixable.fixable`)."""
    from ..fixable import fixable

    return fixable(findings)


def fixable_line(marks: list[bool], pl: bool = False) -> str:
    """What the summary adds for findings `cxkit fmt --fix` fixes: a line "[*] 7 of these can be fixed with
    `cxkit fmt --fix`." ("" for none); ``pl``: in Polish."""
    n = sum(marks)
    if not n:
        return ""
    if pl:
        return f"\n[*] {n} z nich można poprawić poleceniem `cxkit fmt --fix`."
    return f"\n[*] {n} of these can be fixed with `cxkit fmt --fix`."


_PASSED = "All checks passed"
_NOTHING = "Nothing to check"
#: The same verdicts in a Polish workspace's summary.
_PASSED_PL = "Wszystko w porządku"
_NOTHING_PL = "Nie ma czego sprawdzać"


def _clean_text(summary: str) -> Any:
    """The summary of a run without findings, its verdict in green (or, with nothing checked, in yellow)."""
    from rich.text import Text

    passed = next((head for head in (_PASSED, _PASSED_PL) if summary.startswith(head)), None)
    head = passed or next((h for h in (_NOTHING, _NOTHING_PL) if summary.startswith(h)), _NOTHING)
    return Text.assemble((head, "green" if passed else "yellow"), summary[len(head):])


def summary_line(findings: list[Finding], files_checked: int, documents: int, pl: bool = False) -> str:
    """The sentence that ends the text output: what was found, or that all checks passed; without a line break.

    With no document checked, it says so rather than "All checks passed": nothing was (an empty
    folder, a wrong path, a file saved as `ola.yaml.txt`).  Still exit 0: an empty workspace is valid
    (`cxkit init --no-examples`, CI before the first persona), and stderr says where it looked.
    ``pl``: in Polish, with Polish plurals (`Znaleziono 2 problemy (2 błędy) w 2 plikach; sprawdzono 6 dokumentów.`)."""
    if pl:
        return _summary_line_pl(findings, files_checked, documents)
    docs = f"{documents} document{'s' if documents != 1 else ''}"
    if not findings and not documents:
        files = f" in {files_checked} file{'s' if files_checked != 1 else ''}" if files_checked else ""
        return f"{_NOTHING}: no cxkit documents found{files}."
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


#: Each severity as the Polish summary counts it (one, few, many): "1 błąd", "3 ostrzeżenia", "5 informacji".
_SEVERITY_PL = {
    "error": ("błąd", "błędy", "błędów"),
    "warning": ("ostrzeżenie", "ostrzeżenia", "ostrzeżeń"),
    "info": ("informacja", "informacje", "informacji"),
}


def _in_files_pl(n: int) -> str:
    """"w 1 pliku", "w 3 plikach": the locative the Polish summary names files in."""
    return f"w {n} {'pliku' if n == 1 else 'plikach'}"


def _summary_line_pl(findings: list[Finding], files_checked: int, documents: int) -> str:
    """:func:`summary_line` in Polish."""
    from ..polish import counted

    docs = counted(documents, "dokument", "dokumenty", "dokumentów")
    if not findings and not documents:
        files = f" {_in_files_pl(files_checked)}" if files_checked else ""
        return f"{_NOTHING_PL}: nie znaleziono dokumentów cxkit{files}."
    if not findings:
        return f"{_PASSED_PL} (sprawdzono {docs} {_in_files_pl(files_checked)})."
    counts = dict.fromkeys(_STYLE, 0)
    for f in findings:
        counts[f.severity.name] += 1
    parts = [counted(n, *_SEVERITY_PL[name]) for name, n in counts.items() if n]
    files = len({f.path for f in findings})
    return (f"Znaleziono {counted(len(findings), 'problem', 'problemy', 'problemów')} ({', '.join(parts)}) "
            f"{_in_files_pl(files)}; sprawdzono {docs}.")


#: The rule of a template's unfilled values, and how many of its findings make a run's summary say
#: so: a workspace of fresh templates (`cxkit new`) lists dozens, a stray TODO or two is no template.
PLACEHOLDER_CODE = "CX501"
PLACEHOLDERS_TOLD = 5


def placeholder_note(findings: list[Finding], pl: bool = False) -> str:
    """What the text summary adds for a run whose findings are mostly a template's unfilled values:
    " 93 of them are unfilled template placeholders (CX501) in 3 files: fill in the templates." (""
    for fewer than :data:`PLACEHOLDERS_TOLD`).  The findings are listed all the same.  ``pl``: in Polish."""
    found = [f for f in findings if f.code == PLACEHOLDER_CODE]
    if len(found) < PLACEHOLDERS_TOLD:
        return ""
    files = len({f.path for f in found})
    if pl:
        which = "Wszystkie" if len(found) == len(findings) else f"{len(found)} z nich"
        return (f" {which} to niewypełnione pola szablonów ({PLACEHOLDER_CODE}) {_in_files_pl(files)}: "
                "uzupełnij szablony.")
    which = "All of them are" if len(found) == len(findings) else f"{len(found)} of them are"
    return (f" {which} unfilled template placeholders ({PLACEHOLDER_CODE}) in {files} file{'s' if files != 1 else ''}: "
            f"fill in the templates.")


#: More findings than this end a run on a terminal with the rules that found most: the first lint
#: of a workspace of fresh templates lists about 180, and the summary alone does not say where to start.
LONG_RUN = 20


def tally_line(findings: list[Finding], pl: bool = False) -> str | None:
    """The three rules with the most findings and where to go from there, for a run of more than
    :data:`LONG_RUN` findings (None for a shorter one, and for one whose findings are all of one rule,
    as a `--select` run of one rule's: the run already shows that rule alone)."""
    if len(findings) <= LONG_RUN:
        return None
    counts: dict[tuple[str, str], int] = {}
    for f in findings:
        counts[(f.code, f.rule)] = counts.get((f.code, f.rule), 0) + 1
    if len(counts) < 2:
        return None
    top = sorted(counts.items(), key=lambda item: -item[1])[:3]  # stable: ties in the order first found
    most = ", ".join(f"{code} {rule} ({n})" for (code, rule), n in top)
    rest = len(counts) - len(top)
    if pl:
        from ..polish import counted

        more = f" i jeszcze {counted(rest, 'reguła', 'reguły', 'reguł')}" if rest else ""
        return (f"Najwięcej zgłoszeń: {most}{more}. `cxkit lint --statistics` liczy je dla każdej reguły; "
                f"`cxkit lint --select {top[0][0][0]}` pokazuje zgłoszenia jednej reguły naraz.")
    more = f" and {rest} more rule{'s' if rest != 1 else ''}" if rest else ""
    return (f"Most found: {most}{more}. `cxkit lint --statistics` counts them per rule; "
            f"`cxkit lint --select {top[0][0][0]}` shows one rule's findings at a time.")


def plain_text(
    findings: list[Finding], files_checked: int, documents: int, *, quiet: bool = False, tally: bool = False,
    marks: list[bool] | None = None, pl: bool = False,
) -> str | None:
    """The whole output for a stream without colours, or None when rich must lay it out (tabs, control codes).

    ``quiet`` (`--quiet`): the findings only, without the blank line and the summary after them.  ``tally``
    (a terminal): after the summary, the :func:`tally_line` of a long run, as the coloured output has it.
    ``marks``: whether `cxkit fmt --fix` fixes each finding (worked out here when not given): "[*]" after
    its code, and a line after the summary that counts them.  ``pl``: the summary and its notes in Polish."""
    if marks is None:
        marks = fixable_marks(findings)
    out = _grouped(findings, lambda f, mark: (f"{f.path}:{f.line}:{f.column}: {f.severity.name} {f.code}"
                                              f"{FIXABLE if mark else ''} {f.message} [{f.rule}]\n"), marks)
    if not quiet:
        if findings:
            out.append("\n")
        out.append(summary_line(findings, files_checked, documents, pl) + placeholder_note(findings, pl)
                   + fixable_line(marks, pl) + "\n")
        most = tally_line(findings, pl) if tally else None
        if most is not None:
            out.append(most + "\n")
    text = "".join(out)
    return None if _NOT_PLAIN.search(text) else text


def is_plain(stream: TextIO, color: bool | None) -> bool:
    """Whether to print no styles at all: rich's Console's decision, made without importing it, except that
    NO_COLOR is stricter than rich (no bold or dim either)."""
    if color is not None:
        return not color
    if os.environ.get("NO_COLOR"):
        # rich drops only the colours then, and keeps bold and dim: a screen reader or a log
        # asked for plain text.
        return True
    if hasattr(builtins, "get_ipython"):
        return False  # IPython or a notebook: leave the decision to rich
    from ...colour import is_terminal

    return not is_terminal(stream, None)


def isatty(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal itself (not a pipe or file that FORCE_COLOR colours)."""
    from ...colour import isatty as stream_isatty

    return stream_isatty(stream)
