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


def _kept(match: re.Match[str]) -> str:
    found = match.group(0)
    return "\\" + found if match.group("escape") else found + "<!-- -->"


def plain(escaped: str) -> str:
    """Markdown text (already escaped for CommonMark) with no autolink, emoji code or GitLab inline
    diff marker left in it."""
    return _EXTRAS.sub(_kept, escaped)
