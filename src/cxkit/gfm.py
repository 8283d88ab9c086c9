"""What GitHub and GitLab make of plain Markdown text beyond CommonMark, and how to keep it text.

Both exports (`render -f markdown`) and pull-request comments (`diff -f markdown`, `review`)
quote what users wrote; none of it may turn into a link, an address or an emoji.
"""

from __future__ import annotations

import re

# GitHub and GitLab turn bare "http://…", "https://…", "www.…" and e-mail addresses into links.
# An escape ("\:", "\." read as the character itself) breaks the first two for both. GitHub's
# cmark-gfm finds addresses after escapes are resolved, so "@" gets an empty HTML comment after it,
# which splits the text instead (it shows nothing).  ":tada:" is an emoji, found the same way,
# so its first colon gets a comment too.
# A code's "_" arrives escaped ("\\_"), and is resolved before codes are found (:white_check_mark:).
# GitLab styles "{+x+}", "[+x+]", "{-x-}" and "[-x-]" as an added or removed part, in the rendered
# text outside code (after escapes are resolved, so "\\[" does not stop it): the "{" or "[" before a
# "+" or "-" gets the comment, which splits the text node the marker must stand in whole.
_CODE_CHAR = r"(?:[a-z0-9+-]|\\?_)"
_CODE_LETTER = r"(?:[a-z]|\\?_)"
_EXTRAS = re.compile(
    # Every emoji code has a letter or an "_" in it but :100:, :1234:, :+1: and :-1:, so a time
    # (12:30:45) or a range of times (8:00-16:00, 9:30+10:00) is left as it is.
    r"(?P<escape>(?<=[a-z]):(?=//)|(?<=www)\.)"
    rf"|(?P<split>@|:(?=(?:{_CODE_CHAR}*{_CODE_LETTER}{_CODE_CHAR}*|[+-]1|100|1234):)|(?:\{{|\\\[)(?=[+-]))",
    re.IGNORECASE,
)


#: A code span in one of cxkit's own messages (`reviewed`, `kind: persona`, `cxkit new`): one line, one backtick each
#: side, no blank just inside either (so that a lone backtick of the user's text quoted, "it` s", opens none).
_MESSAGE_CODE = re.compile(r"`([^`\s](?:[^`\n]*[^`\s])?)`")


def message_parts(message: str) -> list[tuple[bool, str]]:
    """A cxkit message (a finding's, a note's) as its pieces, each with whether it is one of the code spans
    the message writes in backticks (`reviewed`, `exclude`): a Markdown export or comment shows those as
    code, and escapes the rest as text, so that neither a backslash before each backtick (`\\`reviewed\\``)
    nor a `*`, `_`, `|` or `<` of the user's text quoted in the message changes what it shows."""
    parts: list[tuple[bool, str]] = []
    pos = 0
    for match in _MESSAGE_CODE.finditer(message):
        if match.start() > pos:
            parts.append((False, message[pos:match.start()]))
        parts.append((True, match.group(1)))
        pos = match.end()
    if pos < len(message):
        parts.append((False, message[pos:]))
    return parts


def _kept(match: re.Match[str]) -> str:
    found = match.group(0)
    return "\\" + found if match.group("escape") else found + "<!-- -->"


def plain(escaped: str) -> str:
    """Markdown text (already escaped for CommonMark) with no autolink, emoji code or GitLab inline
    diff marker left in it."""
    return _EXTRAS.sub(_kept, escaped)
