"""Telling a vague persona trait from a specific one.

A trait is *vague* when it contains a phrase from the lexicons (``lexicons/pl.yaml``,
``lexicons/en.yaml``) — "dba o zdrowie", "z dużego miasta", "tech-savvy" — or an
age range, and carries no concrete detail that would tell two people apart: a
number, a frequency, a named place, brand or channel, a clause of its own
beyond the generic phrase, or what the phrase is about, named right after it
("ceny kształtek miedzianych", "prices of copper fittings").  A trait without
such a phrase is vague too when it is built only from generic words ("Likes
nice things", "Status matters to him"): every content word is in the lexicons'
generic vocabulary and nothing concrete is named.

Matching runs on text normalised here: decomposed letters composed (NFC, so that
"z" + U+0307 as macOS and PDFs write it is "ż"; findings are mapped back to the
text as written), lowercase, diacritics folded to ASCII
(ą→a, ł→l), apostrophes dropped, every other run of non-word characters turned
into one space.  Lexicon patterns are words, stems and alternatives, compiled
once per process into regular expressions grouped by the first characters a
match starts with, for both languages at once (people mix them); Polish
inflection is covered by stems, so nothing heavy is loaded at lint time.

Pattern syntax (one pattern is a sequence of space-separated items)::

    word        the word itself
    stem*       any word starting with the stem (duż* → duże, dużym, dużego)
    a|b*|c      one of the words
    (a b|c)     one of the alternatives, which may be several words
    (a b|c)?    the same, optional; ``word?`` makes a single word optional
    ..          up to three other words
    <n>         a number; inside a word too (<n>x matches 2x)

Hyphens inside a word split it like the text does: ``tech-savvy`` is the two
words ``tech savvy``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from operator import itemgetter
from typing import AbstractSet, Any, Callable, Iterable, Iterator, NamedTuple, Sequence

from ..langs import WORD_LANGS
from .lazyre import compile_all, lazy

#: The lexicons read, lexicons/<code>.yaml each: the languages whose words cxkit reads.
LANGUAGES = WORD_LANGS
#: Words of residual content (outside generic phrases, not stopwords) that make a trait specific.
RESIDUAL_WORDS = 4
_GAP = "(?:[^ ]+ ){0,3}"
_NUMBER = r"\d+"


class LexiconError(ValueError):
    """A pattern that cannot be compiled; the message says which and why (``pl``: in Polish, where it has that)."""

    def __init__(self, message: str, pl: str | None = None) -> None:
        super().__init__(message)
        self.pl = pl


# --- normalisation -----------------------------------------------------------------------------

#: The apostrophes that join a word in :func:`normalise` (don't → dont) instead of splitting it.
_APOSTROPHES = "'’ʼ`´"


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[code] = base.lower()
    # Letters without a decomposition; every entry maps one character to one, so offsets survive.
    table.update({ord("ł"): "l", ord("Ł"): "l", ord("ø"): "o", ord("đ"): "d", ord("ß"): "s", ord("×"): "x"})
    # Apostrophes join a word (don't → dont) instead of splitting it; _JOIN marks them until then.
    for apostrophe in _APOSTROPHES:
        table[ord(apostrophe)] = _JOIN
    return table


_JOIN = "\x01"
_FOLD = _fold_table()
_WORD = lazy(globals(), "_WORD", r"[^\W_][^\W_\x01]*(?:\x01+[^\W_]+)*")


#: Characters below this code point are normalised by one str.translate (text with others: by _WORD).
_TABLE_END = 0x3000
_BEYOND_TABLE = lazy(globals(), "_BEYOND_TABLE", "[^\x00-\u2fff]")  # U+3000 and above: compiles 4× faster than that range


def _word_table(fold: dict[int, str]) -> str:
    """Indexed by code point: the folded character if it belongs to a word (_JOIN for an apostrophe), else a space."""
    chars = [chr(code) for code in range(_TABLE_END)]
    for code, out in fold.items():
        chars[code] = out
    folded = "".join(chars)
    if len(folded) != _TABLE_END:
        raise ValueError("every folded character must map to exactly one character")
    return re.sub(r"[^\w\x01]|_", " ", folded)


# A string, not a dict: str.translate indexes it without raising a KeyError for every unmapped character.
_WORD_TABLE = _word_table(_FOLD)


#: Characters normalised without lowering the text first: ASCII, Polish and Latin-1 letters, common typography.
_CODEPAGE_EXTRA = "ĄąĆćĘęŁłŃńŚśŹźŻż’‘‚“”„–—‐‑…•‹›€" + "".join(map(chr, range(0xA0, 0x100)))


def _codepage(table: str) -> tuple[Any, str]:
    """(charmap encoding of up to 256 characters, what each code stands for in ``table``, lowercase applied)."""
    chars: list[str] = [chr(code) for code in range(0x80)]
    for ch in _CODEPAGE_EXTRA:
        low = ch.lower()
        # A character whose lowercase is one character of the table (never Σ, the only one lowered by context).
        if ch not in chars and len(low) == 1 and ord(low) < _TABLE_END and ch != "Σ":
            chars.append(ch)
    if len(chars) > 256:
        raise ValueError("a charmap holds at most 256 characters")
    unmapped = "\ufffe" * (256 - len(chars))  # the codecs mark an unused code with U+FFFE
    return codecs.charmap_build("".join(chars) + unmapped), "".join(table[ord(ch.lower())] for ch in chars) + unmapped


_CODEPAGE, _CODEPAGE_OUT = _codepage(_WORD_TABLE)
_encode, _decode = codecs.charmap_encode, codecs.charmap_decode


def _word_chars(text: str) -> str | None:
    """``text`` lowercased and folded, every character outside a word a space; None when the table cannot do it."""
    try:
        # Two C codec passes (code page in, table out) instead of lower() and a translate per code point.
        return _decode(_encode(text, "strict", _CODEPAGE)[0], "strict", _CODEPAGE_OUT)[0]
    except UnicodeError:
        pass  # a character outside the code page
    low = text.lower()
    if len(low) != len(text) or (not low.isascii() and _BEYOND_TABLE.search(low)):
        return None
    return low.translate(_WORD_TABLE)


def _fold(text: str) -> str | None:
    """Lowercased, folded text of the same length as ``text`` (None in the rare case lower() changes it)."""
    low = text.lower()
    return low.translate(_FOLD) if len(low) == len(text) else None


def normalise(text: str) -> str:
    """Lowercase, folded, one space between words, and a space at each end."""
    if not text.isascii() and not _is_nfc("NFC", text):
        text = _nfc("NFC", text)
    return _joined(text, _word_chars(text))


# --- decomposed text ---------------------------------------------------------------------------

_is_nfc, _nfc = unicodedata.is_normalized, unicodedata.normalize
#: Combining marks of Latin, Greek and Cyrillic letters, which decomposed text (NFD: macOS file names and
#: clipboards, PDFs) writes after the letter: "z\u0307" for "ż", "o\u0301" for "ó".
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CLUSTER = lazy(globals(), "_CLUSTER", f"(?s).[{_MARKS}]+")


def compose_marks(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` with each letter and its combining marks composed (NFC), and where each character of it
    starts and ends in ``text``; None when nothing composes.

    Matching works on composed text (the lexicons, the age and name patterns are written so); what
    is found is mapped back through these, so a finding points at the text as written.
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for m in _CLUSTER.finditer(text):
        cluster = m.group()
        composed = _nfc("NFC", cluster)
        if composed == cluster:
            continue
        a, b = m.span()
        pieces += (text[last:a], composed)
        starts += range(last, a)
        ends += range(last + 1, a + 1)
        starts += [a] * len(composed)  # every character of a composed cluster stands for all of it
        ends += [b] * len(composed)
        last = b
    if not pieces:
        return None
    pieces.append(text[last:])
    starts += range(last, len(text))
    ends += range(last + 1, len(text) + 1)
    return "".join(pieces), starts, ends


def _decomposed_spans(
    text: str, composed: tuple[str, list[int], list[int]], matches: Iterable["PhraseMatch"]
) -> list["PhraseMatch"]:
    """Matches found in the composed text (:func:`compose_marks` of ``text``), placed back in ``text``."""
    norm, starts, ends = composed
    placed = []
    for m in matches:
        start, end = starts[m.start], ends[m.end - 1]
        written = text[start:end]
        placed.append(PhraseMatch(m.entry, start, end, written if norm[m.start:m.end] == m.text else written.strip()))
    return placed


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Like :func:`normalise`, plus the index in ``text`` of every character of the result."""
    return _mapped(text, _word_chars(text))


def _joined(text: str, chars: str | None) -> str:
    """:func:`normalise` of ``text``, given its :func:`_word_chars`."""
    if chars is None:
        return _normalise_by_regex(text)[0]
    if _JOIN in chars:
        chars = chars.replace(_JOIN, "")  # apostrophes join a word, and vanish beside a space
    return " " + " ".join(chars.split()) + " "


def _mapped(text: str, chars: str | None) -> tuple[str, list[int]]:
    """:func:`_normalise_with_map` of ``text``, given its :func:`_word_chars`."""
    if chars is None:
        return _normalise_by_regex(text)
    norm = [" "]
    where = [0]
    start = 0
    for token in chars.split(" "):
        end = start + len(token)
        # A token is a word (its characters map to a run of the text) unless it holds apostrophes.
        kept: Sequence[int] = range(start, end)
        if _JOIN in token:
            kept = [i for i in kept if chars[i] != _JOIN]
            token = token.replace(_JOIN, "")
        if token:
            if len(norm) > 1:
                norm.append(" ")
                where.append(kept[0])
            norm.append(token)
            where.extend(kept)
        start = end + 1
    norm.append(" ")
    where.append(len(text))
    return "".join(norm), where


#: Normalised length up to which a position is looked up by scanning the text (above it, by a word table).
_SCAN_LOOKUPS = 400


def _word_offsets(text: str, chars: str | None, norm: str) -> Callable[[int], int]:
    """Where in ``text`` the character at a word position of ``norm`` (:func:`_joined` of ``chars``) is."""
    if chars is None or _JOIN in chars:
        return _mapped(text, chars)[1].__getitem__
    if len(norm) > _SCAN_LOOKUPS:
        # A long text has many phrases: where each word starts, found once, then a binary search per lookup.
        norm_starts = [m.start() for m in _NORM_WORD.finditer(norm)]
        chars_starts = [m.start() for m in _NORM_WORD.finditer(chars)]

        def find(pos: int) -> int:
            word = bisect_right(norm_starts, pos) - 1
            return chars_starts[word] + pos - norm_starts[word]

        return find

    # Without apostrophes, word n of norm is word n of chars: a few lookups cost less than a full map.
    # Each scans the text up to the word, so only in a short text (_SCAN_LOOKUPS).
    def at(pos: int) -> int:
        before = norm.count(" ", 0, pos)  # the leading space and one after each earlier word
        rest = chars.split(None, before - 1)[-1]  # chars from that word on (only spaces separate words there)
        return len(chars) - len(rest) + pos - norm.rfind(" ", 0, pos) - 1

    return at


def _normalise_by_regex(text: str) -> tuple[str, list[int]]:
    """:func:`_normalise_with_map` for any text: characters whose lowercase is longer, or beyond the table."""
    folded = _fold(text)
    if folded is None:
        # Characters whose lowercase is longer (İ → i̇): fold one by one and keep their origin.
        chars: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            for out in ch.lower().translate(_FOLD):
                chars.append(out)
                origin.append(i)
        folded = "".join(chars)
    else:
        origin = list(range(len(text)))
    norm = [" "]
    where = [0]
    for m in _WORD.finditer(folded):
        if len(norm) > 1:
            norm.append(" ")
            where.append(origin[m.start()])
        word = m.group()
        if _JOIN in word:
            norm.append(word.replace(_JOIN, ""))
            where.extend(origin[m.start() + i] for i, c in enumerate(word) if c != _JOIN)
        else:
            norm.append(word)
            where.extend(origin[m.start():m.end()])
    norm.append(" ")
    where.append(len(text))
    return "".join(norm), where


# --- pattern compiler --------------------------------------------------------------------------

_ITEM = lazy(globals(), "_ITEM", r"\(([^()]*)\)(\?)?|\S+")


_PATTERN_WORD = lazy(globals(), "_PATTERN_WORD", r"[^\W_]*(?:[*\x00][^\W_]*)*")


@lru_cache(maxsize=8192)
def _alternative_words(alt: str) -> str:
    """The regex of one alternative, or "" when it has no word (the lexicons repeat half of theirs)."""
    # Fold and split the way text is normalised, keeping the syntax characters (<n> as NUL until then).
    text = alt if alt.isascii() else _nfc("NFC", alt)  # ASCII text is NFC already
    folded = text.lower().translate(_FOLD).replace(_JOIN, "").replace("<n>", "\x00")
    words = " ".join(filter(None, _PATTERN_WORD.findall(folded)))
    if not words:
        return ""
    # Word characters need no escape in a regex; a star is any rest of the word, <n> a number.
    return (words + " ").replace("*", "[^ ]*").replace("\x00", _NUMBER)


class _Item(NamedTuple):
    """One item of a pattern: regexes of its alternatives (with the letter each starts with), or a gap.

    A named tuple rather than a dataclass: the lexicons make some thousands of them at every start.
    """

    alternatives: tuple[tuple[str, str], ...] = ()
    optional: bool = False
    gap: bool = False

    def regex(self, only: str | None = None) -> str:
        if self.gap:
            return _GAP
        alts = [rx for first, rx in self.alternatives if only is None or first == only]
        return "(?:" + "|".join(alts) + ")" + ("?" if self.optional else "")


_GAP_ITEM = _Item(gap=True)
#: Characters an item may not hold once its own parentheses and question mark are read.
_UNREADABLE = lazy(globals(), "_UNREADABLE", r"[()\[\]?]")


def _parse(pattern: str) -> list[_Item]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise LexiconError(f"pattern {pattern!r} is empty", f"wzorzec „{pattern}” jest pusty")
    items: list[_Item] = []
    for m in _ITEM.finditer(pattern.strip()):
        item, body, mark = m.group(0, 1, 2)
        optional = False
        if body is not None:
            optional = mark is not None
        elif item == "..":
            items.append(_GAP_ITEM)
            continue
        elif item.endswith("?") and len(item) > 1:
            body, optional = item[:-1], True
        else:
            body = item
        if _UNREADABLE.search(body) is not None:
            raise LexiconError(f"pattern {pattern!r}: cannot read {item!r}",
                               f"wzorzec „{pattern}”: nie da się odczytać „{item}”")
        alts = body.split("|")
        if "" in alts:
            raise LexiconError(f"pattern {pattern!r}: empty alternative in {item!r}",
                               f"wzorzec „{pattern}”: pusta alternatywa w „{item}”")
        compiled = []
        for alt in alts:
            regex = _alternative_words(alt)
            if not regex:
                raise LexiconError(f"pattern {pattern!r}: {alt!r} has no word in it",
                                   f"wzorzec „{pattern}”: w „{alt}” nie ma żadnego słowa")
            compiled.append(("#" if regex.startswith(_NUMBER) else regex[0], regex))
        items.append(_Item(tuple(compiled), optional))
    while items and items[0].gap:
        items.pop(0)
    while items and items[-1].gap:
        items.pop()
    if not any(not i.optional and not i.gap for i in items):
        raise LexiconError(f"pattern {pattern!r} needs at least one word that is not optional",
                           f"wzorzec „{pattern}” potrzebuje co najmniej jednego słowa, które nie jest opcjonalne")
    return items


def compile_pattern(pattern: str) -> str:
    """The regular expression (over normalised text) for one lexicon pattern."""
    return "".join(item.regex() for item in _parse(pattern))


def unmatchable(pattern: str) -> tuple[str, str] | None:
    """Why a team's pattern (a rule's `extend` or `allow`) can never match, in English and in Polish, or None.

    Phrases are looked for where a word starts, by the letters it starts with, so a pattern whose every match
    would start with a wildcard (`*`, `*owy`, `(*ing|*owy) klient`) is never tried: it compiles, and silently
    matches nothing. One that may also start with letters is found by them, as it always was: `(very)? *ish`
    finds "very greenish", `(*ish|new) customer` "new customer". Raises :class:`LexiconError` for a pattern
    that does not compile at all."""
    starts = [regex for piece in _piece_items(_parse(pattern)) for _first, regex in piece[0].alternatives]
    if all(regex.startswith("[^ ]*") for regex in starts):
        return (f"pattern {pattern!r} would match from a '*' on, and cxkit looks for a phrase by the letters "
                "its first word starts with, so it never matches; start it with letters (\"digital*\", "
                "\"omni*channel*\"), or leave it out",
                f"wzorzec „{pattern}” pasowałby od „*”, a cxkit szuka frazy po literach, od których zaczyna "
                "się jej pierwsze słowo, więc nigdy nie pasuje; zacznij go od liter (\"nowoczesn*\", "
                "\"cyfrow* klient*\") albo go usuń")
    return None


def gap_regex(patterns: Iterable[str]) -> str | None:
    """The patterns with every ``..`` gap a capturing group (and no other group), or None when none has a gap.

    Matched again at a phrase's start, it tells which of the words the phrase
    spans its gaps took: the author's own words, not the cliché's.
    """
    parsed = [_parse(p) for p in patterns]
    if not any(item.gap for items in parsed for item in items):
        return None
    return "|".join("".join(f"({_GAP})" if i.gap else i.regex() for i in items) for items in parsed)


def _compile_group(patterns: Iterable[str]) -> str:
    return "|".join(compile_pattern(p) for p in patterns)


def _piece_items(items: list[_Item]) -> Iterator[list[_Item]]:
    """The items of each piece of a pattern: what is left once leading gaps and skipped optional items are gone."""
    while items and items[0].gap:
        items = items[1:]
    if not items:
        return
    yield items
    if items[0].optional:
        yield from _piece_items(items[1:])


def _pieces(items: list[_Item]) -> Iterator[tuple[list[str], str]]:
    """(regexes a match can start with, regex of the rest): tried in this order, they match what ``items`` match."""
    for piece in _piece_items(items):
        yield [regex for _, regex in piece[0].alternatives], "".join(i.regex() for i in piece[1:])


_LITERAL = lazy(globals(), "_LITERAL", r"[^\\\[(]*")
_KEY = 3
_NEVER = re.compile("(?!)")


#: A start that is one short word (or stem): common enough ("na", "on", "e*") to be a candidate only with what follows.
_SHORT_WORD = lazy(globals(), "_SHORT_WORD", r"([^ \\\[(]{1,3})(\[\^ \]\*)? ")


def _candidates(regex: str, following: _Item | None) -> list[tuple[str, str]]:
    """(literal, regex of what follows it) at every word where a match of a piece starting with ``regex`` may start."""
    literal = _LITERAL.match(regex).group()  # type: ignore[union-attr]
    if not literal:
        # A number starts with an ASCII digit (as its bucket key does); a leading wildcard is never tried.
        return [(digit, "") for digit in "0123456789"] if regex.startswith(_NUMBER) else []
    word = _SHORT_WORD.fullmatch(regex)
    if word and following is not None and not following.gap and not following.optional:
        nexts = [_LITERAL.match(rx).group() for _, rx in following.alternatives]  # type: ignore[union-attr]
        if all(nexts):
            if word.group(2):
                return [(word.group(1), "[^ ]* (?:" + "|".join(nexts) + ")")]
            return [(literal, "(?:" + "|".join(nexts) + ")")]
    return [(literal, "")]


