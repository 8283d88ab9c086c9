"""Which findings of a lint run `cxkit fmt --fix` fixes: the text format marks them `[*]` and counts
them, the JSON and SARIF formats say `fixable`.

The answer is `cxkit fmt --fix`'s own: each file with a `schema` finding whose message states a fix
(:func:`may_fix`, the gate :mod:`cxkit.fixes` reads every problem through too) is fixed in memory as
`cxkit fmt --fix` would fix it (:func:`cxkit.fmt.fixed_findings`), and a finding is fixable when a fix
made there is its.  Nothing is written.  A run with no such finding (most runs: a clean one, or one of
the method rules' findings) reads no file and imports nothing of fmt's.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

if TYPE_CHECKING:
    from .finding import Finding

#: The outputs of the cached run the findings to mark come from (see :meth:`cxkit.lint.cache.CachedRun.output`),
#: set when a baseline picked them from it: the marks are kept with that run, so that the next run with the
#: same files and baseline reads no file and imports nothing of fmt's for them.  None: worked out each time.
KEPT_WITH: ContextVar[Callable[[str, Callable[[list[Any]], "str | None"]], "str | None"] | None] = ContextVar(
    "fixable_kept_with", default=None)
#: The name the marks of a set of findings are kept under, with the digest of that set after it.
KEPT_OUTPUT = "fixable/1"


@contextmanager
def kept_with(stored: Callable[[str, Callable[[list[Any]], str | None]], str | None] | None) -> Iterator[None]:
    """Within it, marks are kept with the cached run whose outputs ``stored`` holds (None: worked out each time)."""
    token = KEPT_WITH.set(stored)
    try:
        yield
    finally:
        KEPT_WITH.reset(token)

#: The rule whose findings `cxkit fmt --fix` fixes.
FIXED_RULE = "schema"
#: What a schema message that states its fix says: "did you mean 'goals'?", "did you mean 2024-03-14?",
#: "remove the quotes: n: 12", "write -1", "write it without 'lat': age: 32-36".
_STATED = ("did you mean ", "remove the quotes: ", "write -", "write it without ")


def may_fix(message: str) -> bool:
    """Whether the schema problem told by ``message`` states a fix `cxkit fmt --fix` may make: no other is tried."""
    return any(said in message for said in _STATED)


def fixable(findings: Sequence[Finding]) -> list[bool]:
    """For each of ``findings``, whether `cxkit fmt --fix` on its file makes the fix its message states (read in
    English: a Polish workspace's finding by its English twin, which is what fmt's own messages say)."""
    marks = [False] * len(findings)
    files: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        if f.rule == FIXED_RULE and may_fix(f.english_message):
            files.setdefault(f.path, []).append(i)
    if not files:
        return marks
    kept = KEPT_WITH.get()
    if kept is not None:
        known = _kept(kept, findings, files)
        if known is not None:
            return [(f.path, f.line, f.column, f.english_message) in known for f in findings]
    _mark(findings, files, marks)
    return marks


def _mark(findings: Sequence[Finding], files: dict[str, list[int]], marks: list[bool]) -> None:
    """Set the marks of the findings at ``files``' indexes, file by file."""
    from ..visible import visible_line

    for path, indexes in files.items():
        fixed = {(line, col, visible_line(message)) for line, col, message in _fixed_in(path)}
        for i in indexes:
            f = findings[i]
            marks[i] = (f.line, f.column, f.english_message) in fixed


def _kept(kept: Callable[[str, Callable[[list[Any]], str | None]], str | None], findings: Sequence[Finding],
          files: dict[str, list[int]]) -> set[tuple[str, int, int, str]] | None:
    """The findings among those at ``files``' indexes that are fixable, as kept with the cached run (worked
    out and kept now, the first time); None when the kept text is damaged."""
    import hashlib
    import json

    asked = sorted((findings[i].path, findings[i].line, findings[i].column, findings[i].english_message)
                   for indexes in files.values() for i in indexes)
    digest = hashlib.blake2b(json.dumps(asked, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                             digest_size=16).hexdigest()

    def work_out(_found: list[Any]) -> str:
        marks = [False] * len(findings)
        _mark(findings, files, marks)
        return json.dumps([list(key) for key, mark in zip(
            ((f.path, f.line, f.column, f.english_message) for f in findings), marks) if mark], ensure_ascii=False)

    text = kept(f"{KEPT_OUTPUT} {digest}", work_out)
    try:
        rows = json.loads(text) if text is not None else None
        return {(path, line, column, message) for path, line, column, message in rows}
    except (ValueError, TypeError):
        return None


def _fixed_in(path: str) -> set[tuple[int, int, str]]:
    """The findings (line, column, message) `cxkit fmt --fix` fixes in the file shown as ``path`` (a document
    read from stdin: the buffer the report reads, see :func:`cxkit.lint.formats.located.reading`)."""
    import os
    from pathlib import Path

    from ..config import Config
    from ..discovery import Target
    from ..fmt import fixed_findings
    from ..limits import MAX_FILE_BYTES
    from ..visible import raw_name
    from .formats.located import _BUFFERS

    content = _BUFFERS.get().get(path)
    name = raw_name(path)
    target = Target(Path(os.devnull if content is not None else name), path, True)
    if content is None:
        try:
            if not os.path.isfile(name):  # a FIFO or a device: opening it may never return
                return set()
            with open(name, "rb") as handle:
                content = handle.read(MAX_FILE_BYTES + 1)
        except (OSError, ValueError):
            return set()
    try:
        return fixed_findings(target, Config(root=Path.cwd()), content)
    except Exception:  # noqa: BLE001 - a report is never lost to this: the finding is then not marked
        return set()
