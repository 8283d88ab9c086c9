"""GitLab Code Quality report: findings shown in a merge request's widget and diff.

A GitLab CI job writes it to a file named under ``artifacts: reports: codequality:``. Each finding
is an object with ``description``, ``check_name``, ``fingerprint``, ``severity`` and ``location``
(``path`` from the project's top, ``lines.begin``, and ``lines.end``, the line of the value's last
character, where it is known: see :mod:`.located`). GitLab compares the fingerprints of the
merge request's report with those of the target branch to say which findings are new or fixed, so
a fingerprint must not change when lines are added above a finding, nor when a count, a percentage,
a date or an age in its message does ("has 1 persona" / "has 2 personas", "6 of 8 traits", "34
months ago"): it is made of the file, the rule and what the message quotes, the finding's subject
(the trait, key, id or value it is about), without the line numbers it names; in a Polish workspace,
what its English message quotes, so that a change of `lang` changes no fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Iterable, Iterator, TextIO

from ...visible import json_visible
from ..finding import Finding, Severity
from .paths import named_from, project_root

#: GitLab's levels are info, minor, major, critical and blocker; an error fails a run, hence major.
_SEVERITY = {Severity.error: "major", Severity.warning: "minor", Severity.info: "info"}

#: Line and column numbers in a message: `personas/ola.yaml:14:3`, "on line 12", "column 5".
_PLACES = re.compile(r"(\.ya?ml):\d+(?::\d+)?|\b(lines?|columns?) \d+(?:[-–]\d+)?")


#: What a message quotes: `code`, "text", „tekst”, “text”, 'text' (an apostrophe inside a word,
#: as in "don't" or "persona's", neither opens nor closes a quote).
_QUOTED = re.compile(r"""`[^`\n]*`|"[^"\n]*"|„[^”\n]*”|“[^”\n]*”|(?<!\w)'(?:[^'\n]|'(?=\w))*'(?!\w)""")


def _normalised(message: str) -> str:
    return " ".join(_PLACES.sub(lambda m: m.group(1) or f"{m.group(2)} #", message).split())


def _subject(message: str) -> str:
    """What the message is about: the parts it quotes, in order, without line numbers.

    The words around them (counts, percentages, dates, ages, the advice) change while the finding
    stays the same one; a message that quotes nothing (one per file: "the workspace has 2 personas
    but no negative persona") has an empty subject.
    """
    return "\x1f".join(_normalised(m.group(0)) for m in _QUOTED.finditer(message))


#: The rules whose finding is about two documents and names the other one by the scan's order (similar-personas:
#: the earlier persona it is most like): the fingerprint is made of the first thing the message quotes, the
#: document's own id, so that a persona added that becomes "the earlier one" (a copy whose file sorts first)
#: changes no fingerprint of the findings already there.  (The baseline keys them by both ids, and still
#: matches them then on file, rule and place: :mod:`cxkit.lint.baseline`.)
_OWN_ID_ONLY = frozenset({"similar-personas"})


def _named(findings: Iterable[Finding], root: str) -> Iterator[tuple[str, str]]:
    """Each finding's file named from ``root``, and its message with the files it names named so too."""
    for f in findings:
        yield named_from(f.path, root), f.message_with(lambda p: named_from(p, root)) if f.related else f.message


def iter_fingerprints(findings: list[Finding], root: str, named: Iterable[tuple[str, str]] | None = None) -> Iterator[str]:
    """A fingerprint per finding (a SHA-256 in hex), one at a time: of its file named from ``root``, its
    rule and its subject, not its line (for a finding that names another document by the scan's order, only
    its own document's id: :data:`_OWN_ID_ONLY`); also SARIF's ``partialFingerprints``.  ``named``:
    :func:`_named`'s answer when the caller has it already.

    Findings alike in file, rule and subject (a vague goal written twice, two findings whose
    messages quote nothing) are told apart by their order in the file, so each fingerprint is
    unique in the report.
    """
    seen: dict[str, int] = {}
    for f, (path, message) in zip(findings, _named(findings, root) if named is None else named):
        if f.english is not None:  # a Polish message: the fingerprint is the English one's, whatever the language
            message = next(_named([f.in_english()], root))[1]
        subject = _subject(message)
        if f.rule in _OWN_ID_ONLY:
            subject = subject.split("\x1f", 1)[0]
        key = "\0".join((path, f.code, subject))
        nth = seen.get(key, 0)
        seen[key] = nth + 1
        yield hashlib.sha256(f"{key}\0{nth}".encode("utf-8", "surrogateescape")).hexdigest()


def fingerprints(findings: list[Finding], root: str, named: list[tuple[str, str]] | None = None) -> list[str]:
    """:func:`iter_fingerprints` as a list."""
    return list(iter_fingerprints(findings, root, named))


def code_quality(findings: list[Finding], root: str) -> list[dict]:
    """The report's entries, files named from ``root``, each with its :func:`fingerprints` entry."""
    from .located import locate_all

    named = list(_named(findings, root))
    out = []
    for f, (path, message), fingerprint, at in zip(findings, named, fingerprints(findings, root, named), locate_all(findings)):
        lines = {"begin": f.line} if at.end_line is None else {"begin": f.line, "end": at.end_line}
        out.append({
            "description": f"{f.rule}: {message}",
            "check_name": f.code,
            "fingerprint": fingerprint,
            "severity": _SEVERITY[f.severity],
            "location": {"path": path, "lines": lines},
        })
    return out


def render_gitlab(findings: list[Finding], stream: TextIO, root: str | None = None) -> None:
    """The Code Quality report as JSON, one entry per line; files named from ``root`` (default: :func:`project_root`)."""
    if not findings:
        stream.write("[]\n")
        return
    if root is None:
        root = project_root()
    encode = json.JSONEncoder(ensure_ascii=False).encode
    entries = code_quality(findings, root)
    stream.write(json_visible("[\n  " + ",\n  ".join(encode(e) for e in entries) + "\n]\n"))
