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
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG = re.compile(SLUG_PATTERN)


def slugify(name: str) -> str:
    """The id for ``name``: lowercase ASCII words joined by hyphens.

    Polish letters become their base letters ("Żaneta Łęcka" -> "zaneta-lecka"),
    other accents are dropped, anything else separates words.  Returns "" when
    nothing usable is left.
    """
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
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
