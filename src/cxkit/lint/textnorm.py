"""Normalising trait text so that the same idea in another form compares equal.

A light, dependency-free stemmer: lowercase, punctuation out, stop words out,
decomposed letters composed (NFC: "z\u0307" as macOS writes it is "ż"), Polish
participles and infinitives cut back to the verb ("dbająca", "dbać" → "dba"),
diacritics folded ("jakość" and "jakości" meet), then one common Polish or
English ending stripped from each word.  Text typed without Polish letters
("dbajaca", "placac", "kupic") stems as the written text does; only an "ł" is
not guessed from a plain "l" (see :func:`stem`).  It is crude on purpose —
it only has to make "dbająca o swoje zdrowie" and "dba o zdrowie", or "buys
online" and "buying online", land on the same keys, and it must cost
microseconds.  Negations ("nie", "not", "no") are kept: "czyta recenzje" and
"nie czyta recenzji" are opposite traits, not the same one.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT = re.compile(r"n['’]t\b")

_STOP = frozenset(
    """
    a an the and or of in on at to for with by from as is are be was were it its this that these those
    his her their our your my he she they we you i but if so than then very more most
    oraz i a w we z ze na do o od po za przy dla jak jest są być to ten ta te tego tej się sobie
    swoje swój swoją swoich jego jej ich by że ale lub czy bardzo już też także tylko który która które
    iem em owi ów ach ami om
    """.split()
)
# The last line: case endings Polish writes after a hyphen on an acronym or a brand ("BLIK-iem",
# "SMS-ami", "PKO-owi"), which the hyphen splits off; "BLIKiem" is one word and stems as "blik".

# Present participles: "dbająca" → "dba", "ceniący" → "ceni", "kupujących" → "kup".
_PARTICIPLE = re.compile(r"(?:uj|j)?ąc(?:ymi|ych|ego|emu|ej|ym|y|a|e|ą)?$")
# Infinitives: "dbać" → "dba", "kupować" → "kupowa" (the ending pass takes "owa"), "kliknąć" → "klikną"
# (as "kliknac" typed plainly is cut, and as "kliknie" stems).
_INFINITIVE = re.compile(r"(?<=[aąeiouyęó])ć$")
#: Polish letters to their plain ones, one character for one: what the stemmer and the rules fold by.
FOLD_PL = str.maketrans("ąćęłńóśźż", "acelnoszz")

# Folded, longest first, so "ami" is tried before "i". The "-ow-" adjectives' endings go whole in every case
# ("słuchowe", "słuchowych", "słuchowej" are "sluch"), not "owe" whole and "ych" alone ("sluchow").
_PL_ENDINGS = sorted(
    """
    owania owanie owaniu owac owal owala owali owaly ujesz ujemy ujecie uje uja iaja aja
    owych owymi owym owej owego owemu
    ami ach ego emu ymi imi ych ich iej iem owi owy owa owe ow om ej em ym im ie ia ii iu a e i o u y
    """.split(),
    key=len,
    reverse=True,
)
_EN_ENDINGS = ("ingly", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s")
_MIN_STEM = 3
_MAX_STEM = 7


def _by_length(endings: Iterable[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """Endings grouped by length, longest first: one set look-up per length instead of one test per ending."""
    lengths = sorted({len(e) for e in endings}, reverse=True)
    return tuple((n, frozenset(e for e in endings if len(e) == n)) for n in lengths)


# Where one ending is a tail of another ("ami", "i"), the longer is tried first, so
# taking the longest that leaves a long enough stem is what trying them in order did.
_PL_BY_LENGTH = _by_length(_PL_ENDINGS)
_EN_BY_LENGTH = _by_length(_EN_ENDINGS)
_PARTICIPLE_HINT = "ąc"
# Both typed without Polish letters ("dbajaca", "kupujacy"; "dbac", "czytac", "uzyc"), as quick notes
# are: a participle only after "j", "uj" or, with an ending, "i", "d" or "z" ("ceniaca"; "jadacy",
# "bedacy", "siedzacy", "piszacy", "lezacy"; "miesiaca" is cut as "miesiąca" is; "praca", "place",
# "zwraca", "Polacy", "tacy", "privacy", "maniac" are none, nor the nouns "rodacy", "biedacy",
# "Kozacy", "candidacy"), an infinitive only in "-ac", "-yc" or in "-ic" after b, c, z, "kup" or "mow"
# ("robic", "placic", "chodzic", "kupic", "zamowic"): "koniec" and "wiec" for "więc", "music", "topic",
# "public", "ulic", "granic", "Gliwic" are none, nor "cardiac", "zodiac", "celiac", "maniac",
# "insomniac", "demoniac"; and neither where the cut leaves fewer than three letters ("mac"; "niejacy"
# is no "nie").
_PLAIN_VERB = re.compile(
    r"(?:uj|j)ac(?:ymi|ych|ego|emu|ej|ym|y|a|e)?\Z|(?<=[idz])ac(?:ymi|ych|ego|emu|ej|ym|y|a|e)\Z"  # participles
    r"|(?<![dlr]ia)(?<!mania)(?<!mnia)(?<!monia)(?<=[ay])c\Z|(?<=[bcz]i)c\Z|(?<=upi)c\Z|(?<=mowi)c\Z"  # infinitives
)
#: Nouns in "-ac", "-ic" or "-yc", written so with Polish letters too ("plac zabaw", "prac domowych", FLAC,
#: "samotny rodzic", "kibic") or typed plainly ("palac" for "pałac", not "pali"; "ksiezyc"): no infinitives;
#: and nouns a plain participle's ending would cut ("rodacy" is no "ród", "biedacy" no "bieda").
_PLAIN_NOUNS = frozenset({"plac", "prac", "materac", "pajac", "flac", "rodzic", "kibic", "palac", "ksiezyc",
                          "rodacy", "biedacy", "kozacy", "candidacy"})


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A short stem of one lowercase word (Polish or English)."""
    m = _PARTICIPLE.search(word) if _PARTICIPLE_HINT in word else None
    if m is None or m.start() < _MIN_STEM - 1:
        m = _INFINITIVE.search(word) if "ć" in word[-2:] else None  # `$` also matches before a final newline
    if m is None and (word[-1:] == "c" or "ac" in word) and word.isascii() and word not in _PLAIN_NOUNS:
        m = _PLAIN_VERB.search(word)
        if m is not None and (m.start() < _MIN_STEM or word.startswith("nie") and m.start() == _MIN_STEM):
            m = None
    if m is not None and m.start() >= _MIN_STEM - 1:
        word = word[: m.start()]
    written = word
    word = _strip_ending(word.translate(FOLD_PL))
    if (
        len(word) > _MIN_STEM + 1 and word[-1] == "l" and word[-2] in "aiye"
        and written[len(word) - 1] == "ł"
    ):
        # A past tense agrees in gender and number ("zamawiał", "zamawiała", "zamawiali" are
        # "zamawia"; "płaciła" is "płaci"), and "ł" stays in every form of a noun ("kanał",
        # "kanale", "kanału"): without it, the stem is the present's, and the noun's is one.
        # Only a written ł: "label", "hotel", "terminal", "model" keep their l, or they would meet
        # "lab", "hot", "termin", "moda" (so a past plural's "-li", "zamawiali", and a locative's
        # "kanale" keep theirs too: no dictionary tells "zamawiali" from "niedzieli").
        word = _strip_ending(word[:-1])
    elif len(word) > _MIN_STEM + 1 and word.endswith("rz"):
        # "r" and "rz" alternate in one word: "kurier", "kurierzy"; "rower", "na rowerze".
        word = word[:-1]
    return word[:_MAX_STEM]


