"""Which 8-bit encoding a file that is not UTF-8 was most likely saved in, to say so in the error.

Only a file that failed to decode gets here.  The candidates are the encodings a Polish or an
English team's tools write: Windows-1250 and ISO-8859-2 (Central European: Polish letters),
Windows-1252 (Western European: what an English Excel or Word saves; ISO-8859-1 is the same
there, bar the 0x80-0x9F punctuation) and Windows-1251 (Cyrillic: a Ukrainian customer's name).  The same byte is another character in each: 0xA3 is `Ł`
in Windows-1250 and `£` in Windows-1252, so converting from the wrong one corrupts the text.

Each byte that is not UTF-8 is read in each encoding, beside the bytes around it: a letter inside
a word and a symbol between spaces or digits are likely ("Paweł", "£350"); a letter against a
digit or against a letter of another script, a symbol inside a word, a control character and a
byte the encoding lacks are not ("Ł350", "Pawe³", "Paweі").  A `lang:` line in the file tips the balance a little.  When one family is clearly more
likely it is named; when not, both are, each with what the byte would be there.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

#: (codec, name in messages, family).
_CANDIDATES = (
    ("cp1250", "Windows-1250", "central"),
    ("iso8859_2", "ISO-8859-2", "central"),
    ("cp1252", "Windows-1252", "western"),
    ("cp1251", "Windows-1251", "cyrillic"),
)
_FAMILY = {"central": "Central European", "western": "Western European", "cyrillic": "Cyrillic"}
#: Letters the family's text usually holds (others, such as "ŕ" or "Ÿ", count for less).
_COMMON = {
    "central": frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"),
    "western": frozenset("éèêëàâäáçñöôóòüûúùïîíßÉÈÀÇÑÖÜ"),
    "cyrillic": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёыэъАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЫЭЪ"),
}
#: Quotes and apostrophes may stand against a letter ("it’s", “quoted”).
_QUOTES = frozenset("‘’‚‛“”„«»‹›'\"")
_LANG = re.compile(rb"^lang:[ \t]*[\"']?(pl|en)\b", re.MULTILINE)
#: How many of the file's bad bytes are weighed: enough to tell, however large the file.
_MAX_BYTES = 400
#: A family is named alone when it is ahead by this much.
_MARGIN = 2.0


class _Reading(NamedTuple):
    """What :func:`guess` and :func:`not_utf8` need of a file that is not UTF-8, from one decode of it."""

    #: ``raw`` read as UTF-8 with each byte that is not UTF-8 kept as a stand-in (U+DC80-U+DCFF).
    text: str
    #: Where the first of those stand-ins are in ``text`` (a valid multi-byte sequence is read, not counted).
    offsets: list[int]
    #: Whether the file is UTF-8 with a few bytes pasted from another encoding (:func:`mostly_utf8`).
    pasted: bool


def _reading(raw: bytes) -> _Reading:
    text = raw.decode("utf-8", errors="surrogateescape")
    found = [m.start() for _, m in zip(range(_MAX_BYTES), _STAND_IN.finditer(text))]
    return _Reading(text, found, _mostly_utf8(text))


_STAND_IN = re.compile("[\udc80-\udcff]")


def _char(byte: int, codec: str) -> str | None:
    try:
        return bytes((byte,)).decode(codec)
    except UnicodeDecodeError:
        return None


def _read(ch: str, codec: str) -> str | None:
    """A character of the text as ``codec`` reads it: a stand-in is read as its byte."""
    return _char(ord(ch) - 0xDC00, codec) if "\udc80" <= ch <= "\udcff" else ch


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _score(text: str, offsets: list[int], codec: str, family: str) -> float:
    """How likely the stand-ins at ``offsets`` are text in ``codec``: the higher, the likelier."""
    total = 0.0
    for at in offsets:
        ch = _read(text[at], codec)
        if ch is None:
            return float("-inf")  # a byte the encoding does not have: not this one
        if unicodedata.category(ch) == "Cc":
            total -= 3  # a control character (ISO-8859's 0x80-0x9F): not text
            continue
        sides = [c for c in (_read(text[at - 1], codec) if at else None,
                             _read(text[at + 1], codec) if at + 1 < len(text) else None) if c is not None]
        letters = sum(c.isalpha() for c in sides)
        if ch.isalpha():
            if any(c.isalpha() and _cyrillic(c) != _cyrillic(ch) for c in sides):
                total -= 1  # a Cyrillic letter inside a Latin word, or the other way round
            elif letters:
                total += 2 if ch in _COMMON[family] else 1  # inside a word
            elif any(c.isdigit() for c in sides):
                total -= 2  # a letter against a number: "Ł350"
            else:
                total -= 1  # a letter on its own
        elif ch in _QUOTES:
            total += 1
        else:
            total += (1, -1, -2)[letters]  # a symbol: between spaces or digits, or inside a word ("Pawe³")
    return total


def mostly_utf8(raw: bytes) -> bool:
    """Whether ``raw`` (not UTF-8) is UTF-8 text with a few bytes pasted from another encoding: it
    holds valid multi-byte UTF-8 characters ("ł" as 0xC5 0x82), at least as many as bytes that are not
    UTF-8.  Converting such a file from an 8-bit encoding would garble every one of those letters."""
    return _mostly_utf8(raw.decode("utf-8", errors="surrogateescape"))


def _mostly_utf8(text: str) -> bool:
    """:func:`mostly_utf8` of the file read as ``text`` (with stand-ins for its bytes that are not UTF-8)."""
    bad = sum(1 for _m in _STAND_IN.finditer(text))  # all of them: the guess looks at the first few only
    return bad > 0 and any(good >= bad for good, _m in enumerate(_UTF8_CHAR.finditer(text), 1))


#: A character beyond ASCII that the file holds as valid UTF-8 (not a stand-in for a bad byte).
_UTF8_CHAR = re.compile("[^\x00-\x7f\udc80-\udcff]")


def guess(raw: bytes, at: int) -> str:
    """A note on the encoding of ``raw`` (not UTF-8) for the error on the byte at offset ``at``:
    " (it looks like Windows-1252, Western European, where 0xA3 is '£')", or both families when
    neither is clearly likelier, or the encodings that read every bad byte alike; "" when none fits.
    For a file that is UTF-8 but for a few pasted bytes (:func:`mostly_utf8`) no encoding to convert
    the file from is named: it says so, and what the byte is where it most likely came from."""
    return _guess(raw, at, _reading(raw))


def _guess(raw: bytes, at: int, reading: _Reading) -> str:
    text, offsets, pasted = reading
    if not offsets:
        return ""
    scores = {name: _score(text, offsets, codec, family) for codec, name, family in _CANDIDATES}
    lang = _LANG.search(raw)
    if lang is not None:
        liked = "central" if lang.group(1) == b"pl" else "western"
        for _codec, name, family in _CANDIDATES:
            if family == liked:
                scores[name] += 2
    best: dict[str, tuple[float, list[tuple[str, str]]]] = {}  # family -> its score, its encodings (name, codec)
    for codec, name, family in _CANDIDATES:
        score = scores[name]
        if score == float("-inf"):
            continue
        held = best.get(family)
        if held is None or score > held[0]:
            best[family] = (score, [(name, codec)])
        elif score == held[0]:
            held[1].append((name, codec))
    rest = "the rest of the file is UTF-8, so this byte was pasted from text in another encoding"
    if not best or max(score for score, _names in best.values()) <= 0:
        return f" ({rest})" if pasted else ""
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    shown = [ranked[0]] if len(ranked) == 1 or ranked[0][1][0] - ranked[1][1][0] >= _MARGIN else ranked[:2]
    # The byte to show: the reported one, or the first that reads differently in the families named.
    byte = raw[at]
    if len(shown) > 1 and len({_char(byte, codecs[0][1]) for _family, (_score_, codecs) in shown}) == 1:
        byte = next((b for b in (ord(text[i]) - 0xDC00 for i in offsets)
                     if len({_char(b, codecs[0][1]) for _family, (_score_, codecs) in shown}) > 1), byte)

    def named(family: str, codecs: list[tuple[str, str]]) -> str:
        names = [name for name, _codec in codecs]
        if len(names) > 1 and family == "central":
            # Both read every byte of the file alike: the usual pair, ISO first.
            names = ["ISO-8859-2", "Windows-1250"]
        return f"{' or '.join(names)}, {_FAMILY[family]}"

    def looks(ch: str | None) -> str:
        return f"'{ch}'" if ch is not None and ch.isprintable() else "a control character"

    # Every bad byte reads the same in each encoding named: asking to choose between them asks nothing.
    every = [name for _family, (_score_, codecs) in shown for name, _codec in codecs]
    if len(shown) > 1 and all(
        len({_char(ord(text[i]) - 0xDC00, codec) for _family, (_score_, codecs) in shown for _name, codec in codecs}) == 1
        for i in offsets
    ):
        if "Windows-1250" in every and "ISO-8859-2" in every:
            every = ["ISO-8859-2", "Windows-1250"] + [name for name in every if name not in ("ISO-8859-2", "Windows-1250")]
        alike = f"{', '.join(every[:-1])} and {every[-1]}"
        reads = f"0x{byte:02X} is {looks(_char(byte, shown[0][1][1][0][1]))} in {alike} alike"
        if pasted:
            return f" ({rest}; {reads})"
        others = ", as is every other byte of the file that is not UTF-8" if len({text[i] for i in offsets}) > 1 else ""
        return f" ({reads}{others}: convert the file from any of them)"
    if len(shown) == 1:
        family, (_score_, codecs) = shown[0]
        if pasted:
            return f" ({rest}, most likely {named(family, codecs)}, where 0x{byte:02X} is {looks(_char(byte, codecs[0][1]))})"
        return f" (it looks like {named(family, codecs)}, where 0x{byte:02X} is {looks(_char(byte, codecs[0][1]))})"
    parts = [f"in {named(family, codecs)}, 0x{byte:02X} is {looks(_char(byte, codecs[0][1]))}"
             for family, (_score_, codecs) in shown]
    if pasted:
        return f" ({rest}: {'; '.join(parts)})"
    return f" ({'; '.join(parts)}: convert the file from the one that gives the right text)"


def looks_like_utf16(head: bytes) -> bool:
    """Every other byte mostly zero: UTF-16 (or UTF-32) text without a byte-order mark, as a file's
    first bytes show it (ASCII text in UTF-16 is valid UTF-8 full of NULs)."""
    even, odd = head[0::2], head[1::2]
    return b"\x00" in head and max(even.count(0), odd.count(0)) > 0.3 * max(len(odd), 1)


_BREAKS = re.compile("\r\n|\r|\n")


def _line_col(text: str, at: int) -> tuple[int, int]:
    """1-based line and column (in characters) of offset ``at`` of ``text``."""
    line, start = 1, 0
    for m in _BREAKS.finditer(text, 0, at):
        line, start = line + 1, m.end()
    return line, at - start + 1


def not_utf8(raw: bytes, at: int) -> tuple[int, int, str]:
    """Where the byte at offset ``at`` of ``raw`` (a file that is not UTF-8; ``at`` is its first bad byte,
    as a strict decode reports it) is, by line and column (in characters), and what to say about it:
    "the file is not valid UTF-8: byte 0xB3 cannot be decoded (it looks like ...); save it as UTF-8", or,
    for a UTF-8 file with a few pasted bytes, to retype them (by line:column) rather than convert the
    file.  The one wording for a document (:func:`cxkit.yamlio.decode`) and for a config file."""
    before = raw[:at].decode("utf-8", errors="surrogateescape")
    line, column = _line_col(before, len(before))
    fix = "save it as UTF-8"
    if b"\x00" in raw[:200]:
        hint = " (it looks like UTF-16 without a byte-order mark)"
    else:
        reading = _reading(raw)  # the one decode of the whole file that the guess and the fix share
        hint = _guess(raw, at, reading)
        if reading.pasted:
            # Converting the whole file from an 8-bit encoding would garble its UTF-8 letters.
            fix = "retype that character in UTF-8"
            more = reading.offsets[1:4]
            if more:
                places = ", ".join("%d:%d" % _line_col(reading.text, i) for i in more[:2])
                fix += f" (and the one{'s' if len(more) > 1 else ''} at {places}{' and further' if len(more) > 2 else ''})"
            fix += " rather than converting the whole file, which would garble its UTF-8 letters"
    return line, column, f"the file is not valid UTF-8: byte 0x{raw[at]:02X} cannot be decoded{hint}; {fix}"
