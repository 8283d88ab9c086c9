"""Personas and negative personas."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StrictInt, WithJsonSchema

from .langs import LangCode
from .common import BLANKS, CxModel, IsoDate, Slug, Source, Text, TraitList, brief, no_items, unique_ids
# The fields of a persona that hold lists of traits, in document order: kept where importing them imports no pydantic.
from .plain import NEGATIVE_TRAIT_FIELDS, PSYCHOGRAPHIC_FIELDS, TRAIT_FIELDS  # noqa: F401

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


#: An age with a word beside it, as people write one in a document: a unit (`32-36 lat`, `35 years`, `35 y.o.`)
#: or "about" before it (`ok. 35 lat`, `around 35`).  The schema's message says which words to leave out.
_AGE_IN_WORDS = re.compile(
    rf"{_BLANK}(?P<about>(?:ok\.?|około|okolo|ok\s|ca\.?|circa|about|around|approx\.?|approximately|roughly|~)){{0,1}}"
    rf"{_BLANK}(?P<age>[0-9]{{1,3}}(?:{_BLANK}[-–—−]{_BLANK}[0-9]{{1,3}}|\+)?)"
    rf"{_BLANK}(?P<unit>lat(?:a)?|rok(?:u)?|l\.|r\.\s?ż\.|years?(?:[ -]old)?|yrs?\.?|y\.\s?o\.|yo)?{_BLANK}\Z",
    re.IGNORECASE,
)


def _age_words_hint(value: str) -> str:
    """What to leave out of an age written with words (`32-36 lat`, `ok. 35 lat`, `35 years`), and the age left;
    "" for any other text, or one whose number is no plausible age."""
    m = _AGE_IN_WORDS.match(value)
    if m is None or not (m["about"] or m["unit"]):
        return ""
    age = m["age"]
    span = parse_age(age)
    if span is None or not (0 <= span[0] <= span[1] <= 120):
        return ""
    words = " and ".join(repr(w.strip()) for w in (m["about"], m["unit"]) if w)
    if m["unit"] and "ż" in m["unit"].lower():
        # `35 r.ż.`: the 35th year of life, which is age 34; left to a person, who knows what the research counted.
        n = span[0]
        return (f"; {m['unit'].strip()!r} counts the year of life, not the years lived: write the age the research "
                f"found (year of life {n} is age {max(n - 1, 0)})")
    if m["about"] and span[0] == span[1]:
        # `ok. 35 lat`: an approximate age is a range by another name; only the research knows which it was.
        n = span[0]
        return (f"; leave out {words}: write the age the research found ({n}), or a narrow range such as "
                f'"{max(n - 2, 0)}-{min(n + 2, 120)}"')
    if m["about"]:
        return f"; leave out {words}: a range says about already: age: {age}"
    return f"; write it without {words}: age: {age}"


def _check_age(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f'age must be a number like 29 or a narrow range like "32-36", got {brief(value)}')
    span = parse_age(value)
    if span is None:
        hint = _age_words_hint(value) if isinstance(value, str) else ""
        raise ValueError(f'age must be a number like 29 or a narrow range like "32-36", got {brief(value)}{hint}')
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
    }),
]


def _unique_sources(sources: list[Source]) -> list[Source]:
    unique_ids(sources, "sources")
    return sources


class Demographics(CxModel):
    """Who the person is on paper. Every field is optional."""

    age: Age | None = Field(default=None, description='Age in years: a number (29, or quoted: "29") or a narrow range '
                            '("32-36", "65+"); a range wider than a decade reads as a segment, not a person.',
                            examples=[38, "35-39"])
    gender: str | None = Field(default=None, description="Gender, as the research recorded it.", examples=["woman"])
    location: str | None = Field(default=None, description="Where the person lives: a named place, not a category "
                                 "such as 'big city'.", examples=["Leeds, Headingley"])
    education: str | None = Field(default=None, description="What they studied and where, not only a level.",
                                  examples=["BA in English Literature, University of Leeds"])
    occupation: str | None = Field(default=None, description="What they do for a living: a trade and a setting, not a "
                                   "bare job title.", examples=["Owner-director of a heating firm with 5 engineers"])
    income: str | None = Field(default=None, description="Income with its currency and period, as the research "
                               "gives it.", examples=["£3,200 a month after tax"])
    household: str | None = Field(default=None, description="Who they live with, named, not a kind of household.",
                                  examples=["Married, two sons aged 12 and 15"])


class Psychographics(CxModel):
    """Values, interests and attitudes: the social and cultural side."""

    values: TraitList = Field(default_factory=no_items, description="What matters to them, shown by what they do or "
                              "give up for it.", examples=[["Would rather repair than replace, even when it costs more"]])
    interests: TraitList = Field(default_factory=no_items, description="What they spend free time and attention on, "
                                 "named.", examples=[["Listens to late-night jazz radio and two audio podcasts"]])
    personality: TraitList = Field(default_factory=no_items, description="How they tend to decide and react, as the "
                                   "research saw it.", examples=[["Reads every review before a purchase over £100"]])
    lifestyle: TraitList = Field(default_factory=no_items, description="How their days and weeks run.",
                                 examples=[["Works from home three days a week; evenings are his own after 22:00"]])
    attitudes: TraitList = Field(default_factory=no_items, description="What they believe about the category, brands or "
                                 "shopping.", examples=[["Distrusts 'limited time' offers"]])


class _PersonaFields(CxModel):
    id: Slug = Field(description="Slug, unique across the workspace; journeys name the persona by it.",
                     examples=["dan-heating-engineer"])
    name: Text = Field(description="The person's name, as a reader will remember them.", examples=["Dan Whitaker"])
    lang: LangCode | None = Field(default=None, description="Language of the text (an ISO 639-1 code: pl, en); "
                                  "guessed when absent.", examples=["en"])
    owner: str | None = Field(default=None, description="Who keeps this document current.",
                              examples=["CX team (Priya Shah)"])
    status: Literal["draft", "active", "retired"] | None = Field(
        default=None, description="Where the document is in its life: draft (being written), active (in use; the "
        "default) or retired (kept for the record: no review is due, and journeys should not be built on it).",
        examples=["active"])
    summary: str | None = Field(default=None, description="One or two sentences a reader remembers: who this is "
                                "and what they are after.", examples=["Runs a five-person heating firm and "
                                "does the invoicing himself on Sunday nights."])
    demographics: Demographics | None = Field(default=None, description="Who the person is on paper: age, place, "
                                              "work, income, household.",
                                              examples=[{"age": 41, "location": "Leeds, Headingley",
                                                         "occupation": "Owner-director of a heating firm"}])
    psychographics: Psychographics | None = Field(default=None, description="Values, interests, personality, "
                                                  "lifestyle and attitudes: the social and cultural side.",
                                                  examples=[{"values": ["Would rather repair than replace"]}])
    goals: TraitList = Field(default_factory=no_items, description="What they want to achieve, specific enough to "
                             "check; cite the sources that say so.",
                             examples=[["Send every invoice the day the job is done, from the van"]])
    needs: TraitList = Field(default_factory=no_items, description="What they need from you to reach their goals.",
                             examples=[["A price list he can reuse without retyping it on each quote"]])
    pain_points: TraitList = Field(default_factory=no_items, description="What hurts today, in their situation and "
                                   "words, not a feature you lack.", examples=[["Chasing unpaid invoices takes "
                                   "his Saturday mornings"]])
    motivations: TraitList = Field(default_factory=no_items, description="Why they act: what drives the goals.",
                                   examples=[["Wants to stop working weekends before his sons leave home"]])
    behaviours: TraitList = Field(default_factory=no_items, description="What they observably do (British spelling), "
                                  "as the research saw it, not what they say they would do.",
                                  examples=[["Writes job notes on his phone between visits"]])
    channels: TraitList = Field(default_factory=no_items, description="Where they can be reached: named media, "
                                "forums, apps, places.", examples=[["The 'Heating Engineers UK' Facebook group"]])
    expectations: TraitList = Field(default_factory=no_items, description="What they expect of a brand like yours.",
                                    examples=[["A person on the phone within a working day"]])
    quote: str | None = Field(default=None, description="Something a real interviewee said, or could have said: "
                              "their words, not a slogan.", examples=["I didn't start this firm to do paperwork."])
    sources: Annotated[list[Source], AfterValidator(_unique_sources)] = Field(
        default_factory=no_items, description="The research the persona rests on; ids unique within the file, cited by "
        "traits.", examples=[[{"id": "interviews-2026-09", "type": "interview", "date": "2026-09-18", "n": 12}]]
    )
    reviewed: IsoDate | None = Field(default=None, description="Date of the last review against research "
                                     "(YYYY-MM-DD).", examples=["2026-03-14"])


class Persona(_PersonaFields):
    """A customer persona: a person who stands for one segment of real customers."""

    kind: Literal["persona"] = Field(description="The kind of document: a customer persona.",
                                     examples=["persona"])


class NegativePersona(_PersonaFields):
    """A negative persona: who is NOT the customer, and why."""

    kind: Literal["negative-persona"] = Field(description="The kind of document: who is not the customer, and "
                                              "why.", examples=["negative-persona"])
    reasons: TraitList = Field(default_factory=no_items, description="Why this person is not in the audience you design "
                               "for, as the research shows it.", examples=[["Buys only in the yearly sale, "
                               "whatever the brand"]])
    substitutes: TraitList = Field(default_factory=no_items, description="What they use instead of your product or "
                                   "service.", examples=[["A spreadsheet his accountant set up in 2019"]])
    purchase_triggers: TraitList = Field(default_factory=no_items, description="What would make them buy after all "
                                         "(from anyone).", examples=[["A price cut of at least 40%"]])
    abandon_triggers: TraitList = Field(default_factory=no_items, description="What makes them give up a purchase "
                                        "they started.", examples=[["Any delivery charge at checkout"]])