def _strip_ending(word: str) -> str:
    """``word`` (folded) without the longest common Polish or English ending that leaves a stem long enough."""
    size = len(word)
    for table in (_PL_BY_LENGTH, _EN_BY_LENGTH):
        for n, endings in table:
            if size - n >= _MIN_STEM and word[-n:] in endings:
                return word[: size - n]
    return word


def _codepage() -> tuple[Any, str]:
    """A charmap for ASCII, Polish and Latin-1 text and common typography, and what each code becomes.

    Encoding with the first and decoding with the second lowercases the text and
    turns everything outside a word into a space in two C passes, which is what
    :data:`_WORD` finds, minus the regex.  Apostrophes are left out: "don't"
    takes the regex path, which knows negations.
    """
    chars = [chr(code) for code in range(0x80)]
    chars += [chr(code) for code in range(0xA0, 0x100)]
    chars += list("ĄąĆćĘęŁłŃńŚśŹźŻż“”„–—‐‑…•‹›€")
    chars = [c for c in dict.fromkeys(chars) if c not in "'’" and (not c.isalnum() or len(c.lower()) == 1)]
    out = "".join(c.lower() if c.isalnum() else " " for c in chars)
    unused = "\ufffe" * (256 - len(chars))  # the codecs' mark for a code that stands for nothing
    return codecs.charmap_build("".join(chars) + unused), out + unused


