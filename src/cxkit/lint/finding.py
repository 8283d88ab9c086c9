"""What a lint run reports."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Callable, NamedTuple, Sequence

from ..visible import visible_line


class Related(NamedTuple):
    """Another file a finding's message names: its path, as findings show paths (from the folder
    cxkit ran in), a place in it, and where the message writes that path (``message[start:end]``).

    ``line`` and ``column`` are 0 when the message names the file without a place in it.  A
    ``path`` that ends in "/" is a folder (its span holds the slash).  The text and JSON formats
    print the message as it is; SARIF and GitHub annotations write each such path from the base
    they name the finding's own file from (the repository's top), so a reader finds it there.
    """

    path: str
    line: int
    column: int
    start: int
    end: int


class Place(NamedTuple):
    """A file (or, with a trailing "/", a folder) a rule's message names: see :meth:`Hit.naming`."""

    path: str
    line: int = 0
    column: int = 0


class Severity(IntEnum):
    info = 1
    warning = 2
    error = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        return cls[value]


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One problem at one place: ``path:line:column``, with the rule that found it."""

    path: str
    line: int
    column: int
    code: str
    rule: str
    severity: Severity
    message: str
    #: The other files the message names, where it names them (workspace rules: duplicate-id...).
    related: tuple[Related, ...] = ()
    #: Where in its document the finding is, for the machine formats, when the run worked it out while the
    #: document was read: (document id as text, place in the data, end line, end column), each None when
    #: not known (see :mod:`cxkit.lint.formats.located`).  Not part of the finding's identity.
    at: tuple[str | None, str | None, int | None, int | None] | None = field(default=None, compare=False)
    #: In a Polish workspace (`lang = "pl"`), where :attr:`message` is the rule's Polish twin: the English
    #: message and the places it names, which baselines and fingerprints key the finding by, so that a
    #: change of language changes no finding's identity.  None when the message is the English one.
    english: tuple[str, tuple[Related, ...]] | None = field(default=None, compare=False)
    #: Whether the finding says a rule failed on the file (it raised, or a plugin's rule yielded no place in it):
    #: the rule's other findings there are not known, so a baseline never takes it in, the lint cache never keeps
    #: its file's results, and no comment naming the rule is called unused there.  Not part of its identity.
    failed: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return problem_line(self.path, self.line, self.column, self.code, self.rule, self.message, self.severity.name)

    @property
    def end_line(self) -> int | None:
        """Where the value the finding points at ends (its line), as `cxkit lint -f json` says; None when not known."""
        return self.at[2] if self.at is not None else None

    @property
    def end_column(self) -> int | None:
        """The column just past the value's end (exclusive, in code points); None when not known."""
        return self.at[3] if self.at is not None else None

    @property
    def document(self) -> str | None:
        """The id of the finding's document, as text; None when it has none or it is not known."""
        return self.at[0] if self.at is not None else None

    @property
    def data_path(self) -> str | None:
        """The place in the document's data (`stages[research].emotion`), as `cxkit review` names it; None when
        not known."""
        return self.at[1] if self.at is not None else None

    def as_row(self) -> list[object]:
        """The compact form the cache stores; :meth:`from_row` reads it back.

        Seven fields; an eighth, the related places as lists, when the message names other files or the
        finding knows its place in the document (:attr:`at`), which is then the ninth, as a list; a
        Polish message's English one (:attr:`english`) is the tenth, the ninth then null without a place; a rule's
        failure (:attr:`failed`) has an eleventh, true (the ones before it then null where they would be missing).
        """
        row: list[object] = [self.path, self.line, self.column, self.code, self.rule, int(self.severity), self.message]
        if self.related or self.at is not None or self.english is not None:
            row.append([list(r) for r in self.related])
        if self.at is not None or self.english is not None:
            row.append(list(self.at) if self.at is not None else None)
        if self.english is not None:
            row.append([self.english[0], [list(r) for r in self.english[1]]])
        if self.failed:
            row += [[], None, None][len(row) - 7:] + [True]
        return row

    @classmethod
    def from_row(cls, row: list) -> "Finding":
        if len(row) > 8:
            at = row[8]
            if at is not None and len(at) != 4:
                raise ValueError(f"not a stored place: {at!r:.80}")
            english = None
            if len(row) > 9 and row[9] is not None:
                english = (row[9][0], tuple(Related(*r) for r in row[9][1]))
            return cls(row[0], row[1], row[2], row[3], row[4], Severity(row[5]), row[6], tuple(Related(*r) for r in row[7]),
                       (at[0], at[1], at[2], at[3]) if at is not None else None, english, len(row) > 10 and row[10] is True)
        if len(row) > 7:
            return cls(row[0], row[1], row[2], row[3], row[4], Severity(row[5]), row[6], tuple(Related(*r) for r in row[7]))
        return cls(row[0], row[1], row[2], row[3], row[4], Severity(row[5]), row[6])

    def in_english(self) -> "Finding":
        """The finding as an English workspace reports it: itself, unless its message is a Polish twin."""
        if self.english is None:
            return self
        return replace(self, message=self.english[0], related=self.english[1], english=None)

    @property
    def english_message(self) -> str:
        """The English message (:attr:`message` itself unless that is a Polish twin): what code that reads a
        message (the id a finding quotes, the rule a comment names) reads."""
        return self.message if self.english is None else self.english[0]

    def message_with(self, name: Callable[[str], str]) -> str:
        """The message with each path it names (:attr:`related`) written as ``name(path)`` gives it."""
        if not self.related:
            return self.message
        out, at = [], 0
        for r in self.related:
            out += [self.message[at:r.start], name(r.path)]
            at = r.end
        out.append(self.message[at:])
        return "".join(out)

    def as_dict(self) -> dict[str, object]:
        """The finding as `cxkit lint -f json` writes it, made by the same function, but its last key,
        ``fixable`` (which asks `cxkit fmt --fix` about the whole file): the same keys in the same order.
        ``path`` is the file's real name (shown names escape control characters); ``end_line``,
        ``end_column``, ``document`` and ``data_path`` are None when the finding does not know its place
        (:attr:`at`; every finding :mod:`cxkit.api` returns knows it)."""
        from .formats.located import NOWHERE, Located, finding_dict

        return finding_dict(self, Located(*self.at) if self.at is not None else NOWHERE)