def _trie(entries: list[tuple[str, str]]) -> str:
    """A regex matching where one of the literals, followed by its regex, starts; alternatives share prefixes.

    Alternatives that begin with different characters, as here, cost ``re`` one
    comparison each, so a word is rejected after a few, not after every literal.
    """
    root: dict[str, Any] = {}
    for literal, after in entries:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(after)  # the key "" holds what may follow a literal ending here
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    prefix = ""
    while len(node) == 1 and "" not in node:  # a chain of single characters needs no group
        (ch, node), = node.items()
        prefix += ch
    afters = node.get("", ())
    if "" in afters:
        return prefix  # this prefix is enough
    # A literal is the start of a regex up to its first escape, class or group: plain word characters and spaces.
    alternatives = sorted(afters) + [ch + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    return prefix + (alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")")


def _start_keys(regex: str) -> tuple[str, ...]:
    """What normalised text must start with for ``regex`` to match there: up to three characters."""
    literal = _LITERAL.match(regex).group()  # type: ignore[union-attr]
    if literal:
        return (literal[:_KEY],)
    # A number starts with an ASCII digit; a leading wildcard ("*ing") keys to "[", which starts no word.
    return tuple("0123456789") if regex.startswith(_NUMBER) else (regex[:1],)


class _Pending:
    """A bucket, written out and compiled when first used: a workspace meets a fraction of the buckets."""

    __slots__ = ("key", "index", "bucket")

    def __init__(self, key: str, index: "PhraseIndex", bucket: list[Any]) -> None:
        self.key, self.index, self.bucket = key, index, bucket

    def source(self) -> str:
        """The bucket's regex, one group per entry; puts the entry index of each group number in the bucket."""
        key, pieces, by_key = self.key, self.index.pieces, self.index.by_key
        prefixes = {key[:n] for n in range(1, len(key) + 1)}
        entries: dict[int, list[str]] = {}
        for n in sorted({n for prefix in prefixes for n in by_key.get(prefix, ())}):
            index, keyed, rest = pieces[n]
            starts = "|".join(regex for k, regex in keyed if k in prefixes)
            entries.setdefault(index, []).append(f"(?:{starts}){rest}")
        self.bucket[1] = (-1, *entries)
        return "|".join(f"({'|'.join(rx)})" for rx in entries.values())

    def match(self, norm: str, pos: int) -> re.Match[str] | None:
        regex = self.bucket[0] = re.compile(self.source())
        return regex.match(norm, pos)


class PhraseIndex:
    """Patterns grouped by the first characters a match starts with, tried only at candidate words.

    Python's ``re`` tries every branch of an alternation at every position; trying
    one small bucket per word is many times faster on the full vocabulary.  One
    scan with a prefix-shared regex of the fixed starts (a short first word
    together with the next one) finds the candidate words, so most traits are
    done after it.  A candidate is looked up by its first three characters and
    tries only the patterns that can start there.  A pattern whose fixed start
    is shorter (a stem like ``e*``, a number) is in every bucket whose key
    begins with that start, and in a bucket of its own for the other words.
    """

    def __init__(self, groups: Sequence[tuple[int, Sequence[str]]]) -> None:
        self._set_up(*_index_parts(groups))

    @classmethod
    def from_parts(cls, pieces: list[Any], by_key: dict[str, list[int]], candidates: str | None) -> "PhraseIndex":
        """The index whose parts :func:`_index_parts` wrote (read back from the built lexicon)."""
        index = cls.__new__(cls)
        index._set_up(pieces, by_key, candidates)
        return index

    def _set_up(self, pieces: list[Any], by_key: dict[str, list[int]], candidates: str | None) -> None:
        #: Each piece: (entry index, (key, regex) of each start, regex of the rest); the pieces by start key.
        self.pieces, self.by_key = pieces, by_key
        #: Per key: [the regex, one group per entry; the entry index of each group number], both written
        #: when the bucket is first tried.
        self.buckets: dict[str, list[Any]] = {}
        for key in by_key:
            bucket = self.buckets[key] = [None, None]
            bucket[0] = _Pending(key, self, bucket)
        #: First characters of the keys shorter than three characters (few: digits, "e ").
        self.short = frozenset(key[0] for key in by_key if len(key) < _KEY)
        #: The space before every word where some piece may match (and before a few where none does).
        self.candidates = re.compile(candidates) if candidates is not None else _NEVER

    def matches(self, norm: str) -> list[tuple[int, int, int]]:
        """(group index, start, end) of each leftmost match in normalised text; end includes the space."""
        # One scan in C finds the candidate words; most traits have none, the rest a few.
        search = self.candidates.search
        m = search(norm)
        if m is None:
            return []
        buckets, short = self.buckets, self.short
        found = []
        while m is not None:
            pos = m.end()
            key = norm[pos:pos + _KEY]
            # The longest key present holds every pattern that can match here.
            bucket = buckets.get(key)
            if bucket is None and key[0] in short:
                bucket = buckets.get(key[:2]) or buckets.get(key[:1])
            if bucket is not None:
                match = bucket[0].match(norm, pos)
                if match is not None:
                    end = match.end()
                    found.append((bucket[1][match.lastindex], pos, end))  # type: ignore[index]
                    m = search(norm, end - 1)  # the words inside a match are not tried
                    continue
            m = search(norm, pos)
        return found


def _index_parts(groups: Sequence[tuple[int, Sequence[str]]]) -> tuple[list[Any], dict[str, list[int]], str | None]:
    """A :class:`PhraseIndex`'s pieces, pieces by start key and candidate regex (None for none)."""
    # Each piece keeps its place (entry, then order within the entry): re alternation is ordered.
    pieces: list[tuple[int, list[tuple[str, str]], str]] = []
    by_key: dict[str, list[int]] = {}
    candidates: list[tuple[str, str]] = []
    for index, patterns in groups:
        for pattern in patterns:
            for piece in _piece_items(_parse(pattern)):
                starts = [regex for _, regex in piece[0].alternatives]
                keyed = [(key, regex) for regex in starts for key in _start_keys(regex)]
                for key in dict.fromkeys(key for key, _ in keyed):
                    by_key.setdefault(key, []).append(len(pieces))
                pieces.append((index, keyed, "".join(i.regex() for i in piece[1:])))
                for regex in starts:
                    candidates += _candidates(regex, piece[1] if len(piece) > 1 else None)
    return pieces, by_key, (" (?=" + _trie(candidates) + ")") if candidates else None


def _word_start_regex(patterns: Sequence[str]) -> re.Pattern[str]:
    """The compiled :func:`_word_start_source`."""
    return re.compile(_word_start_source(patterns))


def _word_start_source(patterns: Sequence[str]) -> str:
    """``(?<= )(?:p1|p2|...)``: leftmost matches of the patterns at word starts, first pattern first.

    When every match starts with a known character, the alternatives are grouped
    by it, in their order, so that re tests one group per word instead of every
    alternative; alternatives starting with different characters never compete.
    """
    parsed = [_parse(p) for p in patterns]
    plain = "(?<= )(?:" + "|".join("".join(i.regex() for i in items) for items in parsed) + ")"
    if not parsed or not all(_starts_known(items) for items in parsed):
        return plain
    groups: dict[str, list[str]] = {}
    for items in parsed:
        for starts, rest in _pieces(items):
            by_first: dict[str, list[str]] = {}
            for regex in starts:
                literal = _LITERAL.match(regex).group()  # type: ignore[union-attr]
                if literal:
                    by_first.setdefault(literal[0], []).append(regex[1:])
                else:
                    by_first.setdefault("#", []).append(regex)  # a number
            for first, regexes in by_first.items():
                groups.setdefault(first, []).append("(?:" + "|".join(regexes) + ")" + rest)
    if "#" in groups and any(_DIGIT.match(first) for first in groups):
        return plain  # a number and a word starting with a digit could compete
    return "(?<= )(?:" + "|".join(
        ("" if first == "#" else first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items()
    ) + ")"


def _starts_known(items: list[_Item]) -> bool:
    """Whether every match of ``items`` starts with a fixed character or a number (not in a gap or a wildcard)."""
    for item in items:
        if item.gap:
            return False  # reached after optional items: a match may start with any word
        for _, regex in item.alternatives:
            if not _LITERAL.match(regex).group() and not regex.startswith(_NUMBER):  # type: ignore[union-attr]
                return False
        if not item.optional:
            return True
    return True


# --- lexicons ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Entry:
    """One idea of the vocabulary: its patterns and what to write instead."""

    id: str
    lang: str
    hint: str
    location: bool = False
    #: A phrase about goods ("tanie leki"): what they are for, named right after it, is detail.
    purpose: bool = False


def _compiled_on_first_use() -> Any:
    return field(init=False, repr=False, compare=False)


@dataclass
class Lexicon:
    """Both languages' vocabulary, compiled.

    The regular expressions below ``sources`` are compiled when first used (a trait without a
    generic phrase needs few of them), or all at once by :meth:`compile`."""

    entries: list[Entry]
    phrases: PhraseIndex
    #: Whether one normalised word is a generic word.
    generic: Callable[[str], bool]
    #: Words that deny what follows ("nie", "never"): a generic run right after one is no generic run.
    denials: frozenset[str]
    stopwords: frozenset[str]
    sizes: dict[str, dict[str, int]]
    #: Per entry whose patterns may have a ``..`` gap: the patterns, until :func:`gap_regex` of them is first used.
    gapped: dict[Entry, list[str] | re.Pattern[str] | None]
    #: The source of each regular expression below, by its name (None: one that never matches).
    sources: dict[str, str | None]
    frequency: re.Pattern[str] = _compiled_on_first_use()
    #: Frequencies that say no more than "every day" (codziennie, every morning): matched on a frequency's span.
    everyday: re.Pattern[str] = _compiled_on_first_use()
    concrete: re.Pattern[str] = _compiled_on_first_use()
    not_concrete: re.Pattern[str] = _compiled_on_first_use()
    income: re.Pattern[str] = _compiled_on_first_use()
    #: A country or a region as a location ("Polska", "Wielkopolska", "Europe"): read for the location only.
    regions: re.Pattern[str] = _compiled_on_first_use()
    #: Runs of words generic only together ("bankowości mobilnej", not "bankowości internetowej"), at word starts.
    generic_runs: re.Pattern[str] = _compiled_on_first_use()

    def __getattr__(self, name: str) -> re.Pattern[str]:
        # Only reached for an attribute not set yet: one of the regular expressions, on its first use.
        sources = self.__dict__.get("sources")
        if sources is None or name not in sources:
            raise AttributeError(name)
        source = sources[name]
        compiled = re.compile(source) if source is not None else _NEVER
        setattr(self, name, compiled)
        return compiled

    def compile(self) -> None:
        """Compile every regular expression now (before worker processes fork, so that each does not)."""
        for name in self.sources:
            getattr(self, name)


def _read_lexicon(lang: str, raw: bytes | None = None) -> dict[str, Any]:
    from ..yamlio import load_text

    if raw is None:
        raw = resources.files("cxkit.lint").joinpath("lexicons", f"{lang}.yaml").read_bytes()
    loaded = load_text(raw.decode("utf-8"))
    if loaded.problems or not isinstance(loaded.data, dict):
        problem = loaded.problems[0] if loaded.problems else None
        where = f":{problem.line}:{problem.column}: {problem.message}" if problem else ": not a mapping"
        raise LexiconError(f"lexicons/{lang}.yaml{where}")
    return loaded.data


def _strings(data: dict[str, Any], key: str, lang: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"lexicons/{lang}.yaml: '{key}' must be a list of strings")
    return value


#: The lexicons as :func:`build_lexicon` writes them, beside the YAML they come from: reading it spares
#: every lint run the parsing of some thousand patterns (``python scripts/build_lexicon.py`` writes it).
BUILT_LEXICON = "built.json"
#: The layout of the built lexicon; a file of another layout is not read.
_BUILT_FORMAT = "cxkit-built-lexicon/1"


def _lexicon_texts() -> dict[str, bytes]:
    folder = resources.files("cxkit.lint").joinpath("lexicons")
    return {lang: folder.joinpath(f"{lang}.yaml").read_bytes() for lang in LANGUAGES}


def _lexicon_digest(texts: dict[str, bytes]) -> str:
    from zlib import crc32

    return "/".join(f"{lang}:{len(raw)}:{crc32(raw):08x}" for lang, raw in texts.items())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and compile the shipped lexicons; cached for the life of the process.

    The built lexicon is read when it was built from the YAML files as they are (a lexicon
    edited without building it again is built here, as the script would)."""
    import json

    texts = _lexicon_texts()
    try:
        raw = resources.files("cxkit.lint").joinpath("lexicons", BUILT_LEXICON).read_bytes()
        built = json.loads(raw)
    except (OSError, ValueError):
        built = None
    if not isinstance(built, dict) or built.get("format") != _BUILT_FORMAT or built.get("from") != _lexicon_digest(texts):
        built = build_lexicon(texts)
    return _lexicon_from(built)


def build_lexicon(texts: dict[str, bytes] | None = None) -> dict[str, Any]:
    """The lexicons read and their patterns written out as regular expressions: plain data (JSON)."""
    texts = _lexicon_texts() if texts is None else texts
    entries: list[Entry] = []
    groups: list[tuple[int, list[str]]] = []
    frequency: list[str] = []
    everyday: list[str] = []
    concrete: list[str] = []
    not_concrete: list[str] = []
    income: list[str] = []
    regions: list[str] = []
    generic: list[str] = []
    generic_runs: list[str] = []
    denials: set[str] = set()
    stopwords: set[str] = set()
    sizes: dict[str, dict[str, int]] = {}
    for lang in LANGUAGES:
        data = _read_lexicon(lang, texts[lang])
        phrases = data.get("phrases")
        if not isinstance(phrases, list):
            raise LexiconError(f"lexicons/{lang}.yaml: 'phrases' must be a list")
        n_patterns = 0
        for item in phrases:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("hint"), str):
                raise LexiconError(f"lexicons/{lang}.yaml: every phrase needs an id, a hint and match patterns")
            patterns = _strings(item, "match", lang)
            entry = Entry(
                item["id"], lang, item["hint"].strip(),
                location=bool(item.get("location", False)), purpose=bool(item.get("purpose", False)),
            )
            groups.append((len(entries), patterns))
            entries.append(entry)
            n_patterns += len(patterns)
        frequency += _strings(data, "frequency", lang)
        everyday += _strings(data, "everyday-frequency", lang)
        concrete += _strings(data, "concrete", lang)
        not_concrete += _strings(data, "not-concrete", lang)
        income += _strings(data, "income", lang)
        regions += _strings(data, "regions", lang)
        generic += _strings(data, "generic-words", lang)
        generic_runs += _strings(data, "generic-phrases", lang)
        denials.update(normalise(w).strip() for w in _strings(data, "denials", lang))
        stopwords.update(normalise(w).strip() for w in _strings(data, "stopwords", lang))
        sizes[lang] = {
            "entries": len(phrases),
            "patterns": n_patterns,
            "generic-words": sum(len(g.split("|")) for g in _strings(data, "generic-words", lang)),
        }
    pieces, by_key, candidates = _index_parts(groups)
    split = _words_and_stems(generic)
    first = {entry: n for n, entry in reversed(list(enumerate(entries)))}
    return {
        "format": _BUILT_FORMAT,
        "from": _lexicon_digest(texts),
        "entries": [[e.id, e.lang, e.hint, e.location, e.purpose] for e in entries],
        "pieces": pieces,
        "by-key": by_key,
        "candidates": candidates,
        "frequency": _word_start_source(frequency),
        "everyday": "(?:" + _compile_group(everyday) + ")" if everyday else None,
        "concrete": _word_start_source(concrete),
        "not-concrete": "(?:" + _compile_group(not_concrete) + ")",
        "income": "(?<= )(?:" + _compile_group(income) + ")",
        "regions": "(?<= )(?:" + _compile_group(regions) + ")" if regions else None,
        "generic": (
            {"words": sorted(split[0]), "stems": sorted(split[1])} if split is not None
            else {"regex": "(?:" + _compile_group(generic) + ")" if generic else None}
        ),
        "generic-runs": _word_start_source(generic_runs) if generic_runs else None,
        "denials": sorted(denials),
        "stopwords": sorted(stopwords),
        "sizes": sizes,
        "gapped": [[first[entry], group] for entry, group in _gapped(entries, groups).items()],
    }


def built_lexicon_text(built: dict[str, Any]) -> str:
    """The built lexicon as its file holds it: one JSON value of each key to a line."""
    import json

    lines = [f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}" for key, value in built.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _lexicon_from(built: dict[str, Any]) -> Lexicon:
    """The :class:`Lexicon` of a built one, its regular expressions compiled."""
    entries = [Entry(id_, lang, hint, location=location, purpose=purpose)
               for id_, lang, hint, location, purpose in built["entries"]]

    generic = built["generic"]
    names = ("frequency", "everyday", "concrete", "not_concrete", "income", "regions", "generic_runs")
    return Lexicon(
        entries=entries,
        phrases=PhraseIndex.from_parts(built["pieces"], built["by-key"], built["candidates"]),
        sources={name: built[name.replace("_", "-")] for name in names},
        generic=(
            _words_or_stems_test(frozenset(generic["words"]), frozenset(generic["stems"])) if "words" in generic
            else _regex_word_test(generic["regex"])
        ),
        denials=frozenset(built["denials"]),
        stopwords=frozenset(built["stopwords"]),
        sizes=built["sizes"],
        gapped={entries[n]: group for n, group in built["gapped"]},
    )


_PLAIN_WORD = lazy(globals(), "_PLAIN_WORD", r"[^\W_]+")


def _word_test(patterns: Sequence[str]) -> Callable[[str], bool]:
    """Whether a normalised word (no spaces) is one of the patterns, as ``fullmatch(word + " ")`` of them would say.

    Patterns of one word, each a word or a stem (all the generic words are), are a set of words and
    one of stems, looked up by the word's prefixes: no regex of a thousand alternatives to compile.
    Any other pattern makes it that regex.
    """
    split = _words_and_stems(patterns)
    if split is None:
        return _regex_word_test("(?:" + _compile_group(patterns) + ")" if patterns else None)
    return _words_or_stems_test(*split)


def _regex_word_test(source: str | None) -> Callable[[str], bool]:
    regex = re.compile(source) if source is not None else _NEVER
    return lambda word: regex.fullmatch(word + " ") is not None


def _words_or_stems_test(words: frozenset[str], stems: frozenset[str]) -> Callable[[str], bool]:
    if not stems:
        return words.__contains__
    return partial(_in_words_or_stems, words, stems, tuple(sorted({len(stem) for stem in stems})))


def _words_and_stems(patterns: Sequence[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words and the stems of patterns that are one word each, or None when one is more."""
    words: set[str] = set()
    stems: set[str] = set()
    for pattern in patterns:
        items = _parse(pattern)
        if len(items) != 1 or items[0].optional or items[0].gap:
            return None
        for _, regex in items[0].alternatives:
            body = regex[:-1]  # every alternative's regex ends with the space after its word
            if body.endswith("[^ ]*") and (body == "[^ ]*" or _PLAIN_WORD.fullmatch(body[:-5]) is not None):
                stems.add(body[:-5])
            elif _PLAIN_WORD.fullmatch(body) is not None:
                words.add(body)
            else:
                return None
    return frozenset(words), frozenset(stems)


def _in_words_or_stems(words: frozenset[str], stems: frozenset[str], lengths: tuple[int, ...], word: str) -> bool:
    if word in words:
        return True
    for n in lengths:
        if n > len(word):
            return False
        if word[:n] in stems:
            return True
    return False


def _gapped(entries: list[Entry], groups: list[tuple[int, list[str]]]) -> dict[Entry, list[str] | re.Pattern[str] | None]:
    patterns: dict[Entry, list[str]] = {}
    for index, group in groups:
        patterns.setdefault(entries[index], []).extend(group)  # equal entries are one idea: one regex
    return {entry: group for entry, group in patterns.items() if any(".." in p for p in group)}


# --- ages ---------------------------------------------------------------------------------------

_AGE_WORD_AFTER = lazy(globals(), "_AGE_WORD_AFTER",
    r"\s*(?:-\s*)?(?:lat\w*|l\.|r\.?\s*ż\.?|roku\s+życia|years?|yrs?|y\.?\s?o\b|y/o|year|latk\w*|letn\w*)", re.I
)
_AGE_WORD_BEFORE = lazy(globals(), "_AGE_WORD_BEFORE",
    r"(?:\bwiek\w*|\bw\s+wieku|\baged?|\bages|przedzia\w*\s+wiekow\w*|\bkobiet\w*|\bmężczyzn\w*|\bosob\w*|\bludzie"
    r"|\bwom[ae]n|\bm[ae]n|\bfemales?|\bmales?|\bpeople|\bpersons?|\bmiędzy|\bpomiędzy|\bbetween)\s*:?\s*$",
    re.I,
)
_RANGE = lazy(globals(), "_RANGE", r"(?<![\w.,])(\d{1,2})\s*(?:-|–|—|/|\bdo\b|\bto\b|\ba\b|\band\b)\s*(\d{1,2})(?![\w%]|[.,]\d)", re.I)
_OPEN = lazy(globals(), "_OPEN", r"(?<![\w.,])(\d{2})\s*\+", re.I)
_DECADE_EN = lazy(globals(), "_DECADE_EN", r"\b(?:his|her|their|early|mid|late)[\s-]+(\d0)\s*['’]?s\b", re.I)
_DECADE_PL = lazy(globals(), "_DECADE_PL", r"(?<![\w.,])(\d0)\s*-?\s*(?:tk\w*|stk\w*|tce|stce)\b", re.I)
_SINGLE_AGE = lazy(globals(), "_SINGLE_AGE",
    r"(?<![\w.,])\d{1,3}\s*(?:-\s*)?(?:lat\w*|latk\w*|letn\w*|years?[\s-]+olds?|year[\s-]+olds?|yrs?\b|y\.?o\b|y/o)"
    r"|\b(?:aged?|w\s+wieku|wiek)\s*:?\s*\d{1,3}",
    re.I,
)
_DECADE_HINT = lazy(globals(), "_DECADE_HINT", r"0\s*['’]?s")
# Every _SINGLE_AGE match contains one of these (lowercased); one scan looks for them all.
_SINGLE_AGE_HINTS = ("lat", "let", "year", "yr", "y.o", "yo", "y/o", "age", "wiek")
_SINGLE_AGE_HINT = lazy(globals(), "_SINGLE_AGE_HINT", "|".join(map(re.escape, _SINGLE_AGE_HINTS)))
# What follows the number in every match of _RANGE, _OPEN, _DECADE_EN and _DECADE_PL: a quick scan (it starts
# with a digit) that rules the slow patterns out for most traits with numbers.
_VAGUE_AGE_AFTER_NUMBER = lazy(globals(), "_VAGUE_AGE_AFTER_NUMBER",
    r"\d(?:\s*(?:[-–—/]\s*\d|(?:do|to|a|and)\b\s*\d|\+)|(?<=0)\s*(?:['’]?s|-?\s*s?t(?:k|ce)))",
    re.I,
)
# The same on the normalised text, where separators are one space and apostrophes are gone (faster: one byte a
# character, no case folding); an open range ("25+") loses its plus there, so that is looked for in the text.
_VAGUE_AGE_IN_NORM = lazy(globals(), "_VAGUE_AGE_IN_NORM", r"\d(?: (?:(?:do|to|a|and) )?\d|(?<=0) ?(?:s|t(?:k|ce)))")
# The same for the first branch of _SINGLE_AGE, and what precedes the number in its second.
_SINGLE_AGE_AFTER_NUMBER = lazy(globals(), "_SINGLE_AGE_AFTER_NUMBER", r"\d\s*(?:-\s*)?(?:la|le|y)", re.I)
_AGE_BEFORE_NUMBER = lazy(globals(), "_AGE_BEFORE_NUMBER", r"(?:aged?|wieku?)\s*:?\s*\d", re.I)
#: Numbers that only stress, as "always" or "very" do: "w 100%", "na 1000%", "110%", "24/7", "10/10",
#: "na 5 gwiazdek", "(top 1)", "#1", "number one".  "o 200% więcej", "5-star hotels", "top 10" stay numbers.
#: A degree (the group ``degree``: "w 100%", "na 1000%") stresses wherever it stands; the others only
#: right beside a phrase (:func:`_stressing`): "apteka otwarta 24/7", "hotele na 5 gwiazdek" say a fact.
_INTENSIFIER = lazy(globals(), "_INTENSIFIER",
    r"(?P<degree>(?:\b(?:w|na|in|at|to)\s*)?(?<!\d)(?<!\d[.,])(?:100|110|1000)\s*(?:%|procent\w*|percent)"
    r"|\b(?:w|na|in|at|to)\s*[1-9]\d{2,3}\s*(?:%|procent\w*|percent))"
    r"|(?<![\d/.,:])(?:24\s*/\s*7|10\s*/\s*10|5\s*/\s*5)(?![\d/]|[.,:]\d)"
    r"|\bna\s+[56]\s*gwiazd\w*|\b(?:top|numer|number)\s*1\b(?!\s*[\d.,])|(?<![\w#])#\s*1\b(?![\d.,])",
    re.I,
)
#: A number that compares the person with everyone else and says no more: "3 razy bardziej niż inni", "10x
#: more than others"; a degree, as "w 100%".  Matched at the digit it starts with.
_COMPARED = lazy(globals(), "_COMPARED",
    r"(?P<degree>\d+(?:[.,]\d+)?\s*(?:razy|x|times)\s+(?:bardziej|więcej|mocniej|lepiej|częściej|more|better|harder"
    r"|more often)\s+(?:niż|than)\s+(?:inni|inne|pozostali|reszta|przeciętn\w*|większość|others|other people|most"
    r"|everyone|anyone|the rest|average)\b)",
    re.I,
)
#: The year a trait is set in, and no more: "Ceni jakość w 2026 roku", "Values quality in 2026".
#: Beside a phrase, and ending or opening the trait, it stresses as "24/7" does (:func:`_stressing`);
#: elsewhere it dates an event of the person's own ("w 2024 roku przeniosła konto do mBanku", "Dba o zdrowie,
#: w 2024 roku przebiegła półmaraton"), and "od 2019 roku", "since 2019" say since when.  Searched for just
#: before the year's first digit.  The group ``degree`` never takes part: a year is no degree.
_YEAR = lazy(globals(), "_YEAR",
    r"(?P<degree>(?!))?\b(?:w|in)\s+(?:(?:roku|the\s+year)\s+)?(?:19|20)\d\d(?:\s*(?:roku\b|r\.|r\b))?"
    r"(?![\w%/-]|[.,]\d)",
    re.I,
)
#: How far before a year's first digit the word that sets a trait in it starts ("in the year ").
_YEAR_REACH = 13
_DIGIT = lazy(globals(), "_DIGIT", r"\d")
#: How far before and after one of its digits an _INTENSIFIER match may reach ("na 5 gwiazdkach").
_INTENSIFIER_REACH = 16
#: Every _INTENSIFIER match holds one of these (lowercased).
_INTENSIFIER_HINTS = ("%", "proc", "perc", "/", "gwiazd", "top", "numer", "number", "#")


def _stressing(text: str, i: int) -> re.Match[str] | None:
    """The number that only stresses (:data:`_INTENSIFIER`) which the digit at ``i`` belongs to, or None.

    A degree ("w 100%", the group ``degree``) stresses anywhere; any other only in or right before or
    after a generic phrase ("Dba o zdrowie 24/7", "Ceni jakość na 5 gwiazdek": :func:`_beside_test`).
    Elsewhere that says something of its own: "apteka otwarta 24/7", "a 24/7 pharmacy", "hotele na 5
    gwiazdek".  Scanned around the digit only, and only where a word or sign of one is: the pattern is slow.
    """
    start, end = max(0, i - _INTENSIFIER_REACH), i + _INTENSIFIER_REACH
    near = text[start:end].lower()
    if ("20" in near or "19" in near) and ("w " in near or "in " in near):
        # A year ending or opening the trait: "Ceni jakość w 2026 roku", "W 2026 roku ceni jakość".
        year = _YEAR.search(text, max(0, i - 3 - _YEAR_REACH), i + 12)
        if year is not None and year.start() <= i < year.end() and (
                _NO_WORD.fullmatch(text, year.end()) or _NO_WORD.fullmatch(text, 0, year.start())):
            return year
    if ("raz" in near or "x" in near or "times" in near) and (i == 0 or not text[i - 1].isdigit()):
        compared = _COMPARED.match(text, i)
        if compared is not None:
            return compared
    if not any(hint in near for hint in _INTENSIFIER_HINTS):
        return None
    for m in _INTENSIFIER.finditer(text, start, end):
        if m.start() <= i < m.end():
            return m
    return None


#: What may stand between a generic phrase and a number that stresses it with no word: punctuation, symbols.
_BETWEEN_STRESS = lazy(globals(), "_BETWEEN_STRESS", r"[\W_]*")
#: How far from a phrase a number that stresses it may stand (punctuation, an emoji, a filler word,
#: and other such numbers: "Dba o zdrowie w 100 procentach 24/7").
_STRESS_REACH = 24


def _beside_test(text: str, spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span of ``text`` stands in one of ``spans`` (a phrase's gap) or right before or after
    one: with nothing between them but punctuation, symbols, words that only stress ("naprawdę") and
    numbers that do."""
    cover = _Cover(spans)

    def only_filler(a: int, b: int) -> bool:
        if b - a > 4 * _STRESS_REACH:
            return False
        between = _INTENSIFIER.sub(" ", text[a:b]).strip()
        if len(between) > _STRESS_REACH:
            return False
        if _BETWEEN_STRESS.fullmatch(between):
            return True
        return all(w in _GAP_FILLER for w in normalise(between).split())

    def beside(a: int, b: int) -> bool:
        if cover.overlaps(a, b):
            return True
        starts, ends = cover.starts, cover.ends
        k = bisect_right(starts, a) - 1  # the last phrase starting at or before a
        if k >= 0 and ends[k] <= a and only_filler(ends[k], a):
            return True
        k += 1  # the first phrase starting after a
        while k < len(starts) and starts[k] < b:
            k += 1
        return k < len(starts) and only_filler(b, starts[k])

    return beside


#: What labels who said a trait or where it was noted, not the person: "(Respondent 3)",
#: "(respondentka nr 4)", "(R3)", "(IDI 5)", "(wywiad 2)", "Persona 2", "(ankieta 2024)", "[1]", an
#: interview's id ("(INT-07)", "[IDI-12]", "(wywiad INT-07)"), a dated source ("(wywiady-2026-10)",
#: "(źródło: wywiady 2026-10)").  It stands at the end of the trait or of a bracket, list item or
#: clause; "respondent 3 lata temu" goes on, and is not one.
_LABEL_WORD = (
    r"(?:respondent\w*|participant\w*|interviewee\w*|uczestni\w*|rozm[oó]wc\w*|klient\w*|customer|"
    r"user|u[zż]ytkowni\w*|persona|wywiad\w*|interview\w*|idi|cati|cawi|fgi|"
    r"ankiet\w*|survey|badani\w*|study|[zź]r[oó]d[lł]\w*|source|notatk\w*|notes?)"
)
#: An id: a number, or letters joined to one ("INT-07", "R12"), or a date ("2026-10", "2026-10-14").
_LABEL_ID = r"(?:[a-z]{1,5}[-_]?)?\d{1,4}(?:[-_./]\d{1,4}){0,2}"
#: The letters of an id joined to its number in a _LABEL_NUMBER match ("INT-07", "IDI_12", "R12").
_LETTER_ID = lazy(globals(), "_LETTER_ID", r"(?<![^\W_])[^\W\d_]{1,5}[-_]?\d")
#: What follows every digit of a _LABEL_NUMBER match: the rest of its id, then its end.
_LABEL_END = lazy(globals(), "_LABEL_END", r"[\d\-_./]*\s*(?:[)\],;.(\[]|$)")
#: A short interview or respondent id, written in brackets ("(W03)", "[INT-07]", "(R12)") or opening a
#: trait with a colon ("W03: …"): W for wywiad, R respondent, P participant, K klient, U user.
_SHORT_LABEL = r"(?:int|idi|iv|wyw|resp|res|ank|fgi|cati|cawi|[prkuw])\s*[-_]?\s*\d{1,4}"
_LABEL_NUMBER = lazy(globals(), "_LABEL_NUMBER",
    r"(?:\[\s*\d{1,3}\s*\]"
    rf"|[(\[]\s*{_SHORT_LABEL}\s*[)\]]"
    rf"|\b{_LABEL_WORD}(?:\s*[:\-]?\s*{_LABEL_WORD})?\s*(?:nr\.?|no\.?|#|z|from|of|:|-|_)?\s*{_LABEL_ID})"
    # ... or right before another bracketed label: "[INT-07] (R12)", "(wywiad 2) [R3]", "[INT-07] (wywiad 3)".
    rf"(?=\s*(?:[)\],;.]|$|[(\[]\s*(?:{_LABEL_WORD}\s*(?:nr\.?|no\.?|#|:|-|_)?\s*)?{_LABEL_ID}\s*[)\]]))",
    re.I,
)
#: A label that opens a trait, before a colon: "W03: kupuje…", "INT-07: …", "Wywiad 3: …", "(W03): …".
_LEADING_LABEL = lazy(globals(), "_LEADING_LABEL",
    rf"\s*[(\[]?\s*(?:{_LABEL_WORD}\s*(?:nr\.?|no\.?|#)?\s*{_LABEL_ID}|{_SHORT_LABEL})\s*[)\]]?\s*:(?=\s)", re.I,
)
#: How far into a trait the colon of such a label may stand.
_LEADING_LABEL_REACH = 40
#: What every _LABEL_NUMBER match holds: a digit that ends it, then only blanks before a bracket, a
#: comma, a semicolon, a full stop or the end.  One scan for it spares the slow pattern in most traits
#: with numbers ("za ok. 450 zł co miesiąc"), whose digits go on into words.
#: How far from a trait's end the first digit of the labels (or a link) it ends with may stand.
_LABEL_TAIL = 96
#: How a trait that ends with a label ends: its bracket, a full stop, its digit or a line break.
_AFTER_LABEL_END = frozenset(")].0123456789 \n")
_LABEL_NUMBER_END = lazy(globals(), "_LABEL_NUMBER_END", r"\d\s*(?:[)\],;.]|$)")
#: A link to where a note lives ("https://drive…", "www.…/notatki"): the author's reference, not detail.
_URL = lazy(globals(), "_URL", r"\b(?:https?://|www\.)[^\s)\]>,;]+", re.I)
#: The top-level domains of an address written without "www." (as render's addresses: a host ends in one).
_HOST_TLDS = ("com|org|net|edu|gov|info|biz|io|app|dev|eu|pl|uk|de|fr|es|nl|ch|cz|sk|se|dk|fi|ie|pt|ua|lt|lv"
              "|ee|hu|ro|ca|au|nz")
#: A host without a scheme or "www." ("znanylekarz.pl", "which.co.uk", "doz.pl/leki"): lowercase TLD at the
#: end of the word or before "/"; never a part of a word, a path or an e-mail address ("ania@firma.pl").
_BARE_HOST = lazy(globals(), "_BARE_HOST",
    r"(?<![\w.@/-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\."
    rf"(?:(?i:{_HOST_TLDS})/[^\s)\]>,;]*|(?:{_HOST_TLDS})(?![\w-]|\.\w))"
)
#: What every host holds: a dot right before a letter (most traits hold a dot only at the end of a sentence).
_DOT_LETTER = lazy(globals(), "_DOT_LETTER", r"\.[A-Za-z]")
#: An account named by its handle ("@sincerelyjules", "@maffashion_official"); not an e-mail address.
_HANDLE = lazy(globals(), "_HANDLE", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")


def _vague_ages(text: str, norm: str, summary: bool = False, own: "DocumentWords | None" = None) -> list[tuple[int, int]]:
    """Vague age ranges ("30-40", "25+", "her 30s", "30-stki") as character spans of ``text``, which has a digit.

    ``norm`` is :func:`normalise` of ``text``; ``summary``: ``text`` is a persona's summary (:func:`_kin_opens`);
    ``own``: the document's words, whose name may open the text before a bare range (:func:`_bare_range_is_age`).
    """
    # "ish " and not " ish ": "35ish" is written as one word as often as "35-ish" (" 35 ish " normalised).
    approximate = (_approximate_ages(text, summary) if ("ish " in norm or _APPROXIMATOR.search(norm)) and _APPROX_HINT.search(norm)
                   else [])
    if "+" not in text and not _VAGUE_AGE_IN_NORM.search(norm) or not _VAGUE_AGE_AFTER_NUMBER.search(text):
        return approximate
    vague: list[tuple[int, int]] = approximate
    # The text before and after each number is looked at in place, never copied: a long text has many numbers.
    lead = len(text) - len(text.lstrip(_AGE_LEAD))  # before this, only bullets, dashes and quotes
    trail = len(text.rstrip())  # from this on, only whitespace
    for m in _RANGE.finditer(text):
        low, high = int(m.group(1)), int(m.group(2))
        if not (10 <= low < high <= 99):
            continue
        start, end = m.span()
        tail = _AGE_WORD_AFTER.match(text, end)
        alone = start <= lead and _ends_clause(text, end, trail)
        if tail or _age_word_before(text, start) or alone or (
                low >= 16 and _bare_range_is_age(text, start, end, lead, trail, summary, own)):
            vague.append((start, tail.end() if tail else end))
    for m in _OPEN.finditer(text) if "+" in text else ():
        start, end = m.span()
        tail = _AGE_WORD_AFTER.match(text, end)
        if _age_word_before(text, start) or tail or _ends_clause(text, end, trail):
            vague.append((start, tail.end() if tail else end))
    # Cheap substring tests first: these patterns are slow to scan and rarely present.
    low = text.lower()
    if _DECADE_HINT.search(low):
        vague.extend((m.start(), m.end()) for m in _DECADE_EN.finditer(text))
    if "tk" in low or "tce" in low:
        vague.extend((m.start(), m.end()) for m in _DECADE_PL.finditer(text))
    return vague


_AGE_LEAD = " \t-–—•*\"'„“("

#: A person said before a bare age range (no "lat", "years"): "She is 50-55 and…", "Anna jest 45-55,", "On ma
#: 40-50,": a subject pronoun or a name (one or two capitalised words opening the text or its clause), then
#: "is", "jest" or "ma", or "Jest", "Is" opening the text; not a thing's ("The queue is 45-55") nor a relative's
#: ("Her son is 15-18").
_RANGE_PERSON_IS = lazy(globals(), "_RANGE_PERSON_IS",
    r"(?:(?:^|[,;.(]\s*)(?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s+){1,2}|\b(?i:she|he|ona|on)\s+)(?:is|jest|ma)\s+$"
    r"|^(?i:is|jest)\s+$")
#: A word of a person in the opener of the text, before the comma list that holds a bare age range:
#: "Woman, 45-55, lives in a big city", "Kobieta z dużego miasta, 30-40, dba o zdrowie", "Busy mum, 35-45, …".
_RANGE_OPENER_PERSON = lazy(globals(), "_RANGE_OPENER_PERSON",
    r"\b(?:kobiet\w*|mężczyzn\w*|mezczyzn\w*|facet|pani|pan|osoba|klient\w*|konsument\w*|mama|matka|tata|ojciec"
    r"|rodzic|emeryt\w*|senior\w*|student\w*|woman|man|lady|guy|gentleman|person|customer"
    r"|client|consumer|shopper|mum|mom|mother|dad|father|parent|retiree|pensioner|student)\b",
    re.I,
)
#: How far into the text a bare age range after its opener may start.
_RANGE_OPENER_REACH = 80


def _bare_range_is_age(text: str, start: int, end: int, lead: int, trail: int, summary: bool,
                       own: "DocumentWords | None" = None) -> bool:
    """Whether a range of two numbers with no word of age ("45-55") is an age all the same: after a person and
    "is", "jest" or "ma", ending its clause or joined to the next ("She is 50-55 and values quality"), or in
    a clause of its own in the comma list after the text's opener, which names a person ("Woman, 45-55, lives in
    a big city", "Kobieta, 45-55, mieszka w dużym mieście"), or is the persona's own name, ``own``'s ("Anna, 45-55,
    lives in Leeds" of Anna Kowalska; not "Leeds, 45-55": a lone capitalised word may be a place). Never a price ("$45-55", "45-55 zł": neither is
    a person's clause nor ends one), a time, a count ("45-55 invoices a month"), a date or a stage number, nor
    the age of someone else the text opens with ("Jej mama, 60-70, …": :func:`_kin_opens`)."""
    if _RANGE_PERSON_IS.search(text, max(0, start - 40), start):
        return _ends_clause(text, end, trail) or _APPROX_JOINED.match(text, end) is not None
    if start - lead > _RANGE_OPENER_REACH or not _ends_clause(text, end, trail):
        return False
    before = text[lead:start]
    if not _CLAUSE_BEFORE.search(before) or _DIGIT.search(before) or any(c in before for c in ".!?:()"):
        return False
    opener = _CLAUSE_STOP.split(before, 1)[0]
    return ((_RANGE_OPENER_PERSON.search(opener) is not None or _own_name_opens(opener, own))
            and not _CLAUSE_HOW_LONG.search(before) and not _kin_opens(text, start, lead, summary))


#: The words of an opener that may be the persona's name: "Anna", "Anna Kowalska", "Ola N.".
_OPENER_NAME_WORD = lazy(globals(), "_OPENER_NAME_WORD", r"[^\W\d_]+")


def _own_name_opens(opener: str, own: "DocumentWords | None") -> bool:
    """Whether ``opener`` is nothing but the persona's own name (``own``'s): "Anna" or "Anna Kowalska" of Anna
    Kowalska, each word capitalised, as a name is written."""
    if own is None or not own.names:
        return False
    words = _OPENER_NAME_WORD.findall(opener)
    return bool(words) and len(words) <= 3 and all(w[0].isupper() and own.is_name(_fold_word(w)) for w in words)

#: An approximate age: "ok. 35 lat", "około 40-letni", "around 35 years old", "a woman of about 35", "35-ish".
#: A number of years after "około", "about" is an age only as one ("-letni", "years old"), after a word of
#: age or a person ("ma", "kobieta", "aged", "a woman of") or opening the text, and only where its clause
#: ends or an age word follows: "od około 20 lat", "about 35 minutes", "ok. 20 lat temu" are no ages.
#: The quick scan for them, on the normalised text: an approximator before two digits, or "ish" after them.
_APPROX_HINT = lazy(globals(), "_APPROX_HINT",
    r"\b(?:ok|okolo|kolo|wiecej|about|around|approx\w*|roughly) \d\d(?!\d)|\b\d\d ?ish\b")
#: The quick scan before :data:`_APPROX_HINT`: two digits that the last letters of one of its words precede
#: ("ok", "około", "about", "around", "roughly", "więcej", "approx"). Opening with the digits, it skips to
#: them as fast as a search for a digit does ("about" and "ok" are common words, and prices are written
#: "za ok. 3 500 zł"); "35-ish" and "35ish" are looked for as "ish " in the normalised text.
_APPROXIMATOR = lazy(globals(), "_APPROXIMATOR", r"\d\d(?!\d)(?<=(?:ok |lo |ut |nd |ly |ej |ox )\d\d)")


#: Two digits standing alone: the number of an approximate age (not run into a word before them, "K35",
#: "about35ish", as the quick scans' word boundary has it).
_TWO_DIGITS = lazy(globals(), "_TWO_DIGITS", r"(?<![\w,])(?<!\d\.)\d\d(?!\d|[.,]\d)")
#: The approximator right before the number (searched in the few characters before it), apart from it: a word
#: run into the digits ("ok35", "about35", "y/oK35") is none, as for the quick scans on the normalised text;
#: an abbreviation's dot parts them ("ok.35 lat", a common slip).
_APPROX_BEFORE = lazy(globals(), "_APPROX_BEFORE",
    r"(?<![\w.])(?:ok\.?|około|okolo|koło|kolo|mniej\s+więcej|mniej\s+wiecej|about|around|approx(?:\.|imately)?"
    r"|roughly)(?:(?<=\.)|\s+~?|~)\s*$",
    re.I,
)
_APPROX_REACH = 16
#: What follows the number of an approximate age: a word that ties it to age ("-letni", "years old"), a
#: word of years not followed by "temu", "ago", or the end of the clause.
_APPROX_TIED = lazy(globals(), "_APPROX_TIED",
    r"\s*-?\s*(?:letn\w*|latk\w*|latek|years?[\s-]+olds?|y\.?\s?o\b|y/o)", re.I)
_APPROX_YEARS = lazy(globals(), "_APPROX_YEARS",
    r"\s*(?:lat|l\.|roku\s+życia|years?|yrs?)\b(?!\s+(?:temu|ago|później|wcześniej|before|later"
    # How long, not how old: "Ma ok. 30 lat doświadczenia", "ok. 20 lat stażu", "ok. 40 lat kredytu".
    r"|doświadcz\w*|doswiadcz\w*|staż\w*|stazu|prac\w*|praktyk\w*|kredyt\w*|spłat\w*|splat\w*|mieszkani\w*"
    r"|of|in\s+the|into|experience)\b)", re.I)
_APPROX_OPEN = lazy(globals(), "_APPROX_OPEN", r"\s*(?:[,;.)]|$)")
#: "ish" after the number of an age ("35-ish", "35ish"), not joined by apostrophes to a word after it: "40ish'30"
#: is "40ish30" normalised (:func:`_joined_by_apostrophes`).
_ISH = lazy(globals(), "_ISH", rf"\s*-?\s*ish\b(?![{_APOSTROPHES}]+[^\W_])", re.I)
_APPROX_AGE_BEFORE = lazy(globals(), "_APPROX_AGE_BEFORE",
    r"(?:\b(?:ma|mając\w*|wiek\w*|w\s+wieku|kobiet\w*|mężczyzn\w*|osob\w*|is|s|aged?|of|she|he))\s*[:,]?\s*$",
    re.I,
)
#: What makes "35-ish" an age: a person or age word after it, or the end of its clause.
_ISH_AFTER = lazy(globals(), "_ISH_AFTER",
    r"\s*(?:[,;.)]|$|(?:year|lat|mum|mom|mother|dad|father|woman|man|guy|lady|person|professional|parent|single"
    r"|mam|mama|kobiet|mężczyzn|facet|osob)\w*)",
    re.I,
)
_DURATION_BEFORE = lazy(globals(), "_DURATION_BEFORE", r"\b(?:od|przez|since|for|from|po|za|within|over)\s*$", re.I)
#: Someone or something else whose age is given right after it: "Opiekuje się mamą, ok. 80-letnią", "her
#: mother, about 80 years old", "której mąż, ok. 40-letni", "a car about 15 years old": not the persona's age.
#: "Mężczyzna", "Mężatka" and "Żonaty" are the persona (a man, a married woman, a married man), not a husband or wife.
OTHER_BEFORE = lazy(globals(), "OTHER_BEFORE",
    r"\b(?:mam[aąeyo]|matk\w*|tat[aąeyo]|ojc\w*|ojciec|syn|syn[aeiouóy]\w*|córk\w*|cork\w*|mąż|maz|męż(?!czyzn|at)\w*|mez(?!czyzn|at)\w*|żon(?!at)\w*"
    r"|zon[aąey]|partner\w*|babci\w*|babka|dziad\w*|dzieci\w*|dzieck\w*|brat\w*|siostr\w*|teś\w*|tesc|tesci\w*"
    r"|sąsiad\w*|sasiad\w*|szef\w*|mother|mum|mom|father|dad|son|daughter|husband|wife|grandmother|grandfather"
    r"|grandma|grandpa|gran|nan|child|children|kids?|brother|sister|neighbou?r|boss|car|house|flat|home|van|bike"
    r"|boiler|dog|cat|auto|aut[ao]|samoch\w*|pies|psa|psem|kot|kota|kotem|rower\w*|dom|domu|mieszkani[ea]"
    r"|wnu[kc]\w*|koleżank\w*|kolezank\w*|koleg\w*|colleague|in-laws|\w+-in-law|grandson|granddaughter)\s*[,:(]?\s*$",
    re.I,
)
#: A person named before "is" or "ma", opening the text or its clause, or a person's word before "of" or "w
#: wieku": there a joining word may follow the number ("Jane is around 40 and runs…", "She is about 35 and…",
#: "A woman of about 35 from Croydon"), not after a thing ("The queue is around 40 and…", "Her BMI is…").
_APPROX_PERSON_BEFORE = lazy(globals(), "_APPROX_PERSON_BEFORE",
    r"(?:(?:^|[,;.(]\s*)(?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s+){1,2}|\b(?i:she|he)\s+)(?:is\s+|ma\s+)$"
    r"|(?:^|[,;.(]\s*)[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+'s\s+$"
    r"|\b(?i:kobiet\w*|mężczyzn\w*|mezczyzn\w*|osob\w*|woman|man|person|lady|guy)\s+(?i:of|w\s+wieku)\s+$",
)
#: What may follow a named person's approximate age: "and", "from", "who", "i", "z", "która", "mieszka"…
_APPROX_JOINED = lazy(globals(), "_APPROX_JOINED",
    r"\s+(?:and|from|with|who|living|lives|in|i|oraz|z|ze|która|który|ktora|ktory|mieszka|w)\b"
    # Not a count going on: "Ola ma około 20 i kilka zamówień", "Jane runs about 40 and sometimes 60 miles".
    r"(?!\s+(?:kilka|kilkana\w*|parę|pare|pół|pol|więcej|wiecej|ponad|a\s+half|more|odd|over|sometimes)\b)", re.I)
#: An approximate age in a clause of its own, after a comma, a semicolon or a dash ("Księgowa z Lublina,
#: ok. 35 lat, pracuje…", "Bookkeeper from Leeds, about 35, works…"): the clause before and after it.
_CLAUSE_BEFORE = lazy(globals(), "_CLAUSE_BEFORE", r"(?:[,;]|\s[-–—])\s*$")
#: The years of such an age, in Polish ("ok. 35 lat,"), where its clause ends: "about 20 years," in English
#: is how long, not how old ("Has worked at Tesco, about 20 years").
_APPROX_YEARS_ALONE = lazy(globals(), "_APPROX_YEARS_ALONE", r"\s*(?:lat\b|l\.)(?=\s*(?:[,;.)]|\s[-–—]|$))", re.I)
#: Before such a clause, what makes its number how long or how many, not how old: a verb of what goes on
#: ("Pracuje w tej samej firmie, ok. 20 lat", "Mieszka na Ursynowie, ok. 15 lat", "Manages a team of drivers,
#: about 40", "Lived in Croydon, about 30"), a bank, a loan or a contract ("Kredyt hipoteczny, ok. 25 lat"),
#: or a count per period ("Zamówienia w miesiącu – ok. 25", "Orders per month – about 25").
_CLAUSE_HOW_LONG = lazy(globals(), "_CLAUSE_HOW_LONG",
    r"\b(?:pracuje|pracował\w*|pracowal\w*|mieszka|mieszkał\w*|mieszkal\w*|jeździ\w*|jezdzi\w*|prowadzi|prowadził\w*"
    r"|prowadzil\w*|zarządza\w*|zarzadza\w*|spłaca\w*|splaca\w*|kredyt\w*|bank|umow\w*|zamówie\w*"
    r"|zamowie\w*|works|worked|working|lives|lived|living|runs|ran|running|manages|managed|managing|drives|drove"
    r"|driving|grew|moved|been|mortgage|loan|contract|orders?|per|w\s+(?:miesiącu|miesiacu|tygodniu"
    r"|roku)|tygodniowo|miesięcznie|miesiecznie|rocznie|weekly|monthly|yearly)\b", re.I)
#: A Polish age ending that agrees with someone named before it, not with the persona the text opens with:
#: "Mama syna, ok. 16-letniego", "Ojciec córki, około 17-letniej".
_OBLIQUE_AGE = lazy(globals(), "_OBLIQUE_AGE", r"\D{0,12}(\d\d)(?:\s*-?\s*letni(ego|ej|emu|m|ą|ch)\b)?", re.I)


#: A relative or an acquaintance the text opens with (after "her", "jej", "a", "the"), whose age the clause
#: after it gives: "Babcia, ok. 85 lat", "Grandma, about 85", "Koleżanka z pracy, ok. 30 lat, poleciła jej…",
#: "A friend from work, about 30". A parent's word ("Mama, ok. 35 lat") is the persona's role unless a
#: possessive says whose ("Jej mama z Gdyni, ok. 60 lat"): personas are often parents, rarely anyone's
#: grandmother, colleague or neighbour with nothing said of whose.
_KIN_OPENING = lazy(globals(), "_KIN_OPENING",
    r"(?:(?P<own>her|his|their|my|jej|jego|ich|moja|mój|moj|moi|moje|mojego)\s+|(?:a|an|the)\s+)?"
    r"(?:(?P<parent>mama|matka|tata|ojciec|mum|mom|mother|dad|father)"
    r"|babcia|babka|dziadek|grandma|grandpa|grandmother|grandfather|granny|gran|nan|nana"
    r"|koleżanka|kolezanka|kolega|przyjaciółka|przyjaciolka|przyjaciel|znajoma|znajomy|sąsiadka|sasiadka|sąsiad"
    r"|sasiad|siostra|brat|syn|córka|corka|wnuk|wnuczka|wnuczek|teściowa|tesciowa|teść|tesc|szwagier|szwagierka"
    r"|mąż|maz|żona|zona|współlokator\w*|wspollokator\w*|friend|colleague|co-?worker|neighbou?r|sister|brother|son"
    r"|daughter|husband|wife|grandson|granddaughter|\w+-in-law|flatmate|housemate)(?![\w-])",
    re.I,
)
#: What the words between such an opener and its clause's end may start with and still say whose the
#: persona is, not who someone else is: "Babcia trojga wnuków", "Żona rolnika", "Grandma of three",
#: "Wife and mother of two". A preposition ("z pracy", "from work"), a name ("Koleżanka Marta"), a
#: relative clause or a participle ("who lives nearby", "mieszkająca obok") say who the other person is.
_KIN_OTHER_COMPLEMENT = lazy(globals(), "_KIN_OTHER_COMPLEMENT",
    r"(?:(?i:z|ze|zza|spod|spoza|w|we|na|od|u|przy|obok|po|do|dla|pod|nad|przez|za|from|at|in|on|next|across"
    r"|down|up|over|with|who|whom|that|she|he|they|whose|która|który|ktora|ktory|którą|ktorą|której|ktorej)\b"
    r"|\w+(?i:ąc[aye]|ac[aye])\b|(?i:of|to)\s+(?i:hers|his|theirs|her|him|them|mine)\b"
    r"|(?:(?i:of|to)\s+)?[A-ZĄĆĘŁŃÓŚŹŻ])"
)
#: Where the clause such an opener begins ends, right before the age: a comma or a dash.
_KIN_CLAUSE_END = lazy(globals(), "_KIN_CLAUSE_END", r"(?:,|\s[-–—]|^[-–—])\s*$")


def _kin_opens(text: str, start: int, lead: int, summary: bool = False) -> bool:
    """Whether the age at ``start`` stands in the clause right after a relative or an acquaintance the text
    opens with (:data:`_KIN_OPENING`), one a possessive makes someone else ("Jej mama z Gdyni, ok. 60 lat",
    "Her colleague from work, about 30") or who is said with nothing of whose, or only where from or which
    one ("Babcia, ok. 85 lat", "Koleżanka z pracy, ok. 30 lat", "A friend from work, about 30").

    In a ``summary`` the person it opens with is the persona ("Babcia, ok. 70 lat, płaci za leki w DOZ
    aplikacją": a grandmother is who the persona is), unless a possessive says whose ("Jej babcia",
    "A friend of hers") or a pronoun in the clause after the age names the persona as someone else, its
    object ("Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted", "…, mieszka z nią", "A friend from work,
    about 30, got her into parkrun")."""
    kin = _KIN_OPENING.match(text, lead)
    if kin is None or kin.end() > start:
        return False
    between = text[kin.end():start]
    end = _KIN_CLAUSE_END.search(between)
    if end is None:
        return False
    complement = between[:end.start()].strip()
    if any(c in complement for c in ",;:()–—"):
        return False  # the age is in a later clause
    if kin.group("own") is not None:
        return True
    if kin.group("parent") is not None:
        return False  # "Mama, ok. 35 lat", "Mum of two, about 35": the persona (see other_before)
    if summary:
        return _KIN_WHOSE.match(complement) is not None or _object_after(text, start)
    return not complement or _KIN_OTHER_COMPLEMENT.match(complement) is not None


#: A possessive after the relative or acquaintance that says whose: "A friend of hers", "Kolega jej męża".
_KIN_WHOSE = lazy(globals(), "_KIN_WHOSE",
    r"(?i:of|to)\s+(?i:hers|his|theirs|her|him|them|mine)\b|(?i:jej|jego|ich)\b")
#: The break that ends the age's clause, and the one that ends the clause after it.
_CLAUSE_STOP = lazy(globals(), "_CLAUSE_STOP", r"[,;:()]|\s[-–—]\s|[.!?](?=\s|$)")
#: A pronoun in that clause that names someone other than the person the text opens with: in Polish any
#: third person's ("poleciła jej", "namówiła ją", "mieszka z nią", "podlewa jej kwiaty": the person's own
#: would be "swoje"), in English an object ("got her into", "recommended it to her", "lives with them").
_OBJECT_PRONOUN = lazy(globals(), "_OBJECT_PRONOUN",
    r"\b(?:jej|jego|ich|ją|go|mu|jemu|nią|nia|niej|nim|niego|niemu|nich|nimi|im|him|them|hers|theirs)\b"
    r"|\bher\b(?=\s*(?:[,;:.!?)]|$)|\s+(?:into|to|about|on|up|with|for|off|over|out|in|at|a|an|the|some|and|when"
    r"|while|if|how|that|because)\b|\s+(?:twice|once)\b(?!-))",
    re.I,
)


#: A Polish possessive that opens the clause: said of that clause's own subject, it is the person the text
#: opens with ("Babcia, ok. 70 lat, jej wnuk zainstalował aplikację": her grandson; "swój" cannot stand there).
_CLAUSE_POSSESSIVES = frozenset(("jej", "jego", "ich"))
#: "her" as the object of a verb of giving or showing, before the thing given, which a name is: "recommended her
#: Vinted", "showed her Monzo"; not possessive as in "pays with her Revolut card" (no such verb), "shows her
#: Instagram to friends" (whom to is said), "sends her Mum photos" (a relative).
_GIVEN_HER = lazy(globals(), "_GIVEN_HER",
    r"\b(?i:recommend(?:s|ed)?|show(?:s|ed|n)?|gave|gives?|sends?|sent|told|tells?|taught|teach(?:es)?|lent|lends?"
    r"|offer(?:s|ed)?|introduced|introduces?)\s+(?i:her|him|them)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
    r"(?!(?:Mum|Mom|Mother|Dad|Father|Mama|Gran|Grandma|Grandpa|Nan|Nana)\b)(?![^,;:.]*\bto\b)")


def _object_after(text: str, start: int) -> bool:
    """Whether the clause right after the age at ``start`` holds a pronoun that names someone other than the
    person the text opens with (:data:`_OBJECT_PRONOUN`, :data:`_GIVEN_HER`), not a possessive that opens
    that clause (:data:`_CLAUSE_POSSESSIVES`)."""
    number = _DIGIT.search(text, start)  # past the approximator's own dot ("ok. 30 lat")
    first = _CLAUSE_STOP.search(text, number.end() if number else start)
    if first is None or text[first.start()] in ".!?":
        return False  # the age ends the text or its sentence: "Babcia, ok. 85 lat"
    after = first.end()
    stop = _CLAUSE_STOP.search(text, after)
    end = stop.start() if stop else len(text)
    for pronoun in _OBJECT_PRONOUN.finditer(text, after, end):
        if pronoun.group().casefold() in _CLAUSE_POSSESSIVES and not text[after:pronoun.start()].strip():
            continue  # "jej wnuk zainstalował aplikację": the grandmother's grandson
        return True
    return _GIVEN_HER.search(text, after, end) is not None


#: A relative who is the subject of the clause after the age ("córka pomaga jej", "mieszka z nią córka", "her
#: daughter helps her"), named alone or after a possessive that opens the clause; not one after a possessive
#: within it ("visits her and her son", "pilnuje jej syna": the persona's).
_CLAUSE_KIN = lazy(globals(), "_CLAUSE_KIN",
    r"(?<![\w-])(?:(?P<whose>her|his|their|jej|jego|ich)\s+)?(?:córka|corka|syn|mąż|maz|żona|zona|wnuk|wnuczka"
    r"|mama|matka|tata|ojciec|siostra|brat|partner|partnerka|daughter|son|husband|wife|grandson|granddaughter|mum"
    r"|mom|mother|dad|father|sister|brother)(?![\w-])",
    re.I,
)


def object_after(text: str, start: int) -> bool:
    """:func:`_object_after` for whoever opens the summary (profiling's far-age check): the pronoun names the
    persona as someone else ("Opiekunka, ok. 60 lat, odwiedza ją"), unless the clause names a relative as its
    own subject (:data:`_CLAUSE_KIN`: "Kobieta, ok. 50 lat, córka pomaga jej"), of whom it is the opener."""
    if not _object_after(text, start):
        return False
    number = _DIGIT.search(text, start)
    first = _CLAUSE_STOP.search(text, number.end() if number else start)
    after = first.end() if first is not None else len(text)
    stop = _CLAUSE_STOP.search(text, after)
    end = stop.start() if stop else len(text)
    return not any(m.group("whose") is None or not text[after:m.start()].strip()
                   for m in _CLAUSE_KIN.finditer(text, after, end))


def other_before(text: str, start: int, lead: int | None = None, summary: bool = False) -> bool:
    """Whether the age at ``start`` is someone or something else's, named right before it (:data:`OTHER_BEFORE`):
    "Opiekuje się mamą, ok. 80-letnią", "Her son, about 16"; not the person the text opens with, in its first
    clause ("Mama, ok. 35 lat", "Mother of a teenage son, about 40"), unless that person is a relative or an
    acquaintance of the persona's (:func:`_kin_opens`: "Babcia, ok. 85 lat", "Koleżanka z pracy, ok. 30 lat").
    ``lead``: where the text's words begin; ``summary``: the text is a persona's summary (:func:`_kin_opens`)."""
    if lead is None:
        lead = len(text) - len(text.lstrip(_AGE_LEAD))
    if _kin_opens(text, start, lead, summary):
        return True
    if OTHER_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    before = text[lead:start].rstrip()
    if not (before.endswith(",") and _KIN_OPENING.match(text, lead) is not None
            and not any(c in before[:-1] for c in ",;:()")):
        return True
    # The person the text opens with, in the nominative, a word of the persona's role ("Mama, ok. 35 lat", "Mama
    # dwójki dzieci, ok. 35 lat", "Babcia trojga wnuków, ok. 65 lat", "Mum of two, about 35"), unless the age is
    # a child's ("Mother of a son, about 17 years old") or agrees with the relative named after that person
    # ("Mama syna, ok. 16-letniego").
    age = _OBLIQUE_AGE.match(text, start)
    return age is not None and (int(age.group(1)) < 18 or age.group(2) is not None)


def _joined_by_apostrophes(text: str, start: int) -> bool:
    """Whether apostrophes join the word at ``start`` to the word before them, as :func:`normalise` joins
    "don't" into "dont": "30'ok.20-letnia" is "30ok 20 letnia" there, so its "ok" is no approximator for the
    quick scans on the normalised text (:data:`_APPROX_HINT`), nor for the full one, and "30'30ish" holds no
    two digits standing alone."""
    i = start
    while i > 0 and text[i - 1] in _APOSTROPHES:
        i -= 1
    # The character before the apostrophes, normalised as the text is ("_" and punctuation part words).
    return i < start and not normalise(text[max(0, i - 2):i] + "x").endswith(" x ")


def _approximate_ages(text: str, summary: bool = False) -> list[tuple[int, int]]:
    """Approximate ages ("ok. 35 lat", "about 35", "35-ish") as character spans of ``text``, in whose
    normalised form :data:`_APPROX_HINT` found an approximator before two digits or "ish" after them."""
    found: list[tuple[int, int]] = []
    lead = len(text) - len(text.lstrip(_AGE_LEAD))
    for number in _TWO_DIGITS.finditer(text):
        if not 15 <= int(number.group()) <= 99 or _joined_by_apostrophes(text, number.start()):
            continue  # "30'30ish" is "3030ish" normalised: no two digits standing alone
        start, end = number.span()
        ish = _ISH.match(text, end)
        if ish is not None:
            end = ish.end()
            if _ISH_AFTER.match(text, end) or _APPROX_AGE_BEFORE.search(text, max(0, start - 40), start):
                found.append((start, end))
            continue
        approx = _APPROX_BEFORE.search(text, max(0, start - _APPROX_REACH), start)
        if approx is None or _joined_by_apostrophes(text, approx.start()):
            continue
        start = approx.start()
        if _DURATION_BEFORE.search(text, max(0, start - 12), start) or other_before(text, start, lead, summary):
            continue
        tied = _APPROX_TIED.match(text, end)
        if tied is not None:
            found.append((start, tied.end()))
            continue
        if not (start <= lead or _APPROX_AGE_BEFORE.search(text, max(0, start - 40), start)):
            if _CLAUSE_BEFORE.search(text, max(0, start - 4), start) and not _CLAUSE_HOW_LONG.search(
                    text, max(lead, start - 80), start):
                # A clause of its own after the person's: "Księgowa z Lublina, ok. 35 lat, pracuje…".
                alone = _APPROX_YEARS_ALONE.match(text, end)
                if alone is not None:
                    found.append((start, alone.end()))
                elif _APPROX_OPEN.match(text, end):
                    found.append((start, end))
            continue
        years = _APPROX_YEARS.match(text, end)
        if years is not None:
            found.append((start, years.end()))
        elif _APPROX_OPEN.match(text, end) or (_APPROX_JOINED.match(text, end) and _APPROX_PERSON_BEFORE.search(
                text, max(0, start - 40), start)):
            # "Jane is around 40 and runs…": after a person named, "and", "from", "who" follow the age.
            found.append((start, end))
    return found
#: How far before a number an age word ("w wieku", "aged", "kobiety") is looked for; longer matches are
#: runs of spaces or of one word that no real text has, and a long text must not be searched to its start.
_AGE_WORD_REACH = 80
_NON_SPACE = lazy(globals(), "_NON_SPACE", r"\S")


def _age_word_before(text: str, start: int) -> bool:
    """Whether an age word ends right before ``start`` (within :data:`_AGE_WORD_REACH` characters)."""
    return _AGE_WORD_BEFORE.search(text, max(0, start - _AGE_WORD_REACH), start) is not None


def _ends_clause(text: str, end: int, trail: int) -> bool:
    """Whether the text after ``end`` is only whitespace (``trail`` on) or starts a new clause (, or ;)."""
    if end >= trail:
        return True
    m = _NON_SPACE.search(text, end)
    return m is not None and text[m.start()] in ",;"


def _every_age(text: str, vague: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``vague`` (:func:`_vague_ages` of ``text``, which has a digit) and the single ages ("35 lat", "aged 40")."""
    if not _SINGLE_AGE_HINT.search(text.lower()):
        return list(vague)
    if vague or _SINGLE_AGE_AFTER_NUMBER.search(text) or _AGE_BEFORE_NUMBER.search(text):
        return vague + [(m.start(), m.end()) for m in _SINGLE_AGE.finditer(text)]
    return list(vague)


# --- the verdict ---------------------------------------------------------------------------------

AGE_ENTRY = Entry(
    "age-range", "",
    "a range of ages is a segment, not a person: give one age in demographics.age and name the life "
    "stage that matters (first child, retirement, moving out)",
)
GENERIC_ENTRY = Entry(
    "generic-words", "",
    "say what the person did, when, where, how often or with which product, shop or channel",
)
REGION_ENTRY = Entry(
    "region", "",
    "a country or a region is the area of a market segment, not where one person lives: name the city, "
    "and the district if it matters",
    location=True,
)
CUSTOM_ENTRY = Entry(
    "custom", "",
    "replace it with an observed behaviour, a number, a place, a frequency or a named channel or brand",
)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A generic phrase found in a text, with its span in the text as written."""

    entry: Entry
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the matcher found in one trait."""

    matches: tuple[PhraseMatch, ...] = ()
    #: Why a trait with generic phrases still counts as specific (None: it does not).
    rescue: str | None = None

    @property
    def vague(self) -> bool:
        return bool(self.matches) and self.rescue is None


class _Named(str):
    """A rescue by a named channel, brand, place or person (what ``Matcher._rescue`` finds only with
    ``brands``): a generation's stereotype may be one, so the caller asks for this, not for the wording."""

    __slots__ = ()


class SegmentFigure(str):
    """A rescue by a number or a frequency, and by nothing else, in a trait that says the figure is the
    segment's: "Wydaje miesięcznie ok. 500 zł na ubrania, jak większość klientek", "Like most students,
    spends £200 a month on food".  The verdict is not vague (its wording is the count's),
    and the rule reports it as a segment's figure, as it does a share that opens a trait.  ``phrase`` is
    the stand-in for the segment, as written."""

    phrase: str

    def __new__(cls, rescue: str, phrase: str) -> "SegmentFigure":
        figure = super().__new__(cls, rescue)
        figure.phrase = phrase
        return figure

    def __reduce__(self) -> tuple[type["SegmentFigure"], tuple[str, str]]:
        return SegmentFigure, (str(self), self.phrase)  # pickled and copied with its phrase


#: Where a clause ends inside a trait: a comma, semicolon, colon, bracket, dash or sentence end.
_CLAUSE_BREAK = lazy(globals(), "_CLAUSE_BREAK", r"[,;:()\[\]!?…]|[.](?=\s)|\s[-–—]\s|[–—]")
#: The same without brackets: before a source's label ("(wywiady-2026-10)"), which opens one.
_BREAK_BEFORE_LABEL = lazy(globals(), "_BREAK_BEFORE_LABEL", r"[,;:!?…]|[.](?=\s)|\s[-–—]\s|[–—]")

#: Words of its own (not generic) beside a clause of generic words that make the trait a fact of the person.
_CLAUSE_OWN_WORDS = 2
#: Words that open a clause of what the person does something for ("żeby płacić za przedszkole").
_PURPOSES = frozenset("zeby aby azeby".split())
#: Words naming someone the person looks after or lives with (folded): beside a clause of generic words
#: one says whose the trait is ("Dba o urodę córki, kupuje jej kosmetyki"), as it does in the clause itself.
_PERSON_WORDS = frozenset(
    # Polish, in the forms authors write (folded: "teściowej" is "tesciowej").
    "corka corki corce corke corko corek corkom corkami corkach "
    "syn syna synowi synem synu synowie synow synom synami synach "
    "maz meza mezowi mezem mezu mezowie mezow zona zony zonie zone zono zon zonom "
    "partner partnera partnerowi partnerem partnerze partnerzy partnerow partnerom partnerami "
    "partnerka partnerki partnerce partnerke partnerko partnerek partnerkom partnerkami "
    "narzeczony narzeczonego narzeczonemu narzeczonym narzeczona narzeczonej narzeczona narzeczone "
    "mama mamy mamie mame mamo mamom tata taty tacie tate tato tatem "
    "matka matki matce matke matek ojciec ojca ojcu ojcem ojcowie "
    "babcia babci babcie babcia babciom babciami dziadek dziadka dziadkowi dziadkiem dziadku "
    "dziadkowie dziadkow dziadkom dziadkami "
    "wnuk wnuka wnukowi wnukiem wnuku wnuki wnukow wnukom wnukami wnukach "
    "wnuczka wnuczki wnuczce wnuczke wnuczek wnuczkom wnuczkami wnuczkach wnuczeta wnuczat "
    "brat brata bratu bratem bracie bracia braci braciom siostra siostry siostrze siostre siostr siostrom "
    "rodzice rodzicow rodzicom rodzicami rodzicach "
    "tesc tescia tesciowi tesciem tesciu tesciowie tesciow tesciom tesciami "
    "tesciowa tesciowej tesciowe tesciowo tesciowych tesciowym "
    "szwagier szwagra szwagrowi szwagrem szwagrze szwagrowie szwagrow szwagrom "
    "szwagierka szwagierki szwagierce szwagierke "
    "dziecko dziecka dziecku dzieckiem dzieci dzieciom dziecmi dzieciach "
    # English; a possessive loses its apostrophe ("wife's" is "wifes"), and "in-laws" is "in laws".
    "son sons daughter daughters husband husbands wife wives wifes mother mothers mum mums mom moms "
    "father fathers dad dads partner partners spouse spouses fiance fiancee boyfriend boyfriends "
    "girlfriend girlfriends grandmother grandma grandfather grandpa grandparents grandson grandsons "
    "granddaughter granddaughters grandchild grandchilds grandchildren grandchildrens grandkid grandkids "
    "laws stepson stepdaughter stepchildren brother brothers sister sisters sibling siblings parents "
    "child childs children childrens kids".split()
)
#: A family word that names someone only after another word: "laws" of "in-laws" ("in laws" once folded),
#: not "follows consumer laws".
_PERSON_WORD_AFTER = {"laws": "in"}

_NOTHING = Verdict()  # what most traits get; a verdict is immutable, so one serves them all
_NO_WORDS: frozenset[int] = frozenset()  # no word denied (Matcher._denied_words)


_SENTENCE_END = ".!?:;…•"
#: Words remembered per matcher (generic or not); cleared when full, so memory stays flat on any input.
_MEMO_SIZE = 50_000
_NORM_WORD = lazy(globals(), "_NORM_WORD", r"[^ ]+")
_START = itemgetter(1)
# Kinds of normalised words (Matcher._kind): only _CONTENT words are detail of their own.  Never 0 (falsy).
_NUMBER_WORD, _FILLER, _GENERIC, _CONTENT = range(1, 5)
#: Counts written as words (folded, as normalised text has them): "porównuje ceny w trzech sklepach"
#: counts as "w 3 sklepach" does.  From two to twelve: "one"/"jeden" is mostly not a count ("one of
#: those"), larger ones are mostly ages ("trzydzieści") or intensifiers ("sto procent"); left out too:
#: English "ten" (the Polish "ten", this), "twice" and "a dozen" (their idioms), "pięć" (folded, it is
#: "piec", to bake, a stove) and "dwu" (dwukrotnie, dwuosobowy).
SPELLED_NUMBERS = frozenset(
    "dwa dwie dwoch dwoma dwiema dwoje dwojga dwojgiem dwojgu "
    "trzy trzech trzema troje trojga trojgiem trojgu "
    "cztery czterech czterema czworo czworga czworgiem "
    "pieciu piecioma szesc szesciu szescioma siedem siedmiu siedmioma "
    "osiem osmiu osmioma dziewiec dziewieciu dziesiec dziesieciu "
    "jedenascie jedenastu dwanascie dwunastu "
    "two three four five six seven eight nine eleven twelve".split()
)
#: Beside a count, these make it an age ("ma trzydzieści dwa lata", "a two-year-old", "aged thirty-two"),
#: which is no more a detail in words than in digits.
_AGE_WORDS = frozenset(
    "lat lata latek latka latki latkiem letni letnia letnie letniego letniej letnim wieku rok roku "
    "year years yr yrs old aged age "
    "dwadziescia trzydziesci czterdziesci piecdziesiat szescdziesiat siedemdziesiat osiemdziesiat "
    "dziewiecdziesiat twenty thirty forty fifty sixty seventy eighty ninety".split()
)
#: Counts that are idioms with the word after them: "dwie lewe ręce", "w cztery oczy", "swoje trzy
#: grosze", "z dwojga złego", "za siedmioma górami", "na dwoje babka wróżyła", "in two minds",
#: "two birds with one stone", "five-star service".
_COUNT_IDIOMS = frozenset({
    ("dwie", "lewe"), ("cztery", "oczy"), ("trzy", "grosze"), ("dwojga", "zlego"), ("siedmioma", "gorami"),
    ("dwoje", "babka"), ("two", "minds"), ("two", "birds"), ("five", "star"), ("two", "cents"),
    ("two", "ways"), ("dwa", "sposoby"),
})
#: Words that only stress or hedge what a phrase says, or stand for anything, as folded words: the
#: author's own words in a phrase's gap ("czas jest naprawdę cenny", "cares deeply about health",
#: "likes new things"), yet no detail.
_GAP_FILLER = frozenset(
    "rzecz rzeczy rzeczami nowe nowy nowa nowych nowymi thing things stuff new "
    "naprawde serio szczegolnie niezwykle ogromnie wyjatkowo strasznie okropnie niesamowicie mega super "
    "absolutnie calkowicie totalnie zdecydowanie zawsze wrecz wielce autentycznie gleboko mocno szczerze "
    "ogolnie raczej dosc dosyc troche nieco coraz takze tez rowniez przede wszystkim zwlaszcza "
    "bardziej najbardziej wiecej duzo wiele sporo czesto stale ciagle zwykle zazwyczaj przewaznie "
    "really truly genuinely deeply extremely especially particularly absolutely totally definitely always "
    "quite rather highly incredibly strongly greatly seriously pretty somewhat fairly bit little lot "
    "lots much more most also too just actually generally usually often constantly sincerely "
    "carefully closely several detailed decent mostly mainly certain odd overall general extra even still "
    "simply basically typically normally frequently occasionally certainly surely clearly obviously properly "
    "honestly literally kind "
    "dokladnie uwaznie starannie wnikliwie porzadnie solidnie chetnie odrobine znacznie spore paru kazdy "
    "kazde kazdej kazdego wszelkie wszelkich jakies jakichs przerozne rozmaite rozmaitych cudze cudzych dostepne "
    # Possessives, whose apostrophe normalising drops: "her family's health".
    "familys everyones everybodys peoples childrens kids customers others".split()
)
#: Words that name nothing in a trait otherwise made of generic words, yet are the author's own
#: beside a phrase (folded): "Zwraca uwagę na skład" says what "Zwraca uwagę na jakość" does, while
#: "Ceni jakość, sprawdza skład ubrań i szwy" says it in a clause of its own.  Read only for a trait
#: without a phrase (:meth:`Matcher._generic_only`).
_GENERIC_ALONE = frozenset({"sklad"})
#: Verbs that say nothing of their own with the noun after them (folded): "Takes care of her skin" is
#: "Cares for her skin", "Pays attention to ingredients" is "Zwraca uwagę na skład"; "takes the bus",
#: "pays for delivery" say something.  Read as _GENERIC_ALONE is.
_LIGHT_VERBS = {verb: noun for noun, verbs in (("care", "take takes taking took"), ("attention", "pay pays paying paid"))
                for verb in verbs.split()}
#: What a generic phrase is about, named right after it in its own clause, is detail when it takes at
#: least this many content words: "zwraca uwagę na ceny kształtek miedzianych", "pays attention to
#: prices of copper fittings" name a category of goods; "ceny paliwa", "prices of products" do not.
OBJECT_WORDS = 2
#: The word that opens what an English phrase is about ("the quality of copper fittings"); a Polish
#: phrase takes it in the genitive, right after it ("jakość kształtek miedzianych").
_OBJECT_LINKS = frozenset({"of"})
#: Words between a phrase and what it is about that name nothing: "prices of *their* copper fittings".
_OBJECT_DETERMINERS = frozenset(
    "the a an his her their its our my your swoich swoje swojej swojego swoim swoimi jego jej ich".split()
)
#: Words that open a phrase or clause of their own, not a name of goods (folded): they end an object
#: ("czyta recenzje przed każdym zakupem", "prices of fuel when travelling").
_NOT_OBJECT = frozenset(
    "przed po podczas wedlug wsrod zamiast poza mimo dzieki ponad obok wobec okolo kolo sposrod miedzy pomiedzy "
    "przeciw przeciwko wokol zza spod znad sprzed oprocz procz naprzeciw blisko niz jak jako "
    "kiedy gdy gdyz odkad dopoki jesli jezeli bo poniewaz ze zeby aby by gdzie dokad skad ktory ktora ktore ktorzy "
    "before after during while when whenever if because since until unless though although whether where "
    "which who whose without within across against among amongst between through throughout over under "
    "near toward towards per via versus than instead".split()
)
#: Words that join two names of goods sharing one head ("copper and brass fittings", folded): the object
#: goes on past them, and is named when one of its parts takes OBJECT_WORDS content words on its own.
#: "&" is no word of normalised text: it joins as they do where it stands between two words
#: (:data:`_OBJECT_AMPERSAND`).
_OBJECT_AND = frozenset("and or i oraz lub albo".split())
#: The words that say what goods are for, right after a phrase about them (``purpose: true`` in a
#: lexicon): "tanie leki na nadciśnienie", "przeciw bólowi głowy", "od kaszlu", "for hypertension".
_PURPOSE_LINKS = frozenset("na przeciw przeciwko od for against".split())
#: Words after those that say when, how or how much, not what for (folded): "na co dzień", "na zapas",
#: "na receptę", "od lat", "for everyday use", "for years"; a generic word ("na zdrowie", "for the
#: whole family", "for health") ends the purpose anyway.  With them the adverbial idioms, which a comma
#: so often sets off ("Kupuje tanie leki, na ogół"): "na przykład", "na razie", "na bieżąco", "na
#: szczęście", "na własną rękę", "na raty", "na początku", "od razu", "for now", "for example", "for
#: sure", "for the most part".  They are a closed set; what goods are for is an open one, so a word
#: not listed here still says what for ("na zgagę").
_NOT_PURPOSE = frozenset(
    "dzien codzien dni dnia lat lata roku dawna niedawna zaraz reki razu zapas zapasy recepte recepty "
    "zime zimy lato wiosne jesien sezon weekend wakacje urlop wyjazd wyjazdy pozniej potem przyszlosc "
    "ogol przyklad razie raz biezaco szczescie nieszczescie wlasna reke raty rate ratach poczatku poczatek "
    "koniec koncu czas czasie czasu szybko gwalt czarno bialo nowo nowa zawsze dluzej dlugo chwile chwilke "
    "probe slepo wyrost zmiane odwrot serio kredyt wynos promocji promocje promocjach wyprzedazy "
    "wyprzedazach miejscu sucho spokojnie luzie dodatek tyle rana swieta tydzien tygodnia tygodnie "
    "miesiac miesiaca miesiace "
    "everyday years year ages now later winter summer spring autumn fall season weekend holiday holidays "
    "trips prescription example instance sure certain good free fun once real starters most part time "
    "change ever long sale".split()
)
#: "For example" after a purpose link, before the purpose: "Kupuje tanie leki, na przykład na alergię".
#: Polish adjectives of what medicines are for, right after the goods (folded): "leki przeciwbólowe",
#: "tańszych leków przeciwzapalnych", "leki nasenne" say what for as "na ból" does; a judgement
#: ("leki skuteczne", "sprawdzone") or a how ("regularnie") does not.  A closed set of prefixes and
#: stems; English names the kind in a noun ("painkillers", "antihistamines"), which is detail anyway.
_PURPOSE_ADJECTIVE = lazy(globals(), "_PURPOSE_ADJECTIVE",
    r"(?:przeciw|anty)[a-z]{4,}|(?:nasenn|uspokajajac|rozkurczow|wykrztusn|moczopedn|nasercow|hormonaln"
    r"|przeczyszczajac|oslonow|odchudzajac|rozrzedzajac)[a-z]+"
)
_FOR_EXAMPLE = frozenset("przyklad example instance".split())
#: What may stand between a phrase and its object (words, spaces), and between two words of the object.
_OBJECT_LEAD = lazy(globals(), "_OBJECT_LEAD", r"[^\W_]*(?:\s+[^\W_]+)*\s+")
#: The same before what goods are for, which may follow a comma too: "Kupuje tanie leki, na nadciśnienie".
_PURPOSE_LEAD = lazy(globals(), "_PURPOSE_LEAD", r"[^\W_]*\s*,?(?:\s+[^\W_]+)*\s+")
_OBJECT_JOIN = lazy(globals(), "_OBJECT_JOIN", r"\s+|-")
_OBJECT_AMPERSAND = lazy(globals(), "_OBJECT_AMPERSAND", r"\s*&\s*")
#: Counts beside which another makes a guess at a few ("jedną czy dwie", "one or two", "two to three").
_ANY_COUNT = SPELLED_NUMBERS | frozenset("jeden jedna jedno jednego jednej jednym jednemu one".split())
_RANGE_WORDS = frozenset("or to lub czy albo do".split())
#: "dwa razy" / "two times" is a count of times only with a period after it ("dwa razy w tygodniu");
#: alone it is "zastanawia się dwa razy", the idiom.
_TIMES = frozenset({"razy", "times"})
#: A share of a group of people ("78% klientów takich jak on", "9 na 10 osób w jego wieku", "Aż 64% Polaków",
#: "7 out of 10 customers"), stated by the trait as it opens: the segment's figure, no trait of the person.
#: A number of the person's own ("3 razy w tygodniu", "30% pensji", "płaci o 15% mniej niż inni klienci",
#: "obsługuje 40% klientów firmy") is none; nor is a comparison without a figure ("like most customers,
#: reads Trustpilot before buying" says what she does).
_SEGMENT_STAT = lazy(globals(), "_SEGMENT_STAT",
    r"^\W*(?:(?:aż|około|ok\.|ponad|prawie|niemal|blisko|tylko|nawet|only|nearly|almost|about|around|over|some)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|proc\w*|percent\b|per cent\b)|\d+\s+(?:na|z|out of|of|in)\s+\d+\b)"
    r"\s+(?:of\s+)?(?:(?!(?:jego|jej|ich|swoich|naszych|his|her|their|our|my)\b)[^\W\d_]+\s+)?"
    r"(?:klient\w*|os[oó]b|ludzi|polak\w*|polek|kobiet|m[eę][żz]czyzn|u[żz]ytkowni\w*|konsument\w*|kupuj[aą]c\w*"
    r"|pacjent\w*|respondent\w*|ankietowan\w*|badan\w*|rozm[oó]wc\w*|rozm[oó]wczy\w*|uczestnik\w*|uczestniczek"
    r"|rodzic[oó]w|matek|mam|senior[oó]w|student[oó]w|millenials\w*"
    r"|customers?|clients?|users?|people|persons|shoppers?|women|men|adults|consumers?|buyers?|patients?|parents"
    r"|mothers|mums|moms|brits|britons|americans|poles|respondents?|interviewees?|participants?|millennials"
    r"|seniors|students)\b"
    # ... not the person's own customers: "50% klientów jego sklepu", "60% of his clients" are her business.
    r"(?!\s+(?:jego|jej|ich|firmy|sklepu|apteki|salonu|gabinetu|biura)\b)",
    re.I,
)
#: How far into a trait the first digit of a share that opens it stands ("Około 64% …", "Niemal 9 na 10").
_SHARE_REACH = 16
#: The lexicons' entry of generational labels ("Gen Z", "milenials"), beside which a channel is the stereotype.
_GENERATION = "generation"
#: The lexicons' entry of stand-ins for the segment ("jak większość klientek", "like most customers"), beside
#: which a count is the segment's figure.
_EVERYMAN = "everyman"
#: The lexicons' entry of a city named by its size ("w dużym mieście", "lives in a city"), whose own
#: number, the size, is no detail.
_BIG_CITY = "big-city"
#: A city's size right after (or inside) such a phrase: "powyżej 500 tys. mieszkańców", "of 1M+
#: people", "of over 500,000 people", in brackets "(ok. 700 tys. mieszkańców)", or a range "100-200 tys.".
#: A size needs a unit, a word of people or thousands written out: "w mieście 12 km od pracy" says a
#: distance, which is detail.
_CITY_SIZE = lazy(globals(), "_CITY_SIZE",
    r"[\s,(]*(?:(?:of|with|over|above|under|below|more\s+than|less\s+than|around|about|powyżej|powyzej|ponad|"
    r"poniżej|ponizej|do|od|około|okolo|ok\.|liczącym|liczacym|liczącej|liczacej|liczącego|liczacego)\s+)*"
    r"\d{1,3}(?P<thousands>(?:[ \u00a0.,]\d{3})+)?(?:[.,]\d+)?(?:\s*[-–]\s*\d{1,3}(?:[ \u00a0.,]\d{3})*)?\s*"
    r"(?P<unit>tys\.|tys\b|tysięcy|tysiecy|mln\.|mln\b|milion\w*|million|thousand|k\b|m\b)?\s*\+?"
    r"(?P<people>\s*(?:mieszkańc\w*|mieszkanc\w*|inhabitants|people|residents|osób|osob|ludzi)\b)?\)?",
    re.I,
)
#: How far past a big-city phrase its size may start: the phrase may end inside it ("city of over 500").
_CITY_SIZE_GAP = 2


def _city_sizes(text: str, matches: list[PhraseMatch]) -> list[tuple[int, int]]:
    """Where ``text`` gives the size of a city a big-city phrase names, as ages are: no detail of the
    person ("Mieszka w mieście powyżej 500 tys. mieszkańców", "Lives in a city of 1M+ people")."""
    sizes = []
    for match in matches:
        if match.entry.id != _BIG_CITY:
            continue
        digit = _DIGIT.search(text, match.start, match.end + _CITY_SIZE_GAP + 40)
        if digit is None:
            continue
        # From the phrase's end, or from the word its number starts in ("city of over 500" ends in one).
        start = min(match.end, text.rfind(" ", match.start, digit.start()) + 1 or match.end)
        size = _CITY_SIZE.match(text, start)
        if (size is not None and size.start() <= match.end + _CITY_SIZE_GAP
                and (size.group("unit") or size.group("people") or size.group("thousands"))):
            sizes.append((size.start(), size.end()))
    return sizes


#: Words before a stand-in for the segment that compare the person's own figure with it.
_COMPARING = frozenset("niż niz od than above below over under powyżej powyzej poniżej ponizej".split())
#: An average of a count of times with a fraction, which no one person does: "średnio 1,3 razy w roku",
#: "2.4 times a month on average", or of visits, orders, purchases or trips counted so
#: ("średnio 1,5 wizyty w miesiącu", "averages 1.5 visits a month").  A whole count ("średnio 3 razy w
#: miesiącu", "wartość koszyka średnio 230 zł") may be the person's own.
_COUNTED = (
    r"(?:razy|raza|times|wizyt[yę]?|zamówie(?:nia|ń)|zakup(?:u|ów|y)|transakcji|wyjazd(?:u|ów|y)"
    r"|visits?|orders?|purchases?|transactions?|trips?|bookings?)\b"
)
_AVERAGE_TIMES = lazy(globals(), "_AVERAGE_TIMES",
    r"\b(?:średnio|przeciętnie|on average|an average of|averages?)\s+(?:(?:ok\.|około|about|around)\s+)?"
    rf"(?P<figure>\d+[.,]\d+)\s*{_COUNTED}"
    rf"|\b\d+[.,]\d+\s*{_COUNTED}(?:\s+[^\W\d_]+){{0,3}}?,?\s+(?:średnio|przeciętnie|on average)\b",
    re.I,
)
#: A number with a fraction, without which no such average is looked for.
_FRACTION = lazy(globals(), "_FRACTION", r"\d[.,]\d")
#: Where such an average comes from when it is the person's own: their account, loyalty card or order
#: history ("dane z jego konta klienta", "według historii jego konta", "według danych z karty
#: lojalnościowej", "co widać w historii zamówień", "per his account history", "per her loyalty card",
#: "as her order history shows").  Research between the cue and the record makes it the
#: segment's again ("według danych z panelu kart").
_NOT_RESEARCH = r"(?!badani|panel|ankiet|raport|rynk|segment|gus\b|survey|report|stud|market)"
_OWN_RECORD = lazy(globals(), "_OWN_RECORD",
    rf"\b(?:dan[eyiao]\w*|według|wg|na\s+podstawie|wynika\w*|widać|widoczn\w*)\s+(?:{_NOT_RESEARCH}[^\W\d_]+\s+){{0,2}}?"
    r"(?:kont[aoy]?|koncie|kart[yaęą]?|karcie)\b"
    r"|\bhistori\w*\s+(?:(?:jego|jej|ich|swoje\w*|swoich)\s+)?"
    r"(?:kont[aoy]?|koncie|kart[yaęą]?|karcie|zamówień|zakupów|transakcji|płatności|wizyt|rezerwacji)\b"
    rf"|\b(?:per|according\s+to|based\s+on)\s+(?:his|her|their)\s+(?:own\s+)?(?:{_NOT_RESEARCH}[^\W\d_]+\s+)?"
    r"(?:account|card|orders?|purchases?|transactions?|bookings?|receipts?|statements?|history|records?|data)\b"
    r"|\b(?:his|her|their|own)\s+(?:[^\W\d_]+\s+)?(?:account|order|purchase|transaction|booking|payment|visit|card)"
    r"\s+(?:history|records?|data|statements?)\b"
    r"|\b(?:from|z|ze)\s+(?:his|her|their|jego|jej|ich)\s+(?:own\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:receipts|statements|records|paragonów|wyciągów|rachunków|faktur)\b",
    re.I,
)
#: What in such a trait names no shop of the person's: a bracket ("(badanie Gemius 2025)", "(INT-07)") and a
#: research source to its clause's end ("Według Gemiusa …", "According to Mintel, …").
_ASIDE = lazy(globals(), "_ASIDE",
    r"[(\[][^()\[\]]*[)\]]?"
    r"|\b(?:według|wg|źródło|źródła|badani\w*|raport\w*|panel\w*|ankiet\w*|sondaż\w*|according\s+to|sources?"
    r"|surveys?|study|studies|reports?|polls?|per(?!\s+(?:day|week|month|year|quarter|fortnight|annum|cent|visit|order)\b))"
    r"\b[^,;()\[\]]*",
    re.I,
)
#: A bracket that names the person's shop, not a source: words in lower case ("z palarni Java", "w Zarze na
#: Mokotowie", "at Costa on Deansgate") and no research word, year or record ("(badanie Gemius 2025)",
#: "(Mintel 2025)", "(INT-07)", "(dane z jej konta)" say where the figure comes from).
_SHOP_BRACKET = lazy(globals(), "_SHOP_BRACKET",
    r"[(\[](?=[^()\[\]]*\b[^\W\d_A-ZĄĆĘŁŃÓŚŹŻ]{2,}\b)"
    r"(?![^()\[\]]*(?:\b(?:19|20)\d\d\b|\b(?i:według|wg|źródł|dan[eyi]\w*|badani|raport|panel|ankiet|sondaż|wywiad|rozmow"
    r"|obserwacj|statysty|gus\b|according|source|survey|stud(?:y|ies)|report|poll|data\b|interview|research|census)))"
)
#: Words right before a stand-in for the segment that make its figure what the person's is measured against:
#: "four times the average for the segment", "twice the average", "cztery razy tyle co średnia dla
#: segmentu".  Not before "like"/"jak": "Orders 3 times like most customers".
_MULTIPLYING = frozenset("times twice thrice double triple half razy dwukrotnie trzykrotnie".split())
_LIKE = frozenset("like as just jak".split())
#: A stand-in for the segment that states the segment's own figure: "The average for the segment is £300 a
#: year", "Średnia dla segmentu to 300 zł" — beside another figure of the trait (or "four times as much"),
#: that one is the person's, measured against it.
_STATED_FIGURE = lazy(globals(), "_STATED_FIGURE",
    r"\s*(?:is|was|stands\s+at|of|wynosi|wynosiła|wynosił|to|jest|=|:|-|–)\s+"
    r"(?:(?:about|around|roughly|some|ok\.|około|ok|ponad|prawie|niecałe)\s+)?[£$€]?\s?\d",
    re.I,
)
_FIGURE = lazy(globals(), "_FIGURE", r"\d+(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?")
_AS_MUCH = lazy(globals(), "_AS_MUCH",
    r"\b(?:times|twice|thrice|half|double|triple)\s+(?:as\s+(?:much|many|often|long|high)|more|less|fewer|that|his|her)\b"
    r"|\brazy\s+(?:więcej|mniej|częściej|rzadziej|tyle|dłużej|wyżej)\b|\b(?:dwu|trzy|cztero|pięcio)krotnie\b",
    re.I,
)
#: Words that open a reason ("bo opiekuje się mamą po udarze", "because she cares for her mother"), and how
#: many of the author's own words after one make it the person's reason.
_REASONS = frozenset("bo poniewaz gdyz because since odkad".split())
_REASON_WORDS = 2
_PERIODS = frozenset(
    "tygodniu miesiacu roku dziennie tygodniowo miesiecznie rocznie tydzien miesiac rok kwartal "
    "week month year day daily weekly monthly yearly quarter".split()
)
#: Reasons that are also a time ("since", "odkąd"): a life event after them is a reason of the person's
#: own ("since her cancer treatment"), a time alone is not ("since last year", "odkąd pamięta", "odkąd
#: sięga pamięcią", "since she can remember").
_SINCE = frozenset({"since", "odkad"})
_SINCE_TIME = _PERIODS | frozenset(
    "last past ago years months weeks days ostatni ostatniego ostatnich ostatnie zeszlego ubieglego temu lat "
    "lata miesiecy tygodni dni pamieta pamietam pamieci pamiecia siega remember remembers memory".split()
)


def _sources(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says where a figure comes from (:data:`_ASIDE`), not a bracket naming the person's
    shop (:data:`_SHOP_BRACKET`): names there are the source's, not the person's."""
    return [m.span() for m in _ASIDE.finditer(text) if _SHOP_BRACKET.match(text, m.start()) is None]


def _compared(text: str, stand_in: PhraseMatch) -> bool:
    """Whether a trait compares the person's figure with the stand-in for the segment: a comparing word
    right before it ("więcej niż średnia dla segmentu", "above the average", "four times the average for
    the segment"), or the segment's own figure stated after it beside another figure of the trait or "four
    times as much" ("The average for the segment is £300 a year; he spends £1,200")."""
    before = _WORD_BEFORE.search(text, max(0, stand_in.start - _CUE_REACH), stand_in.start)
    if before is not None:
        word = before.group(1).lower()
        if word in _COMPARING or word in _MULTIPLYING and stand_in.text.split(" ", 1)[0].lower() not in _LIKE:
            return True
    stated = _STATED_FIGURE.match(text, stand_in.end)
    if stated is None:
        return False
    figure = _FIGURE.match(text, stated.end() - 1)
    rest = text[:stand_in.start] + " " + text[figure.end() if figure is not None else stated.end():]
    return _DIGIT.search(rest) is not None or _AS_MUCH.search(rest) is not None


def _counting(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a count written as a word, says how many of something (not an age or idiom)."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if (words[i], after) in _COUNT_IDIOMS:
        return False
    # "two or three", "dwie, trzy", "jedną czy dwie": a guess at a few, not a count.
    before = words[i - 1] if i else ""
    if after in _ANY_COUNT or before in _ANY_COUNT:
        return False
    if (after in _RANGE_WORDS and words[i + 2:i + 3] and words[i + 2] in _ANY_COUNT
            or before in _RANGE_WORDS and i >= 2 and words[i - 2] in _ANY_COUNT):
        return False
    near = words[max(0, i - 2):i] + words[i + 1:i + 3]
    if not _AGE_WORDS.isdisjoint(near):
        return False
    if after in _TIMES:
        return not _PERIODS.isdisjoint(words[i + 2:i + 5])
    return True


_NAME = lazy(globals(), "_NAME", r"[^\W\d_][\w'’&.-]*")
#: A trade named by its two capitals, which no word of fewer than three letters is read as: "IT freelancer",
#: "Freelancerka UX", "Young HR manager" say what the person does (case matters: "it" of "Likes it" is none,
#: nor "IT" of a text all in capitals, "LIKES IT").
_TRADE = lazy(globals(), "_TRADE", r"(?<![\w&.-])(?:IT|UX|UI|QA|HR|PR)(?![\w&-])")
#: The second word of a sales day ("Black Friday", "Cyber Monday"); the first is in the lexicons' not-concrete.
_SALES_DAYS = frozenset({"Friday", "Monday", "Week", "Weekend", "FRIDAY", "MONDAY", "WEEK", "WEEKEND"})
#: Weekdays: after "on" one day, no habit and no name ("Likes deals on Friday" says no more than "Lubi
#: promocje w piątek"); a habit is a frequency ("on Fridays", "every Friday", "Friday evenings"), and
#: elsewhere the day may name an event ("for the Monday board call").
_WEEKDAYS = frozenset(
    d for day in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split() for d in (day, day.upper())
)
#: The habit "w niedziele" (on Sundays) as a frequency matches it, folded: "w niedzielę" (one Sunday) too.
_SUNDAYS = frozenset(("w niedziele ", "we niedziele "))
#: "on" and the blanks before a weekday, at the end of the text before it.
_ON_DAY = lazy(globals(), "_ON_DAY", r"(?<![^\W_])on\s+$", re.I)
#: A Roman numeral ("XXI" of "XXI wieku", "III" of "III piętro"): a number, no name.
_ROMAN = lazy(globals(), "_ROMAN", r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_ABBREVIATIONS = ("np.", "m.in.", "e.g.", "i.e.", "ul.", "al.", "pl.", "św.", "tzw.", "ok.", "vs.", "dr.", "st.")
_QUOTES = "\"'„“”‘’«»"


def _stripped_end(text: str, end: int) -> int:
    """The length of ``text[:end].rstrip().rstrip(_QUOTES).rstrip()``, looking back only over what is stripped."""
    # Mostly a space or two and a quote: stripping a short piece in C answers unless all of it goes.
    start = max(0, end - 16)
    i = start + len(text[start:end].rstrip().rstrip(_QUOTES).rstrip())
    if i > start or not start:
        return i
    i = end
    while i and text[i - 1].isspace():
        i -= 1
    while i and text[i - 1] in _QUOTES:
        i -= 1
    while i and text[i - 1].isspace():
        i -= 1
    return i


def _words_at(norm: str) -> Iterator[tuple[int, str]]:
    """(position, word) of each word of normalised text."""
    pos = 1
    for word in norm[1:-1].split(" "):
        yield pos, word
        pos += len(word) + 1


def _outside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in none of the half-open ``spans``."""
    for a, b in spans:
        if a <= pos < b:
            return False
    return True


#: Spans up to which :func:`_outside` tries each; a long text has many, and asks of every word.
_FEW_SPANS = 8


class _Cover:
    """The union of half-open spans, merged and sorted: asked of a position or span in O(log n)."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(spans):
            if a >= b:
                continue  # an empty span holds no position
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self.starts, self.ends = starts, ends

    def outside(self, pos: int) -> bool:
        """:func:`_outside` of ``pos`` and the spans."""
        i = bisect_right(self.starts, pos) - 1
        return i < 0 or pos >= self.ends[i]

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span (x, y) has x < b and a < y, for a non-empty (a, b) and non-empty spans."""
        i = bisect_left(self.starts, b) - 1  # the last span starting before b; the union's ends only grow
        return i >= 0 and self.ends[i] > a


def _outside_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """:func:`_outside` with ``spans`` fixed: trying each of a few, or a binary search over many."""
    if len(spans) <= _FEW_SPANS:
        return partial(_outside, spans=spans)
    return _Cover(spans).outside


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a non-empty span (a, b) overlaps one of the non-empty ``spans``: tried each, or by binary search."""
    if len(spans) <= _FEW_SPANS:
        return lambda a, b: any(x < b and a < y for x, y in spans)
    return _Cover(spans).overlaps


# --- people and the document's own labels -------------------------------------------------------

#: Given names common among the people personas are written about (Polish, Ukrainian and Russian in
#: Latin and Cyrillic letters, English, German), folded: a capitalised given name in a trait is someone
#: the author spoke to or about, not a place, brand or channel.  Left out: names that are also places,
#: brands or common words ("Victoria", "Zara", "Emma", "Max", "Jack", "George", "Kuba", "Lech", "Roman",
#: "Inna", "Róża", "Grace", "May"). A name right after a preposition ("w Piotr i Paweł") is a shop.
GIVEN_NAMES = frozenset(
    # Polish
    "anna maria katarzyna malgorzata agnieszka barbara ewa krystyna elzbieta zofia teresa magdalena joanna "
    "janina monika danuta jadwiga aleksandra halina irena beata marta dorota helena karolina jolanta iwona "
    "natalia marianna bozena grazyna urszula justyna renata alicja paulina sylwia agata stanislawa julia "
    "wanda patrycja hanna izabela edyta genowefa kinga ola kasia gosia basia ania asia magda zosia ula ela "
    "marysia weronika oliwia maja zuzanna lena amelia emilia gabriela dominika ewelina kamila klaudia martyna "
    "anita lucyna wieslawa miroslawa czeslawa lidia kazimiera ilona zaneta milena angelika daria "
    "jan piotr krzysztof andrzej tomasz pawel michal marcin stanislaw jakub adam marek lukasz grzegorz "
    "mateusz wojciech mariusz dariusz zbigniew jerzy maciej jozef ryszard tadeusz rafal kamil robert kacper "
    "dawid henryk szymon kazimierz bartosz slawomir janusz jacek przemyslaw sebastian daniel artur filip "
    "miroslaw patryk zdzislaw leszek waldemar bogdan karol antoni franciszek wieslaw edward jaroslaw "
    "bartek wojtek tomek staszek zenon igor hubert dominik adrian damian konrad norbert radoslaw witold "
    "zygmunt czeslaw eugeniusz "
    # Ukrainian and Russian, in Latin letters
    "olena oksana iryna tetiana tetyana svitlana yulia yuliia olha olga kateryna mariia nadia halyna "
    "liudmyla lyudmyla viktoriia anastasiia anastasia valentyna larysa alla oleksandr oleksandra andrii "
    "andriy serhii serhiy volodymyr dmytro mykola ivan vasyl yurii oleh taras petro vitalii ihor maksym "
    "artem denys yevhen natalya svetlana tatiana yelena elena ekaterina sergei sergey dmitry alexei "
    # in Cyrillic
    "олена оксана наталія ірина тетяна світлана юлія ольга катерина марія надія галина людмила вікторія "
    "анастасія валентина лариса алла ганна олександр олександра андрій сергій володимир дмитро микола іван "
    "василь юрій олег богдан тарас петро віталій ігор максим артем денис євген елена наталья ирина татьяна "
    "светлана юлия екатерина мария анна алексей сергей андрей дмитрий николай "
    # English, German
    "mary patricia jennifer linda elizabeth susan jessica sarah karen lisa nancy emily olivia sophie "
    "hannah rachel rebecca laura claire helen kate katie lucy amy jane julie anne margaret michelle "
    "james john michael william david richard joseph thomas charles christopher matthew anthony paul "
    "steven andrew kevin brian peter dave mike steve chris tim harry oliver charlie tony gary simon ian "
    "neil graham stuart alan martin ryan jason jim joe josh luke matt nick rob betty bob jenny megan "
    "hans jurgen klaus stefan wolfgang sabine ursula petra claudia andrea birgit".split()
)
#: Words before a name that make it a person's (folded): "pani Halina", "pana Marka", "Mrs Patel".
_HONORIFICS = frozenset("pani pan pana panu panem pania panstwo mrs ms пані пан".split())
#: Words after which a name is who said something (folded): "według Oleny", "zdaniem Haliny", "as Olena
#: says", "за словами Олени", and the reporting verbs of _SPEECH.
_ATTRIBUTION = frozenset("wedlug wg zdaniem slowami cytujac quoting словами словам слів слов".split())
#: Reporting verbs (folded): the capitalised words beside them name the speaker ("Olena Kowalenko mówi,
#: że…", "says Olena", "як каже Олена").
_SPEECH = frozenset(
    "mowi mowila mowil mowia powiedziala powiedzial powiedzieli twierdzi twierdzila twierdzil uwaza "
    "uwazala uwazal opowiada opowiadala opowiadal wspomina wspominala wspominal przyznaje przyznala "
    "przyznal podkresla podkreslala podkreslal zauwaza zauwazyla zauwazyl deklaruje deklarowala "
    "stwierdza stwierdzila stwierdzil zaznacza zaznaczyla "
    # Not the English words that are nouns too ("claims", "notes", "reports") or take a brand ("added").
    "says said told mentions mentioned explains explained thinks believes recalls recalled admits admitted "
    "каже казала казав сказала сказав говорить говорила говорив розповідає пише говорит сказал".split()
)
#: Words without which, or a given name, no person is named but the persona itself (folded).
_PERSON_CUES = _HONORIFICS | _ATTRIBUTION | _SPEECH | {"according"}

#: What a title stands after when it opens a sentence or a bracket ("Pani Halina mówi…").
_OPENING = ("", *".!?:;…•(„\"-–—")
#: Words after which a capitalised word is a place, shop or brand, never a person (folded).
_PLACE_WORDS = frozenset(
    "w we z ze do u na od przy pod nad za po przez dla in at from to on into onto via by near inside "
    "у в з із до на від".split()
)


def _fold_word(word: str) -> str:
    return word.lower().translate(_FOLD)


@dataclass(frozen=True, slots=True)
class DocumentWords:
    """What a document says about itself that a trait may repeat without it being detail: the
    persona's own name (folded words, and the stems its Polish forms share; only the capitalised
    words it opens with: "Kasia" of "Kasia z Krakowa") and its sources' ids."""

    names: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()

    @classmethod
    def of(cls, name: object, source_ids: Iterable[object] = ()) -> "DocumentWords":
        words: set[str] = set()
        stems: set[str] = set()
        if isinstance(name, str):
            leading: list[str] = []
            for m in _NAME.finditer(name):
                if not m.group()[0].isupper():
                    break  # "Kasia z Krakowa": a place, or a description, follows the name
                leading.append(_fold_word(m.group().rstrip(".-'’")))
            # "Boots Betty", "Ziko Zosia": what stands before the given name is the shop or the role
            # the persona is named after, which her traits name as such.
            first_given = next((n for n, word in enumerate(leading) if word in GIVEN_NAMES), 0)
            for word in leading[first_given:]:
                if len(word) < 2:
                    continue
                words.add(word)
                if len(word) >= 4:
                    # Halina → Haliny, Halinie, Haliną; Wróblewska → Wróblewskiej; Kamil → Kamila.
                    stems.add(word[:-1] if word[-1] in "aeiouy" else word)
        # An id long enough, and with a letter, not to be some other word or number of the trait.
        ids = {i.strip().lower() for i in source_ids if isinstance(i, str) and len(i.strip()) >= 3}
        ids = {i for i in ids if any(c.isalpha() for c in i)}
        return cls(frozenset(words), tuple(sorted(stems)), tuple(sorted(ids, key=len, reverse=True)))

    def is_name(self, folded: str) -> bool:
        if folded in self.names:
            return True
        return any(folded.startswith(s) and len(folded) <= len(s) + 4 for s in self.stems)


NO_DOCUMENT = DocumentWords()


_Spans = list[tuple[int, int]]


class _Brackets:
    """Where round and square brackets open and close in a text: whether a position is inside a pair,
    in O(log n) (a long value asks it of every name or id it holds)."""

    __slots__ = ("opens", "closes")

    def __init__(self, text: str) -> None:
        self.opens = [m.start() for m in _OPEN_BRACKET.finditer(text)]
        self.closes = [m.start() for m in _CLOSE_BRACKET.finditer(text)]

    def inside(self, pos: int) -> bool:
        """Whether a bracket opens before ``pos`` and none closes between it and ``pos``."""
        i = bisect_left(self.opens, pos) - 1
        if i < 0:
            return False
        j = bisect_left(self.closes, pos) - 1
        return j < 0 or self.closes[j] < self.opens[i]


_OPEN_BRACKET = lazy(globals(), "_OPEN_BRACKET", r"[(\[]")
_CLOSE_BRACKET = lazy(globals(), "_CLOSE_BRACKET", r"[)\]]")
#: Words after which a link, a source id or a dated label is the author's reference (folded text
#: before it): "źródło: …", "(wg trustpilot)", "see …", "notatki: …".
_SOURCE_CUE = lazy(globals(), "_SOURCE_CUE",
    r"(?:^|\W)(?:zrodl\w*|zrodel|source|sources|src|ref|refs|wg|wedlug|per|see|zob|zobacz|patrz|notatk\w*|notes?"
    r"|cf)\W*$"
)
#: How far before a reference its cue is looked for.
_CUE_REACH = 24
#: The word right before a link (with only whitespace between), in the few characters before it.
_WORD_BEFORE = lazy(globals(), "_WORD_BEFORE", r"([^\W\d_]+)\s+$")
#: Label words that are other things too, followed by a date: "ostatnie badanie 03.2025" is a check-up,
#: "klientka 2019-2024" how long she has been a customer; only in brackets or after "źródło:" a label.
_AMBIGUOUS_LABEL = lazy(globals(), "_AMBIGUOUS_LABEL", r"badani|klient", re.I)
_DATE_ID = lazy(globals(), "_DATE_ID", r"(?:19|20)\d\d")
#: What may follow an id that stands as a label, and what may stand before it.
_AFTER_LABEL = ")],;.|"
_BEFORE_LABEL = "([,;:|/—–-"


def _cue_before(text: str, start: int) -> bool:
    """Whether a source cue ("źródło:", "see", "wg") ends right before ``start``."""
    return _SOURCE_CUE.search(_fold_word(text[max(0, start - _CUE_REACH):start])) is not None


def _char_before(text: str, start: int, reach: int = 64) -> str:
    """The last character before ``start`` that is not whitespace ("" at the text's start, or when only
    whitespace stands in the ``reach`` characters before it)."""
    i, stop = start, max(0, start - reach)
    while i > stop and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > stop else ""


class _Labels:
    """Spans of a trait that are no detail of the person, whatever letters or digits they hold, each
    kind found when first asked for (most traits are settled before): labels of the trait's source
    ("(INT-07)", "(wywiad 2)"), references (the document's own source ids where they stand as one,
    links) and the people named (:func:`_people`, with the first phrase at ``phrase``).  A link after
    "na", "z", "from" is where the person shops (:meth:`channels`), no reference."""

    __slots__ = ("text", "norm", "digit", "own", "phrase", "_numbered", "_references", "_people", "_channels",
                 "_brackets", "_may_link")

    def __init__(self, text: str, norm: str, digit: bool, own: DocumentWords, phrase: int) -> None:
        self.text, self.norm, self.digit, self.own, self.phrase = text, norm, digit, own, phrase
        self._numbered: _Spans | None = None
        self._references: _Spans | None = None
        self._people: _Spans | None = None
        self._channels: _Spans = []
        self._brackets: _Brackets | None = None
        self._may_link: bool | None = None

    def brackets(self) -> _Brackets:
        if self._brackets is None:
            self._brackets = _Brackets(self.text)
        return self._brackets

    def numbered(self) -> _Spans:
        if self._numbered is None:
            self._numbered = []
            text = self.text
            for m in _LABEL_NUMBER.finditer(text) if self.digit and _LABEL_NUMBER_END.search(text) else ():
                start = m.start()
                if (_AMBIGUOUS_LABEL.match(text, start) and _DATE_ID.search(text, start, m.end())
                        and not self.brackets().inside(start) and not _cue_before(text, start)):
                    continue  # "ostatnie badanie 03.2025": a check-up and its date
                self._numbered.append(m.span())
        return self._numbered

    def may_link(self) -> bool:
        """Whether the text may hold a link or the document has source ids (whose digits, unlike a
        label's, need not end them)."""
        if self._may_link is None:
            text = self.text
            self._may_link = "://" in text or "ww." in text or "WW." in text or bool(self.own.ids)
        return self._may_link

    def references(self) -> _Spans:
        """The source ids and links, and the numbered labels: where not even a brand the lexicons know is one."""
        if self._references is None:
            text, refs = self.text, list(self.numbered())
            if "://" in text or "ww." in text or "WW." in text:
                for m in _URL.finditer(text):
                    (self._channels if self._is_channel(m.start()) else refs).append(m.span())
            if self.own.ids:
                refs += [(a, b) for a, b, shaped in _id_spans(text, self.own.ids) if shaped or self._as_label(a, b)]
            self._references = refs
        return self._references

    def channels(self) -> _Spans:
        """Links that name where the person buys or looks ("zamawia na www.doz.pl", "orders from www.boots.com")."""
        self.references()
        return self._channels

    def hosts_and_handles(self) -> _Spans:
        """Web addresses without a scheme or "www." after "na", "z", "on", "from" ("czyta opinie na
        znanylekarz.pl", "reads reviews on which.co.uk"), and accounts ("@sincerelyjules") not cited as a
        source: where the person looks, named as the docs' "www.doz.pl" is (and never a reference's or a
        label's: "źródło: opineo.pl", "(see which.co.uk)")."""
        text = self.text
        found: _Spans = []
        if _DOT_LETTER.search(text) is not None:
            for m in _BARE_HOST.finditer(text):
                if self._is_channel(m.start()) and not self.brackets().inside(m.start()):
                    found.append(m.span())
        if "@" in text:
            for m in _HANDLE.finditer(text):
                if not _cue_before(text, m.start()) and not self.brackets().inside(m.start()):
                    found.append(m.span())
        if found and self.own.ids:
            refs = _outside_test(self.references())
            found = [f for f in found if refs(f[0])]
        return found

    def _is_channel(self, start: int) -> bool:
        text = self.text
        m = _WORD_BEFORE.search(text, max(0, start - 16), start)
        return m is not None and _fold_word(m.group(1)) in _PLACE_WORDS and not _cue_before(text, m.start())

    def _as_label(self, start: int, end: int) -> bool:
        """Whether a source id that is a plain word ("trustpilot", "allegro", "doz") stands as a label
        here: after a source cue, or between separators in brackets or at the very end ("(trustpilot)",
        ", allegro"); in running text it is the channel it is named after ("kupuje na Allegro")."""
        text = self.text
        if _cue_before(text, start):
            return True
        before = _char_before(text, start)
        if not before or before not in _BEFORE_LABEL:
            return False
        nxt = _NON_SPACE.search(text, end)
        if nxt is None:
            return True
        if text[nxt.start()] not in _AFTER_LABEL:
            return False
        return self.brackets().inside(start) or _NO_WORD.fullmatch(text, end) is not None

    def people(self) -> _Spans:
        if self._people is None:
            self._people = []
            # A capital after the first character, and a given name, the persona's own or a word that says
            # who spoke: a person may be named.
            if not self.text[1:].islower():
                words = self.norm.split()
                if not (GIVEN_NAMES.isdisjoint(words) and _PERSON_CUES.isdisjoint(words)) or any(
                    self.own.is_name(w) for w in words if self.own.names
                ):
                    self._people = _people(self.text, self.own, self.phrase, self.brackets())
        return self._people

    def unwords(self) -> _Spans:
        """What is no detail, and whose words are not the author's own either: references, the letters
        of a numbered label's id ("INT" of "[INT-07]", "(wywiad INT-07)"; not the label's word: "Persona
        2", "(wywiad 7)" have always counted it), and people."""
        numbered = self.numbered()
        text = self.text
        ids = [m.span() for a, b in numbered for m in _LETTER_ID.finditer(text, a, b)]
        return ids + self.references()[len(numbered):] + self.people()

    def every(self) -> _Spans:
        return self.references() + self.people()


_NO_WORD = lazy(globals(), "_NO_WORD", r"[\W_]*")
_ALNUM_RUN = lazy(globals(), "_ALNUM_RUN", r"[^\W_]+")


#: Up to this many source ids, a text is first tested for each id's first run as a substring.
_FEW_IDS = 16


@lru_cache(maxsize=64)
def _id_index(ids: tuple[str, ...]) -> tuple[dict[str, list[str]], list[str]]:
    """A document's source ids by their first run of letters and digits, and those that open with
    neither (looked for one by one); worked out once per document, not once per trait."""
    by_head: dict[str, list[str]] = {}
    odd: list[str] = []
    for sid in ids:
        head = _ALNUM_RUN.match(sid)
        if head is None:
            odd.append(sid)
        else:
            by_head.setdefault(head.group(), []).append(sid)
    return by_head, odd


def _id_spans(text: str, ids: tuple[str, ...]) -> list[tuple[int, int, bool]]:
    """Where the document's own source ids stand in ``text``, as whole words ("(wywiady-2026-10)"), and
    whether each is shaped as an id (holds more than letters: "wywiady-2026-10", not "trustpilot").

    Each run of letters and digits of the text is looked up once among the ids' first runs, so a long
    text with many ids takes time in proportion to its length, not to its length times the ids.
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lowercase is longer (İ): keep the offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    by_head, odd = _id_index(ids)
    if by_head and len(by_head) <= _FEW_IDS and not any(head in low for head in by_head):
        by_head = {}  # most traits name none of a few ids: a substring test each spares the scan
        if not odd:
            return []
    spans: list[tuple[int, int, bool]] = []

    def bounded(start: int, end: int) -> bool:
        return (not start or not low[start - 1].isalnum()) and (end >= len(low) or not low[end].isalnum())

    if by_head:
        for m in _ALNUM_RUN.finditer(low):
            for sid in by_head.get(m.group(), ()):
                start = m.start()
                end = start + len(sid)
                if low.startswith(sid, start) and bounded(start, end):
                    spans.append((start, end, not sid.isalpha()))
    for sid in odd:
        start = low.find(sid)
        while start >= 0:
            end = start + len(sid)
            if bounded(start, end):
                spans.append((start, end, not sid.isalpha()))
            start = low.find(sid, end)
    return spans


#: Reporting verbs that take an object right after them ("uważa Tołpę za najlepszą", "thinks Cerave is
#: worth it", "wspomina Cerave", "mentions Boots"): a name before them is who spoke; one after them is
#: who spoke or whom the persona trusts (detail), told apart by its case in Polish ("uważa pani Halina
#: z apteki", "uważa Halina (wywiad 3)" spoke; "uważa panią Halinę za najlepszą farmaceutkę" is whom
#: she trusts) and in English by what follows the name ("thinks Mrs Patel from the pharmacy" spoke;
#: "thinks Mrs Patel is the best pharmacist" is whom she trusts).
_SPEECH_OBJECT_PL = frozenset("uwaza uwazala uwazal deklaruje deklarowala wspomina wspominala wspominal".split())
_SPEECH_OBJECT = _SPEECH_OBJECT_PL | frozenset("thinks believes mentions mentioned".split())
#: Titles in the nominative (folded): after a Polish opinion verb, the one who spoke ("uważa pani
#: Halina"); the other forms ("panią", "pana") are whom the opinion is of.
_NOMINATIVE_TITLES = frozenset("pani pan panstwo".split())
#: What may follow a speaker named after the verb: the end of a clause, a sentence or a bracket, an
#: opening bracket or a dash (a label: "uważa Marta (wywiad 3)").
_CLAUSE_END = ".,;:!?…)]|([-–—"
#: "Mentions" names whom she mentions as readily as who spoke: after it, a given name without a title
#: is who spoke only where the clause or a label follows ("…, mentions Olena (INT-07)"), not before
#: more words ("mentions Olena from the herbal shop"); with a title, as after "thinks".
_MENTIONS = frozenset("mentions mentioned".split())
#: Words after a name that make it the object of an English opinion verb: a verb, a modal, "to", "as"
#: or an article of what she holds the person to be ("thinks Mrs Patel is the best", "believes Olena
#: to be honest", "mentions Olena as her pharmacist", "thinks Olena the best"), an adverb of the clause
#: ("mentions Olena often"); a word ending in -s or -ed is taken for a verb ("thinks Olena knows best").
_OPINION_FOLLOWS = frozenset(
    "is was are were be been being has had have does did do doesn didn isn wasn hasn can could will "
    "would should may might must shall won wouldn couldn to as the a an always never really truly still "
    "probably definitely clearly genuinely actually honestly usually often also just knows".split()
)
#: Words that open where a person named after an opinion verb comes from ("thinks Mrs Patel from the
#: pharmacy is the expert"): the verb that makes the name the opinion's object may follow them.
_NAME_PLACE_LINKS = frozenset("from at of in".split())
#: How many words after such a link the verb is looked for, and which words are one (no article here).
_NAME_PLACE_REACH = 6
_OPINION_VERBS = _OPINION_FOLLOWS - {"the", "a", "an"}
#: Shops named after people, whose names would otherwise be taken for people ("Piotr i Paweł").
_NAMED_SHOPS = frozenset({("piotr", "pawel")})


def _people(text: str, own: DocumentWords, phrase: int, brackets: _Brackets | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` that name a person, and the words that say who spoke: the persona's own
    name, a name after "Pani" or "Mrs" before the first phrase or beside a reporting verb ("Pani Halina
    mówi", "says Mrs Patel"), a speaker beside a reporting verb ("Olena Kowalenko mówi", "says Olena",
    "według Oleny": after the verb only a given name, the object a verb may take is what was said
    of, "uważa Tołpę za…"), a given name before the first phrase (at ``phrase``: who the trait is
    about, "Według notatek Olena dba o zdrowie") or in brackets ("(Olena)"); never one right after a
    preposition ("w Piotr i Paweł").  A name after the phrase says whose or who ("Cares about Hanna's
    health", "dba o zdrowie Zosi", "chodzi do pani Haliny z apteki"): detail of its own."""
    if brackets is None:
        brackets = _Brackets(text)
    words = [(m.start(), m.start() + len(m.group().rstrip(".-'’")), m.group().rstrip(".-'’"))
             for m in _NAME.finditer(text)]
    folded = [_fold_word(w) for _, _, w in words]
    spans: list[tuple[int, int]] = []

    def capital(i: int) -> bool:
        return 0 <= i < len(words) and words[i][2][:1].isupper()

    def adjacent(i: int, j: int) -> bool:  # words i < j with only spaces between them
        return text[words[i][1]:words[j][0]].isspace()

    def after_place_word(i: int) -> bool:
        return i > 0 and folded[i - 1] in _PLACE_WORDS and adjacent(i - 1, i)

    def run(i: int, step: int) -> None:  # up to three capitalised words from i on, in the direction of step
        for _ in range(3):
            if not capital(i) or after_place_word(i):
                return
            spans.append(words[i][:2])
            nxt = i + step
            if not capital(nxt) or not adjacent(min(i, nxt), max(i, nxt)):
                return
            i = nxt

    def named_shop(i: int) -> bool:  # "Piotr i Paweł": both names are the shop's
        return (i + 2 < len(words) and (folded[i], folded[i + 2]) in _NAMED_SHOPS and folded[i + 1] == "i"
                or i >= 2 and (folded[i - 2], folded[i]) in _NAMED_SHOPS and folded[i - 1] == "i")

    def name_end(i: int) -> int:  # the last word of a title or name at i and the capitalised words after it
        if folded[i] in _HONORIFICS:
            i += 1
        j = i
        while j < i + 2 and capital(j + 1) and adjacent(j, j + 1):
            j += 1
        return j

    def ends_clause(i: int) -> bool:  # a title or name at i, and the capitalised words after it, end a clause
        j = name_end(i)
        if j >= len(words):
            return False
        nxt = _NON_SPACE.search(text, words[j][1])
        return nxt is None or text[nxt.start()] in _CLAUSE_END

    def opinion_follows(i: int) -> bool:  # an English name at i is what the opinion is of: a verb follows it
        j = name_end(i)
        if j >= len(words) or words[j][2].endswith(("'s", "’s")):
            return j < len(words)  # "thinks Mrs Patel's advice is the best": whose advice she trusts
        if j + 1 >= len(words) or not adjacent(j, j + 1):
            return False  # the end, a comma, a bracket or a dash: "thinks Mrs Patel (INT-07)"
        w = words[j + 1][2]
        if folded[j + 1] in _NAME_PLACE_LINKS:
            # "thinks Mrs Patel from the pharmacy is the expert", "mentions Mrs Patel from the pharmacy as
            # her first call": the verb comes after where she is from, in the same clause.
            k = j + 2
            while k < len(words) and k <= j + 1 + _NAME_PLACE_REACH and adjacent(k - 1, k):
                if folded[k] in _OPINION_VERBS and words[k][2][:1].islower():
                    return True
                k += 1
            return False
        return w[:1].islower() and (
            folded[j + 1] in _OPINION_FOLLOWS or len(w) > 3 and (w.endswith("ed") or w.endswith("s")
                                                                 and not w.endswith(("ss", "us")))
        )

    def spoke_after(i: int) -> bool:  # the verb before i has a speaker after it, not an object
        verb, f = folded[i - 1], folded[i]
        if verb not in _SPEECH_OBJECT:
            return True
        if verb in _SPEECH_OBJECT_PL:  # by case: "uważa pani Halina" spoke, "uważa panią Halinę" is trusted
            return f in _NOMINATIVE_TITLES if f in _HONORIFICS else f in GIVEN_NAMES or ends_clause(i)
        if verb in _MENTIONS and f not in _HONORIFICS:
            return ends_clause(i)  # "mentions Olena from the herbal shop": whom she mentions
        return not opinion_follows(i)

    def reported(i: int) -> bool:  # a title at i beside a reporting verb: "mówi pani Kowalska", "Mrs Patel says"
        if i > 0 and adjacent(i - 1, i) and (
            folded[i - 1] in _SPEECH and spoke_after(i) or folded[i - 1] in _ATTRIBUTION
        ):
            return True
        j = i + 1
        while j < len(words) and j <= i + 3 and capital(j) and adjacent(j - 1, j):
            j += 1
        return j < len(words) and folded[j] in _SPEECH and adjacent(j - 1, j)

    def person_after(i: int) -> bool:  # who a reporting verb's subject after it may be: "says Olena", "mówi pani"
        if i >= len(words) or not adjacent(i - 1, i):
            return False
        f = folded[i]
        return f in _HONORIFICS or capital(i) and (f in GIVEN_NAMES or own.is_name(f))

    for i, (start, end, word) in enumerate(words):
        f = folded[i]
        if len(word) > 1 and word.isupper():
            continue  # "CLAIMS HANDLING": in capitals, no word is told apart as a verb or a title
        if capital(i) and not after_place_word(i) and (
            own.is_name(f) or f in GIVEN_NAMES and (start < phrase or brackets.inside(start)) and not named_shop(i)
        ):
            spans.append((start, end))
        # "pani Kowalska" mid-sentence, "Pani Halina" opening one; "sklep Pani Walewska" is a brand.
        if f in _HONORIFICS and capital(i + 1) and adjacent(i, i + 1) and (
            word[0].islower() or f in ("mrs", "ms") or _char_before(text, start) in _OPENING
        ):
            # Who spoke or who the trait is about; after the phrase a name says who she deals with.
            if start < phrase or brackets.inside(start) or reported(i):
                spans.append((start, end))
                run(i + 1, 1)
        elif (f in _ATTRIBUTION or f == "to" and i and folded[i - 1] == "according") and capital(i + 1) \
                and adjacent(i, i + 1):
            spans.append((start, end))
            run(i + 1, 1)
        elif f in _SPEECH:
            before = i > 0 and capital(i - 1) and adjacent(i - 1, i) and not after_place_word(i - 1)
            after = person_after(i + 1) and spoke_after(i + 1)
            if before or after:
                spans.append((start, end))
            if before:
                run(i - 1, -1)
            if after:
                run(i + 1, 1)
    return spans


#: Words of a household value that only name a kind of household (folded); a value made of nothing else
#: is a category.  Not in it: who ("mąż", "partner", "rodzice", "córka"), how many, life events
#: ("rozwiedziona", "widowed"): those tell a person apart.
_HOUSEHOLD_WORDS = frozenset(
    "rodzina rodzinna rodzinny rodziny rodzinie dzieci dziecmi dzieckiem dziecko malymi malych mlodymi "
    "mloda mlode mlody mlodzi duza mala wielodzietna pelna typowa tradycyjna para pary parze malzenstwo "
    "malzenstwem malzonkowie zwiazek zwiazku nieformalnym formalnym zonaty zonata zamezna zamezny singiel "
    "singielka singlem singielki dink "
    "family families kids kid children child couple married single relationship young big large small "
    "nuclear typical traditional standard household dinks dink "
    "polska polski polskie polskiej przecietna przecietny przecietne zwykla zwykly zwykle normalna normalny "
    "normalne average ordinary normal british english american "
    "z ze bez w i oraz lub a with without no in the and or of".split()
)
#: Words of an education value that only name a level (folded): "Wyższe", "University degree".
_EDUCATION_WORDS = frozenset(
    "wyzsze wyzszy wyzsza srednie sredni podstawowe zawodowe zasadnicze techniczne policealne licencjat "
    "licencjackie magister magisterskie mgr inz inzynier inzynierskie studia wyksztalcenie ukonczone "
    "skonczone niepelne pelne uczelnia uniwersytet uniwersyteckie akademickie doktorat liceum "
    "ogolnoksztalcace technikum szkola szkoly "
    "higher education university degree college graduate grad undergraduate postgraduate bachelor "
    "bachelors masters master phd doctorate secondary high school primary vocational some level levels "
    "ba bsc ma msc mba diploma associate educated well studied "
    "z ze w i oraz lub a an the of in with and or".split()
)
#: Job titles that say no trade on their own (folded): an occupation value that is one of them and
#: nothing but _JOB_QUALIFIERS ("Manager", "Specjalista w firmie", "Employee at a large company") names
#: no job.  Read for demographics.occupation only: in a trait, "Kierownik" may be who she phones.
_JOB_ROLES = frozenset(
    "manager menedzer menadzer manadzer menedzerka menadzerka kierownik kierowniczka prezes prezeska specjalista "
    "specjalistka pracownik pracownica specialist employee worker freelancer freelancerka "
    # The owner of a business that is not named ("Przedsiębiorca", "Właścicielka firmy", "Business owner").
    "przedsiebiorca przedsiebiorczyni wlasciciel wlascicielka entrepreneur owner "
    # Working for oneself with nothing said of the work ("Self-employed", "Samozatrudniona", "Jednoosobowa
    # działalność gospodarcza"); "Self-employed plasterer", "JDG: biuro rachunkowe w Lublinie" name the trade.
    "employed samozatrudniony samozatrudniona samozatrudnieni dzialalnosc dzialalnosci".split()
)
#: Words beside such a title that add no trade: where in general ("w dużej firmie", "in a company"),
#: a seniority, glue.
_JOB_QUALIFIERS = frozenset(
    "firmie firmy firma firmach korporacji korporacja korporacjach korpo duzej duza duzym duze malej mala "
    "malym male sredniej srednia srednim prywatnej prywatna prywatnym miedzynarodowej miedzynarodowa "
    "miedzynarodowym zagranicznej zagraniczna starszy mlodszy senior junior "
    "company companies corporation corporate firm business large big small medium mid sized size private "
    "international multinational global foreign "
    "w we z ze na u i oraz lub a an the of in at for with and or "
    "self own wlasna wlasnej jednoosobowa jednoosobowej gospodarcza gospodarczej prowadzi jdg".split()
)
#: The words of an income that names only that it comes from benefits, none of them nor how much ("On
#: benefits", "Welfare", "Na zasiłku", "Świadczenia socjalne", "Żyje z zasiłków"); "Universal Credit only",
#: "Zasiłek stały z MOPS" name which.
_BENEFIT_WORDS = frozenset(
    "benefits benefit welfare handouts zasilek zasilku zasilki zasilkow zasilkach zasilkami swiadczenia "
    "swiadczen swiadczeniach swiadczeniami socjal socjalu socjalne socjalnych pomoc pomocy".split())
_BENEFIT_GLUE = frozenset((
    "on off living lives claims claiming claimed receives receiving gets getting state social government "
    "various some mostly mainly only and plus other means tested "
    "na z ze zyje utrzymuje sie pobiera pobieraja panstwa panstwowe spolecznej spoleczna opieki "
    "opieka rozne roznych glownie tylko i oraz inne innych"
).split())
#: Words that name nothing on their own: a value made only of them is no category.
_CATEGORY_GLUE = frozenset("z ze bez w i oraz lub a an with without no in the and or of".split())


class Matcher:
    """The lexicons plus a user's own phrases (``extend``) and exceptions (``allow``)."""

    def __init__(self, lexicon: Lexicon, extend: Sequence[str] = (), allow: Sequence[str] = ()) -> None:
        self.lexicon = lexicon
        self.extend = PhraseIndex([(0, list(extend))]) if extend else None
        self.allow = re.compile("(?<= )(?:" + _compile_group(allow) + ")") if allow else None
        self.gapped = lexicon.gapped
        if extend:
            self.gapped = {**lexicon.gapped, CUSTOM_ENTRY: list(extend)}
        self._kinds: dict[str, int] = {}
        self._names: dict[str, bool] = {}

    # Matches in normalised coordinates, minus what the user allowed.
    def _phrase_spans(self, norm: str, location_only: bool = False) -> list[tuple[Entry, int, int]]:
        found_in_lexicon = self.lexicon.phrases.matches(norm)
        if not found_in_lexicon and self.extend is None:
            return []  # most traits
        entries = self.lexicon.entries
        found = [(entries[index], start, end - 1) for index, start, end in found_in_lexicon]
        if location_only:
            found = [f for f in found if f[0].location]
        elif self.extend is not None:
            found.extend((CUSTOM_ENTRY, start, end - 1) for _, start, end in self.extend.matches(norm))
        if self.allow is not None and found:
            allowed = _overlap_test([(m.start(), m.end() - 1) for m in self.allow.finditer(norm)])
            found = [f for f in found if not allowed(f[1], f[2])]
        if len(found) > 1:
            found.sort(key=_START)
        return found

    def _allowed_raw(self, text: str) -> list[tuple[int, int]]:
        if self.allow is None:
            return []
        norm, where = _normalise_with_map(text)
        return [(where[m.start()], where[m.end() - 2] + 1) for m in self.allow.finditer(norm)]

    def analyse(self, text: str, own: DocumentWords = NO_DOCUMENT, summary: bool = False) -> Verdict:
        """Find the generic phrases of one trait and decide whether detail rescues it.

        ``own`` is what the document says of itself (:meth:`DocumentWords.of` its name and source
        ids): repeated in a trait, it is no detail.  ``summary``: the text is a persona's summary, where
        a relative or an acquaintance it opens with is the persona unless it says whose
        (:func:`_kin_opens`).
        """
        if text.isascii() or _is_nfc("NFC", text):
            return self._analyse(text, own, summary)
        composed = compose_marks(text)
        if composed is None:
            return self._analyse(text, own, summary)
        verdict = self._analyse(composed[0], own, summary)
        if not verdict.matches:
            return verdict
        return Verdict(tuple(_decomposed_spans(text, composed, verdict.matches)), verdict.rescue)

    def _analyse(self, text: str, own_words: DocumentWords = NO_DOCUMENT, summary: bool = False) -> Verdict:
        """:meth:`analyse` of text with nothing to compose."""
        colon = text.find(":", 0, _LEADING_LABEL_REACH)
        if colon > 0 and (lead := _LEADING_LABEL.match(text)) is not None:
            # "W03: Lubi ładne rzeczy" is read as "Lubi ładne rzeczy": the label is no detail, as at the end.
            # Blanked, not cut: the columns of what is found stay those of the text.
            text = " " * lead.end() + text[lead.end():]
        chars = _word_chars(text)
        norm = _joined(text, chars)
        spans = self._phrase_spans(norm)
        if spans:
            spans = self._brands_unstemmed(text, chars, norm, spans)
        # Every age expression has a digit, and a digit makes a trait of generic words concrete.
        first_digit = _DIGIT.search(text)
        digit = first_digit is not None
        age_vague = _vague_ages(text, norm, summary, own_words) if digit else []
        if not spans and not age_vague:
            if not digit:
                return self._generic_only(text, norm, own_words)
            # Most traits with a number go on into words after it ("2 razy w tygodniu"), or say something
            # before it: no label (or link) of theirs stands beside generic words only.
            if (first_digit is not None and len(text) - first_digit.start() <= _LABEL_TAIL and text[-1] in _AFTER_LABEL_END
                    and _LABEL_END.match(text, first_digit.start()) is not None
                    and (self._generic_before_digit(norm) or _BREAK_BEFORE_LABEL.search(text, 0, first_digit.start()))):
                return self._generic_beside_references(text, norm, own_words)
            return _NOTHING
        age_all = _every_age(text, age_vague) if digit else []
        at = _word_offsets(text, chars, norm)
        matches: list[PhraseMatch] = []
        everyman: PhraseMatch | None = None  # the first stand-in for the segment ("jak większość klientek")
        for entry, a, b in spans:
            start, end = at(a), at(b - 1) + 1
            matches.append(PhraseMatch(entry, start, end, text[start:end]))
            if entry.id == _EVERYMAN and everyman is None:
                everyman = matches[-1]
        if age_vague:
            allowed = _overlap_test(self._allowed_raw(text))
            for a, b in age_vague:
                if not allowed(a, b):
                    matches.append(PhraseMatch(AGE_ENTRY, a, b, text[a:b].strip()))
        if not matches:
            return _NOTHING
        if len(matches) > 1:
            matches.sort(key=lambda m: m.start)
        if digit:
            # A city's size is said as an age is: its number is no detail ("powyżej 500 tys. mieszkańców").
            sizes = _city_sizes(text, matches)
            if sizes:
                age_all = sorted(age_all + sizes)
        raw_spans = [(m.start, m.end) for m in matches]
        norm_spans = [(a, b) for _, a, b in spans]
        labels = _Labels(text, norm, digit, own_words, raw_spans[0][0])
        rescue = self._rescue(text, norm, at, raw_spans, norm_spans, age_all, labels)
        if rescue is None:
            # What rescues a trait may stand in a phrase's gap: "reads Trustpilot reviews". Looked at
            # only now, as the spans without their gaps only ever rescue more.
            own = self._own_words(norm, spans)
            if own is not None:
                raw_own = [(m.start, m.end) for m in matches if m.entry is AGE_ENTRY]
                raw_own += [(at(a), at(b - 1) + 1) for a, b in own]
                # A capital in a gap names something only where capitals are rare: in "Interesuje Się
                # Nowymi Technologiami", "Prefers Sustainable Brands" or "tRIES TO EAT WELL" it is the
                # writing, not a name. A filler word is never one.
                if any(w[:1].islower() for w in text.split()[1:]):
                    names = raw_own + [(at(a), at(a + len(w) - 1) + 1) for a, w in _words_at(norm) if w in _GAP_FILLER]
                else:
                    names = raw_spans
                rescue = self._rescue(text, norm, at, raw_own, own, age_all, labels, names, _GAP_FILLER, raw_spans)
        if rescue is None and spans:
            rescue = self._named_object(text, norm, at, spans)
            if rescue is not None and labels.every():
                rescue = self._named_object(text, norm, at, spans, labels.every())
        if everyman is not None and rescue is not None and not isinstance(rescue, _Named):
            # "Wydaje miesięcznie ok. 500 zł na ubrania, jak większość klientek": a count beside a stand-in for
            # the segment is the segment's figure, unless something else says who this person is, or the
            # count is compared with it ("o 20% więcej niż średnia dla segmentu", "four times the average for
            # the segment", "The average for the segment is £300 a year; he spends £1,200").
            # Where the figure comes from ("(badanie Gemius 2025)", "according to Mintel") names no shop of the
            # person's, and its words are no detail of theirs.
            sources = _sources(text)
            if sources:
                outside_sources = _outside_test(sources)
                source_words = frozenset(w for a, w in _words_at(norm) if not outside_sources(at(a)))
                if rescue == "a number":
                    # The figure is looked for outside the sources: the year of "(Mintel 2025)" or "according
                    # to Mintel 2025" is the research's, and a trait with no other falls back to the generic
                    # message, as without its source.
                    rescue = (self._rescue(text, norm, at, raw_spans + sources, norm_spans, age_all, labels,
                                           raw_spans + sources, source_words, raw_spans)
                              or self._named_object(text, norm, at, spans))
            if rescue is not None and (not _compared(text, everyman)
                    and (self._rescue(text, norm, at, raw_spans, norm_spans, age_all, labels, raw_spans + sources,
                                      source_words, counts=False) if sources
                         else self._rescue(text, norm, at, raw_spans, norm_spans, age_all, labels, counts=False)) is None
                    and self._named_object(text, norm, at, spans) is None):
                rescue = SegmentFigure(rescue, everyman.text)
        if isinstance(rescue, _Named) and any(m.entry.id == _GENERATION for m in matches):
            # "As a Gen Z, he is a digital native who lives on TikTok", "Jako milenials żyje na TikToku": the
            # channel is the stereotype of the generation named; what the person did there, how often or
            # how much, still rescues ("Millennial, orders groceries on Ocado every Sunday").
            rescue = self._rescue(text, norm, at, raw_spans, norm_spans, age_all, labels, brands=False)
        return Verdict(tuple(matches), rescue)

    def _brands_unstemmed(
        self, text: str, chars: str | None, norm: str, spans: list[tuple[Entry, int, int]],
    ) -> list[tuple[Entry, int, int]]:
        """The phrases again, without the brands mid-sentence that a stem of theirs took.

        "Porównuje ceny w Ceneo": the stem ``cen*`` (ceny, cenę) also matches the brand "Ceneo", so the
        phrase ran over the one thing the trait names.  A brand or channel of the lexicons (``concrete``),
        written with a capital or without ("w ceneo": the list holds no everyday word) after the first
        word of a sentence, is read as that name: the phrases are
        matched again with it blanked and, when each still starts where it did, the brand is detail
        outside them.  A name a phrase is made of ("Average Joe") stays in it.
        """
        at: Callable[[int], int] | None = None
        masked: list[tuple[int, int]] = []
        finditer = self.lexicon.concrete.finditer
        for _, a, b in spans:
            for m in finditer(norm, a + 1, b + 1):  # most phrases hold no brand: one scan in C each
                pos = m.start()
                if at is None:
                    at = _word_offsets(text, chars, norm)
                raw = at(pos)
                if self._mid_sentence(text, raw):  # "w Ceneo", and "w ceneo" as well
                    end = norm.find(" ", pos)
                    masked.append((pos, end if end >= 0 else len(norm)))
        if not masked:
            return spans
        chars_of = list(norm)
        for a, b in masked:
            chars_of[a:b] = "\x02" * (b - a)
        unstemmed = self._phrase_spans("".join(chars_of))
        if {a for _, a, _ in unstemmed} != {a for _, a, _ in spans}:
            return spans
        return unstemmed

    @staticmethod
    def _mid_sentence(text: str, start: int) -> bool:
        """Whether the word at ``start`` follows another word of its sentence (a capital there names something)."""
        i = _stripped_end(text, start)
        if not i:
            return False
        if text[i - 1] in _SENTENCE_END and not text[max(0, i - 8):i].lower().endswith(_ABBREVIATIONS):
            return False
        return text[i - 1] not in "-–—•*"

    def _named_object(
        self, text: str, norm: str, at: Callable[[int], int], spans: list[tuple[Entry, int, int]],
        labels: list[tuple[int, int]] | None = None,
    ) -> str | None:
        """What a phrase is about, when the trait names it right after the phrase, or None.

        "Pays attention to price" fits anyone; "pays attention to prices of copper fittings" and
        "zwraca uwagę na ceny kształtek miedzianych" name the goods, which tells a plumber from a
        parent doing the weekly shop.  The object follows the phrase in the same clause (nothing but
        spaces and, in English, "of" and a determiner between them), and is at least OBJECT_WORDS
        content words in a row: "prices of products", "ceny paliwa" or "prices of everyday things"
        name no category.  Words that never name a thing ("organic", "naturalnych", "new", "really")
        are passed over without counting; any other word (a stopword such as "and", a generic word,
        a frequency, another phrase) ends it.

        After a phrase about goods (``purpose: true``: "tanie leki"), what they are for is named by
        one content word after "na", "przeciw", "od", "for" or "against": "tanie leki na
        nadciśnienie", "od kaszlu", "for hypertension"; not "na co dzień", "na zdrowie", "na zapas",
        "for everyday use", "for the whole family".
        """
        kinds, not_concrete = self._kinds, self.lexicon.not_concrete
        outside: Callable[[int], bool] | None = None
        unlabelled = _outside_test(labels) if labels else None  # a name or label ends the object
        for entry, a, b in spans:
            if b + 1 >= len(norm):
                continue  # most vague traits end with their phrase
            phrase_end = at(b - 1) + 1
            words = _NORM_WORD.finditer(norm, b + 1)
            word = next(words, None)
            need = OBJECT_WORDS
            if (word is not None and entry.purpose and entry.lang == "pl" and _PURPOSE_ADJECTIVE.fullmatch(word.group())
                    and text[phrase_end:at(word.start())].isspace()):
                return f"what it is for ('{text[at(word.start()):at(word.end() - 1) + 1]}')"
            if word is not None and entry.purpose and word.group() in _PURPOSE_LINKS:
                word = next(words, None)
                need = 1  # one word says what for: "na nadciśnienie", "for eczema"
                if word is not None and word.group() in _FOR_EXAMPLE:  # "na przykład na alergię"
                    link = next(words, None)
                    if link is not None and link.group() in _PURPOSE_LINKS:
                        word = next(words, None)
                elif word is not None and word.group() in _NOT_PURPOSE:
                    # When, how or how much first, then what for: "na koniec miesiąca na nadciśnienie",
                    # "na receptę na nadciśnienie", "od lat na alergię". The when is a word or two.
                    ahead = [next(words, None), next(words, None)]
                    if ahead[0] is not None and ahead[0].group() in _PURPOSE_LINKS:
                        word = ahead[1]
                    elif ahead[1] is not None and ahead[1].group() in _PURPOSE_LINKS:
                        word = next(words, None)
            elif word is not None and word.group() in _OBJECT_LINKS:
                word = next(words, None)
            elif entry.lang != "pl":
                continue  # an English phrase (or a team's own) says what it is about with "of"
            else:
                last = norm[norm.rfind(" ", a - 1, b) + 1:b]
                if (kinds.get(last) or self._kind(last)) not in (_GENERIC, _CONTENT):
                    continue  # a genitive follows a noun, not a pronoun: "social media to jej główne źródło"
            while word is not None and word.group() in _OBJECT_DETERMINERS:
                word = next(words, None)
            lead = _PURPOSE_LEAD if need == 1 else _OBJECT_LEAD
            if word is None or lead.fullmatch(text, phrase_end, at(word.start())) is None:
                continue  # a comma (but before a purpose), a colon, a bracket: what follows is not the phrase's object
            if outside is None:
                # A frequency ("raz dziennie") says how often, not what: it ends an object as a phrase does.
                taken = [(x, y) for _, x, y in spans]
                taken += [(m.start(), m.end() - 1) for m in self.lexicon.frequency.finditer(norm)]
                outside = _outside_test(taken)
            named: list[tuple[int, int]] = []
            part = longest = 0  # content words of the part after the last "and", and of the longest part
            last_end = -1
            while word is not None and outside(word.start()):
                start, end = at(word.start()), at(word.end() - 1) + 1
                if last_end >= 0 and _OBJECT_JOIN.fullmatch(text, last_end, start) is None:
                    if not part or _OBJECT_AMPERSAND.fullmatch(text, last_end, start) is None:
                        break
                    longest, part = max(longest, part), 0  # "copper & brass fittings", as "and" joins
                if unlabelled is not None and not unlabelled(start):
                    break
                w = word.group()
                if w in _NOT_OBJECT or need == 1 and (w in _NOT_PURPOSE or w in _AGE_WORDS):
                    break
                if end - start > 1 and _ROMAN.fullmatch(text, start, end) and text[start].isupper():
                    break  # a Roman numeral is a number, no goods: "świadoma konsumentka XXI wieku"
                if w in _OBJECT_AND:
                    if not part:
                        break  # "prices of and ...", "ceny i jakość": no goods before it
                    longest, part = max(longest, part), 0
                    last_end = end
                    word = next(words, None)
                    continue
                kind = kinds.get(w) or self._kind(w)
                common = kind != _FILLER and not_concrete.fullmatch(w + " ") is not None
                if kind == _CONTENT and not common and w not in _GAP_FILLER:
                    named.append((start, end))
                    part += 1
                elif not common and w not in _GAP_FILLER:
                    break
                last_end = end
                word = next(words, None)
            # "copper and brass fittings" names goods; "copper and brass", "groceries and travels" do not.
            if max(longest, part) >= need:
                what = "for" if need == 1 else "about"
                return f"what it is {what} ('{text[named[0][0]:named[-1][1]]}')"
        return None

    def _own_words(self, norm: str, spans: list[tuple[Entry, int, int]]) -> list[tuple[int, int]] | None:
        """The phrases' spans without the words their ``..`` gaps took, or None when no gap took a word.

        Each span is split around its gaps; a piece ends at its last character, as the spans do.
        """
        gapped = self.gapped
        pieces: list[tuple[int, int]] = []
        took = False
        for entry, a, b in spans:
            rx = gapped.get(entry)
            if isinstance(rx, list):  # few traits need it: compiled on first use, not with the lexicons
                source = gap_regex(rx)
                rx = gapped[entry] = re.compile(source) if source is not None else None
            m = rx.match(norm, a) if rx is not None else None
            if m is None or m.end() != b + 1:
                pieces.append((a, b))
                continue
            start = a
            for group in range(1, rx.groups + 1):  # the gaps of every pattern: those of the one that matched took words
                gap_start, gap_end = m.span(group)
                if gap_end > gap_start:  # a gap that took words: they end with a space
                    took = True
                    if gap_start - 1 > start:
                        pieces.append((start, gap_start - 1))
                    start = gap_end
            pieces.append((start, b))
        return pieces if took else None

    def _rescue(
        self,
        text: str,
        norm: str,
        at: Callable[[int], int],
        raw_spans: list[tuple[int, int]],
        norm_spans: list[tuple[int, int]],
        age_all: list[tuple[int, int]],
        labels: _Labels,
        name_spans: list[tuple[int, int]] | None = None,
        no_detail: AbstractSet[str] = frozenset(),
        phrases: list[tuple[int, int]] | None = None,
        brands: bool = True,
        counts: bool = True,
    ) -> str | None:
        """Why a trait with generic phrases is specific after all, or None (without ``brands``, a named
        channel, brand or place is no answer; without ``counts``, a number or a frequency is none, and
        its words are the author's own).

        ``labels`` are the author's references and the people named: no detail; ``name_spans``
        (default ``raw_spans``) are where a capitalised word is part of the phrase, not a name; words
        in ``no_detail`` do not count as the author's own; ``phrases`` (default ``raw_spans``) are the
        phrases whole, beside which a number may only stress them.
        """
        if labels.digit and counts:
            outside_skip = _outside_test(raw_spans + age_all)
            # Each built once, when first needed: asked of every digit, a long value holds thousands.
            outside_refs: Callable[[int], bool] | None = None
            beside: Callable[[int, int], bool] | None = None
            for m in _DIGIT.finditer(text):
                i = m.start()
                if not outside_skip(i):
                    continue
                # A label's number ends it, or a bracket or clause ("(INT-07)", "wywiad 2026-10,"); a link's
                # or a source id's digits stand anywhere in it: only then are the references looked for.
                if outside_refs is None and (labels.may_link() or _LABEL_END.match(text, i) is not None):
                    outside_refs = _outside_test(labels.references())
                if outside_refs is not None and not outside_refs(i):
                    continue
                stress = _stressing(text, i)
                if stress is None:
                    return "a number"
                if stress.group("degree") is None:
                    if beside is None:
                        beside = _beside_test(text, raw_spans if phrases is None else phrases)
                    if not beside(*stress.span()):
                        return "a number"
        words = norm.split(" ")
        outside_phrases = _outside_test(norm_spans)
        if counts and not SPELLED_NUMBERS.isdisjoint(words):  # most traits hold no count in words: one look-up in C
            pos = 0
            for i, word in enumerate(words):
                if word in SPELLED_NUMBERS and outside_phrases(pos) and _counting(words, i):
                    return f"a number ('{self._raw(text, at, pos, pos + len(word) + 1)}')"
                pos += len(word) + 1
        outside_refs = None
        for m in self.lexicon.concrete.finditer(norm) if brands else ():
            if not outside_phrases(m.start()):
                continue
            if outside_refs is None:
                outside_refs = _outside_test(labels.references())
            if outside_refs(at(m.start())):
                return _Named(f"a named channel or brand ('{self._raw(text, at, m.start(), m.end())}')")
        if brands and labels.may_link():
            # A shop's web address after "na", "z", "from", "at": where the person buys ("zamawia na
            # www.doz.pl", "orders from www.boots.com"), a named channel.
            outside_raw = _outside_test(raw_spans)
            for a, b in labels.channels():
                if outside_raw(a):
                    return _Named(f"a named channel ('{text[a:b]}')")
        if brands and ("@" in text or _DOT_LETTER.search(text) is not None):
            # A host without "www." ("czyta opinie na znanylekarz.pl", "reads reviews on which.co.uk") as
            # the same address with it; an account ("@maffashion_official") names whom the person follows.
            outside_raw = _outside_test(raw_spans)
            for a, b in labels.hosts_and_handles():
                if outside_raw(a):
                    return _Named(f"a named channel ('{text[a:b]}')")
        # A label's capitals name no one ("(R3)", "(IDI 5)"), nor a link's; a person is no place or brand.
        name_spans = raw_spans if name_spans is None else name_spans
        name = self.proper_noun(text, name_spans, sentence_start=False) if brands else None
        if name and labels.every():
            name = self.proper_noun(text, name_spans + labels.every(), sentence_start=False)
        if name:
            return _Named(f"a named place, brand or person ('{name}')")
        frequencies = [(m.start(), m.end() - 1) for m in self.lexicon.frequency.finditer(norm)
                       if outside_phrases(m.start()) and not self._one_sunday(text, at, m)] if counts else []
        # How often the person does something is detail of its own ("raz w tygodniu", "twice a year",
        # "w każdą sobotę"); "every day" is the frequency of anyone's habits, below.
        everyday = self.lexicon.everyday
        for a, b in frequencies:
            if everyday.fullmatch(norm, a, b + 1) is None:
                return f"a frequency ('{self._raw(text, at, a, b + 1)}')"
        outside_frequencies = _outside_test(frequencies) if frequencies else None
        outside_ages = _outside_test(age_all) if age_all else None
        # Words the trait says beyond its generic phrases, ages and frequencies (where they start in norm).
        kinds = self._kinds
        content: list[int] = []
        pos = 0
        for word in words:
            if word and (kinds.get(word) or self._kind(word)) == _CONTENT and word not in no_detail:
                if (outside_phrases(pos) and (outside_frequencies is None or outside_frequencies(pos))
                        and (outside_ages is None or outside_ages(at(pos)))):
                    content.append(pos)
            pos += len(word) + 1
        residual = len(content)
        if (residual >= RESIDUAL_WORDS or frequencies and residual >= 2) and labels.unwords():
            # Enough to rescue: unless some are a link, a source id or a person's name.
            outside_unwords = _outside_test(labels.unwords())
            residual = sum(1 for pos in content if outside_unwords(at(pos)))
        # "Every day" makes a behaviour of the trait's own words specific ("codziennie jeździ rowerem do
        # pracy"), not a generic phrase alone ("korzysta z internetu codziennie", "uses social media every day").
        if frequencies and residual >= 2:
            a, b = frequencies[0]
            return f"a frequency ('{self._raw(text, at, a, b + 1)}')"
        if residual >= RESIDUAL_WORDS:
            return "detail beyond the generic phrase"
        if residual >= _REASON_WORDS and not _REASONS.isdisjoint(words):
            # Why, in a clause of its own: "Ma mało czasu, bo opiekuje się mamą po udarze", "Has little
            # time because she cares for her mother after a stroke"; "bo jest zabiegana", "because she
            # is busy" give no reason of the person's own (their words are generic).
            pos = 0
            for word in words:
                if word in _REASONS and outside_phrases(pos):
                    after = [p for p in content if p > pos]
                    if word in _SINCE:
                        after = [p for p in after if norm[p:norm.find(" ", p)] not in _SINCE_TIME]
                    if len(after) >= _REASON_WORDS:
                        return f"a reason of its own ('{self._raw(text, at, pos, len(norm))}')"
                pos += len(word) + 1
        return None

    def segment_statistic(self, text: str) -> str | None:
        """The share of a group of people a trait states ("78% klientów takich jak on", "7 na 10 klientek",
        "9 out of 10 users"), or an average count with a fraction ("średnio 1,3 razy") that nothing of the
        person's own rescues, or None: a figure of the segment, not of this person."""
        if ("," in text or "." in text) and _FRACTION.search(text) is not None:
            average = _AVERAGE_TIMES.search(text)
            if average is not None and not self._own_average(text):
                return average.group().strip()
        if _DIGIT.search(text, 0, _SHARE_REACH) is None:
            return None  # a share opens the trait: most traits have no digit among their first characters
        m = _SEGMENT_STAT.match(text)
        return m.group().strip() if m is not None else None

    def _own_average(self, text: str) -> bool:
        """Whether an average count with a fraction is the person's: the trait says it comes from their own
        account, card or order history, or names their shop, brand or place as the stand-in rule's rescue
        does ("Zamawia kawę z palarni Java w Krakowie średnio 2,5 raza w miesiącu", "Orders from Square
        Mile Roasters 2.5 times a month on average").  A name in brackets or after a
        research source ("(badanie Gemius 2025)", "According to Mintel, …") is where the figure comes
        from, not where the person shops."""
        if _OWN_RECORD.search(text) is not None:
            return True
        aside = _sources(text)
        if self.proper_noun(text, aside, sentence_start=False) is not None:
            return True
        chars = _word_chars(text)
        norm = _joined(text, chars)
        at = _word_offsets(text, chars, norm)
        outside = _outside_test(aside)
        return any(outside(at(m.start())) for m in self.lexicon.concrete.finditer(norm))

    def _is_generic(self, word: str) -> bool:
        return self.lexicon.generic(word)

    def _kind(self, word: str) -> int:
        """What a normalised word is to the verdict: _NUMBER_WORD, _FILLER, _GENERIC or _CONTENT (remembered)."""
        kind = self._kinds.get(word)
        if kind is None:
            if len(self._kinds) >= _MEMO_SIZE:
                self._kinds.clear()
            if any(c.isdigit() for c in word) or word in SPELLED_NUMBERS:
                kind = _NUMBER_WORD
            elif len(word) < 3 or word in self.lexicon.stopwords:
                kind = _FILLER
            else:
                kind = _GENERIC if self._is_generic(word) else _CONTENT
            self._kinds[word] = kind
        return kind

    def _generic_only(self, text: str, norm: str, own: DocumentWords = NO_DOCUMENT, clauses: bool = True) -> Verdict:
        """A trait made only of generic words and nothing concrete, or an empty verdict (``text`` has no digit).

        With ``clauses``, a trait with words of its own is read clause by clause (:meth:`_generic_clauses`).
        """
        kinds = self._kinds
        any_generic = False
        runs: AbstractSet[int] | None = None
        words = norm.split()
        # "Nie korzysta z bankowości mobilnej", "Doesn't use mobile banking": a fact, whose words (and the
        # denial's) neither make the trait generic nor rescue it; the rest decides ("…and likes nice things").
        denied = self._denied_words(norm) if not self.lexicon.denials.isdisjoint(words) else _NO_WORDS
        for i, word in enumerate(words):
            if i in denied:
                continue
            kind = kinds.get(word) or self._kind(word)
            if kind in (_NUMBER_WORD, _CONTENT):
                if kind == _NUMBER_WORD:
                    return _NOTHING
                # "skład", or "takes" of "takes care": generic among generic words only.
                if word in _GENERIC_ALONE or word in _LIGHT_VERBS and f" {word} {_LIGHT_VERBS[word]} " in norm:
                    continue
                # A word of a run generic only as a whole: "bankowości" of "korzysta z bankowości mobilnej".
                if runs is None:
                    runs = self._generic_runs(norm)
                if i not in runs:
                    return self._generic_clauses(text, norm, own) if clauses and _CLAUSE_BREAK.search(text) else _NOTHING
                any_generic = True
                continue
            any_generic = any_generic or kind == _GENERIC
        if not any_generic:
            return _NOTHING
        if self.allow is not None and self.allow.search(norm):
            return _NOTHING
        if (self.proper_noun(text, [], sentence_start=False) or self.lexicon.concrete.search(norm)
                or self.lexicon.frequency.search(norm) or not text.isupper() and _TRADE.search(text)):
            return _NOTHING
        norm, where = _normalise_with_map(text)
        stop = self.lexicon.stopwords
        matches = []
        for i, m in enumerate(_NORM_WORD.finditer(norm)):
            word = m.group()
            if len(word) >= 3 and word not in stop and i not in denied:
                start, end = where[m.start()], where[m.end() - 1] + 1
                matches.append(PhraseMatch(GENERIC_ENTRY, start, end, text[start:end]))
        return Verdict(tuple(matches))

    def _generic_clauses(self, text: str, norm: str, own: DocumentWords) -> Verdict:
        """A trait whose clauses of generic words are not outweighed by the rest, or an empty verdict.

        A clause of two or more generic words and nothing else ("ważna jest dla niej jakość") is read
        as a generic phrase of the lexicons is, when every other clause is mostly generic words too: the
        rest rescues it with what rescues a phrase (a number, a name, a frequency, a reason, four words
        of its own), or with two words of its own, or one after a reason or a purpose.  "Lubi ładne
        wnętrza, ważna jest dla niej jakość" is generic; "Ważna jest dla niej jakość tkaniny — sprawdza
        Martindale ≥ 50 000" is not (its first clause names what the quality is of, its second a figure),
        nor is "Herself a nurse, she distrusts online health advice" (a clause of no generic word).
        """
        kinds = self._kinds
        generic: list[tuple[int, int]] = []
        starts = [0]
        start = 0
        for brk in (*_CLAUSE_BREAK.finditer(text), None):
            end = len(text) if brk is None else brk.start()
            clause = text[start:end]
            clause_norm = _joined(clause, _word_chars(clause))
            found = [kinds.get(w) or self._kind(w) for w in clause_norm.split()]
            if _GENERIC not in found:
                if _CONTENT in found:
                    return _NOTHING  # a clause of the person's own words: "Herself a nurse, she distrusts…"
            elif found.count(_GENERIC) >= 2 and self._generic_only(clause, clause_norm, own, clauses=False).matches:
                lead = len(clause) - len(clause.lstrip())
                generic.append((start + lead, start + len(clause.rstrip())))
            if brk is not None:
                start = brk.end()
                starts.append(start)
        if not generic:
            return _NOTHING
        chars = _word_chars(text)
        at = _word_offsets(text, chars, norm)
        inside = _overlap_test(generic)
        norm_spans = []
        for a, word in _words_at(norm):
            if inside(at(a), at(a) + 1):
                norm_spans.append((a, a + len(word)))
        labels = _Labels(text, norm, False, own, generic[0][0])
        if self._rescue(text, norm, at, generic, norm_spans, [], labels) is not None:
            return _NOTHING
        # Fewer words of its own than rescue a phrase still make a fact of the person beside a generic
        # clause: "Nie ufa bankom, trzyma gotówkę w domu", "…, żeby płacić za przedszkole", and one word
        # does after a reason or a purpose: "…, bo syn ma celiakię", "Kupuje suplementy, na odporność",
        # and one that names whose the trait is: "Dba o urodę córki, kupuje jej kosmetyki".
        # One alone does not otherwise: "Lubi ładne wnętrza" is a taste anyone has.
        outside = _outside_test(norm_spans)
        own_words = 0
        why = False
        before = ""
        for a, word in _words_at(norm):
            before, previous = word, before
            if not outside(a):
                continue
            if word in _REASONS or word in _PURPOSES or word in _PURPOSE_LINKS and not text[
                    starts[bisect_right(starts, at(a)) - 1]:at(a)].strip():
                why = True  # "bo", "żeby", or "na" opening a clause: "Kupuje suplementy, na odporność"
            elif (kinds.get(word) or self._kind(word)) == _CONTENT:
                own_words += 1
                if own_words >= _CLAUSE_OWN_WORDS or why or word in _PERSON_WORDS and _PERSON_WORD_AFTER.get(
                        word, previous) == previous:
                    return _NOTHING
        return Verdict(tuple(PhraseMatch(GENERIC_ENTRY, a, b, text[a:b]) for a, b in generic))

    _LINK_WORDS = frozenset(("http", "https", "www"))

    def _generic_before_digit(self, norm: str) -> bool:
        """Whether the words before the first number but one (a label's own word, "wywiad" of "wywiad 2",
        "int" of "INT-07") may all be generic words: a quick look before the labels are read."""
        kinds = self._kinds
        words = norm.split()
        runs: AbstractSet[int] | None = None
        denied = self._denied_words(norm) if not self.lexicon.denials.isdisjoint(words) else _NO_WORDS
        generic = False  # a label follows what it labels: a number that opens the text is none
        for i, word in enumerate(words):
            if not word.isalpha() or i + 1 < len(words) and not words[i + 1].isalpha() or word in self._LINK_WORDS:
                return generic  # the first word with a digit, or the word before it, may be the label's; a link
            if i in denied:
                continue
            kind = kinds.get(word) or self._kind(word)
            if kind == _CONTENT and word not in _GENERIC_ALONE and word not in _LIGHT_VERBS:
                if runs is None:
                    runs = self._generic_runs(norm)
                if i not in runs:
                    return False
            generic = generic or kind != _FILLER
        return generic

    def _generic_beside_references(self, text: str, norm: str, own: DocumentWords) -> Verdict:
        """:meth:`_generic_only` of a trait with digits, when every digit is in a label of its source or
        another reference: "Lubi ładne rzeczy [INT-07]" names where it was heard, and is as generic as
        without it (a source is no detail). The references are read as blanks."""
        refs = _Labels(text, norm, True, own, 0).references()
        if not refs:
            return _NOTHING
        outside = _outside_test(refs)
        if any(outside(m.start()) for m in _DIGIT.finditer(text)):
            return _NOTHING
        chars = list(text)
        for a, b in refs:
            chars[a:b] = " " * (b - a)
        blanked = "".join(chars)
        return self._generic_only(blanked, _joined(blanked, _word_chars(blanked)), own)

    def _denied_words(self, norm: str) -> AbstractSet[int]:
        """Indexes (in ``norm.split()``) of every generic run right after a denial, and of the denial:
        "nie korzysta z bankowości mobilnej", "doesn't use mobile banking", "never waits in line" say
        what the person does not do.  Only these words: a clause beside them is read as ever."""
        lexicon = self.lexicon
        found: set[int] = set()
        for m in lexicon.generic_runs.finditer(norm):
            a, b = m.span()  # a run ends with the space after its last word
            if norm[norm.rfind(" ", 0, a - 1) + 1:a - 1] in lexicon.denials:
                first = norm.count(" ", 0, a) - 1
                found.update(range(first - 1, first + norm.count(" ", a, b)))
        return found

    def _generic_runs(self, norm: str) -> AbstractSet[int]:
        """Indexes (in ``norm.split()``) of the words of generic runs, but of none right after a denial.

        "Nie korzysta z bankowości mobilnej" says what the person does not do: a fact, not a cliché.
        """
        lexicon = self.lexicon
        found: set[int] = set()
        for m in lexicon.generic_runs.finditer(norm):
            a, b = m.span()  # a run ends with the space after its last word
            if norm[norm.rfind(" ", 0, a - 1) + 1:a - 1] in lexicon.denials:
                continue
            first = norm.count(" ", 0, a) - 1
            found.update(range(first, first + norm.count(" ", a, b)))
        return found

    @staticmethod
    def _one_sunday(text: str, at: Callable[[int], int], m: re.Match[str]) -> bool:
        """Whether a frequency is "w niedzielę", one Sunday as "w piątek" is: folded it reads as the habit
        "w niedziele" (on Sundays, as "w soboty"); only the "ę" as written tells them apart."""
        return m.group() in _SUNDAYS and text[at(m.end() - 2)] in "ęĘ"

    @staticmethod
    def _raw(text: str, at: Callable[[int], int], start: int, end: int) -> str:
        """The text as written behind the normalised span [start, end) (end includes the trailing space)."""
        return text[at(start):at(end - 2) + 1]

    def proper_noun(self, text: str, spans: list[tuple[int, int]], *, sentence_start: bool) -> str | None:
        """The first capitalised name outside ``spans``; with ``sentence_start`` a name may open the text.

        In a text whose every word is capitalised ("DBA O ZDROWIE I RODZINĘ",
        "Lives In A Big City") a capital tells no name apart: there only a word
        the lexicon does not know as a common one may be a name ("BMW", "LEEDS").
        """
        if text.islower() or not sentence_start and text[1:].islower():
            # No character can pass the isupper() test below, or only the first, and a name may not open the text.
            return None
        found = list(_NAME.finditer(text))
        uniform = all(text[m.start()].isupper() for m in found if len(m.group()) > 1)
        outside = _outside_test(spans)
        lead = -1  # where the first character that is not whitespace stands, once needed
        for m in found:
            if not text[m.start()].isupper():
                continue  # the word's first letter: rstrip() below never removes it
            word = m.group().rstrip(".-'’")
            if len(word) < 2 or not outside(m.start()) or _ROMAN.fullmatch(word):
                continue  # a Roman numeral counts, as in "XXI wieku", "Henry VIII": it names nothing
            if word in _SALES_DAYS and text[max(0, m.start() - 7):m.start()].rstrip().lower().endswith(("black", "cyber")):
                continue  # "Black Friday", "Cyber Monday": sales days, holidays as "Christmas" is
            if word in _WEEKDAYS and _ON_DAY.search(text[max(0, m.start() - 6):m.start()]):
                continue  # "on Friday": one day, as "w piątek"
            if uniform and not self._uncommon(word):
                continue
            if not sentence_start:
                # text[:i] is text[:m.start()].rstrip().rstrip(_QUOTES).rstrip(), found without copying the text.
                i = _stripped_end(text, m.start())
                if not i:
                    continue
                if text[i - 1] in "-–—":
                    if lead < 0:
                        lead = len(text) - len(text.lstrip())
                    if i - 1 <= lead:
                        continue
                if text[i - 1] in _SENTENCE_END and not text[max(0, i - 8):i].lower().endswith(_ABBREVIATIONS):
                    continue
            if self._can_name(word):
                return word
            head, dot, tail = word.partition(".")
            if dot and tail.replace(".", "").isalpha() and len(head) >= 2 and self._can_name(head):
                return word  # a website: Pyszne.pl, Booking.com (their ".pl" is no country)
        return None

    def _uncommon(self, word: str) -> bool:
        """Whether every part of a word is one the lexicon does not know as filler or generic (a content word)."""
        parts = normalise(word).split()
        return bool(parts) and all(self._kind(part) == _CONTENT for part in parts)

    def _can_name(self, word: str) -> bool:
        """Whether a capitalised word may name something: no stopword, country or generic acronym (remembered)."""
        known = self._names.get(word)
        if known is None:
            if len(self._names) >= _MEMO_SIZE:
                self._names.clear()
            norm_word = normalise(word).strip()
            known = bool(norm_word) and norm_word not in self.lexicon.stopwords and not any(
                self.lexicon.not_concrete.fullmatch(w + " ") for w in norm_word.split()
            )
            self._names[word] = known
        return known

    def location_category(self, value: str) -> list[PhraseMatch]:
        """Phrases that make a location value a category ("duże miasto", "suburbs") rather than a place."""
        composed = None if value.isascii() or _is_nfc("NFC", value) else compose_marks(value)
        if composed is not None:
            return _decomposed_spans(value, composed, self.location_category(composed[0]))
        norm = normalise(value)
        spans = self._phrase_spans(norm, location_only=True)
        if spans:
            taken = _overlap_test([(a, b) for _, a, b in spans])
            spans += [(REGION_ENTRY, m.start(), m.end() - 1) for m in self.lexicon.regions.finditer(norm)
                      if not taken(m.start(), m.end() - 1)]
        else:
            spans = [(REGION_ENTRY, m.start(), m.end() - 1) for m in self.lexicon.regions.finditer(norm)]
        if not spans:
            return []
        if self.allow is not None:
            allowed = _overlap_test([(m.start(), m.end() - 1) for m in self.allow.finditer(norm)])
            spans = [f for f in spans if not allowed(f[1], f[2])]
            if not spans:
                return []
        spans.sort(key=_START)
        norm, where = _normalise_with_map(value)
        matches = [PhraseMatch(e, where[a], where[b - 1] + 1, value[where[a]:where[b - 1] + 1]) for e, a, b in spans]
        if self.proper_noun(value, [(m.start, m.end) for m in matches], sentence_start=True):
            return []
        return matches

    def household_category(self, value: str) -> bool:
        """Whether a household value names only a kind of household ("Rodzina z dziećmi", "Family with
        kids", "Para bez dzieci", "Married") and nobody in it: no count, age or person."""
        return self._category(value, _HOUSEHOLD_WORDS)

    def education_level(self, value: str) -> bool:
        """Whether an education value names only a level ("Wyższe", "University degree", "Średnie
        techniczne", "Master's") and no field, school or year."""
        return self._category(value, _EDUCATION_WORDS)

    def _category(self, value: str, vocabulary: frozenset[str]) -> bool:
        if _DIGIT.search(value):
            return False
        norm = normalise(value)
        words = norm.split()
        if not words or not all(w in vocabulary for w in words) or all(w in _CATEGORY_GLUE for w in words):
            return False
        return self.allow is None or self.allow.search(norm) is None

    def bare_job_title(self, value: str) -> bool:
        """Whether an occupation value is only a job title that names no trade ("Manager", "Kierownik",
        "Specjalista w firmie", "Employee in a company"); not "Marketing manager", "Kierowniczka
        sklepu", "Specjalistka ds. zakupów", "Product manager w Allegro"."""
        if _DIGIT.search(value):
            return False
        norm = normalise(value)
        words = norm.split()
        if _JOB_ROLES.isdisjoint(words) or not all(w in _JOB_ROLES or w in _JOB_QUALIFIERS for w in words):
            return False
        return self.allow is None or self.allow.search(norm) is None

    def benefits_income(self, value: str) -> bool:
        """Whether an income value says only that it comes from benefits, naming none and no amount ("On
        benefits", "Na zasiłku", "Świadczenia socjalne"); not "Universal Credit only", "Zasiłek stały z MOPS"."""
        if _DIGIT.search(value):
            return False
        words = normalise(value).split()
        if _BENEFIT_WORDS.isdisjoint(words) or not all(w in _BENEFIT_WORDS or w in _BENEFIT_GLUE for w in words):
            return False
        return self.allow is None or self.allow.search(normalise(value)) is None

    def vague_income(self, value: str) -> str | None:
        """The wording that makes an income value a judgement ("średnie", "above average") instead of a figure."""
        if _DIGIT.search(value):
            return None
        if not value.isascii() and not _is_nfc("NFC", value):
            value = _nfc("NFC", value)  # only the wording is given back, not where it stands
        norm = normalise(value)
        m = self.lexicon.income.search(norm)
        if m is None:
            return None
        if self.allow is not None and self.allow.search(norm):
            return None
        _, where = _normalise_with_map(value)
        return value[where[m.start()]:where[m.end() - 2] + 1]


def compile_patterns() -> None:
    """Compile the lexicons' and this module's patterns, otherwise compiled on first use (a rule's ``prepare``)."""
    load_lexicon().compile()
    compile_all(globals())


@lru_cache(maxsize=32)
def matcher(extend: tuple[str, ...] = (), allow: tuple[str, ...] = (), polish: bool = False) -> Matcher:
    """A compiled :class:`Matcher`, shared by every rule instance with the same phrases: a team's own phrases
    (``extend``, ``allow``) read as :func:`inflected` reads them (``polish``: in a Polish workspace)."""
    return Matcher(load_lexicon(), tuple(inflected(p, polish) for p in extend),
                   tuple(inflected(p, polish) for p in allow))


#: A word of a team's phrase that :func:`inflected` reads in any inflection: letters only, four or more.
_INFLECTED_WORD = lazy(globals(), "_INFLECTED_WORD", r"[^\W\d_]{4,}")
#: A word of letters joined by hyphens ("omni-channel", "digital-first").
_HYPHENED_WORD = lazy(globals(), "_HYPHENED_WORD", r"[^\W\d_]+(?:-[^\W\d_]+)+")


def inflected(pattern: str, polish: bool = True) -> str:
    """A team's phrase (a rule's `extend` or `allow`) as the lexicons write theirs. In a Polish workspace
    (``polish``), a word of four letters or more written whole stands for every form of it: its stem with each
    ending of Polish inflection ("mobilny styl życia" finds "Żyje mobilnym stylem życia"; "ma kota" finds "ma
    koty" but not "ma kotleta"), or with `*` where the stem is cut at its longest ("nowoczesny" is "nowocze*");
    a phrase of one word only where its stem has five letters or more, so that "lubi" stays "lubi"; a word
    joined by hyphens matches written whole
    too ("omni-channel" also as "omnichannel"), in every workspace. Words with a `*`, a `<n>`, short words and the rest of the
    syntax stay as written. The lexicons' own patterns are never read so: they write each stem."""
    from .textnorm import _MAX_STEM as MAX_STEM
    from .textnorm import _PL_ENDINGS as PL_ENDINGS
    from .textnorm import FOLD_PL, stem

    single = len(pattern.split()) == 1 if isinstance(pattern, str) else False

    def one(alt: str) -> str:
        if _HYPHENED_WORD.fullmatch(alt):
            return f"{alt}|{alt.replace('-', '')}"
        if not polish or not _INFLECTED_WORD.fullmatch(alt):
            return alt
        folded = alt.lower().translate(FOLD_PL)
        root = stem(alt.lower())
        shortest = 5 if single else 3
        if len(root) < shortest or not folded.startswith(root):
            return alt
        if len(root) >= MAX_STEM:
            return f"{root}*"  # a stem cut to its longest: every longer word of it has this stem too
        # The word's forms, not every word that starts so: "ma kota" finds "ma koty", not "ma kotleta"
        # or "ma kotłownię"; "lubi kawę" not "lubi kawiarnię" (its stem and an ending of Polish inflection).
        roots = [root]
        if root.endswith("r"):
            roots.append(root + "z")  # "rower": "na rowerze" is "rowerz" + "e"
        if alt.endswith(("ł", "Ł")):
            roots.append(folded)  # "kanał": "kanału", "kanale"
        if len(folded) == len(root) + 1 and folded[-1] in "aiye":
            roots.append(folded + "l")  # a verb's past: "płaci", "płaciła"; "lubi", "lubił"
        forms = dict.fromkeys([folded, *(r + ending for r in roots for ending in ("", *PL_ENDINGS))])
        return "|".join(forms)

    def item(m: re.Match[str]) -> str:
        body, mark = m.group(1), m.group(2)
        if body is not None:
            return "(" + "|".join(one(a) for a in body.split("|")) + ")" + (mark or "")
        token = m.group(0)
        if token == ".." or token.endswith("?"):
            return token
        return "|".join(one(a) for a in token.split("|"))

    if not isinstance(pattern, str):
        return pattern
    return _ITEM.sub(item, pattern.strip())