_CODEPAGE, _CODEPAGE_OUT = _codepage()


def tokens(text: str) -> list[str]:
    """Lowercase words of ``text`` without punctuation ("don't" gives "do", "not")."""
    try:
        return codecs.charmap_decode(codecs.charmap_encode(text, "strict", _CODEPAGE)[0], "strict", _CODEPAGE_OUT)[0].split()
    except UnicodeError:
        pass  # an apostrophe, or a character outside the code page
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # Decomposed letters (NFD, as macOS and PDFs write them: "z\u0307" for "ż") composed, or their
        # marks would split words: "jakość" and "jakos\u0301c\u0301" are one word.
        text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if "n't" in low or "n’t" in low:
        low = _NOT.sub(" not", low)
    return _WORD.findall(low)


class _ContentStems(dict[str, str]):
    """Word -> stem, or "" for a stop word; filled on first sight, emptied when full.

    Looked up with ``map`` so that a trait's words are stemmed without a Python
    call each: normalising every trait of a workspace is on the lint hot path.
    """

    def __missing__(self, word: str) -> str:
        if len(word) > 3 and word.isdigit() and word.isascii():
            # A number of four digits or more (a price, a year, an order number) is its own stem, cut
            # to a stem's length, as stem() gives it: not kept, a workspace writes thousands of them.
            return word[:_MAX_STEM]
        if len(self) >= 65_536:
            self.clear()
        value = self[word] = "" if word in _STOP else stem(word)
        return value


_CONTENT_STEM = _ContentStems()


def stems(text: str) -> frozenset[str]:
    """The set of content-word stems of ``text``."""
    return frozenset(filter(None, map(_CONTENT_STEM.__getitem__, tokens(text))))


def normalise(text: str) -> str:
    """Stems of ``text`` in order, joined by spaces: equal for inflected variants."""
    return " ".join(filter(None, map(_CONTENT_STEM.__getitem__, tokens(text))))


def phrase_key(text: str) -> str:
    """Stems of every word of ``text``, stop words kept: "po zakupie" (after the purchase) is not "zakup"."""
    return " ".join(stem(w) for w in tokens(text))


#: Stems of negation words: a trait that holds one says the opposite of the same trait without it
#: ("rzadko kupuje przez aplikację" is no "kupuje przez aplikację" either).
NEGATION_STEMS = frozenset(
    stem(w) for w in ("nie", "not", "no", "never", "nigdy", "without", "rzadko", "rarely", "seldom", "hardly")
)


def negated(keys: frozenset[str]) -> bool:
    """Whether stems from :func:`stems` hold a negation ("nie", "not", "never"…)."""
    return not keys.isdisjoint(NEGATION_STEMS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared stems over all stems of both."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Twice the shared stems over the stems of each: kinder than Jaccard to one extra word in a short trait."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