def problem_line(path: str, line: int, column: int, code: str, rule: str, message: str, severity: str = "error") -> str:
    """The one-line form every command prints: ``path:line:col: severity CODE message [rule]``.

    The message may quote document text (a key, a value): its control
    characters and line breaks are shown as escapes, as lint's are.
    """
    return f"{path}:{line}:{column}: {severity} {code} {visible_line(message)} [{rule}]"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule yields: a position and a message; the engine stamps the rest.

    Workspace rules set ``path`` to the display path of the file they speak of.
    """

    line: int
    column: int
    message: str
    path: str | None = None
    #: The other files ``message`` names, and where (offsets into ``message``): see :meth:`naming`.
    related: tuple[Related, ...] = ()
    #: The message's Polish twin, which a Polish workspace (`lang = "pl"`) reports instead, and the files
    #: it names (offsets into it).  None: the rule has no Polish for it, and every workspace reads ``message``.
    pl: str | None = None
    pl_related: tuple[Related, ...] = ()

    @classmethod
    def naming(cls, line: int, column: int, *parts: str | Place, path: str | None = None,
               pl: Sequence[str | Place] | None = None) -> "Hit":
        """A hit whose message names other files: ``parts`` are its text, each :class:`Place` written as its path.

        ``Hit.naming(3, 5, "id 'ola' is also used by ", Place("personas/ola.yaml", 2, 5), ":2")``
        says "id 'ola' is also used by personas/ola.yaml:2" and keeps where that path is, so that
        SARIF and GitHub annotations can name the file from the repository's top.  ``pl``: the parts
        of the Polish twin (see :attr:`pl`), written the same way.
        """
        message, related = _named_parts(parts)
        if pl is None:
            return cls(line, column, message, path, related)
        pl_message, pl_related = _named_parts(pl)
        return cls(line, column, message, path, related, pl_message, pl_related)

    def with_pl(self, pl: str) -> "Hit":
        """This hit with ``pl`` as its message's Polish twin (a message that names no other file)."""
        return replace(self, pl=pl)


def _named_parts(parts: Sequence[str | Place]) -> tuple[str, tuple[Related, ...]]:
    """A message made of ``parts`` (each :class:`Place` written as its path) and where it names each place."""
    text: list[str] = []
    related: list[Related] = []
    at = 0
    for part in parts:
        # Shown as the engine shows every message (a control character escaped, on one line) now,
        # so that the offsets hold in the finding's message: showing it again changes nothing.
        shown = visible_line(part.path if isinstance(part, Place) else part)
        if isinstance(part, Place):
            related.append(Related(part.path, part.line, part.column, at, at + len(shown)))
        text.append(shown)
        at += len(shown)
    return "".join(text), tuple(related)
