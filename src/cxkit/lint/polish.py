"""What the Polish twins of lint's messages share (see :attr:`cxkit.lint.finding.Hit.pl`).

A workspace whose config says `lang = "pl"` reads each finding whose rule gives one in Polish.  The
twins quote as Polish does („tekst”; a key or a command in backquotes, as the English ones do), and
count with Polish plurals.  Nothing here is imported by a module loaded at start but the rules'.
"""

from __future__ import annotations

import re
from typing import Iterable


#: A list item named by its place in an English path (`stages[2nd].emotion`, :func:`cxkit.model.validate._ordinal`).
_PLACE = re.compile(r"(?<=[\w\]])\[(\d+)(?:st|nd|rd|th)\]")


def places(text: str) -> str:
    """``text`` with each list item a path names by its place written as Polish numbers an item, "nr"
    and the number: `stages[2nd].emotion` is `stages[nr 2].emotion` (as "etap nr 2"; `[2.]`, the ordinal
    with its full stop, read as a typo in brackets); an item named by its id (`stages[zakup]`) stays as it is."""
    return _PLACE.sub(r"[nr \1]", text) if "]" in text else text


def plural(n: int, one: str, few: str, many: str) -> str:
    """The Polish form for ``n``: ``one`` for 1, ``few`` for 2-4, 22-24, 32-34… (but 12-14 take ``many``),
    ``many`` for the rest and for 0: 1 persona, 2 persony, 5 person, 12 person, 22 persony."""
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def counted(n: int, one: str, few: str, many: str) -> str:
    """``n`` and its noun in the right form: "1 persona", "3 persony", "5 person"."""
    return f"{n} {plural(n, one, few, many)}"


def out_of(n: int) -> str:
    """"z ``n``" as Polish reads it aloud ("97 ze 107 cech"): "ze" before a number read starting "sto…"/"stu…"
    (100-199, 100 000-199 999, 100 000 000-199 999 999…: "ze 107", "ze 150 000"), "z" before the rest ("z 7",
    "z 2", "z 1000": "z tysiąca", "z 1 100 000": "z miliona stu tysięcy"). Every "N z M" of a Polish message is
    built with it."""
    lead = abs(n)
    while lead >= 1000:  # the group read first: 150 000 is "sto pięćdziesiąt tysięcy", 1 100 is "tysiąc sto"
        lead //= 1000
    return f"{'ze' if 100 <= lead <= 199 else 'z'} {n}"


def decimal(text: str) -> str:
    """``text`` with the decimal point of each number in it written as Polish writes it, a comma: "20.0" is
    "20,0", "-0.5" is "-0,5"; whole numbers and dots that are no decimal point (`v1.2.3`, "koniec.") stay."""
    return re.sub(r"(?<![\d.])(-?\d+)\.(\d+)(?![\d.])", r"\1,\2", text)


def q(text: str) -> str:
    """``text`` in Polish quotation marks: „Ceni jakość”; the double quotes the text holds itself are shown as
    the inner ones, so that each quote stays one: „Ceni »jakość«”, not „Ceni "jakość"”."""
    if '"' in text:
        parts = text.split('"')
        text = "".join(p + ("»" if i % 2 == 0 else "«") for i, p in enumerate(parts[:-1])) + parts[-1]
    return f"„{text}”"


def quoted(texts: Iterable[str]) -> str:
    """Each text once, in Polish quotation marks, joined by commas: „Ceni jakość”, „Dba o zdrowie”."""
    return ", ".join(q(t) for t in dict.fromkeys(texts))


def listed(items: list[str], last: str = "i") -> str:
    """``items`` joined as Polish lists them: "a", "a i b", "a, b i c" (``last``: "i", "ani", "lub")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def examples(hint: str) -> str:
    """The examples an English advice gives, ``(e.g. "…", "…")``, as Polish gives them: ``(np. „…”, „…”)``;
    "" when it gives none."""
    start = hint.find('(e.g. "')
    end = hint.find('")', start)
    if start < 0 or end < 0:
        return ""
    inner = hint[start + len('(e.g. "'):end]
    return "(np. " + ", ".join(q(part) for part in inner.split('", "')) + ")"
