"""Personas and negative personas."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StrictInt, WithJsonSchema

from .langs import LangCode
from .common import BLANKS, CxModel, IsoDate, Slug, Source, Text, TraitList, brief, unique_ids

# Spelled out as the JSON Schema's pattern is, so both read an age alike (`\s`, `\d` and `$` differ
# between Python and the ECMA-262 regexes of schema validators: U+FEFF, "٣٠", a final line break).
_BLANK = f"[{BLANKS}]*"
#: 0 to 120 in up to three digits (`7`, `07`, `007`, `120`), as _check_age allows them.
_YEARS = "(?:[0-9]{1,2}|0[0-9]{2}|1[01][0-9]|120)"
_AGE_PATTERN = rf"^{_BLANK}{_YEARS}{_BLANK}(?:[-–—−]{_BLANK}{_YEARS}|\+)?{_BLANK}$"
# A range may be written with a hyphen, an en or em dash, or the minus sign (U+2212) typography gives.
_AGE_RANGE = re.compile(rf"{_BLANK}([0-9]{{1,3}}){_BLANK}[-–—−]{_BLANK}([0-9]{{1,3}}){_BLANK}\Z")
_AGE_OPEN = re.compile(rf"{_BLANK}([0-9]{{1,3}}){_BLANK}\+{_BLANK}\Z")
_AGE_ONE = re.compile(rf"{_BLANK}([0-9]{{1,3}}){_BLANK}\Z")  # `age: "35"`: quoted, still one age


def parse_age(value: Any) -> tuple[int, int] | None:
    """Return the (low, high) years an `age` value covers, or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (value, value)
    if isinstance(value, str):
        m = _AGE_RANGE.match(value)
        if m:
            return (int(m.group(1)), int(m.group(2)))
        m = _AGE_OPEN.match(value)
        if m:
            return (int(m.group(1)), 120)
        m = _AGE_ONE.match(value)
        if m:
            return (int(m.group(1)), int(m.group(1)))
    return None


def _check_age(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f'age must be a number like 29 or a narrow range like "32-36", got {brief(value)}')
    span = parse_age(value)
    if span is None:
        raise ValueError(f'age must be a number like 29 or a narrow range like "32-36", got {brief(value)}')
    low, high = span
    if not (0 <= low <= high <= 120):
        raise ValueError(f"age {brief(value)} is not a plausible age or range (low ≤ high, 0–120)")
    return value


Age = Annotated[
    StrictInt | str,
    BeforeValidator(_check_age),
    # A whole number or a range of 0-120, as _check_age reads them; only cxkit checks that a range runs low to high.
    WithJsonSchema({
        "anyOf": [
            {"type": "integer", "minimum": 0, "maximum": 120},
            {"type": "string", "pattern": _AGE_PATTERN},
        ],
        "description": 'A number (29, or quoted: "29") or a range ("32-36", "65+").',
    }),
]


def _unique_sources(sources: list[Source]) -> list[Source]:
    unique_ids(sources, "sources")
    return sources


class Demographics(CxModel):
    """Who the person is on paper. Every field is optional."""

    age: Age | None = None
    gender: str | None = None
    location: str | None = None
    education: str | None = None
    occupation: str | None = None
    income: str | None = None
    household: str | None = None


class Psychographics(CxModel):
    """Values, interests and attitudes: the social and cultural side."""

    values: TraitList = Field(default_factory=list)
    interests: TraitList = Field(default_factory=list)
    personality: TraitList = Field(default_factory=list)
    lifestyle: TraitList = Field(default_factory=list)
    attitudes: TraitList = Field(default_factory=list)


class _PersonaFields(CxModel):
    id: Slug = Field(description="Slug, unique across the workspace.")
    name: Text
    lang: LangCode | None = Field(default=None, description="Language of the text; guessed when absent.")
    owner: str | None = Field(default=None, description="Who keeps this document current.")
    summary: str | None = None
    demographics: Demographics | None = None
    psychographics: Psychographics | None = None
    goals: TraitList = Field(default_factory=list)
    needs: TraitList = Field(default_factory=list)
    pain_points: TraitList = Field(default_factory=list)
    motivations: TraitList = Field(default_factory=list)
    behaviours: TraitList = Field(default_factory=list)
    channels: TraitList = Field(default_factory=list)
    expectations: TraitList = Field(default_factory=list)
    quote: str | None = None
    sources: Annotated[list[Source], AfterValidator(_unique_sources)] = Field(
        default_factory=list, description="The research the persona rests on; ids unique within the file."
    )
    reviewed: IsoDate | None = Field(default=None, description="Date of the last review (YYYY-MM-DD).")


class Persona(_PersonaFields):
    """A customer persona: a person who stands for one segment of real customers."""

    kind: Literal["persona"]


class NegativePersona(_PersonaFields):
    """A negative persona: who is NOT the customer, and why."""

    kind: Literal["negative-persona"]
    reasons: TraitList = Field(default_factory=list, description="Why this person is not a customer.")
    substitutes: TraitList = Field(default_factory=list, description="What they use instead.")
    purchase_triggers: TraitList = Field(default_factory=list)
    abandon_triggers: TraitList = Field(default_factory=list)


#: Fields of a persona that hold lists of traits, in document order.
TRAIT_FIELDS: tuple[str, ...] = (
    "goals", "needs", "pain_points", "motivations", "behaviours", "channels", "expectations",
)
PSYCHOGRAPHIC_FIELDS: tuple[str, ...] = ("values", "interests", "personality", "lifestyle", "attitudes")
NEGATIVE_TRAIT_FIELDS: tuple[str, ...] = ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")
