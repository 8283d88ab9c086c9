"""GitHub Actions workflow commands: findings appear as annotations on the pull request."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, TextIO

from .paths import annotation_root, named_from

if TYPE_CHECKING:  # only annotations: a cached run's summary is written without unpacking its findings
    from ..finding import Finding

#: The workflow command of each severity (by name).
_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file_property(shown: str, root: str) -> str:
    """A finding's ``file=``: its real name from ``root``, with a line break in it written as the runner decodes
    it (``%0A``, ``%0D``, as ``%``, ``:`` and ``,``), so that the annotation names the file there is.  Another
    control character has no escape the runner decodes: it stays written as cxkit's text shows it (``\\x1b``),
    never raw in the job's log."""
    from ...visible import name_shows_as_is, raw_name, visible_name
    from .paths import from_root

    raw = from_root(shown, root)
    if raw is None:
        raw = os.path.abspath(raw_name(shown))
    if "\n" not in raw and "\r" not in raw:
        return _escape_property(named_from(shown, root))
    return "".join(_escape_property(part if part in ("\n", "\r") or name_shows_as_is(part) else visible_name(part))
                   for part in re.split(r"([\r\n])", raw))


def render_github(findings: list[Finding], stream: TextIO, root: str | None = None) -> None:
    """One workflow command per finding; files are named from ``root`` (default: :func:`annotation_root`),
    in ``file=`` and where the message names another file (a copy of an id, a persona's trait)."""
    if root is None and findings:
        root = annotation_root()
    for f in findings:
        title = _escape_property(f"{f.code} {f.rule}")
        message = f.message_with(lambda path: named_from(path, root)) if f.related else f.message
        stream.write(
            f"::{_COMMAND[f.severity.name]} file={_file_property(f.path, root)},line={f.line},col={f.column},title={title}::"
            f"{_escape_data(message)}\n"
        )


#: Annotations of one kind (error, warning, notice) GitHub shows for a step; the rest stay in the step's log.
ANNOTATIONS_SHOWN = 10


def _hidden_annotations(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """(hidden, total, kind) for each kind of annotation over what GitHub shows for one step."""
    out = []
    for severity, command in _COMMAND.items():
        total = sum(1 for f in findings if f.severity.name == severity)
        if total > ANNOTATIONS_SHOWN:
            out.append((total - ANNOTATIONS_SHOWN, total, f"{command}s"))
    return out


#: Each kind of annotation as the Polish note counts it ("5 z 15 ostrzeżeń": the genitive plural).
_KINDS_PL = {"errors": "błędów", "warnings": "ostrzeżeń", "notices": "powiadomień"}


def _over_the_limit(findings: list[Finding], pl: bool = False) -> str | None:
    hidden = _hidden_annotations(findings)
    if not hidden:
        return None
    if pl:
        from ..polish import out_of

        shown_pl = ", ".join(f"{n} {out_of(total)} {_KINDS_PL[kind]}" for n, total, kind in hidden)
        return (f"GitHub pokazuje najwyżej {ANNOTATIONS_SHOWN} adnotacji każdego rodzaju na krok: {shown_pl} nie ma "
                "wśród adnotacji, są tylko wierszami raportu (w logu kroku albo w pliku zapisanym przez -o)")
    shown = ", ".join(f"{n} of the {total} {kind}" for n, total, kind in hidden)
    return (
        f"GitHub shows at most {ANNOTATIONS_SHOWN} annotations of each kind for a step: {shown} "
        f"{'are' if len(hidden) > 1 or hidden[0][0] != 1 else 'is'} not shown as annotations, only as lines of the "
        "report (the step's log, or the file -o wrote)"
    )


def github_log_summary(findings: list[Finding], files_checked: int, documents: int, pl: bool = False) -> str:
    """What the github format says on stderr after the annotations: the text format's summary line,
    and how many annotations GitHub will not show.

    Not a workflow command (a `::notice` would take one of the step's notice annotations, and
    show on every pull request even when all checks passed), and not on stdout, which holds
    the annotations alone.  ``pl``: in Polish (the `cxkit:` before each line stays).
    """
    from .text import summary_line

    lines = [summary_line(findings, files_checked, documents, pl)]
    over = _over_the_limit(findings, pl)
    if over is not None:
        lines.append(over + ".")
    return "".join(f"cxkit: {line}\n" for line in lines)


def step_summary(findings: list[Finding], files_checked: int, documents: int, pl: bool = False) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: the summary line and the findings per rule.

    Only counts, codes and rule names: no file name or message from the workspace (which a pull
    request controls) reaches the page.  ``pl``: its words in Polish (the heading, codes, severities
    and rule names stay as they are).
    """
    from .statistics import counts_per_rule
    from .text import summary_line

    # A blank line first: the text before it (another step's) may not end its last line.
    out = ["\n", "### cxkit lint\n", "\n", summary_line(findings, files_checked, documents, pl) + "\n"]
    rows = counts_per_rule(findings)
    if rows:
        head = "| Zgłoszenia | Kod | Waga | Reguła |\n" if pl else "| Findings | Code | Severity | Rule |\n"
        out += ["\n", head, "|---:|---|---|---|\n"]
        out += [f"| {n} | {code} | {severity} | {rule} |\n" for n, code, severity, rule in rows]
    over = _over_the_limit(findings, pl)
    if over is not None:
        out += ["\n", f"{over}.\n"]
    return "".join(out) + "\n"


def append_step_summary(text: str) -> str | None:
    """Append ``text`` to the file ``$GITHUB_STEP_SUMMARY`` names, as `>> "$GITHUB_STEP_SUMMARY"` would.

    Returns None when it was written or there is no such variable (outside GitHub Actions, or
    set empty to leave it out), else why it was not.  One write in append mode: other writers of the
    summary keep their text.  Only a regular file is written: a pipe nobody reads would block the run.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    data = text.encode("utf-8")
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(target, flags, 0o666)
    except OSError as exc:
        return f"{target}: {exc.strerror or exc}"
    try:
        import stat

        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return f"{target}: not a regular file"
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
    except OSError as exc:
        return f"{target}: {exc.strerror or exc}"
    finally:
        os.close(fd)
    return None
