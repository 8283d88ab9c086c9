"""Turning a person's or a journey's name into a document id."""

from __future__ import annotations

import re
import unicodedata

from ..model.common import SLUG_PATTERN

MAX_SLUG = 120

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "ŀ": "l", "Ŀ": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ẞ": "Ss",
})
# Cyrillic, romanised as the Ukrainian national system (2010) does it: the letters below everywhere,
# and є ї й ю я as ye yi y yu ya at the start of a word but ie i i iu ia inside one ("Юрій" -> "yurii").
_CYRILLIC_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # Russian and Belarusian letters a Ukrainian text does not hold, should a name mix them in.
    "ё": "io", "ы": "y", "э": "e", "ъ": "", "ў": "u",
}
_WORD_START_UK = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Russian, as names are commonly spelt in Latin letters: Г is g, И is i, Й Ю Я Ё are y yu ya yo.
_CYRILLIC_RU = {
    **_CYRILLIC_UK, "г": "g", "и": "i", "й": "y", "ё": "yo", "ю": "yu", "я": "ya",
}
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# What only Russian spelling has (Ukrainian has almost none of it): the letters ё ы э ъ; a word
# opening with и, и after a vowel and "ия" ("Иван", "Михаил", "Юлия"; Ukrainian "Іван", "Михаїл",
# "Юлія"); ь before a vowel ("Татьяна", "Наталья"; Ukrainian "Тетяна", "Наталя"); -ский, -цкий,
# -ская without ь ("Чайковский"; Ukrainian "-ський", "-ська").  A name with none of them, and none
# of _russian_name's, is read as Ukrainian.
_RUSSIAN = re.compile(
    r"[ёыэъ]|(?<![^\W\d_])и|[аеиоуюя]и|ия|ь[яеюиё]|(?<!ь)[сцз]к(?:ий|ая)(?![^\W\d_])",
    re.IGNORECASE,
)
_UKRAINIAN = re.compile(r"[ґєії]", re.IGNORECASE)
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")


def _russian_name(text: str) -> bool:
    """Whether ``text`` holds a Russian given name by its ending: a capitalised word in -ей ("Сергей",
    "Алексей", "Андрей"; Ukrainian "Сергій", "Олексій", "Андрій"), or a name that opens with a word
    in -ий ("Дмитрий", "Юрий Смирнов"; Ukrainian "Юрій", and no Ukrainian given name ends in -ий).

    Only capitalised words, and -ий only first in a name of capitalised words: a lowercase word in
    -ей is as often Ukrainian ("переказ грошей"), and so is -ий after the given name ("Тарас Рудий",
    "Богдан Хмельницький") or as an adjective opening a title ("Новий рецепт").
    """
    words = _CYRILLIC_WORD.findall(text)
    if not words or not all(w[0].isupper() for w in words):
        return any(w[0].isupper() and w.lower().endswith("ей") for w in words)
    if any(w.lower().endswith("ей") for w in words):
        return True
    first = words[0].lower()
    return first.endswith("ий") and not first.endswith("ький")


# An apostrophe between letters is part of the word in Ukrainian ("Мар'яна"): it is not written.
_APOSTROPHES = "'\u02bc\u2019`"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# An English possessive ("Priya's", "Priya’s"): the apostrophe between a letter and a final "s" is
# dropped, so the "s" stays with its word ("priyas-flood-claim", not "priya-s-flood-claim"). An
# apostrophe before any other letter still separates words ("O'Connor" -> "o-connor").
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['\u2019\u02bc](?=[sS](?![^\W_]))")
_SLUG = re.compile(SLUG_PATTERN)


def romanise_cyrillic(text: str) -> str:
    """``text`` with its Cyrillic letters in Latin ones, lowercase: "Олена Коваленко" -> "olena kovalenko".

    Ukrainian as the national system writes it ("Юрій Згурський" -> "yurii zghurskyi"); a name
    that shows Russian (letters only Russian has, a word that opens with и, a given name in -ей
    or -ий: see _RUSSIAN and _russian_name) the way Russian names are commonly written ("Фёдор
    Иванов" -> "fyodor ivanov", "Сергей Смирнов" -> "sergey smirnov").  A letter only Ukrainian
    has (ґ є і ї) makes it Ukrainian whatever else it holds.  Other characters are kept as they are.
    """
    if not _CYRILLIC.search(text):
        return text
    text = unicodedata.normalize("NFC", text)  # "й" typed as "и" and a breve is one letter
    russian = bool(_RUSSIAN.search(text) or _russian_name(text)) and not _UKRAINIAN.search(text)
    table = _CYRILLIC_RU if russian else _CYRILLIC_UK
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if ch in _APOSTROPHES and 0 < i < len(text) - 1 and _CYRILLIC.match(text[i - 1]) and _CYRILLIC.match(text[i + 1]):
            continue
        latin = table.get(low)
        if latin is None:
            out.append(ch)
            continue
        before = text[i - 1] if i else ""
        inside = before.isalpha() or (before in _APOSTROPHES and i > 1 and text[i - 2].isalpha())
        if not russian and not inside and low in _WORD_START_UK:
            latin = _WORD_START_UK[low]
        elif not russian and low == "г" and before.lower() == "з":
            latin = "gh"  # "зг" is zgh, so that it is not read as "ж" (zh)
        out.append(latin)
    return "".join(out)


# Greek, as ELOT 743 (Greek passports, road signs) writes it: letter by letter, with "ου" as ou,
# αυ ευ ηυ as av ev iv before a vowel or a voiced consonant and af ef if elsewhere, γγ γξ γχ as
# ng nx nch, and μπ as b at the start of a word ("Νίκος Παπαδόπουλος" -> "nikos papadopoulos",
# "Ευάγγελος" -> "evangelos", "Μπάμπης" -> "bampis").  Accents go; a diaeresis keeps two vowels
# apart ("Αϊδίνης" -> "aidinis", "ευ" with ϋ -> "ey").
_GREEK_LETTERS = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ϊ": "i", "ϋ": "y",
}
_GREEK_VOICED = frozenset("αεηιοωυϊϋβγδζλμνρ")  # after αυ ευ ηυ: v before these, f before the rest
_GREEK_AFTER_G = frozenset("γξχ")  # γγ ng, γξ nx, γχ nch: the first γ is an n
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
#: A run of Greek letters with their accents (a word, or the Greek part of one).
_GREEK_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff][\u0300-\u036f\u0370-\u03ff\u1f00-\u1fff]*")
# Accents (tonos, the old breathings, the circumflex, and the macron and breve of a long or short vowel)
# are dropped; the diaeresis (U+0308) is kept.
_GREEK_ACCENTS = re.compile("[\u0300\u0301\u0304\u0306\u0313\u0314\u0342\u0345]")


