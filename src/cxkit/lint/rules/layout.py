"""Rules about how a document is laid out: what its indentation makes of it."""

from __future__ import annotations

import re
from typing import Iterable

from ruamel.yaml.nodes import ScalarNode, SequenceNode

from ..finding import Hit, Severity
from ..rule import Rule, register
from ...workspace import Document

# Lines end where an editor ends them (as the loader counts them).
_LINE_BREAK = re.compile("\r\n|[\r\n]")


def _cut(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _brief(text: str) -> str:
    """A value quoted in a message: one line, cut short."""
    return _cut(" ".join(text.split()))


@register
class MergedListItem(Rule):
    """A `- item` line that YAML read as more text of the value above it.

    An unquoted value may go on over several lines, and YAML joins them into
    one text.  So a list item indented one space more than the item above
    (`- Run 5k` under `- Run a marathon`) is no item of its own: the two
    become one goal, "Run a marathon - Run 5k".  The same happens to a
    `- item` line written under a key whose value is on its own line
    (`quote: Numbers first`, then `  - Uses Xero daily`).  Reported at the
    dash of each such line.  A quoted or `|`/`>` value is never reported (its
    lines are meant), nor a line that starts with a dash and no space after it
    (`-5 °C`, `-20% w aplikacji`).  When the dash belongs to the text, put the
    whole text in quotes, or end the line with
    `# cxkit: disable=merged-list-item`.

    Why: a trait that silently swallows the next one hides a goal or a pain
    point from every check, from the review, and from the map the team reads.

    Bad:
        kind: persona
        id: ola-biegaczka
        name: Ola Nowak
        goals:
          - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
           - Biegać 3 razy w tygodniu przed pracą

    Good:
        kind: persona
        id: ola-biegaczka
        name: Ola Nowak
        goals:
          - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
          - Biegać 3 razy w tygodniu przed pracą

    Bad (en):
        kind: persona
        id: dev-reading-commuter
        name: Dev Patel
        goals:
          - Get from Reading to Paddington by 8:45 with a seat
           - Claim Delay Repay for every late train within the 28 days

    Good (en):
        kind: persona
        id: dev-reading-commuter
        name: Dev Patel
        goals:
          - Get from Reading to Paddington by 8:45 with a seat
          - Claim Delay Repay for every late train within the 28 days
    """

    code = "CX006"
    name = "merged-list-item"
    severity = Severity.warning
    # It reads only the YAML, and a folded item often breaks the format too ("2026-10-01 - Uses
    # Xero" is no date): it must explain that schema error, not wait for it to be fixed.
    needs_model = False

    def check(self, doc: Document) -> Iterable[Hit]:
        wrapped = doc.loaded.wrapped  # noted by the loader: empty for nearly every file
        if not wrapped:
            return
        text = doc.loaded.text
        seen: set[int] = set()
        for node, holder in wrapped:
            if id(node) in seen:
                continue  # an alias: the same value, reported where it is written
            seen.add(id(node))
            start = node.start_mark
            rows = _LINE_BREAK.split(text[start.index:node.end_mark.index])
            for number, row in enumerate(rows[1:], start.line + 2):
                body = row.lstrip(" \t")
                if body[:1] != "-" or body[1:2] not in ("", " ", "\t"):
                    continue
                yield Hit(number, len(row) - len(body) + 1, _message(node, holder, body),
                          pl=_message_pl(node, holder, body) if self.polish else None)


def _message(node: ScalarNode, holder: object, body: str) -> str:
    line = "`" + _cut(body.rstrip(" \t"), 40) + "`"
    joined = f"'{_brief(str(node.value))}'"
    quotes = "or put the whole text in quotes if the dash belongs to it"
    if isinstance(holder, SequenceNode):
        above = node.start_mark.line + 1
        if holder.flow_style:
            return (f"{line} is read as more text of the item on line {above}, not as an item of its own ({joined}): "
                    f"in [ ] items are parted by commas, so end the item above with a comma and drop the dash, {quotes}")
        return (f"{line} is read as more text of the item above, not as an item of its own ({joined}): indent it "
                f"like the item above (line {above}, its dash in column {holder.start_mark.column + 1}), {quotes}")
    if isinstance(holder, ScalarNode):
        key = f"`{_cut(str(holder.value), 40)}:`"
        return (f"{line} is read as more text of {key} (line {holder.start_mark.line + 1}), not as a list item "
                f"({joined}): move it under the list it belongs to, indented like that list's items, {quotes}")
    return f"{line} is read as more text of the value above, not as a list item ({joined}); {quotes}"  # pragma: no cover


def _message_pl(node: ScalarNode, holder: object, body: str) -> str:
    """:func:`_message` in Polish."""
    line = "`" + _cut(body.rstrip(" \t"), 40) + "`"
    joined = f"„{_brief(str(node.value))}”"
    quotes = "albo ujmij cały tekst w cudzysłów, jeśli myślnik do niego należy"
    if isinstance(holder, SequenceNode):
        above = node.start_mark.line + 1
        if holder.flow_style:
            return (f"YAML czyta {line} jako dalszy ciąg elementu z wiersza {above}, a nie osobny element ({joined}): "
                    f"w [ ] elementy oddzielają przecinki, więc zakończ element wyżej przecinkiem i usuń myślnik {quotes}")
        return (f"YAML czyta {line} jako dalszy ciąg elementu wyżej, a nie osobny element ({joined}): ustaw wcięcie "
                f"jak w elemencie wyżej (wiersz {above}, myślnik w kolumnie {holder.start_mark.column + 1}) {quotes}")
    if isinstance(holder, ScalarNode):
        key = f"`{_cut(str(holder.value), 40)}:`"
        return (f"YAML czyta {line} jako dalszy ciąg {key} (wiersz {holder.start_mark.line + 1}), a nie element listy "
                f"({joined}): przenieś go pod listę, do której należy, z wcięciem jak jej elementy {quotes}")
    return f"YAML czyta {line} jako dalszy ciąg wartości wyżej, a nie element listy ({joined}); {quotes}"  # pragma: no cover