def romanise_greek(text: str) -> str:
    """``text`` with its Greek letters in Latin ones, lowercase, as ELOT 743 writes names
    ("Νίκος Παπαδόπουλος" -> "nikos papadopoulos"); other characters are kept as they are."""
    if not _GREEK.search(text):
        return text
    return _GREEK_WORD.sub(lambda m: _romanise_greek_word(m.group()), text)


def _romanise_greek_word(word: str) -> str:
    # NFKD: a letter's symbol form is the letter ("ϕ" φ, "ϑ" θ, "ϲ" ς), as it is its accents apart.
    low = unicodedata.normalize("NFC", _GREEK_ACCENTS.sub("", unicodedata.normalize("NFKD", word))).lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        ch, nxt = low[i], low[i + 1 : i + 2]
        latin = _GREEK_LETTERS.get(ch)
        if latin is None:
            out.append(ch)
        elif ch == "ο" and nxt == "υ":
            out.append("ou")
            i += 1
        elif ch in "αεη" and nxt == "υ":
            after = low[i + 2 : i + 3]
            out.append(latin + ("v" if after and after in _GREEK_VOICED else "f"))
            i += 1
        elif ch == "γ" and nxt in _GREEK_AFTER_G:
            out.append("n")
        elif ch == "μ" and nxt == "π" and i == 0:
            out.append("b")  # μπ opening a word is b ("Μπάμπης" -> "bampis"); inside one, mp
            i += 1
        else:
            out.append(latin)
        i += 1
    return "".join(out)


#: German umlauts as German writes them without the dots ("Bölting" -> "boelting"), for a German name.
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def slugify(name: str, lang: str | None = None) -> str:
    """The id for ``name``: lowercase ASCII words joined by hyphens.

    Polish letters become their base letters ("Żaneta Łęcka" -> "zaneta-lecka"),
    Cyrillic is romanised ("Олена Коваленко" -> "olena-kovalenko", see
    :func:`romanise_cyrillic`) and so is Greek ("Νίκος" -> "nikos", see
    :func:`romanise_greek`), other accents are dropped, an English possessive keeps
    its "s" ("Priya's claim" -> "priyas-claim"), anything else separates words.  In a German
    document (``lang`` "de") ä, ö and ü are written ae, oe and ue ("Hans Große-Bölting" ->
    "hans-grosse-boelting"), as Germans do without the dots.  Returns "" when nothing usable is left.
    """
    name = _POSSESSIVE.sub("", name)
    if lang == "de":
        name = unicodedata.normalize("NFC", name).translate(_GERMAN)
    text = unicodedata.normalize("NFKD", romanise_greek(romanise_cyrillic(name)).translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    slug = _NOT_SLUG.sub("-", text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        cut = slug[:MAX_SLUG]
        if slug[MAX_SLUG] != "-" and "-" in cut:
            cut = cut.rsplit("-", 1)[0]  # cut at a word boundary; a word that ends at the limit stays
        slug = cut.rstrip("-")
    return slug


def is_slug(value: str) -> bool:
    """Whether ``value`` is a valid document id."""
    # fullmatch: the pattern's `$` also matches before a final line break ("ola\n").
    return bool(_SLUG.fullmatch(value)) and len(value) <= MAX_SLUG
